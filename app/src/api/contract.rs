//! The contract: what is booked and what it costs, what happens when if it is
//! cancelled today, the cancellation wizard and the state of filed
//! cancellations. Owners may cancel the whole contract, admins Microsoft 365
//! add-ons, read-only users nothing.

use crate::domain::addons::prices::{Money, TakeoverCost};
use crate::domain::contract::cancellation::Facts;
use crate::domain::contract::timeline::Timeline;
use crate::domain::mail_state::MailState;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One line of the monthly bill.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemView {
    /// Message id of its name.
    pub label_id: String,
    pub quantity: u32,
    pub monthly: Option<Money>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CancellationView {
    /// Message id of what was cancelled.
    pub label_id: String,
    pub is_contract: bool,
    pub timeline: Timeline,
    pub takeover_ordered: bool,
    /// What the ordered takeover costs, as confirmed.
    pub takeover_cost: Option<TakeoverCost>,
    pub requested_by: String,
    pub created_at: i64,
    pub mail: MailState,
    pub confirmed_at: Option<i64>,
    pub confirmation_note: Option<String>,
}

/// The earliest end of a Microsoft 365 add-on if cancelled today.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AddonEndView {
    pub label_id: String,
    pub earliest_end: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContractView {
    pub customer_number: String,
    pub customer_name: String,
    /// ISO dates.
    pub signed_on: String,
    pub starts_on: String,
    pub minimum_term_months: u32,
    pub minimum_term_end: String,
    pub notice_months: u32,
    pub items: Vec<ItemView>,
    pub monthly_total: Money,
    pub vat_percent: u32,
    pub today: String,
    /// The dates if the contract were cancelled today (`None` once filed).
    pub if_cancelled_today: Option<Timeline>,
    pub takeover_possible_today: bool,
    pub m365: Vec<AddonEndView>,
    pub cancellations: Vec<CancellationView>,
    /// Whether the wizard has something this user may cancel.
    pub can_cancel: bool,
    pub contract_address: String,
}

/// What the cancellation wizard offers this user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WizardView {
    pub facts: Facts,
    pub may_cancel_contract: bool,
    /// What this user can cancel now (`Target::as_str`).
    pub targets: Vec<String>,
    /// The one-off price of the data takeover for all mailboxes, if priced.
    pub takeover_cost: Option<TakeoverCost>,
    pub contract_address: String,
    /// Fresh for each page: a double submit of the form is one cancellation.
    pub form_key: String,
}

#[server(endpoint = "contract")]
pub async fn contract() -> Result<ContractView, AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::page(&user).await
}

#[server(endpoint = "cancellation-wizard")]
pub async fn cancellation_wizard() -> Result<WizardView, AppError> {
    let user = crate::api::guard::current_editor().await?;
    ssr::wizard(&user).await
}

/// Files a cancellation: checked with the rules, confirmed explicitly, the
/// password and a current code entered again. On success the browser goes
/// to the contract page, which shows the mail's state.
#[server(endpoint = "cancel")]
#[allow(clippy::too_many_arguments)]
pub async fn cancel(
    target: String,
    end: Option<String>,
    takeover: Option<String>,
    confirm: Option<String>,
    password: Option<String>,
    code: Option<String>,
    request_key: String,
) -> Result<(), AppError> {
    let user = crate::api::guard::current_editor().await?;
    ssr::cancel(
        &user,
        ssr::Form {
            target,
            end,
            // Checkboxes send "yes" when ticked and nothing otherwise.
            takeover: takeover.as_deref() == Some("yes"),
            confirmed: confirm.as_deref() == Some("yes"),
            password: password.unwrap_or_default(),
            code: code.unwrap_or_default(),
            request_key,
        },
    )
    .await?;
    leptos_axum::redirect("/vertrag?gekuendigt=1");
    Ok(())
}

#[cfg(feature = "ssr")]
mod ssr;
