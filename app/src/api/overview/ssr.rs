//! The server side of `api::overview`: what each server function does once
//! the adapter has checked who is asking.

use super::*;
use crate::backend::users::SessionUser;

pub async fn get_overview(user: &SessionUser) -> Result<OverviewView, AppError> {
    use crate::backend::{customers, overview};
    let backend = crate::api::guard::backend()?;
    let db = &backend.db;
    let cid = user.customer_id.as_str();
    let customer = customers::get(db, cid).await?.ok_or(AppError::NotFound)?;
    let totals = overview::mailbox_totals(db, cid).await?;
    let attention = overview::mailboxes_over_warning(db, cid, &totals, ATTENTION_LIMIT).await?;
    let domains = overview::domain_names(db, cid).await?;
    let contract = crate::backend::contracts::get(db, cid).await?;
    let addons = overview::addons(db, cid).await?;
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
