//! The customer's contract: when it was signed, when it started, its
//! minimum term and notice. The operator records it; the contract page and
//! the cancellation rules read it.

use super::db::Db;
use super::{customers, new_id};
use crate::domain::addons::dates::parse_iso;
use crate::domain::contract::timeline::{contract_start, provisioning_in_time};
use sqlx::Row;
use time::Date;

/// The contract as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContractRow {
    pub signed_on: Date,
    pub starts_on: Date,
    pub minimum_term_months: u32,
    pub notice_months: u32,
    pub ends_on: Option<Date>,
}

/// The customer's contract, if one is stored.
pub async fn get(db: &Db, customer_id: &str) -> Result<Option<ContractRow>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT signed_on, starts_on, min_term_months, notice_months, ends_on FROM contracts \
         WHERE customer_id = $1 ORDER BY created_at LIMIT 1",
    )
    .bind(customer_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.and_then(|r| {
        Some(ContractRow {
            signed_on: parse_iso(&r.get::<String, _>(0))?,
            starts_on: parse_iso(&r.get::<String, _>(1))?,
            minimum_term_months: r.get::<i64, _>(2).clamp(1, 120) as u32,
            notice_months: r.get::<i64, _>(3).clamp(1, 12) as u32,
            ends_on: r.get::<Option<String>, _>(4).as_deref().and_then(parse_iso),
        })
    }))
}

#[derive(Debug, thiserror::Error)]
pub enum ContractError {
    #[error("no customer with number {0}")]
    UnknownCustomer(String),
    #[error("the mailboxes must be provided between signing and three months after it")]
    ProvisioningOutOfTime,
    #[error("the minimum term is 1 to 120 months")]
    MinimumTerm,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// Records the contract of a customer (or corrects it): signed on `signed`,
/// mailboxes first provided on `provided`, so it starts on the first of that
/// month. Returns the contract start.
pub async fn set(
    db: &Db,
    customer_number: &str,
    signed: Date,
    provided: Date,
    minimum_term_months: u32,
    now: i64,
) -> Result<Date, ContractError> {
    if !provisioning_in_time(signed, provided) {
        return Err(ContractError::ProvisioningOutOfTime);
    }
    if !(1..=120).contains(&minimum_term_months) {
        return Err(ContractError::MinimumTerm);
    }
    let customer = customers::find_by_number(db, customer_number)
        .await?
        .ok_or_else(|| ContractError::UnknownCustomer(customer_number.to_string()))?;
    let starts = contract_start(provided);
    let mut tx = db.begin_write().await?;
    let updated = sqlx::query(
        "UPDATE contracts SET signed_on = $1, starts_on = $2, min_term_months = $3 WHERE customer_id = $4",
    )
    .bind(signed.to_string())
    .bind(starts.to_string())
    .bind(i64::from(minimum_term_months))
    .bind(&customer.id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if updated == 0 {
        sqlx::query(
            "INSERT INTO contracts (id, customer_id, signed_on, starts_on, min_term_months, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(new_id())
        .bind(&customer.id)
        .bind(signed.to_string())
        .bind(starts.to_string())
        .bind(i64::from(minimum_term_months))
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(starts)
}
