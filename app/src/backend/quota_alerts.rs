//! Stored quota alerts: listed in the portal and marked seen when their
//! link (or the mailbox page they point to) is opened.

use super::db::Db;
use crate::domain::ids::{AlertId, CustomerId, MailboxId};
use crate::domain::quota::QuotaLevel;
use crate::domain::quota_alerts::AlertRecord;
use sqlx::Row;

/// The mailbox an alert is about (for the link in its mail).
pub async fn mailbox_of(db: &Db, alert_id: &AlertId) -> Result<Option<MailboxId>, sqlx::Error> {
    let row = sqlx::query("SELECT mailbox_id FROM quota_alerts WHERE id = $1")
        .bind(alert_id.as_str())
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.map(|r| MailboxId::new(r.get::<String, _>("mailbox_id"))))
}

/// Marks an alert of this customer's mailbox seen; anything else is ignored.
pub async fn mark_seen(
    db: &Db,
    customer_id: &CustomerId,
    mailbox_id: &MailboxId,
    alert_id: &AlertId,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE quota_alerts SET seen_at = $1 WHERE id = $2 AND mailbox_id = $3 AND customer_id = $4 AND seen_at IS NULL",
    )
    .bind(now)
    .bind(alert_id.as_str())
    .bind(mailbox_id.as_str())
    .bind(customer_id.as_str())
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

const SELECT: &str = "SELECT a.id, a.mailbox_id, m.primary_address, a.level, \
     CAST(CASE WHEN a.reminder THEN 1 ELSE 0 END AS BIGINT) AS reminder, a.used_bytes, a.limit_bytes, \
     a.created_at, a.seen_at FROM quota_alerts a JOIN mailboxes m ON m.id = a.mailbox_id";

/// An alert row as `SELECT` reads it.
#[derive(sqlx::FromRow)]
struct StoredAlert {
    id: String,
    mailbox_id: String,
    primary_address: String,
    level: String,
    // Booleans travel as integers: the Any driver cannot decode SQLite's BOOLEAN.
    reminder: i64,
    used_bytes: i64,
    limit_bytes: i64,
    created_at: i64,
    seen_at: Option<i64>,
}

impl From<StoredAlert> for AlertRecord {
    fn from(r: StoredAlert) -> Self {
        AlertRecord {
            id: r.id,
            mailbox_id: r.mailbox_id,
            mailbox_address: r.primary_address,
            level: QuotaLevel::parse(&r.level).unwrap_or(QuotaLevel::Warning),
            reminder: r.reminder != 0,
            used_bytes: r.used_bytes.max(0) as u64,
            limit_bytes: r.limit_bytes.max(0) as u64,
            created_at: r.created_at,
            seen_at: r.seen_at,
        }
    }
}

/// The newest alerts of one mailbox of this customer.
pub async fn for_mailbox(
    db: &Db,
    customer_id: &CustomerId,
    mailbox_id: &MailboxId,
    limit: i64,
) -> Result<Vec<AlertRecord>, sqlx::Error> {
    let rows = sqlx::query_as::<_, StoredAlert>(&format!("{SELECT} WHERE a.customer_id = $1 AND a.mailbox_id = $2 ORDER BY a.created_at DESC LIMIT $3"))
        .bind(customer_id.as_str())
        .bind(mailbox_id.as_str())
        .bind(limit)
        .fetch_all(&db.pool)
        .await?;
    Ok(rows.into_iter().map(AlertRecord::from).collect())
}
