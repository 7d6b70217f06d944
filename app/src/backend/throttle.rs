//! Throttling of guesses (passwords, one-time codes) per key and per IP address.
//!
//! Each attempt is recorded *before* the guess is checked and counted together
//! with the others in the window, so even simultaneous attempts cannot get
//! more than the allowed number of guesses. A refused attempt checks nothing
//! and does not count; a success clears the key's record.

use super::{new_id, Backend};
use sqlx::Row;

/// Failed guesses allowed per key (account) within the window.
pub const MAX_PER_KEY: i64 = 5;
/// Failed guesses allowed per IP address within the window (several users
/// can share an office's address, so this is higher).
pub const MAX_PER_IP: i64 = 30;
pub const WINDOW_SECS: i64 = 15 * 60;

#[derive(Debug, thiserror::Error)]
pub enum ThrottleError {
    #[error("too many failed attempts, retry in {retry_after} s")]
    Throttled { retry_after: u64 },
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

async fn count_since(
    backend: &Backend,
    column: &str,
    value: &str,
    since: i64,
) -> Result<(i64, Option<i64>), sqlx::Error> {
    // `column` is one of two fixed names, never user input.
    let sql = format!("SELECT COUNT(*) AS n, MIN(at) AS first FROM login_attempts WHERE {column} = $1 AND at > $2");
    let row = sqlx::query(&sql)
        .bind(value)
        .bind(since)
        .fetch_one(&backend.db.pool)
        .await?;
    Ok((row.get("n"), row.get("first")))
}

/// Records an attempt for `key` from `ip`, or refuses it when either has
/// used up its guesses.
pub async fn begin_attempt(backend: &Backend, key: &str, ip: &str) -> Result<(), ThrottleError> {
    let at = backend.now();
    let since = at - WINDOW_SECS;
    let attempt = record(backend, key, ip, at).await?;
    let (per_key, first_key) = count_since(backend, "account", key, since).await?;
    let (per_ip, first_ip) = count_since(backend, "ip", ip, since).await?;
    if per_key > MAX_PER_KEY {
        return Err(withdraw(backend, &attempt, first_key, WINDOW_SECS, at).await?);
    }
    if per_ip > MAX_PER_IP {
        return Err(withdraw(backend, &attempt, first_ip, WINDOW_SECS, at).await?);
    }
    Ok(())
}

/// Records one use of a rate-limited action (e.g. sending invitations) for
/// `key`, or refuses it when `max` uses within `window_secs` are reached.
/// Unlike guesses, uses are never cleared: every one counts.
pub async fn begin_action(
    backend: &Backend,
    key: &str,
    max: i64,
    window_secs: i64,
) -> Result<(), ThrottleError> {
    let at = backend.now();
    // No address: actions are limited per key only.
    let attempt = record(backend, key, "-", at).await?;
    let (uses, first) = count_since(backend, "account", key, at - window_secs).await?;
    if uses > max {
        return Err(withdraw(backend, &attempt, first, window_secs, at).await?);
    }
    Ok(())
}

/// Stores one attempt before it is counted, so simultaneous ones see each other.
async fn record(backend: &Backend, key: &str, ip: &str, at: i64) -> Result<String, sqlx::Error> {
    let attempt = new_id();
    sqlx::query("INSERT INTO login_attempts (id, account, ip, at) VALUES ($1, $2, $3, $4)")
        .bind(&attempt)
        .bind(key)
        .bind(ip)
        .bind(at)
        .execute(&backend.db.pool)
        .await?;
    Ok(attempt)
}

/// Takes back a refused attempt (it does not count) and says when the
/// oldest one in the window, `first`, leaves it.
async fn withdraw(
    backend: &Backend,
    attempt: &str,
    first: Option<i64>,
    window_secs: i64,
    at: i64,
) -> Result<ThrottleError, sqlx::Error> {
    sqlx::query("DELETE FROM login_attempts WHERE id = $1")
        .bind(attempt)
        .execute(&backend.db.pool)
        .await?;
    let retry_after = (first.unwrap_or(at) + window_secs - at).max(1) as u64;
    Ok(ThrottleError::Throttled { retry_after })
}

/// Forgets the failed attempts of `key` after a success.
pub async fn clear(backend: &Backend, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM login_attempts WHERE account = $1")
        .bind(key)
        .execute(&backend.db.pool)
        .await
        .map(|_| ())
}
