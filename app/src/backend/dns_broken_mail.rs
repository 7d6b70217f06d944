//! The mail to a customer's owners and admins when a DNS record of one of
//! their domains that was correct is now missing or wrong.

use super::dns_checks::Freshness;
use super::domains::DomainRow;
use super::outbox::NewMail;
use super::Backend;
use crate::domain::dns::evaluate::RecordState;
use crate::domain::dns::expected::ExpectedRecord;
use crate::i18n::{Arg, Lang};
use sqlx::Row;
use std::collections::BTreeMap;

/// What broke, where, and which check found it.
pub struct BrokenRecords<'a> {
    pub domain: &'a DomainRow,
    /// Key and new state of each record that was correct before.
    pub records: &'a [(String, RecordState)],
    pub expected: &'a [ExpectedRecord],
    pub found_by: Freshness,
}

/// One mail per language to the customer's active owners and admins.
pub async fn queue(
    backend: &Backend,
    tx: &mut sqlx::AnyConnection,
    broken: &BrokenRecords<'_>,
    previous_check: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let domain = broken.domain;
    let rows = sqlx::query(
        "SELECT email, language FROM users WHERE customer_id = $1 AND role IN ('owner', 'admin') \
         AND disabled_at IS NULL ORDER BY email",
    )
    .bind(&domain.customer_id)
    .fetch_all(&mut *tx)
    .await?;
    let mut by_lang: BTreeMap<&'static str, (Lang, Vec<String>)> = BTreeMap::new();
    for r in &rows {
        let lang = Lang::parse(&r.get::<String, _>(1)).unwrap_or_default();
        by_lang
            .entry(lang.code())
            .or_insert_with(|| (lang, vec![]))
            .1
            .push(r.get(0));
    }
    let link = format!("{}/domains/{}", backend.public_url, domain.id);
    let keys: Vec<&str> = broken.records.iter().map(|(k, _)| k.as_str()).collect();
    for (code, (lang, recipients)) in by_lang {
        let (subject, body) = render(lang, broken, &link);
        let mail = NewMail {
            customer_id: Some(domain.customer_id.clone()),
            kind: "dns-broken",
            dedupe_key: Some(format!(
                "dns-broken:{}:{}:{}:{code}",
                domain.id,
                previous_check,
                keys.join(",")
            )),
            recipients,
            cc: Vec::new(),
            subject,
            body,
        };
        backend.mail.queue(tx, &mail, now).await?;
    }
    Ok(!rows.is_empty())
}

/// Subject and plain-text body of "records that were correct broke": every
/// such record with what was found and what is expected.
pub fn render(lang: Lang, broken: &BrokenRecords<'_>, link: &str) -> (String, String) {
    let name = broken.domain.name.unicode();
    let count = broken.records.len() as i64;
    let args = |extra: Option<(&'static str, Arg)>| {
        let mut args = vec![
            ("domain", Arg::from(name.as_str())),
            ("count", count.into()),
        ];
        args.extend(extra);
        args
    };
    let subject = lang.t_with("mail-dns-subject", &args(None));
    let found_by = match broken.found_by {
        Freshness::Daily => "daily",
        Freshness::All => "manual",
        Freshness::Expired => "visit",
    };
    let mut lines = vec![
        lang.t("mail-greeting"),
        lang.t_with("mail-dns-intro", &args(Some(("check", found_by.into())))),
    ];
    for (key, state) in broken.records {
        let Some(record) = broken.expected.iter().find(|e| &e.key == key) else {
            continue;
        };
        let what = format!("{} {}", record.kind.as_str(), record.fqdn);
        let line = match state {
            RecordState::Wrong { found } => lang.t_with(
                "mail-dns-wrong",
                &[
                    ("record", what.into()),
                    ("found", found.join(" | ").into()),
                    ("expected", record.value.clone().into()),
                ],
            ),
            _ => lang.t_with(
                "mail-dns-missing",
                &[
                    ("record", what.into()),
                    ("expected", record.value.clone().into()),
                ],
            ),
        };
        lines.push(format!("- {line}"));
    }
    lines.push(lang.t_with("mail-dns-fix", &args(None)));
    lines.push(format!("{}\n{}", lang.t("mail-dns-link"), link));
    lines.push(lang.t("mail-closing"));
    lines.push(lang.t("mail-dns-footer"));
    (subject, lines.join("\n\n") + "\n")
}
