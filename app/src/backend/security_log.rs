//! The security log of a customer organisation.

use super::{new_id, now, Backend};
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
    OtherSessionsEnded,
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
            EventKind::OtherSessionsEnded => "other-sessions-ended",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub kind: String,
    pub actor_email: String,
    pub ip: String,
    pub at: i64,
}

/// Records `kind` for `user_id` (the customer is the user's own).
pub async fn record(
    backend: &Backend,
    user_id: &str,
    kind: EventKind,
    ip: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO security_events (id, customer_id, user_id, actor_email, kind, ip, at)
         SELECT $1, customer_id, id, email, $2, $3, $4 FROM users WHERE id = $5",
    )
    .bind(new_id())
    .bind(kind.as_str())
    .bind(ip)
    .bind(now())
    .bind(user_id)
    .execute(&backend.db.pool)
    .await
    .map(|_| ())
}

/// The newest events of one customer.
pub async fn recent(
    backend: &Backend,
    customer_id: &str,
    limit: i64,
) -> Result<Vec<Event>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT kind, actor_email, ip, at FROM security_events WHERE customer_id = $1 ORDER BY at DESC, id LIMIT $2",
    )
    .bind(customer_id)
    .bind(limit)
    .fetch_all(&backend.db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| Event {
            kind: r.get("kind"),
            actor_email: r.get("actor_email"),
            ip: r.get("ip"),
            at: r.get("at"),
        })
        .collect())
}
