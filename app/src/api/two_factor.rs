//! The second login step and setting up two-factor login.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the set-up page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnrolmentView {
    pub account: String,
    /// The seed in groups of four characters, for typing into an app.
    pub secret_grouped: String,
    pub otpauth_uri: String,
    /// The QR code as an SVG data URI.
    pub qr_data_uri: String,
}

/// Second login step: the code from the authenticator app.
#[server(endpoint = "second_factor")]
pub async fn second_factor(code: String) -> Result<(), AppError> {
    ssr::second_factor(code).await
}

/// Second login step with a recovery code (lost device). Logs in once and
/// leads to setting up a new authenticator.
#[server(endpoint = "recovery_login")]
pub async fn recovery_login(recovery_code: String) -> Result<(), AppError> {
    ssr::recovery_login(recovery_code).await
}

/// Starts setting up an authenticator: a new seed, shown as QR code and text.
#[server(endpoint = "begin_enrolment")]
pub async fn begin_enrolment() -> Result<EnrolmentView, AppError> {
    ssr::begin_enrolment().await
}

/// Throws the pending key away (the user lost it or wants another one); the
/// set-up page then shows a new one.
#[server(endpoint = "renew_enrolment")]
pub async fn renew_enrolment() -> Result<(), AppError> {
    ssr::renew_enrolment().await
}

/// Switches two-factor login on with the first code from the app.
#[server(endpoint = "confirm_enrolment")]
pub async fn confirm_enrolment(code: String) -> Result<(), AppError> {
    ssr::confirm_enrolment(code).await
}

/// The recovery-codes page: the codes (once) and where to continue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecoveryCodesView {
    /// `None` when they have been shown already.
    pub codes: Option<Vec<String>>,
    pub continue_to: String,
}

/// New recovery codes, once, right after setting up two-factor login.
#[server(endpoint = "fresh_recovery_codes")]
pub async fn fresh_recovery_codes() -> Result<RecoveryCodesView, AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::fresh_recovery_codes(&user).await
}

#[cfg(feature = "ssr")]
mod ssr;
