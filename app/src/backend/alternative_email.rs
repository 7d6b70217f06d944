//! The alternative address, where password links go when the mailbox itself
//! is out of reach. Whoever controls it can take over the account, so a
//! change is recorded and announced to the old address too: a changed
//! address the user did not make is noticed where the attacker cannot
//! delete the notice.

use super::security_log::{self, EventKind};
use super::Backend;
use crate::domain::mail_address::MailAddress;
use sqlx::AnyConnection;

/// Sets (or, with `None`, removes) the user's alternative address.
/// The account's own address and the old alternative address get a notice.
pub async fn change(
    backend: &Backend,
    user_id: &str,
    new: Option<&MailAddress>,
    ip: &str,
) -> Result<(), sqlx::Error> {
    let mut tx = backend.db.begin_write().await?;
    let old = read(&mut tx, user_id).await?;
    sqlx::query("UPDATE users SET alternative_email = $1 WHERE id = $2")
        .bind(new.map(MailAddress::as_str))
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    let also_notify: Vec<String> = old.into_iter().collect();
    let queued = security_log::record_in(
        &mut tx,
        backend,
        user_id,
        EventKind::AlternativeEmailChanged,
        ip,
        None,
        &also_notify,
    )
    .await?;
    tx.commit().await?;
    if queued {
        backend.mail.wake();
    }
    Ok(())
}

/// The user's alternative address, if one is set.
pub async fn of(backend: &Backend, user_id: &str) -> Result<Option<String>, sqlx::Error> {
    read(&mut *backend.db.pool.acquire().await?, user_id).await
}

async fn read(conn: &mut AnyConnection, user_id: &str) -> Result<Option<String>, sqlx::Error> {
    let stored: Option<Option<String>> =
        sqlx::query_scalar("SELECT alternative_email FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(stored.flatten().filter(|a| !a.is_empty()))
}
