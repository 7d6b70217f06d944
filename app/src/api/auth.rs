//! Logging in and out, and setting a password from a one-time link.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The logged-in user as the browser sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserView {
    pub display_name: String,
    pub email: String,
    pub role: String,
    pub customer_name: String,
    pub customer_number: String,
    /// The end of the contract once its cancellation is filed (ISO date).
    pub contract_ends: Option<String>,
}

#[server(endpoint = "login")]
pub async fn login(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    ssr::login(email, password, next).await
}

/// Makes the page language follow the user's saved setting after login.
#[cfg(feature = "ssr")]
fn set_lang_cookie(lang: crate::i18n::Lang) {
    use http::{header::SET_COOKIE, HeaderValue};
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        HeaderValue::from_str(&lang.cookie()),
    ) {
        response.append_header(SET_COOKIE, value);
    }
}

#[server(endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    ssr::logout().await
}

#[server(endpoint = "current_user")]
pub async fn current_user() -> Result<UserView, AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::current_user(&user).await
}

/// Whether a set-password link can still be used (the page says so before
/// the user types a password).
#[server(endpoint = "password_link_valid")]
pub async fn password_link_valid(token: String) -> Result<bool, AppError> {
    ssr::password_link_valid(token).await
}

#[server(endpoint = "set_password")]
pub async fn set_password(
    token: String,
    password: String,
    password_repeat: String,
) -> Result<(), AppError> {
    ssr::set_password(token, password, password_repeat).await
}

/// "Passwort vergessen": mails a one-time link (30 minutes) to the user's
/// alternative address. The answer is the same whether or not the account
/// exists, and so is the work done (no password hash either way).
#[server(endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    ssr::request_password_reset(email).await
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr;
