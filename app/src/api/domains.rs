//! The customer's domains: list, one domain with its required DNS records and
//! their live state, and the sender allow-lists of domains and mailboxes.

use crate::domain::dns::expected::ExpectedRecord;
use crate::domain::domain_page::{AddressOnDomain, AllowView, CheckView, LastKnown};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One row of the domain list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DomainListItem {
    pub id: String,
    /// Unicode form.
    pub name: String,
    pub fully_routed: bool,
    /// The last check (`None`: never checked).
    pub summary: Option<DnsSummary>,
}

/// How many records of a domain the last check found in each state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DnsSummary {
    pub correct: usize,
    /// Missing or wrong.
    pub problems: usize,
    /// Could not be checked: never counted as correct.
    pub unverifiable: usize,
    pub checked_at: i64,
    /// While records cannot be checked: the last check that could.
    pub last_known: Option<LastKnown>,
}

/// One domain's page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DomainView {
    pub id: String,
    /// Unicode form.
    pub name: String,
    /// The form queried in DNS (punycode).
    pub ascii: String,
    pub fully_routed: bool,
    pub expected: Vec<ExpectedRecord>,
    pub check: Option<CheckView>,
    pub addresses: Vec<AddressOnDomain>,
    /// Allow-list of the whole domain (only fully routed domains have one).
    pub allow_list: Vec<AllowView>,
    /// The user may change allow-lists.
    pub can_edit: bool,
}

#[server(endpoint = "domains")]
pub async fn list_domains() -> Result<Vec<DomainListItem>, AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::list_domains(&user).await
}

/// One domain of the user's customer, with the cached check (never waits for DNS).
#[server(endpoint = "domain")]
pub async fn get_domain(id: String) -> Result<DomainView, AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::get_domain(&user, id).await
}

/// Checks the domain's records: `force` asks everything again (at most once a
/// minute per domain), otherwise only what has run past its TTL.
#[server(endpoint = "domain-check")]
pub async fn check_domain(id: String, force: bool) -> Result<CheckView, AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::check_domain(&user, id, force).await
}

/// Adds a sender to the allow-list of a domain (`mailbox_id` empty) or of one
/// mailbox.
#[server(endpoint = "allow-list-add")]
pub async fn add_allow_entry(
    domain_id: Option<String>,
    mailbox_id: Option<String>,
    entry: String,
) -> Result<(), AppError> {
    let user = crate::api::guard::current_editor().await?;
    ssr::add_allow_entry(&user, domain_id, mailbox_id, entry).await
}

#[server(endpoint = "allow-list-remove")]
pub async fn remove_allow_entry(id: String) -> Result<(), AppError> {
    let user = crate::api::guard::current_editor().await?;
    ssr::remove_allow_entry(&user, id).await
}

#[cfg(feature = "ssr")]
mod ssr;
