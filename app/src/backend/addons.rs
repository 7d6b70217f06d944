//! A customer's booked add-ons and the facts the booking rules need
//! (mailboxes, what is active). Scoped by customer like every query.

use super::db::Db;
use sqlx::Row;

/// One booked add-on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookedRow {
    pub kind: String,
    pub quantity: i64,
    /// ISO dates.
    pub booked_on: String,
    pub ends_on: Option<String>,
}

/// Add-ons still running on `today` (ISO date) or ending later, oldest first.
pub async fn active(
    db: &Db,
    customer_id: &str,
    today: &str,
) -> Result<Vec<BookedRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT kind, quantity, booked_on, ends_on FROM addons \
         WHERE customer_id = $1 AND (ends_on IS NULL OR ends_on >= $2) ORDER BY booked_on, kind",
    )
    .bind(customer_id)
    .bind(today)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| BookedRow {
            kind: r.get(0),
            quantity: r.get(1),
            booked_on: r.get(2),
            ends_on: r.get(3),
        })
        .collect())
}

/// The customer's mailboxes as (id, primary address), by address.
pub async fn mailbox_choices(
    db: &Db,
    customer_id: &str,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, primary_address FROM mailboxes WHERE customer_id = $1 ORDER BY primary_address",
    )
    .bind(customer_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
}

/// How many Exchange mailboxes the customer has (the Microsoft 365 rule).
pub async fn mailbox_count(db: &Db, customer_id: &str) -> Result<u32, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM mailboxes WHERE customer_id = $1")
        .bind(customer_id)
        .fetch_one(&db.pool)
        .await?;
    Ok(n.max(0) as u32)
}

/// The primary address of one of the customer's mailboxes.
pub async fn mailbox_address(
    db: &Db,
    customer_id: &str,
    mailbox_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT primary_address FROM mailboxes WHERE customer_id = $1 AND id = $2")
        .bind(customer_id)
        .bind(mailbox_id)
        .fetch_optional(&db.pool)
        .await
}
