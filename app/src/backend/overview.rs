//! The figures on a customer's overview page, in a handful of aggregate queries
//! (no per-mailbox round trips, so it stays fast at 10,000 mailboxes).

use super::db::Db;
use crate::domain::quota::Thresholds;
use sqlx::{AnyConnection, Row};

#[derive(Debug, Clone, PartialEq)]
pub struct MailboxTotals {
    pub count: i64,
    pub used_bytes: i64,
    pub capacity_bytes: i64,
    pub warning: i64,
    pub send_prohibited: i64,
    pub full: i64,
    pub stats_taken_at: Option<i64>,
    /// The lowest warning threshold of any mailbox (`None`: none has one).
    pub min_warning_bytes: Option<i64>,
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

/// The aggregates over a customer's mailboxes (`$1`), in the column order
/// of `mailbox_totals`. A level counts the mailboxes at that level only (a
/// full mailbox is not also counted as "warning").
fn totals_select() -> String {
    use super::mailboxes::{IS_FULL, IS_SEND_PROHIBITED, IS_WARNING};
    let count_where = |condition: &str| {
        format!("CAST(COALESCE(SUM(CASE WHEN {condition} THEN 1 ELSE 0 END), 0) AS BIGINT)")
    };
    format!(
        "SELECT CAST($1 AS TEXT) AS customer_id, COUNT(*) AS mailbox_count,
            CAST(COALESCE(SUM(used_bytes), 0) AS BIGINT) AS used_bytes,
            CAST(COALESCE(SUM(COALESCE(prohibit_send_receive_bytes, prohibit_send_bytes, issue_warning_bytes, 0)), 0) AS BIGINT)
              AS capacity_bytes,
            {} AS warning_count, {} AS send_prohibited_count, {} AS full_count, MAX(stats_taken_at) AS stats_taken_at,
            MIN(issue_warning_bytes) AS min_warning_bytes
         FROM mailboxes WHERE customer_id = $1",
        count_where(IS_WARNING),
        count_where(IS_SEND_PROHIBITED),
        count_where(IS_FULL),
    )
}

/// Recomputes the stored totals of `customer_id`; called in the transaction
/// that changed its mailboxes' figures, so readers never see the two apart.
pub async fn refresh_totals(
    conn: &mut AnyConnection,
    customer_id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM mailbox_totals WHERE customer_id = $1")
        .bind(customer_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query(&format!(
        "INSERT INTO mailbox_totals (customer_id, mailbox_count, used_bytes, capacity_bytes, \
         warning_count, send_prohibited_count, full_count, stats_taken_at, min_warning_bytes) {}",
        totals_select()
    ))
    .bind(customer_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A row of `mailbox_totals`, or of `totals_select` computed live.
#[derive(sqlx::FromRow)]
struct StoredTotals {
    mailbox_count: i64,
    used_bytes: i64,
    capacity_bytes: i64,
    warning_count: i64,
    send_prohibited_count: i64,
    full_count: i64,
    stats_taken_at: Option<i64>,
    min_warning_bytes: Option<i64>,
}

impl From<StoredTotals> for MailboxTotals {
    fn from(t: StoredTotals) -> Self {
        MailboxTotals {
            count: t.mailbox_count,
            used_bytes: t.used_bytes,
            capacity_bytes: t.capacity_bytes,
            warning: t.warning_count,
            send_prohibited: t.send_prohibited_count,
            full: t.full_count,
            stats_taken_at: t.stats_taken_at,
            min_warning_bytes: t.min_warning_bytes,
        }
    }
}

/// Counts per quota level: the stored row, or (for a customer whose figures
/// were never imported) added up now.
pub async fn mailbox_totals(db: &Db, customer_id: &str) -> Result<MailboxTotals, sqlx::Error> {
    let stored = sqlx::query_as::<_, StoredTotals>(
        "SELECT mailbox_count, used_bytes, capacity_bytes, warning_count, send_prohibited_count, \
         full_count, stats_taken_at, min_warning_bytes FROM mailbox_totals WHERE customer_id = $1",
    )
    .bind(customer_id)
    .fetch_optional(&db.pool)
    .await?;
    if let Some(stored) = stored {
        return Ok(stored.into());
    }
    let live = sqlx::query_as::<_, StoredTotals>(&totals_select())
        .bind(customer_id)
        .fetch_one(&db.pool)
        .await?;
    Ok(live.into())
}

/// Mailboxes at or above their warning threshold, fullest first. The scan of
/// the usage index starts at the customer's lowest threshold (from
/// [`MailboxTotals`]), so it reads the few candidates, not every mailbox.
pub async fn mailboxes_over_warning(
    db: &Db,
    customer_id: &str,
    totals: &MailboxTotals,
    limit: i64,
) -> Result<Vec<MailboxUsage>, sqlx::Error> {
    let Some(lowest) = totals.min_warning_bytes else {
        return Ok(Vec::new());
    };
    let rows = sqlx::query(
        "SELECT id, primary_address, display_name, used_bytes, issue_warning_bytes, prohibit_send_bytes, prohibit_send_receive_bytes
         FROM mailboxes
         WHERE customer_id = $1 AND used_bytes >= $2
           AND issue_warning_bytes IS NOT NULL AND used_bytes >= issue_warning_bytes
         ORDER BY used_bytes DESC, id DESC LIMIT $3",
    )
    .bind(customer_id)
    .bind(lowest)
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
