//! Portal users of a customer organisation.
//!
//! `LoginRow` holds the password hash and therefore is not `Serialize`: it never
//! leaves the server. What the browser sees is built in `crate::api`.

use super::{db::Db, new_id};
use crate::domain::ids::CustomerId;
use crate::domain::mail_address::MailAddress;
use crate::i18n::Lang;
use sqlx::Row;

pub use crate::domain::role::Role;

/// What the login needs: never sent to the browser.
pub struct LoginRow {
    pub id: String,
    pub password_hash: Option<String>,
    pub language: Lang,
    /// Two-factor login is set up (else the user must set it up now).
    pub totp_enabled: bool,
}

impl std::fmt::Debug for LoginRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginRow")
            .field("id", &self.id)
            .field("password_hash", &"[redacted]")
            .finish_non_exhaustive()
    }
}

/// The user behind a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionUser {
    pub id: String,
    pub totp_enabled: bool,
    /// Sessions that began in an earlier epoch are no longer valid.
    pub session_epoch: i64,
    pub customer_id: CustomerId,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub language: Lang,
}

#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("a user with this e-mail address exists already")]
    EmailTaken,
    #[error("the display name must not be empty")]
    EmptyName,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

pub async fn create(
    db: &Db,
    customer_id: &str,
    email: &MailAddress,
    display_name: &str,
    role: Role,
) -> Result<String, UserError> {
    if display_name.trim().is_empty() {
        return Err(UserError::EmptyName);
    }
    let id = new_id();
    sqlx::query(
        "INSERT INTO users (id, customer_id, email, display_name, role, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(customer_id)
    .bind(email.as_str())
    .bind(display_name.trim())
    .bind(role.as_str())
    .bind(db.now())
    .execute(&db.pool)
    .await
    .map_err(|e| {
        if super::db::violates(&e, "users_email_unique", "users.email") {
            UserError::EmailTaken
        } else {
            UserError::Db(e)
        }
    })?;
    Ok(id)
}

pub async fn find_for_login(db: &Db, email: &MailAddress) -> Result<Option<LoginRow>, sqlx::Error> {
    let row = sqlx::query("SELECT id, password_hash, language, totp_secret_encrypted FROM users WHERE email = $1 AND disabled_at IS NULL")
        .bind(email.as_str())
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.map(|r| LoginRow {
        id: r.get("id"),
        password_hash: r.get("password_hash"),
        language: Lang::parse(r.get::<String, _>("language").as_str()).unwrap_or_default(),
        totp_enabled: r
            .get::<Option<String>, _>("totp_secret_encrypted")
            .is_some(),
    }))
}

pub async fn session_user(db: &Db, user_id: &str) -> Result<Option<SessionUser>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, customer_id, email, display_name, role, language, totp_secret_encrypted, session_epoch FROM users
         WHERE id = $1 AND disabled_at IS NULL",
    )
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.and_then(session_user_from))
}

/// The user of a logged-in session, in the same query as the check that its
/// login (`login_sessions`) has not been ended.
pub async fn session_user_of_login(
    db: &Db,
    user_id: &str,
    login_id: &str,
) -> Result<Option<SessionUser>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT u.id, u.customer_id, u.email, u.display_name, u.role, u.language, u.totp_secret_encrypted, u.session_epoch
         FROM users u JOIN login_sessions l ON l.user_id = u.id
         WHERE u.id = $1 AND u.disabled_at IS NULL AND l.id = $2 AND l.ended_at IS NULL",
    )
    .bind(user_id)
    .bind(login_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.and_then(session_user_from))
}

fn session_user_from(r: sqlx::any::AnyRow) -> Option<SessionUser> {
    Some(SessionUser {
        id: r.get("id"),
        totp_enabled: r
            .get::<Option<String>, _>("totp_secret_encrypted")
            .is_some(),
        session_epoch: r.get("session_epoch"),
        customer_id: CustomerId::new(r.get::<String, _>("customer_id")),
        email: r.get("email"),
        display_name: r.get("display_name"),
        role: Role::parse(r.get::<String, _>("role").as_str())?,
        language: Lang::parse(r.get::<String, _>("language").as_str()).unwrap_or_default(),
    })
}

pub async fn set_language(db: &Db, user_id: &str, lang: Lang) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
        .bind(lang.code())
        .bind(user_id)
        .execute(&db.pool)
        .await
        .map(|_| ())
}

/// The stored password hash of a user (for re-authentication). Never leaves the server.
pub async fn password_hash(db: &Db, user_id: &str) -> Result<Option<String>, sqlx::Error> {
    let row = sqlx::query("SELECT password_hash FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row.and_then(|r| r.get("password_hash")))
}

/// Stores a new password hash; with `end_other_sessions` every session that
/// began before becomes invalid. Returns the (possibly new) session epoch.
pub async fn change_password(
    db: &Db,
    user_id: &str,
    hash: &str,
    end_other_sessions: bool,
) -> Result<i64, sqlx::Error> {
    let row = sqlx::query(
        "UPDATE users SET password_hash = $1, session_epoch = session_epoch + $2 WHERE id = $3 RETURNING session_epoch",
    )
    .bind(hash)
    .bind(if end_other_sessions { 1_i64 } else { 0 })
    .bind(user_id)
    .fetch_one(&db.pool)
    .await?;
    Ok(row.get("session_epoch"))
}
