//! One-time links that let a user set (or reset) their password.
//!
//! The token travels only in the link; the database keeps its SHA-256, so a
//! leaked database does not leak usable links. Using a token and setting the
//! password happen in one transaction, guarded by `used_at IS NULL`, so a
//! token works exactly once even when two requests race.

use super::db::Db;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// How long a set-password link from the operator stays valid.
pub const SET_PASSWORD_VALIDITY_SECS: i64 = 7 * 24 * 3600;

#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("the link is unknown, used or expired")]
    Invalid,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

fn digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// How long a reset link from "Passwort vergessen" stays valid.
pub const RESET_VALIDITY_SECS: i64 = 30 * 60;

/// Creates a token for `user_id` and returns it (to be put into a link).
pub async fn create(
    db: &Db,
    user_id: &str,
    purpose: &str,
    valid_secs: i64,
) -> Result<String, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    create_in(&mut conn, user_id, purpose, valid_secs, db.now()).await
}

/// [`create`] inside the caller's transaction (with the mail that carries the link).
pub async fn create_in(
    conn: &mut sqlx::AnyConnection,
    user_id: &str,
    purpose: &str,
    valid_secs: i64,
    created: i64,
) -> Result<String, sqlx::Error> {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    sqlx::query(
        "INSERT INTO password_tokens (token_hash, user_id, purpose, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(digest(&token))
    .bind(user_id)
    .bind(purpose)
    .bind(created + valid_secs)
    .bind(created)
    .execute(&mut *conn)
    .await?;
    Ok(token)
}

/// The account a usable token belongs to, with the words its new password
/// must not be built on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenHolder {
    pub email: String,
    pub company: String,
}

/// Whose token it is, if it could still be used (for showing the form, a
/// clear error, and judging the new password).
pub async fn holder(db: &Db, token: &str) -> Result<Option<TokenHolder>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT u.email, c.name FROM password_tokens t \
         JOIN users u ON u.id = t.user_id JOIN customers c ON c.id = u.customer_id \
         WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2",
    )
    .bind(digest(token))
    .bind(db.now())
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|row| TokenHolder {
        email: sqlx::Row::get(&row, 0),
        company: sqlx::Row::get(&row, 1),
    }))
}

/// What redeeming a token did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redeemed {
    pub user_id: String,
    /// A reset (not a first password): all sessions of the user were ended.
    pub was_reset: bool,
}

/// Uses the token once and stores `password_hash` for its user. A reset also
/// ends every session of the user (someone may have been using the old password).
pub async fn redeem(db: &Db, token: &str, password_hash: &str) -> Result<Redeemed, TokenError> {
    let mut tx = db.begin_write().await?;
    let at = db.now();
    let row = sqlx::query(
        "UPDATE password_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING user_id, purpose",
    )
    .bind(at)
    .bind(digest(token))
    .fetch_optional(&mut *tx)
    .await?;
    let Some(row) = row else {
        return Err(TokenError::Invalid);
    };
    let user_id: String = sqlx::Row::get(&row, "user_id");
    let was_reset = sqlx::Row::get::<String, _>(&row, "purpose") == "reset";
    sqlx::query(
        "UPDATE users SET password_hash = $1, session_epoch = session_epoch + $2 WHERE id = $3",
    )
    .bind(password_hash)
    .bind(if was_reset { 1_i64 } else { 0 })
    .bind(&user_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Redeemed { user_id, was_reset })
}
