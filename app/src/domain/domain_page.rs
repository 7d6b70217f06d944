//! What the domain pages show, as it travels to the browser: the last DNS
//! check, the addresses on a domain, allow-list entries.

use crate::domain::dns::evaluate::DomainCheck;
use serde::{Deserialize, Serialize};

/// The result of the last DNS check of a domain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckView {
    pub check: DomainCheck,
    pub checked_at: i64,
    /// Some answer has run past its TTL: the page asks again.
    pub stale: bool,
    /// While records cannot be checked: what the last check that could
    /// check every record found (each record's last known state).
    #[serde(default)]
    pub last_known: Option<LastKnown>,
}

/// The records' last known states, counted, and when every one was known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastKnown {
    pub correct: usize,
    /// Missing or wrong.
    pub problems: usize,
    pub complete_at: i64,
}

/// A mailbox or alias address on a domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressOnDomain {
    pub mailbox_id: String,
    pub address: String,
    /// The mailbox's display name; `None` for an alias.
    pub display_name: Option<String>,
}

/// One allow-list entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllowView {
    pub id: String,
    /// Shown form (Unicode domain).
    pub entry: String,
}
