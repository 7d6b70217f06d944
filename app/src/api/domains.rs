//! The customer's domains: list, one domain with its required DNS records and
//! their live state, and the sender allow-lists of domains and mailboxes.

use crate::domain::dns::expected::ExpectedRecord;
use crate::domain::domain_page::{AllowView, CheckView, LastKnown};
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
    /// One page of the mailboxes and aliases on the domain.
    pub addresses: AddressList,
    /// Allow-list of the whole domain (only fully routed domains have one).
    pub allow_list: Vec<AllowView>,
    /// The user may change allow-lists.
    pub can_edit: bool,
}

/// Addresses shown per page on a domain's page.
pub const ADDRESSES_PER_PAGE: u64 = 50;

/// Which addresses of a domain to show: a search and a page. Read from the
/// page's query string (`suche`, `seite`), so every state is a plain link.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AddressQuery {
    /// Part of an address or of a mailbox's name; empty: every address.
    pub search: String,
    /// 1-based; 0 or past the end shows the nearest page.
    pub page: u64,
}

impl AddressQuery {
    /// Reads the query string; a search longer than the server takes is cut
    /// (as the mailbox list does), a page that is no number is the first.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> AddressQuery {
        use crate::domain::input_limits::SEARCH;
        AddressQuery {
            search: get("suche")
                .unwrap_or_default()
                .trim()
                .chars()
                .take(SEARCH)
                .collect(),
            page: get("seite").and_then(|p| p.parse().ok()).unwrap_or(1),
        }
    }

    /// The domain page's URL for this state.
    pub fn href(&self, domain_id: &str) -> String {
        use crate::domain::percent::encode;
        let mut params = Vec::new();
        if !self.search.is_empty() {
            params.push(format!("suche={}", encode(&self.search)));
        }
        if self.page > 1 {
            params.push(format!("seite={}", self.page));
        }
        let path = format!("/domains/{}", encode(domain_id));
        if params.is_empty() {
            path
        } else {
            format!("{path}?{}", params.join("&"))
        }
    }
}

/// One page of the addresses on a domain, with the counts per kind.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AddressList {
    /// The query as applied: search trimmed, page within the pages.
    pub query: AddressQuery,
    /// Mailboxes whose primary address is on the domain (all, not only matching).
    pub mailboxes: u64,
    /// Aliases on the domain (all).
    pub aliases: u64,
    /// Addresses matching the search (both kinds).
    pub matching: u64,
    pub pages: u64,
    pub entries: Vec<DomainAddress>,
}

/// A mailbox's primary address or an alias on the domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainAddress {
    pub mailbox_id: String,
    pub address: String,
    /// The display name of the mailbox (for an alias: the mailbox it leads to).
    pub mailbox_name: String,
    pub alias: bool,
}

#[server(endpoint = "domains")]
pub async fn list_domains() -> Result<Vec<DomainListItem>, AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::list_domains(&user).await
}

/// One domain of the user's customer, with the cached check (never waits for
/// DNS) and one page of its addresses (`addresses` may be left out: the first).
#[server(endpoint = "domain")]
pub async fn get_domain(
    id: String,
    #[server(default)] addresses: AddressQuery,
) -> Result<DomainView, AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::get_domain(&user, id, addresses).await
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_query_survives_its_link() {
        let q = AddressQuery {
            search: "Anna & Co".into(),
            page: 3,
        };
        let href = q.href("d-1");
        assert_eq!(href, "/domains/d-1?suche=Anna%20%26%20Co&seite=3");
        let query = href.split_once('?').unwrap().1;
        let read = AddressQuery::from_params(|k| {
            query
                .split('&')
                .filter_map(|p| p.split_once('='))
                .find(|(key, _)| *key == k)
                .map(|(_, v)| crate::domain::percent::decode_repeatedly(v))
        });
        assert_eq!(read, q);
        assert_eq!(AddressQuery::default().href("d-1"), "/domains/d-1");
        let long = AddressQuery::from_params(|k| (k == "suche").then(|| "x".repeat(500)));
        assert_eq!((long.search.len(), long.page), (100, 1));
    }
}
