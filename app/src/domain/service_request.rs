//! A service request as customer and support see it: its number, what it
//! asks for, and where it stands.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where a request stands. Done and rejected are final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestStatus {
    Received,
    InProgress,
    Done,
    Rejected,
}

impl RequestStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Received => "received",
            RequestStatus::InProgress => "in_progress",
            RequestStatus::Done => "done",
            RequestStatus::Rejected => "rejected",
        }
    }

    /// Also accepts the operator's spellings `in-progress` and the German names.
    pub fn parse(s: &str) -> Option<RequestStatus> {
        match s.trim().to_lowercase().as_str() {
            "received" | "eingegangen" => Some(RequestStatus::Received),
            "in_progress" | "in-progress" | "in bearbeitung" => Some(RequestStatus::InProgress),
            "done" | "erledigt" => Some(RequestStatus::Done),
            "rejected" | "abgelehnt" => Some(RequestStatus::Rejected),
            _ => None,
        }
    }

    pub fn is_final(self) -> bool {
        matches!(self, RequestStatus::Done | RequestStatus::Rejected)
    }
}

/// One request as listed in the portal and described in mails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestView {
    pub number: String,
    /// `book:public-folders`, `pst-export`, ...
    pub kind: String,
    pub object: String,
    /// Checked details by name (`date`, `file_name`, `quantity`, `end`, ...).
    pub details: BTreeMap<String, String>,
    pub status: RequestStatus,
    /// Why it was rejected.
    pub reason: Option<String>,
    pub requested_by: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Locale id naming a request kind (`book:public-folders` → `request-kind-book-public-folders`).
pub fn kind_message_id(kind: &str) -> String {
    format!("request-kind-{}", kind.replace(':', "-"))
}

/// A detail as shown: ISO dates in the reader's format, the rest as stored.
pub fn shown_detail(lang: Lang, value: &str) -> String {
    let iso = time::macros::format_description!("[year]-[month]-[day]");
    match time::Date::parse(value, &iso) {
        Ok(d) => crate::domain::format::date(lang, d),
        Err(_) => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_and_accept_the_operators_spellings() {
        for s in [
            RequestStatus::Received,
            RequestStatus::InProgress,
            RequestStatus::Done,
            RequestStatus::Rejected,
        ] {
            assert_eq!(RequestStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(
            RequestStatus::parse(" In-Progress "),
            Some(RequestStatus::InProgress)
        );
        assert_eq!(RequestStatus::parse("Erledigt"), Some(RequestStatus::Done));
        assert_eq!(RequestStatus::parse("fertig"), None);
        assert!(RequestStatus::Done.is_final() && RequestStatus::Rejected.is_final());
        assert!(!RequestStatus::InProgress.is_final());
    }

    #[test]
    fn dates_in_details_are_shown_in_the_readers_format() {
        assert_eq!(shown_detail(Lang::De, "2026-12-15"), "15.12.2026");
        assert_eq!(shown_detail(Lang::En, "2026-12-15"), "15 Dec 2026");
        assert_eq!(
            shown_detail(Lang::De, "anna@muster.de.pst"),
            "anna@muster.de.pst"
        );
        assert_eq!(
            kind_message_id("book:public-folders"),
            "request-kind-book-public-folders"
        );
    }
}
