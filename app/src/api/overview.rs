//! The organisation overview: mailboxes, storage, domains, contract, add-ons.

use crate::domain::quota::Thresholds;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OverviewView {
    pub customer_name: String,
    pub customer_number: String,
    pub mailbox_count: i64,
    pub used_bytes: u64,
    pub capacity_bytes: u64,
    pub warning: i64,
    pub send_prohibited: i64,
    pub full: i64,
    pub stats_taken_at: Option<i64>,
    pub attention: Vec<MailboxAttention>,
    pub domains: Vec<String>,
    pub contract_starts_on: Option<String>,
    pub addons: Vec<AddonView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MailboxAttention {
    pub id: String,
    pub address: String,
    pub display_name: String,
    pub used_bytes: u64,
    pub thresholds: Thresholds,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AddonView {
    pub kind: String,
    pub quantity: i64,
    pub booked_on: String,
}

/// How many mailboxes above their warning threshold the overview lists.
pub const ATTENTION_LIMIT: i64 = 10;

#[server(endpoint = "overview")]
pub async fn get_overview() -> Result<OverviewView, AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::get_overview(&user).await
}

#[cfg(feature = "ssr")]
mod ssr;
