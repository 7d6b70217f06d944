//! When a usage import raises a quota alert. Pure, with time as a parameter.
//!
//! A mailbox remembers the highest level it was alerted for. An alert is
//! raised once when usage crosses a threshold upward, then once a day as a
//! reminder while usage stays above a threshold. The remembered level only
//! drops (re-arming the alert) when usage falls clearly below the threshold,
//! so a mailbox wobbling around a threshold does not mail on every import.

use super::quota::{QuotaLevel, Thresholds};
use serde::{Deserialize, Serialize};

/// Time between reminders while a mailbox stays above a threshold.
pub const REMINDER_SECS: i64 = 24 * 3600;
/// Usage must fall below this share (in percent) of a threshold to re-arm it.
pub const REARM_PERCENT: u128 = 95;

/// What is remembered per mailbox between imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlertState {
    /// Highest level alerted and not yet re-armed.
    pub level: QuotaLevel,
    /// When the last alert (crossing or reminder) was raised.
    pub alerted_at: Option<i64>,
}

impl AlertState {
    pub const CLEAR: AlertState = AlertState {
        level: QuotaLevel::Ok,
        alerted_at: None,
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertKind {
    /// Usage crossed a threshold upward since the last alert.
    Crossing,
    /// Usage is still above a threshold a day after the last alert.
    Reminder,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alert {
    pub level: QuotaLevel,
    pub kind: AlertKind,
    /// The threshold reached (bytes).
    pub limit: u64,
}

/// The level usage would reach if it were `100 / REARM_PERCENT` times larger:
/// a level stays remembered as long as usage is within that margin of it.
fn level_with_margin(used: u64, t: &Thresholds) -> QuotaLevel {
    let near =
        |limit: Option<u64>| limit.is_some_and(|l| used as u128 * 100 >= l as u128 * REARM_PERCENT);
    if near(t.prohibit_send_receive) {
        QuotaLevel::Full
    } else if near(t.prohibit_send) {
        QuotaLevel::SendProhibited
    } else if near(t.issue_warning) {
        QuotaLevel::Warning
    } else {
        QuotaLevel::Ok
    }
}

/// Applies one usage figure taken at `now`: the new state, and the alert to raise, if any.
pub fn evaluate(
    state: AlertState,
    used: u64,
    t: &Thresholds,
    now: i64,
) -> (AlertState, Option<Alert>) {
    let current = QuotaLevel::of(used, t);
    let remembered = state.level.min(level_with_margin(used, t));
    let alert = |kind| {
        current.limit(t).map(|limit| Alert {
            level: current,
            kind,
            limit,
        })
    };
    if current > remembered {
        return (
            AlertState {
                level: current,
                alerted_at: Some(now),
            },
            alert(AlertKind::Crossing),
        );
    }
    let reminder_due = state.alerted_at.is_none_or(|at| now - at >= REMINDER_SECS);
    if current > QuotaLevel::Ok && reminder_due {
        return (
            AlertState {
                level: remembered,
                alerted_at: Some(now),
            },
            alert(AlertKind::Reminder),
        );
    }
    let alerted_at = if remembered == QuotaLevel::Ok {
        None
    } else {
        state.alerted_at
    };
    (
        AlertState {
            level: remembered,
            alerted_at,
        },
        None,
    )
}

/// A stored alert as the portal lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlertRecord {
    pub id: String,
    pub mailbox_id: String,
    pub mailbox_address: String,
    pub level: QuotaLevel,
    pub reminder: bool,
    pub used_bytes: u64,
    pub limit_bytes: u64,
    pub created_at: i64,
    pub seen_at: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    const GB: u64 = 1024 * 1024 * 1024;
    const DAY: i64 = 24 * 3600;
    const T0: i64 = 1_790_000_000;

    fn t() -> Thresholds {
        Thresholds {
            issue_warning: Some(90 * GB),
            prohibit_send: Some(95 * GB),
            prohibit_send_receive: Some(100 * GB),
        }
    }

    /// Feeds usage figures (time, GB) through the engine; returns the alerts raised.
    fn run(figures: &[(i64, u64)]) -> Vec<(i64, QuotaLevel, AlertKind)> {
        let mut state = AlertState::CLEAR;
        let mut raised = Vec::new();
        for &(at, used) in figures {
            let (next, alert) = evaluate(state, used * GB, &t(), at);
            state = next;
            if let Some(a) = alert {
                raised.push((at, a.level, a.kind));
            }
        }
        raised
    }

    #[test]
    fn crossing_a_threshold_alerts_once_with_its_limit() {
        let (state, alert) = evaluate(AlertState::CLEAR, 91 * GB, &t(), T0);
        assert_eq!(
            alert,
            Some(Alert {
                level: QuotaLevel::Warning,
                kind: AlertKind::Crossing,
                limit: 90 * GB
            })
        );
        assert_eq!(
            state,
            AlertState {
                level: QuotaLevel::Warning,
                alerted_at: Some(T0)
            }
        );
        assert_eq!(
            evaluate(AlertState::CLEAR, 90 * GB - 1, &t(), T0),
            (AlertState::CLEAR, None)
        );
    }

    #[test]
    fn the_same_figures_again_raise_nothing() {
        assert_eq!(
            run(&[(T0, 91), (T0, 91), (T0 + 3600, 91)]),
            vec![(T0, QuotaLevel::Warning, AlertKind::Crossing)]
        );
    }

    #[test]
    fn a_higher_level_alerts_again_at_once() {
        assert_eq!(
            run(&[(T0, 91), (T0 + 60, 96), (T0 + 120, 100)]),
            vec![
                (T0, QuotaLevel::Warning, AlertKind::Crossing),
                (T0 + 60, QuotaLevel::SendProhibited, AlertKind::Crossing),
                (T0 + 120, QuotaLevel::Full, AlertKind::Crossing),
            ]
        );
    }

    #[test]
    fn a_daily_reminder_while_usage_stays_above() {
        let raised = run(&[
            (T0, 91),
            (T0 + DAY - 1, 92),
            (T0 + DAY, 92),
            (T0 + DAY + 3600, 92),
            (T0 + 2 * DAY, 93),
        ]);
        assert_eq!(
            raised,
            vec![
                (T0, QuotaLevel::Warning, AlertKind::Crossing),
                (T0 + DAY, QuotaLevel::Warning, AlertKind::Reminder),
                (T0 + 2 * DAY, QuotaLevel::Warning, AlertKind::Reminder),
            ]
        );
    }

    #[test]
    fn wobbling_at_the_edge_does_not_alert_again() {
        // 90 GB threshold; 86 GB is within 5 % of it, so the alert stays armed-off.
        let raised = run(&[
            (T0, 90),
            (T0 + 60, 89),
            (T0 + 120, 90),
            (T0 + 180, 86),
            (T0 + 240, 91),
        ]);
        assert_eq!(raised, vec![(T0, QuotaLevel::Warning, AlertKind::Crossing)]);
    }

    #[test]
    fn falling_clearly_below_re_arms() {
        // 85 GB is below 95 % of 90 GB (85.5 GB): the next crossing alerts again.
        let raised = run(&[(T0, 91), (T0 + 60, 85), (T0 + 120, 91)]);
        assert_eq!(
            raised,
            vec![
                (T0, QuotaLevel::Warning, AlertKind::Crossing),
                (T0 + 120, QuotaLevel::Warning, AlertKind::Crossing)
            ]
        );
        // and no reminder is pending while below
        let (state, _) = evaluate(
            AlertState {
                level: QuotaLevel::Warning,
                alerted_at: Some(T0),
            },
            85 * GB,
            &t(),
            T0 + 60,
        );
        assert_eq!(state, AlertState::CLEAR);
    }

    #[test]
    fn dropping_one_level_keeps_the_lower_one_remembered() {
        // From full down to 80 GB re-arms everything; down to 93 GB only re-arms "send prohibited".
        let (state, alert) = evaluate(
            AlertState {
                level: QuotaLevel::Full,
                alerted_at: Some(T0),
            },
            93 * GB,
            &t(),
            T0 + 60,
        );
        assert_eq!(alert, None);
        assert_eq!(
            state.level,
            QuotaLevel::SendProhibited,
            "93 GB is within 5 % of 95 GB"
        );
        let (state, _) = evaluate(state, 89 * GB, &t(), T0 + 120);
        assert_eq!(state.level, QuotaLevel::Warning);
    }

    #[test]
    fn unlimited_thresholds_never_alert() {
        let unlimited = Thresholds {
            issue_warning: None,
            prohibit_send: None,
            prohibit_send_receive: None,
        };
        assert_eq!(
            evaluate(AlertState::CLEAR, u64::MAX, &unlimited, T0),
            (AlertState::CLEAR, None)
        );
        // only a warning threshold: alerts for that level and nothing above it
        let warn_only = Thresholds {
            issue_warning: Some(10 * GB),
            ..unlimited
        };
        let (state, alert) = evaluate(AlertState::CLEAR, 500 * GB, &warn_only, T0);
        assert_eq!(
            alert.map(|a| (a.level, a.limit)),
            Some((QuotaLevel::Warning, 10 * GB))
        );
        assert_eq!(evaluate(state, 900 * GB, &warn_only, T0 + 60).1, None);
    }
}
