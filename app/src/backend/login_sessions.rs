//! The logins of a user, one row each (see migration 0011): started by the
//! second factor, touched while used, ended by the user, an owner, a role
//! change or a password change. A session whose row is ended is logged out
//! at its next request (`users::session_user_of_login`).

use super::{new_id, Backend, SessionLimits};
use sqlx::Row;

/// Longest User-Agent kept.
pub const USER_AGENT_MAX_CHARS: usize = 512;

/// One login as its user sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginSession {
    pub id: String,
    pub ip: String,
    pub user_agent: String,
    pub started_at: i64,
    pub last_seen_at: i64,
}

/// Records a new login and returns its id.
pub async fn start(
    backend: &Backend,
    user_id: &str,
    ip: &str,
    user_agent: &str,
    now: i64,
) -> Result<String, sqlx::Error> {
    let id = new_id();
    let user_agent: String = user_agent.chars().take(USER_AGENT_MAX_CHARS).collect();
    sqlx::query(
        "INSERT INTO login_sessions (id, user_id, ip, user_agent, started_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(&id)
    .bind(user_id)
    .bind(ip)
    .bind(user_agent)
    .bind(now)
    .execute(&backend.db.pool)
    .await?;
    Ok(id)
}

/// Notes that the login was used at `now`.
pub async fn touch(backend: &Backend, id: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE login_sessions SET last_seen_at = $1 WHERE id = $2 AND ended_at IS NULL")
        .bind(now)
        .bind(id)
        .execute(&backend.db.pool)
        .await
        .map(|_| ())
}

/// The user's logins that still count (not ended, within the limits), the
/// most recently used first.
pub async fn active(
    backend: &Backend,
    user_id: &str,
    limits: SessionLimits,
    now: i64,
) -> Result<Vec<LoginSession>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, ip, user_agent, started_at, last_seen_at FROM login_sessions
         WHERE user_id = $1 AND ended_at IS NULL AND started_at >= $2 AND last_seen_at >= $3
         ORDER BY last_seen_at DESC, started_at DESC",
    )
    .bind(user_id)
    .bind(now - limits.absolute_secs)
    .bind(now - limits.idle_secs)
    .fetch_all(&backend.db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| LoginSession {
            id: r.get("id"),
            ip: r.get("ip"),
            user_agent: r.get("user_agent"),
            started_at: r.get("started_at"),
            last_seen_at: r.get("last_seen_at"),
        })
        .collect())
}

/// Ends one login of the user; `false` when there is no such running login.
pub async fn end(
    backend: &Backend,
    user_id: &str,
    id: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let ended = sqlx::query(
        "UPDATE login_sessions SET ended_at = $1 WHERE id = $2 AND user_id = $3 AND ended_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .bind(user_id)
    .execute(&backend.db.pool)
    .await?;
    Ok(ended.rows_affected() == 1)
}

/// Ends the login `id` (logout: the session knows its own row).
pub async fn end_by_id(backend: &Backend, id: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE login_sessions SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL")
        .bind(now)
        .bind(id)
        .execute(&backend.db.pool)
        .await
        .map(|_| ())
}

/// Ends every login of the user except `keep` (none: all); returns how many.
pub async fn end_all(
    backend: &Backend,
    user_id: &str,
    keep: Option<&str>,
    now: i64,
) -> Result<u64, sqlx::Error> {
    let ended = sqlx::query(
        "UPDATE login_sessions SET ended_at = $1 WHERE user_id = $2 AND ended_at IS NULL AND id <> $3",
    )
    .bind(now)
    .bind(user_id)
    .bind(keep.unwrap_or(""))
    .execute(&backend.db.pool)
    .await?;
    Ok(ended.rows_affected())
}
