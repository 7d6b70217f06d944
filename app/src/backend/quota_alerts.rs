//! Stored quota alerts: listed in the portal and marked seen when their
//! link (or the mailbox page they point to) is opened.

use super::db::Db;
use crate::domain::quota::QuotaLevel;
use crate::domain::quota_alerts::AlertRecord;
use sqlx::Row;

/// The mailbox an alert is about (for the link in its mail).
pub async fn mailbox_of(db: &Db, alert_id: &str) -> Result<Option<String>, sqlx::Error> {
    let row = sqlx::query("SELECT mailbox_id FROM quota_alerts WHERE id = $1")
        .bind(alert_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.map(|r| r.get(0)))
}

/// Marks an alert of this customer's mailbox seen; anything else is ignored.
pub async fn mark_seen(
    db: &Db,
    customer_id: &str,
    mailbox_id: &str,
    alert_id: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE quota_alerts SET seen_at = $1 WHERE id = $2 AND mailbox_id = $3 AND customer_id = $4 AND seen_at IS NULL",
    )
    .bind(now)
    .bind(alert_id)
    .bind(mailbox_id)
    .bind(customer_id)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

const SELECT: &str = "SELECT a.id, a.mailbox_id, m.primary_address, a.level, CAST(CASE WHEN a.reminder THEN 1 ELSE 0 END AS BIGINT), a.used_bytes, a.limit_bytes, \
     a.created_at, a.seen_at FROM quota_alerts a JOIN mailboxes m ON m.id = a.mailbox_id";

fn from_row(r: &sqlx::any::AnyRow) -> AlertRecord {
    AlertRecord {
        id: r.get(0),
        mailbox_id: r.get(1),
        mailbox_address: r.get(2),
        level: QuotaLevel::parse(&r.get::<String, _>(3)).unwrap_or(QuotaLevel::Warning),
        // booleans travel as integers: the Any driver cannot decode SQLite's BOOLEAN
        reminder: r.get::<i64, _>(4) != 0,
        used_bytes: r.get::<i64, _>(5).max(0) as u64,
        limit_bytes: r.get::<i64, _>(6).max(0) as u64,
        created_at: r.get(7),
        seen_at: r.get(8),
    }
}

/// The newest alerts of one mailbox of this customer.
pub async fn for_mailbox(
    db: &Db,
    customer_id: &str,
    mailbox_id: &str,
    limit: i64,
) -> Result<Vec<AlertRecord>, sqlx::Error> {
    let rows = sqlx::query(&format!("{SELECT} WHERE a.customer_id = $1 AND a.mailbox_id = $2 ORDER BY a.created_at DESC LIMIT $3"))
        .bind(customer_id)
        .bind(mailbox_id)
        .bind(limit)
        .fetch_all(&db.pool)
        .await?;
    Ok(rows.iter().map(from_row).collect())
}
