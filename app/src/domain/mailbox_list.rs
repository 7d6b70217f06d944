//! What the mailbox list shows: search, level filter, sort order and the
//! keyset cursor, read from and written to the page's query string so that
//! every state of the list is a plain link (works without JavaScript).

use super::percent;
use super::quota::Thresholds;
use serde::{Deserialize, Serialize};

pub const PAGE_SIZE: usize = 50;
/// Longest search text accepted (longer input is cut, not refused).
pub const MAX_SEARCH_CHARS: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum LevelFilter {
    #[default]
    All,
    Warning,
    SendProhibited,
    Full,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Sort {
    #[default]
    UsageDesc,
    UsageAsc,
    Address,
}

/// Where a page starts: after the row with this usage and key (id, or the
/// address when sorted by address).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    pub used_bytes: u64,
    pub key: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub search: String,
    pub level: LevelFilter,
    pub sort: Sort,
    pub after: Option<Cursor>,
}

impl LevelFilter {
    pub const ALL: [LevelFilter; 4] = [
        LevelFilter::All,
        LevelFilter::Warning,
        LevelFilter::SendProhibited,
        LevelFilter::Full,
    ];

    /// The query-string value (German, as the URLs are).
    pub fn code(self) -> &'static str {
        match self {
            LevelFilter::All => "alle",
            LevelFilter::Warning => "warnung",
            LevelFilter::SendProhibited => "senden-gesperrt",
            LevelFilter::Full => "voll",
        }
    }
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::UsageDesc, Sort::UsageAsc, Sort::Address];

    pub fn code(self) -> &'static str {
        match self {
            Sort::UsageDesc => "belegung-ab",
            Sort::UsageAsc => "belegung-auf",
            Sort::Address => "adresse",
        }
    }
}

impl Cursor {
    fn encode(&self) -> String {
        format!("{}~{}", self.used_bytes, self.key)
    }

    fn decode(s: &str) -> Option<Cursor> {
        let (used, key) = s.split_once('~')?;
        Some(Cursor {
            used_bytes: used.parse().ok()?,
            key: key.to_string(),
        })
    }
}

impl ListQuery {
    /// Reads the list state from query parameters; unknown or malformed values
    /// fall back to the defaults (a stale bookmark still shows a list).
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> ListQuery {
        let search: String = get("suche")
            .unwrap_or_default()
            .trim()
            .chars()
            .take(MAX_SEARCH_CHARS)
            .collect();
        let level = get("filter")
            .and_then(|v| LevelFilter::ALL.into_iter().find(|l| l.code() == v))
            .unwrap_or_default();
        let sort = get("sortierung")
            .and_then(|v| Sort::ALL.into_iter().find(|s| s.code() == v))
            .unwrap_or_default();
        let after = get("nach").and_then(|v| Cursor::decode(&v));
        ListQuery {
            search,
            level,
            sort,
            after,
        }
    }

    /// The list URL for this state.
    pub fn href(&self) -> String {
        let mut params = Vec::new();
        if !self.search.is_empty() {
            params.push(format!("suche={}", percent::encode(&self.search)));
        }
        if self.level != LevelFilter::All {
            params.push(format!("filter={}", self.level.code()));
        }
        if self.sort != Sort::UsageDesc {
            params.push(format!("sortierung={}", self.sort.code()));
        }
        if let Some(after) = &self.after {
            params.push(format!("nach={}", percent::encode(&after.encode())));
        }
        if params.is_empty() {
            "/postfaecher".into()
        } else {
            format!("/postfaecher?{}", params.join("&"))
        }
    }

    /// The same list from its first page.
    pub fn first_page(&self) -> ListQuery {
        ListQuery {
            after: None,
            ..self.clone()
        }
    }

    /// The same list continued after `cursor`.
    pub fn continued(&self, cursor: Cursor) -> ListQuery {
        ListQuery {
            after: Some(cursor),
            ..self.clone()
        }
    }
}

/// One row of the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailboxSummary {
    pub id: String,
    pub address: String,
    pub display_name: String,
    pub used_bytes: u64,
    pub thresholds: Thresholds,
    pub item_count: u64,
    pub last_logon_at: Option<i64>,
    pub stats_taken_at: Option<i64>,
    pub alias_count: u32,
    pub device_count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailboxPage {
    pub mailboxes: Vec<MailboxSummary>,
    /// Mailboxes matching search and filter (all pages).
    pub total: u64,
    /// Where the next page starts, if there is one.
    pub next: Option<Cursor>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub model: String,
    pub device_id: String,
    pub last_sync_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailboxDetail {
    pub summary: MailboxSummary,
    pub kind: String,
    /// (taken at, used bytes), oldest first
    pub history: Vec<(i64, u64)>,
    pub aliases: Vec<String>,
    pub devices: Vec<Device>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse(href: &str) -> ListQuery {
        let query = href.split_once('?').map(|(_, q)| q).unwrap_or("");
        let params: HashMap<String, String> = query
            .split('&')
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| (k.to_string(), percent::decode_repeatedly(v)))
            .collect();
        ListQuery::from_params(|k| params.get(k).cloned())
    }

    #[test]
    fn every_state_survives_the_round_trip_through_its_link() {
        let q = ListQuery {
            search: "Müller & Söhne".into(),
            level: LevelFilter::SendProhibited,
            sort: Sort::UsageAsc,
            after: Some(Cursor {
                used_bytes: 1234,
                key: "abc-1".into(),
            }),
        };
        assert_eq!(parse(&q.href()), q);
        assert_eq!(ListQuery::default().href(), "/postfaecher");
    }

    #[test]
    fn malformed_parameters_fall_back_to_defaults() {
        let q = parse("/postfaecher?filter=kaputt&sortierung=x&nach=nonsense");
        assert_eq!(q, ListQuery::default());
        let long = "a".repeat(500);
        assert_eq!(
            ListQuery::from_params(|k| (k == "suche").then(|| long.clone()))
                .search
                .len(),
            MAX_SEARCH_CHARS
        );
    }
}
