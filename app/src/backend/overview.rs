//! The figures on a customer's overview page, in a handful of aggregate queries
//! (no per-mailbox round trips, so it stays fast at 10,000 mailboxes).

use super::db::Db;
use crate::domain::quota::Thresholds;
use sqlx::Row;

#[derive(Debug, Clone, PartialEq)]
pub struct MailboxTotals {
    pub count: i64,
    pub used_bytes: i64,
    pub capacity_bytes: i64,
    pub warning: i64,
    pub send_prohibited: i64,
    pub full: i64,
    pub stats_taken_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MailboxUsage {
    pub id: String,
    pub address: String,
    pub display_name: String,
    pub used_bytes: i64,
    pub thresholds: Thresholds,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AddonRow {
    pub kind: String,
    pub quantity: i64,
    pub booked_on: String,
    pub ends_on: Option<String>,
}

/// Counts per quota level. A level counts the mailboxes at that level only
/// (a full mailbox is not also counted as "warning").
pub async fn mailbox_totals(db: &Db, customer_id: &str) -> Result<MailboxTotals, sqlx::Error> {
    use super::mailboxes::{IS_FULL, IS_SEND_PROHIBITED, IS_WARNING};
    let count_where = |condition: &str| {
        format!("CAST(COALESCE(SUM(CASE WHEN {condition} THEN 1 ELSE 0 END), 0) AS BIGINT)")
    };
    let r = sqlx::query(&format!(
        "SELECT COUNT(*) AS n,
            CAST(COALESCE(SUM(used_bytes), 0) AS BIGINT) AS used,
            CAST(COALESCE(SUM(COALESCE(prohibit_send_receive_bytes, prohibit_send_bytes, issue_warning_bytes, 0)), 0) AS BIGINT) AS capacity,
            {} AS full_n, {} AS send_n, {} AS warn_n,
            MAX(stats_taken_at) AS taken
         FROM mailboxes WHERE customer_id = $1",
        count_where(IS_FULL),
        count_where(IS_SEND_PROHIBITED),
        count_where(IS_WARNING)
    ))
    .bind(customer_id)
    .fetch_one(&db.pool)
    .await?;
    Ok(MailboxTotals {
        count: r.get("n"),
        used_bytes: r.get("used"),
        capacity_bytes: r.get("capacity"),
        warning: r.get("warn_n"),
        send_prohibited: r.get("send_n"),
        full: r.get("full_n"),
        stats_taken_at: r.get("taken"),
    })
}

/// Mailboxes at or above their warning threshold, fullest first.
pub async fn mailboxes_over_warning(
    db: &Db,
    customer_id: &str,
    limit: i64,
) -> Result<Vec<MailboxUsage>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, primary_address, display_name, used_bytes, issue_warning_bytes, prohibit_send_bytes, prohibit_send_receive_bytes
         FROM mailboxes
         WHERE customer_id = $1 AND issue_warning_bytes IS NOT NULL AND used_bytes >= issue_warning_bytes
         ORDER BY used_bytes DESC, id LIMIT $2",
    )
    .bind(customer_id)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| MailboxUsage {
            id: r.get("id"),
            address: r.get("primary_address"),
            display_name: r.get("display_name"),
            used_bytes: r.get("used_bytes"),
            thresholds: super::mailboxes::thresholds_at(r, 4),
        })
        .collect())
}

pub async fn domain_names(db: &Db, customer_id: &str) -> Result<Vec<String>, sqlx::Error> {
    let rows = sqlx::query("SELECT name FROM domains WHERE customer_id = $1 ORDER BY name")
        .bind(customer_id)
        .fetch_all(&db.pool)
        .await?;
    Ok(rows.iter().map(|r| r.get("name")).collect())
}

pub async fn addons(db: &Db, customer_id: &str) -> Result<Vec<AddonRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT kind, quantity, booked_on, ends_on FROM addons WHERE customer_id = $1 ORDER BY booked_on, kind",
    )
    .bind(customer_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| AddonRow {
            kind: r.get("kind"),
            quantity: r.get("quantity"),
            booked_on: r.get("booked_on"),
            ends_on: r.get("ends_on"),
        })
        .collect())
}
