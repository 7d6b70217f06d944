//! The security log of a customer organisation.

use super::outbox::NewMail;
use super::{new_id, Backend};
use crate::domain::format;
use crate::i18n::Lang;
use sqlx::Row;

/// What happened. Stored by name; the UI translates `security-event-<name>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Login,
    LoginFailed,
    SecondFactorFailed,
    RecoveryCodeUsed,
    TotpEnabled,
    PasswordSet,
    PasswordChanged,
    PasswordReset,
    OtherSessionsEnded,
    UserInvited,
    RoleChanged,
    UserRemoved,
    /// A booking, cancellation or support request (detail: number and kind).
    ServiceRequest,
    /// The contract or an add-on cancelled (detail: what and to when).
    Cancellation,
    /// The address for password links changed (the old one hears of it too).
    AlternativeEmailChanged,
    /// A passkey added or removed (detail: its name).
    PasskeyAdded,
    PasskeyRemoved,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Login => "login",
            EventKind::LoginFailed => "login-failed",
            EventKind::SecondFactorFailed => "second-factor-failed",
            EventKind::RecoveryCodeUsed => "recovery-code-used",
            EventKind::TotpEnabled => "totp-enabled",
            EventKind::PasswordSet => "password-set",
            EventKind::PasswordChanged => "password-changed",
            EventKind::PasswordReset => "password-reset",
            EventKind::UserInvited => "user-invited",
            EventKind::RoleChanged => "role-changed",
            EventKind::UserRemoved => "user-removed",
            EventKind::OtherSessionsEnded => "other-sessions-ended",
            EventKind::ServiceRequest => "service-request",
            EventKind::Cancellation => "cancellation",
            EventKind::AlternativeEmailChanged => "alternative-email-changed",
            EventKind::PasskeyAdded => "passkey-added",
            EventKind::PasskeyRemoved => "passkey-removed",
        }
    }
}

impl EventKind {
    /// Events the user is told about by mail at once, so that someone else
    /// acting with their account does not go unnoticed.
    pub fn notifies_user(self) -> bool {
        matches!(
            self,
            EventKind::RecoveryCodeUsed
                | EventKind::TotpEnabled
                | EventKind::PasswordChanged
                | EventKind::PasswordReset
                | EventKind::AlternativeEmailChanged
                | EventKind::PasskeyAdded
                | EventKind::PasskeyRemoved
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub kind: String,
    pub detail: Option<String>,
    pub actor_email: String,
    pub ip: String,
    pub at: i64,
}

/// Records `kind` for `user_id` (the customer is the user's own) and, for
/// events that warrant it, queues a notice to the user in the same transaction.
/// `detail` names whom the event concerned when that is someone else.
pub async fn record(
    backend: &Backend,
    user_id: &str,
    kind: EventKind,
    ip: &str,
    detail: Option<&str>,
) -> Result<(), sqlx::Error> {
    let mut tx = backend.db.begin_write().await?;
    let queued = record_in(&mut tx, backend, user_id, kind, ip, detail, &[]).await?;
    tx.commit().await?;
    if queued {
        backend.mail.wake();
    }
    Ok(())
}

/// `record` inside the caller's transaction, so the change and its record
/// are stored together. The notice also goes to `also_notify` (an address
/// that is being replaced). Returns whether a mail was queued.
pub async fn record_in(
    tx: &mut sqlx::AnyConnection,
    backend: &Backend,
    user_id: &str,
    kind: EventKind,
    ip: &str,
    detail: Option<&str>,
    also_notify: &[String],
) -> Result<bool, sqlx::Error> {
    let at = backend.now();
    sqlx::query(
        "INSERT INTO security_events (id, customer_id, user_id, actor_email, kind, ip, at, detail)
         SELECT $1, customer_id, id, email, $2, $3, $4, $6 FROM users WHERE id = $5",
    )
    .bind(new_id())
    .bind(kind.as_str())
    .bind(ip)
    .bind(at)
    .bind(user_id)
    .bind(detail)
    .execute(&mut *tx)
    .await?;
    if !kind.notifies_user() {
        return Ok(false);
    }
    let Some(user) = sqlx::query("SELECT customer_id, email, language FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&mut *tx)
        .await?
    else {
        return Ok(false);
    };
    let lang = Lang::parse(&user.get::<String, _>(2)).unwrap_or_default();
    let (subject, body) = notice(lang, kind, at, ip, &backend.public_url);
    let mut recipients = vec![user.get::<String, _>(1)];
    for other in also_notify {
        if !recipients.contains(other) {
            recipients.push(other.clone());
        }
    }
    // One mail per address: nobody learns the other address from the header.
    for to in recipients {
        let mail = NewMail {
            customer_id: Some(user.get(0)),
            kind: "security-notice",
            dedupe_key: None,
            recipients: vec![to],
            cc: Vec::new(),
            subject: subject.clone(),
            body: body.clone(),
        };
        backend.mail.queue(&mut *tx, &mail, at).await?;
    }
    Ok(true)
}

/// The notice mail: what happened, when, from where, and what to do if it was not the user.
fn notice(lang: Lang, kind: EventKind, at: i64, ip: &str, public_url: &str) -> (String, String) {
    let what = lang.t(&format!("security-event-{}", kind.as_str()));
    let when = format::unix_date_time(lang, at).unwrap_or_default();
    let subject = lang.t_with("mail-security-subject", &[("what", what.clone().into())]);
    let body = [
        lang.t("mail-greeting"),
        lang.t_with(
            "mail-security-what",
            &[
                ("what", what.into()),
                ("when", when.into()),
                ("ip", ip.into()),
            ],
        ),
        lang.t("mail-security-if-not-you"),
        format!("{public_url}/anmelden"),
        lang.t("mail-security-footer"),
    ]
    .join("\n\n");
    (subject, body + "\n")
}

/// The newest events of one customer.
pub async fn recent(
    backend: &Backend,
    customer_id: &str,
    limit: i64,
) -> Result<Vec<Event>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT kind, actor_email, ip, at, detail FROM security_events WHERE customer_id = $1 ORDER BY at DESC, id LIMIT $2",
    )
    .bind(customer_id)
    .bind(limit)
    .fetch_all(&backend.db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| Event {
            kind: r.get("kind"),
            detail: r.get("detail"),
            actor_email: r.get("actor_email"),
            ip: r.get("ip"),
            at: r.get("at"),
        })
        .collect())
}
