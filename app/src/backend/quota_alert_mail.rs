//! The quota alert mail and its link back into the portal.
//!
//! The link names the alert, carries an expiry and is signed with the
//! portal's key: it cannot be forged or pointed at another alert, and it
//! never logs anyone in — it only leads to the mailbox's page, behind login.

use super::Backend;
use crate::domain::format;
use crate::domain::quota_alerts::{Alert, AlertKind};
use crate::i18n::{Arg, Lang};

/// How long the link in an alert mail works.
pub const LINK_VALIDITY_SECS: i64 = 30 * 24 * 3600;
/// Path prefix of alert links (handled by the web layer).
pub const LINK_PATH: &str = "/hinweis/";

fn signed_part(alert_id: &str, expires: i64) -> String {
    format!("quota-alert:{alert_id}:{expires}")
}

/// The absolute link for an alert raised at `now`.
pub fn link(backend: &Backend, alert_id: &str, now: i64) -> String {
    let expires = now + LINK_VALIDITY_SECS;
    let signature = backend.secrets.sign(&signed_part(alert_id, expires));
    format!(
        "{}{LINK_PATH}{alert_id}.{expires}.{signature}",
        backend.public_url
    )
}

#[derive(Debug, PartialEq, Eq)]
pub enum LinkCheck {
    Valid { alert_id: String },
    Expired,
    Invalid,
}

/// Checks the token part of a link (after [`LINK_PATH`]).
pub fn check(backend: &Backend, token: &str, now: i64) -> LinkCheck {
    let mut parts = token.splitn(3, '.');
    let (Some(alert_id), Some(expires), Some(signature)) =
        (parts.next(), parts.next(), parts.next())
    else {
        return LinkCheck::Invalid;
    };
    let Ok(expires) = expires.parse::<i64>() else {
        return LinkCheck::Invalid;
    };
    if !backend
        .secrets
        .verify(&signed_part(alert_id, expires), signature)
    {
        return LinkCheck::Invalid;
    }
    if now > expires {
        return LinkCheck::Expired;
    }
    LinkCheck::Valid {
        alert_id: alert_id.to_string(),
    }
}

/// What an alert mail says.
pub struct Facts<'a> {
    pub mailbox: &'a str,
    pub alert: Alert,
    pub used: u64,
    /// The hard limit, `None` when unlimited.
    pub capacity: Option<u64>,
    pub link: &'a str,
}

/// Subject and plain-text body in `lang`.
pub fn render(lang: Lang, f: &Facts) -> (String, String) {
    let level = f.alert.level.as_str();
    let mailbox = || ("mailbox", Arg::from(f.mailbox));
    let mut subject = lang.t_with(&format!("mail-quota-subject-{level}"), &[mailbox()]);
    if f.alert.kind == AlertKind::Reminder {
        subject = lang.t_with(
            "mail-quota-subject-reminder",
            &[("subject", subject.into())],
        );
    }
    let capacity = match f.capacity {
        Some(c) => format::bytes(lang, c),
        None => lang.t("mail-quota-unlimited"),
    };
    // Freeing this much brings usage back under the threshold that was reached.
    let free = f.used.saturating_sub(f.alert.limit) + 1;
    let paragraphs = [
        lang.t("mail-greeting"),
        lang.t_with(
            &format!("mail-quota-intro-{level}"),
            &[
                mailbox(),
                ("limit", format::bytes(lang, f.alert.limit).into()),
            ],
        ),
        lang.t_with(
            "mail-quota-usage",
            &[
                ("used", format::bytes(lang, f.used).into()),
                ("capacity", capacity.into()),
            ],
        ),
        lang.t_with(
            "mail-quota-free",
            &[("free", format::bytes(lang, free).into())],
        ),
        format!("{}\n{}", lang.t("mail-quota-link"), f.link),
        lang.t("mail-quota-footer"),
    ];
    let body = paragraphs.join("\n\n");
    (subject, body + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::quota::QuotaLevel;

    const GB: u64 = 1024 * 1024 * 1024;

    fn facts(kind: AlertKind) -> Facts<'static> {
        Facts {
            mailbox: "jens.ebert@muster-gmbh.de",
            alert: Alert {
                level: QuotaLevel::SendProhibited,
                kind,
                limit: 95 * GB,
            },
            used: 97 * GB,
            capacity: Some(100 * GB),
            link: "https://portal.example/hinweis/a.1.s",
        }
    }

    #[test]
    fn german_mail_names_mailbox_level_figures_amount_and_link() {
        let (subject, body) = render(Lang::De, &facts(AlertKind::Crossing));
        assert_eq!(
            subject,
            "Postfach jens.ebert@muster-gmbh.de: Senden gesperrt"
        );
        for expected in [
            "jens.ebert@muster-gmbh.de",
            "95,0 GB",
            "97,0 GB von 100,0 GB",
            "2,0 GB",
            "https://portal.example/hinweis/a.1.s",
        ] {
            assert!(body.contains(expected), "{expected} missing in:\n{body}");
        }
    }

    #[test]
    fn english_and_reminder_variants() {
        let (subject, body) = render(Lang::En, &facts(AlertKind::Reminder));
        assert!(subject.starts_with("Reminder: "), "{subject}");
        assert!(body.contains("97.0 GB of 100.0 GB"), "{body}");
    }
}
