//! Customer organisations.

use super::{db::Db, new_id};
use sqlx::Row;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Customer {
    pub id: String,
    pub number: String,
    pub name: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CustomerError {
    #[error("customer number {0} exists already")]
    NumberTaken(String),
    #[error("customer number and name must not be empty")]
    Empty,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

pub async fn create(db: &Db, number: &str, name: &str) -> Result<Customer, CustomerError> {
    let (number, name) = (number.trim(), name.trim());
    if number.is_empty() || name.is_empty() {
        return Err(CustomerError::Empty);
    }
    let id = new_id();
    sqlx::query("INSERT INTO customers (id, number, name, created_at) VALUES ($1, $2, $3, $4)")
        .bind(&id)
        .bind(number)
        .bind(name)
        .bind(db.now())
        .execute(&db.pool)
        .await
        .map_err(|e| {
            if super::db::violates(&e, "customers_number_key", "customers.number") {
                CustomerError::NumberTaken(number.to_string())
            } else {
                CustomerError::Db(e)
            }
        })?;
    Ok(Customer {
        id,
        number: number.to_string(),
        name: name.to_string(),
    })
}

pub async fn find_by_number(db: &Db, number: &str) -> Result<Option<Customer>, sqlx::Error> {
    sqlx::query_as("SELECT id, number, name FROM customers WHERE number = $1")
        .bind(number.trim())
        .fetch_optional(&db.pool)
        .await
}

pub async fn get(db: &Db, id: &str) -> Result<Option<Customer>, sqlx::Error> {
    sqlx::query_as("SELECT id, number, name FROM customers WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// Number and name of a customer, inside the caller's transaction (the mails
/// to the provider name the customer by both).
pub async fn number_and_name(
    conn: &mut sqlx::AnyConnection,
    customer_id: &str,
) -> Result<(String, String), sqlx::Error> {
    let row = sqlx::query("SELECT number, name FROM customers WHERE id = $1")
        .bind(customer_id)
        .fetch_one(&mut *conn)
        .await?;
    Ok((row.get(0), row.get(1)))
}

pub async fn count(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) AS n FROM customers")
        .fetch_one(&db.pool)
        .await
        .map(|r| r.get("n"))
}

/// Who receives quota alert mails: `mailbox`, `admins` or `both` (checked by the schema too).
pub async fn set_alert_recipients(db: &Db, customer_id: &str, to: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE customers SET quota_alert_recipients = $1 WHERE id = $2")
        .bind(to)
        .bind(customer_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}
