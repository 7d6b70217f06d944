//! The user's own account: password, two-factor device, and (for owners)
//! the organisation's security log.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountView {
    pub display_name: String,
    pub email: String,
    pub role: String,
    pub totp_enabled: bool,
    pub unused_recovery_codes: i64,
    pub is_owner: bool,
    /// Where password links go instead of the account's own address.
    pub alternative_email: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecurityEventView {
    pub kind: String,
    /// Whom the event concerned, when someone else than the actor.
    pub detail: Option<String>,
    pub actor_email: String,
    pub ip: String,
    pub at: i64,
}

/// One login of the user, as the account page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoginView {
    pub id: String,
    /// Browser and system, when recognised from the User-Agent header.
    pub browser: Option<String>,
    pub system: Option<String>,
    pub ip: String,
    pub started_at: i64,
    pub last_seen_at: i64,
    /// The login this page is shown in.
    pub current: bool,
}

/// Entries of the security log shown.
pub const SECURITY_LOG_LIMIT: i64 = 200;

#[server(endpoint = "account")]
pub async fn account_overview() -> Result<AccountView, AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::account_overview(&user).await
}

/// Changes the password; needs the current one. Optionally ends every other
/// session of the user (e.g. after a device was lost).
#[server(endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    new_password_repeat: String,
    end_other_sessions: Option<String>,
) -> Result<(), AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::change_password(
        &user,
        current_password,
        new_password,
        new_password_repeat,
        end_other_sessions,
    )
    .await
}

/// Setting up a new authenticator (new phone): needs the password and a code
/// from the current one, then leads to the set-up page.
#[server(endpoint = "start_reenrolment")]
pub async fn start_reenrolment(password: String, code: String) -> Result<(), AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::start_reenrolment(&user, password, code).await
}

/// The organisation's security log; owners only.
#[server(endpoint = "security_log")]
pub async fn security_log() -> Result<Vec<SecurityEventView>, AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::security_log(&user).await
}

/// Where the user is logged in (logins not ended and within the time limits).
#[server(endpoint = "logins")]
pub async fn my_logins() -> Result<Vec<LoginView>, AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::my_logins(&user).await
}

/// Ends one of the user's other logins (this one ends with "Abmelden").
#[server(endpoint = "end_login")]
pub async fn end_login(id: String) -> Result<(), AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::end_login(&user, id).await
}

/// Ends every login of the user but this one.
#[server(endpoint = "end_other_logins")]
pub async fn end_other_logins() -> Result<(), AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::end_other_logins(&user).await
}

/// Sets or removes the alternative address for password links. Whoever holds
/// it can reset the password, so it needs the password and a current code,
/// like a new authenticator.
#[server(endpoint = "change_alternative_email")]
pub async fn change_alternative_email(
    password: String,
    code: String,
    alternative_email: String,
) -> Result<(), AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::change_alternative_email(&user, password, code, alternative_email).await
}

#[cfg(feature = "ssr")]
mod ssr;
