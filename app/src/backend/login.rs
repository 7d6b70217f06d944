//! Checking e-mail address and password, throttled per account and per IP
//! address (see `throttle`). Unknown accounts are throttled and answered
//! exactly like known ones.

use super::throttle::{self, ThrottleError};
use super::users::{self, LoginRow};
use super::Backend;
use crate::domain::mail_address::MailAddress;

#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    /// `user_id` is set when the account exists (for its security log).
    #[error("wrong e-mail address or password")]
    Failed { user_id: Option<String> },
    #[error("too many failed logins, retry in {retry_after} s")]
    Throttled { retry_after: u64 },
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

impl From<ThrottleError> for LoginError {
    fn from(e: ThrottleError) -> Self {
        match e {
            ThrottleError::Throttled { retry_after } => LoginError::Throttled { retry_after },
            ThrottleError::Db(e) => LoginError::Db(e),
        }
    }
}

/// Checks `password` for `email`, coming from `ip`.
pub async fn authenticate(
    backend: &Backend,
    email: &MailAddress,
    password: String,
    ip: &str,
) -> Result<LoginRow, LoginError> {
    throttle::begin_attempt(backend, email.as_str(), ip).await?;
    let user = users::find_for_login(&backend.db, email).await?;
    let hash = user.as_ref().and_then(|u| u.password_hash.clone());
    if !backend.passwords.verify(password, hash).await {
        return Err(LoginError::Failed {
            user_id: user.map(|u| u.id),
        });
    }
    let user = user.ok_or(LoginError::Failed { user_id: None })?;
    throttle::clear(backend, email.as_str()).await?;
    Ok(user)
}
