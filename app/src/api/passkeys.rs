//! Passkeys as a second factor: adding one (after password and a current
//! code), listing and removing them, and the login step with one.
//!
//! A WebAuthn ceremony takes two requests with the browser's authenticator in
//! between; `public/passkey.js` drives it (a few lines of script, so the
//! WASM bundle carries no WebAuthn code). The functions it calls exchange the
//! browser's JSON as text, because the WebAuthn types exist on the server only.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A passkey as the account page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PasskeyView {
    pub id: String,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// What the account page shows about passkeys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PasskeysView {
    /// False where the portal's address has no domain name.
    pub available: bool,
    /// Password and code were confirmed: the browser may now create one.
    pub prepared_name: Option<String>,
    pub passkeys: Vec<PasskeyView>,
}

#[cfg(feature = "ssr")]
mod ssr;

#[server(endpoint = "passkeys")]
pub async fn my_passkeys() -> Result<PasskeysView, AppError> {
    ssr::overview().await
}

/// First step of adding a passkey: password, current code and a name. On
/// success the account page offers the browser's passkey dialogue.
#[server(endpoint = "prepare_passkey")]
pub async fn prepare_passkey(password: String, code: String, name: String) -> Result<(), AppError> {
    ssr::prepare(password, code, name).await?;
    leptos_axum::redirect("/konto?passkey=bereit#passkeys");
    Ok(())
}

/// The options for `navigator.credentials.create`, as JSON text.
#[server(endpoint = "passkey_registration_options")]
pub async fn passkey_registration_options() -> Result<String, AppError> {
    ssr::registration_options().await
}

/// Stores the passkey the browser created (its JSON as text). Returns where
/// the page goes next.
#[server(endpoint = "finish_passkey_registration")]
pub async fn finish_passkey_registration(credential: String) -> Result<String, AppError> {
    ssr::finish_registration(credential).await?;
    Ok("/konto?passkey=hinzugefuegt#passkeys".to_string())
}

#[server(endpoint = "remove_passkey")]
pub async fn remove_passkey(id: String) -> Result<(), AppError> {
    ssr::remove(id).await?;
    leptos_axum::redirect("/konto?passkey=entfernt#passkeys");
    Ok(())
}

/// Whether the user between password and second factor can use a passkey.
#[server(endpoint = "passkey_login_offered")]
pub async fn passkey_login_offered() -> Result<bool, AppError> {
    ssr::login_offered().await
}

/// The options for `navigator.credentials.get`, as JSON text.
#[server(endpoint = "passkey_login_options")]
pub async fn passkey_login_options() -> Result<String, AppError> {
    ssr::login_options().await
}

/// The second login step with a passkey. Returns where the page goes next.
#[server(endpoint = "finish_passkey_login")]
pub async fn finish_passkey_login(credential: String) -> Result<String, AppError> {
    ssr::finish_login(credential).await
}
