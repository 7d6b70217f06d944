//! "Passwort vergessen": a one-time link by mail, stored together with the
//! mail that carries it.

use super::outbox::NewMail;
use super::tokens::{self, RESET_VALIDITY_SECS};
use super::Backend;
use crate::domain::mail_address::MailAddress;
use crate::i18n::Lang;
use sqlx::Row;

/// Reset mails per account and hour; more requests are ignored silently
/// (a flood of mails would bury the real one and annoy the user).
pub const MAX_PER_HOUR: i64 = 3;

/// Queues a reset link for the account `email`, if there is an active one.
/// Does nothing (and says nothing) otherwise.
pub async fn request(backend: &Backend, email: &MailAddress, ip: &str) -> Result<(), sqlx::Error> {
    let at = backend.now();
    let mut tx = backend.db.begin_write().await?;
    let Some(user) = sqlx::query(
        "SELECT id, customer_id, email, alternative_email, language FROM users WHERE email = $1 AND disabled_at IS NULL",
    )
    .bind(email.as_str())
    .fetch_optional(&mut *tx)
    .await?
    else {
        tracing::info!(event = "password_reset_unknown", "password reset for an unknown account");
        return Ok(());
    };
    let user_id: String = user.get(0);
    let recent: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM password_tokens WHERE user_id = $1 AND purpose = 'reset' AND created_at > $2",
    )
    .bind(&user_id)
    .bind(at - 3600)
    .fetch_one(&mut *tx)
    .await?;
    if recent >= MAX_PER_HOUR {
        tracing::warn!(event = "password_reset_throttled", user_id = %user_id, "too many password resets");
        return Ok(());
    }
    let token = tokens::create_in(&mut tx, &user_id, "reset", RESET_VALIDITY_SECS, at).await?;
    // The alternative address reaches the user even when their mailbox does not.
    let to: String = user
        .get::<Option<String>, _>(3)
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| user.get(2));
    let lang = Lang::parse(&user.get::<String, _>(4)).unwrap_or_default();
    let link = format!("{}/passwort-setzen?token={token}", backend.public_url);
    let body = [
        lang.t("mail-greeting"),
        lang.t_with(
            "mail-reset-intro",
            &[("account", email.as_str().into()), ("ip", ip.into())],
        ),
        link,
        lang.t("mail-reset-validity"),
        lang.t("mail-reset-not-you"),
    ]
    .join("\n\n");
    let mail = NewMail {
        customer_id: Some(user.get(1)),
        kind: "password-reset",
        dedupe_key: None,
        recipients: vec![to],
        cc: Vec::new(),
        subject: lang.t("mail-reset-subject"),
        body: body + "\n",
    };
    backend.mail.queue(&mut tx, &mail, at).await?;
    tx.commit().await?;
    backend.mail.wake();
    Ok(())
}
