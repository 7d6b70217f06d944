//! The cancellation mail: plain German text to the provider's contract
//! address, with a copy to the customer. A contract clerk must be able to act
//! on it without the portal, so it names the customer, the contract, every
//! date and who cancelled when.

use super::users::Role;
use crate::domain::addons::prices::TakeoverCost;
use crate::domain::contract::cancellation::{Checked, Target};
use crate::domain::format;
use crate::i18n::Lang;
use time::Date;

/// What the mail says.
#[derive(Debug, Clone)]
pub struct MailFacts {
    pub customer_number: String,
    pub customer_name: String,
    pub contract_start: Option<Date>,
    pub domains: Vec<String>,
    /// The owners' addresses (they get a copy).
    pub owners: Vec<String>,
    pub checked: Checked,
    /// The takeover's price as confirmed (`None`: not ordered or not priced).
    pub takeover_cost: Option<TakeoverCost>,
    pub received_on: Date,
    pub requested_by_name: String,
    pub requested_by_email: String,
    pub requested_by_role: Role,
    /// Unix seconds.
    pub sent_at: i64,
}

/// Subject and body.
pub fn render(f: &MailFacts) -> (String, String) {
    let lang = Lang::De;
    let day = |d: Date| format::date(lang, d);
    let t = &f.checked.timeline;
    let what = lang.t(f.checked.target.label_id());
    let subject = lang.t_with(
        "mail-cancel-subject",
        &[
            ("what", what.clone().into()),
            ("customer", f.customer_number.as_str().into()),
            ("company", f.customer_name.as_str().into()),
        ],
    );
    let mut lines = vec![
        lang.t("mail-cancel-greeting"),
        String::new(),
        lang.t_with(
            "mail-cancel-intro",
            &[("what", what.clone().into()), ("end", day(t.end).into())],
        ),
        String::new(),
        line(lang, "mail-cancel-customer-number", &f.customer_number),
        line(lang, "mail-cancel-company", &f.customer_name),
        line(
            lang,
            "mail-cancel-contract",
            &match f.contract_start {
                Some(start) => lang.t_with(
                    "mail-cancel-contract-since",
                    &[("start", day(start).into())],
                ),
                None => lang.t("contract-product"),
            },
        ),
        line(lang, "mail-cancel-domains", &f.domains.join(", ")),
        String::new(),
        line(lang, "mail-cancel-what", &what),
        line(lang, "mail-cancel-end", &day(t.end)),
    ];
    let ending: Vec<String> = f
        .checked
        .ending_addons
        .iter()
        .map(|k| lang.t(k.label_id()))
        .collect();
    if !ending.is_empty() {
        lines.push(line(lang, "mail-cancel-addons-ending", &ending.join(", ")));
    }
    if f.checked.target == Target::Contract {
        lines.push(line(lang, "mail-cancel-deletion", &day(t.deletion_on)));
        lines.push(line(lang, "mail-cancel-backups", &day(t.backups_gone_by)));
        lines.push(String::new());
        if f.checked.takeover {
            lines.push(lang.t("mail-cancel-takeover-ordered"));
            if let Some(cost) = &f.takeover_cost {
                lines.push(cost.describe(lang));
            }
            lines.push(line(
                lang,
                "mail-cancel-export-ready",
                &day(t.export_ready_by),
            ));
            lines.push(line(
                lang,
                "mail-cancel-export-until",
                &day(t.export_available_until),
            ));
        } else {
            lines.push(lang.t("mail-cancel-takeover-not-ordered"));
        }
    }
    lines.push(String::new());
    lines.push(
        lang.t_with(
            "mail-cancel-by",
            &[
                ("name", f.requested_by_name.as_str().into()),
                ("email", f.requested_by_email.as_str().into()),
                (
                    "role",
                    lang.t(&format!("role-{}", f.requested_by_role.as_str()))
                        .into(),
                ),
                (
                    "when",
                    format::unix_date_time(lang, f.sent_at)
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
    );
    lines.push(lang.t_with(
        "mail-cancel-received",
        &[("date", day(f.received_on).into())],
    ));
    lines.push(String::new());
    lines.push(lang.t("mail-cancel-closing"));
    lines.push(String::new());
    lines.push(lang.t_with(
        "mail-cancel-signature",
        &[
            ("name", f.requested_by_name.as_str().into()),
            ("company", f.customer_name.as_str().into()),
        ],
    ));
    (subject, lines.join("\n") + "\n")
}

fn line(lang: Lang, label: &str, value: &str) -> String {
    format!("{}: {value}", lang.t(label))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::addons::catalogue::AddonKind;
    use crate::domain::addons::prices::PriceList;
    use crate::domain::contract::cancellation::{check, Choice, Facts};
    use time::macros::date;

    fn facts(target: &str, takeover: bool) -> MailFacts {
        let rules = Facts {
            today: date!(2026 - 11 - 27),
            contract_start: date!(2024 - 03 - 01),
            minimum_term_months: 1,
            addons: vec![AddonKind::Archive, AddonKind::M365BusinessBasic],
            contract_ends: None,
            filed: vec![],
        };
        let choice = Choice {
            target,
            end: None,
            takeover,
        };
        MailFacts {
            customer_number: "10042".into(),
            customer_name: "Muster GmbH".into(),
            contract_start: Some(date!(2024 - 03 - 01)),
            domains: vec!["muster-gmbh.de".into(), "muster-shop.de".into()],
            owners: vec!["anna@muster-gmbh.de".into()],
            checked: check(&choice, &rules, true).unwrap(),
            takeover_cost: takeover
                .then(|| PriceList::default().takeover(250))
                .flatten(),
            received_on: date!(2026 - 11 - 27),
            requested_by_name: "Anna Muster".into(),
            requested_by_email: "anna@muster-gmbh.de".into(),
            requested_by_role: Role::Owner,
            // 27 Nov 2026, 10:15 in Berlin (09:15 UTC)
            sent_at: 1_795_770_900,
        }
    }

    #[test]
    fn the_contract_cancellation_names_customer_dates_and_takeover() {
        let (subject, body) = render(&facts("contract", true));
        assert!(subject.contains("10042"), "{subject}");
        assert!(subject.contains("Muster GmbH"), "{subject}");
        for expected in [
            "Kundennummer: 10042",
            "muster-gmbh.de, muster-shop.de",
            "01.03.2024",
            // earliest end, deletion the day after, backups 14 days
            "31.12.2026",
            "01.01.2027",
            "14.01.2027",
            // 7 working days after Thu 31 Dec: 1 Jan is a holiday, then
            // Sat 2 and Mon 4 to Sat 9 Jan; downloadable 10 days more.
            "09.01.2027",
            "19.01.2027",
            "Anna Muster",
            "anna@muster-gmbh.de",
            "27.11.2026",
        ] {
            assert!(body.contains(expected), "missing {expected:?} in\n{body}");
        }
        assert!(body.contains("Datenübernahme"), "{body}");
        assert!(!body.contains("nicht beauftragt"), "{body}");
        // The price confirmed: 250 mailboxes at the built-in price.
        let cost = PriceList::default().takeover(250).unwrap();
        assert_eq!(cost.total.net_cents, 250 * cost.each.net_cents);
        let expected = format!(
            "Kosten: 250 Postfächer × {} = {} netto, {} brutto.",
            format::euro(Lang::De, cost.each.net_cents),
            format::euro(Lang::De, cost.total.net_cents),
            format::euro(Lang::De, cost.total.gross_cents)
        );
        assert!(body.contains(&expected), "missing {expected:?} in\n{body}");
        // Signed by the person who cancelled, for the customer.
        assert!(
            body.trim_end().ends_with("Anna Muster\nMuster GmbH"),
            "{body}"
        );
    }

    #[test]
    fn without_takeover_the_mail_says_so_and_an_add_on_mail_has_no_deletion() {
        let (_, body) = render(&facts("contract", false));
        assert!(body.contains("nicht beauftragt"), "{body}");
        assert!(!body.contains("Kosten:"), "{body}");
        let (subject, body) = render(&facts("m365-business-basic", false));
        assert!(
            subject.contains("Microsoft 365 Business Basic"),
            "{subject}"
        );
        assert!(!body.contains("Datenübernahme"), "{body}");
        assert!(!body.contains("01.01.2027"), "{body}");
    }
}
