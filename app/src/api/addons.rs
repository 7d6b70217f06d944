//! Add-ons and service requests: what is booked and what it costs, what can
//! be booked, and requests to support. Every request is checked against the
//! provider's rules (`domain::addons::rules`) and stored as a numbered
//! request (`backend::service_requests`); read-only users may look only.

use crate::domain::addons::prices::Money;
use crate::domain::service_request::RequestView;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A booked add-on with its price and the ends a cancellation can choose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BookedView {
    pub kind: String,
    pub quantity: u32,
    /// ISO dates.
    pub booked_on: String,
    pub ends_on: Option<String>,
    pub monthly: Option<Money>,
    pub is_m365: bool,
    /// The earliest end if cancelled today, then later month ends (none for
    /// Microsoft 365 add-ons, which are cancelled in the contract's wizard).
    pub ends: Vec<String>,
}

/// Something that can be booked, with its price per unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfferView {
    pub kind: String,
    pub monthly: Option<Money>,
    pub max_quantity: u32,
    /// Why it cannot be booked now (a message id), if so.
    pub unavailable: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AddonsView {
    pub booked: Vec<BookedView>,
    pub monthly_total: Money,
    pub vat_percent: u32,
    pub offers: Vec<OfferView>,
    /// One-off prices of the support requests by kind.
    pub request_prices: Vec<(String, Option<Money>)>,
    pub mailboxes: Vec<(String, String)>,
    pub public_folders_booked: bool,
    pub requests: Vec<RequestView>,
    pub can_edit: bool,
    /// The contract's end once its cancellation is filed (ISO date).
    pub contract_ends: Option<String>,
    /// ISO dates for the date inputs' limits.
    pub export_earliest: String,
    pub restore_earliest: String,
    pub today: String,
    /// Fresh for each page: the forms send `<form_key>-<form>` as idempotency
    /// key, so a double submit of one form is one request.
    pub form_key: String,
}

/// Requests listed on the page.
pub const REQUESTS_SHOWN: i64 = 50;

#[server(endpoint = "addons")]
pub async fn addons() -> Result<AddonsView, AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::page(&user).await
}

#[server(endpoint = "book-addon")]
pub async fn book_addon(
    kind: String,
    quantity: Option<String>,
    confirm_full_access: Option<String>,
    password: Option<String>,
    code: Option<String>,
    request_key: String,
) -> Result<String, AppError> {
    let user = crate::api::guard::current_editor().await?;
    ssr::book(
        &user,
        &kind,
        quantity,
        confirm_full_access.is_some(),
        password,
        code,
        request_key,
    )
    .await
}

#[server(endpoint = "cancel-addon")]
pub async fn cancel_addon(
    kind: String,
    end: Option<String>,
    request_key: String,
) -> Result<String, AppError> {
    let user = crate::api::guard::current_editor().await?;
    ssr::cancel(&user, &kind, end, request_key).await
}

#[server(endpoint = "request-pst-import")]
pub async fn request_pst_import(
    mailbox_id: String,
    file_name: String,
    download_url: String,
    request_key: String,
) -> Result<String, AppError> {
    let user = crate::api::guard::current_editor().await?;
    ssr::pst_import(&user, &mailbox_id, &file_name, &download_url, request_key).await
}

/// `object` is a mailbox id or `public-folders`.
#[server(endpoint = "request-pst-export")]
pub async fn request_pst_export(
    object: String,
    date: String,
    request_key: String,
) -> Result<String, AppError> {
    let user = crate::api::guard::current_editor().await?;
    ssr::pst_export(&user, &object, &date, request_key).await
}

#[server(endpoint = "request-restore")]
pub async fn request_restore(
    mailbox_id: String,
    date: String,
    request_key: String,
) -> Result<String, AppError> {
    let user = crate::api::guard::current_editor().await?;
    ssr::restore(&user, &mailbox_id, &date, request_key).await
}

#[server(endpoint = "request-password-reset")]
pub async fn request_password_reset(
    mailbox_id: String,
    delivery: String,
    phone: Option<String>,
    alt_email: Option<String>,
    request_key: String,
) -> Result<String, AppError> {
    let user = crate::api::guard::current_editor().await?;
    ssr::password_reset(
        &user,
        &mailbox_id,
        &delivery,
        phone.as_deref().unwrap_or_default(),
        alt_email.as_deref().unwrap_or_default(),
        request_key,
    )
    .await
}

#[cfg(feature = "ssr")]
mod ssr;
