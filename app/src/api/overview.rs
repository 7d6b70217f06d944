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
    use crate::backend::{customers, overview};
    let user = crate::api::guard::current_user().await?;
    let backend = crate::api::guard::backend()?;
    let db = &backend.db;
    let cid = user.customer_id.as_str();
    let internal = AppError::internal;
    let customer = customers::get(db, cid)
        .await
        .map_err(internal)?
        .ok_or(AppError::NotFound)?;
    let totals = overview::mailbox_totals(db, cid).await.map_err(internal)?;
    let attention = overview::mailboxes_over_warning(db, cid, ATTENTION_LIMIT)
        .await
        .map_err(internal)?;
    let domains = overview::domain_names(db, cid).await.map_err(internal)?;
    let contract = crate::backend::contracts::get(db, cid)
        .await
        .map_err(internal)?;
    let addons = overview::addons(db, cid).await.map_err(internal)?;
    Ok(OverviewView {
        customer_name: customer.name,
        customer_number: customer.number,
        mailbox_count: totals.count,
        used_bytes: totals.used_bytes.max(0) as u64,
        capacity_bytes: totals.capacity_bytes.max(0) as u64,
        warning: totals.warning,
        send_prohibited: totals.send_prohibited,
        full: totals.full,
        stats_taken_at: totals.stats_taken_at,
        attention: attention
            .into_iter()
            .map(|m| MailboxAttention {
                id: m.id,
                address: m.address,
                display_name: m.display_name,
                used_bytes: m.used_bytes.max(0) as u64,
                thresholds: m.thresholds,
            })
            .collect(),
        domains,
        contract_starts_on: contract.map(|c| c.starts_on.to_string()),
        addons: addons
            .into_iter()
            .filter(|a| a.ends_on.is_none())
            .map(|a| AddonView {
                kind: a.kind,
                quantity: a.quantity,
                booked_on: a.booked_on,
            })
            .collect(),
    })
}
