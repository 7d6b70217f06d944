//! Exchange's three quota thresholds and the level a mailbox's usage reaches.
//!
//! Exchange warns at *IssueWarningQuota*, stops sending at *ProhibitSendQuota*
//! and stops sending and receiving at *ProhibitSendReceiveQuota*. `None` is
//! Exchange's `Unlimited`.

use serde::{Deserialize, Serialize};

/// Default storage per mailbox: 100 GB in Exchange's binary units.
pub const DEFAULT_MAILBOX_BYTES: u64 = 100 * 1024 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thresholds {
    pub issue_warning: Option<u64>,
    pub prohibit_send: Option<u64>,
    pub prohibit_send_receive: Option<u64>,
}

impl Thresholds {
    /// The provider's standard for a 100 GB mailbox: warn at 90 %, stop sending at 95 %.
    pub fn standard() -> Self {
        Self {
            issue_warning: Some(DEFAULT_MAILBOX_BYTES / 100 * 90),
            prohibit_send: Some(DEFAULT_MAILBOX_BYTES / 100 * 95),
            prohibit_send_receive: Some(DEFAULT_MAILBOX_BYTES),
        }
    }

    /// The capacity usage is measured against: the hard limit, else the highest set threshold.
    pub fn capacity(&self) -> Option<u64> {
        self.prohibit_send_receive
            .or(self.prohibit_send)
            .or(self.issue_warning)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum QuotaLevel {
    Ok,
    Warning,
    SendProhibited,
    Full,
}

impl QuotaLevel {
    pub fn of(used: u64, t: &Thresholds) -> Self {
        let reached = |limit: Option<u64>| limit.is_some_and(|l| used >= l);
        if reached(t.prohibit_send_receive) {
            QuotaLevel::Full
        } else if reached(t.prohibit_send) {
            QuotaLevel::SendProhibited
        } else if reached(t.issue_warning) {
            QuotaLevel::Warning
        } else {
            QuotaLevel::Ok
        }
    }

    /// The threshold at which usage reaches `self` (`None`: unlimited, or `Ok`).
    pub fn limit(self, t: &Thresholds) -> Option<u64> {
        match self {
            QuotaLevel::Ok => None,
            QuotaLevel::Warning => t.issue_warning,
            QuotaLevel::SendProhibited => t.prohibit_send,
            QuotaLevel::Full => t.prohibit_send_receive,
        }
    }

    /// Inverse of [`QuotaLevel::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        [
            QuotaLevel::Ok,
            QuotaLevel::Warning,
            QuotaLevel::SendProhibited,
            QuotaLevel::Full,
        ]
        .into_iter()
        .find(|l| l.as_str() == s)
    }

    /// Stable name used in CSS classes and message keys.
    pub fn as_str(self) -> &'static str {
        match self {
            QuotaLevel::Ok => "ok",
            QuotaLevel::Warning => "warning",
            QuotaLevel::SendProhibited => "send-prohibited",
            QuotaLevel::Full => "full",
        }
    }
}

/// Share of the capacity in use, `None` when the mailbox is unlimited.
pub fn usage_ratio(used: u64, t: &Thresholds) -> Option<f64> {
    t.capacity()
        .filter(|c| *c > 0)
        .map(|c| used as f64 / c as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GB: u64 = 1024 * 1024 * 1024;

    fn t() -> Thresholds {
        Thresholds {
            issue_warning: Some(90 * GB),
            prohibit_send: Some(95 * GB),
            prohibit_send_receive: Some(100 * GB),
        }
    }

    #[test]
    fn level_changes_exactly_at_each_threshold() {
        assert_eq!(QuotaLevel::of(90 * GB - 1, &t()), QuotaLevel::Ok);
        assert_eq!(QuotaLevel::of(90 * GB, &t()), QuotaLevel::Warning);
        assert_eq!(QuotaLevel::of(95 * GB, &t()), QuotaLevel::SendProhibited);
        assert_eq!(QuotaLevel::of(100 * GB, &t()), QuotaLevel::Full);
    }

    #[test]
    fn unlimited_thresholds_never_trigger() {
        let unlimited = Thresholds {
            issue_warning: None,
            prohibit_send: None,
            prohibit_send_receive: None,
        };
        assert_eq!(QuotaLevel::of(u64::MAX, &unlimited), QuotaLevel::Ok);
        assert_eq!(usage_ratio(5 * GB, &unlimited), None);
    }

    #[test]
    fn ratio_is_against_the_hard_limit() {
        assert_eq!(usage_ratio(50 * GB, &t()), Some(0.5));
        assert_eq!(Thresholds::standard().capacity(), Some(100 * GB));
    }
}
