//! Realistic histories: a daily figure at 04:00 Berlin time for 30 days.

use crate::domain::forecast::{self, Forecast};
use crate::domain::quota::Thresholds;

pub const GB: u64 = 1024 * 1024 * 1024;
/// 30.10.2026, 04:00 Berlin time.
pub const NOW: i64 = 1_793_329_200;

pub struct Sample {
    pub name: &'static str,
    pub history: Vec<(i64, u64)>,
    pub thresholds: Thresholds,
    pub forecast: Forecast,
}

fn gb(v: f64) -> u64 {
    (v * GB as f64) as u64
}

fn daily(start_gb: f64, end_gb: f64, wobble: f64) -> Vec<(i64, u64)> {
    (0..30)
        .map(|i| {
            let f = i as f64 / 29.0;
            // a deterministic wiggle: mail arrives unevenly, deletions come in bursts
            let w = wobble * ((i * 7 % 5) as f64 - 2.0) / 2.0;
            (
                NOW - (29 - i) * 86_400,
                gb(start_gb + (end_gb - start_gb) * f + w),
            )
        })
        .collect()
}

fn limits(warn: f64, send: f64, full: f64) -> Thresholds {
    Thresholds {
        issue_warning: Some(gb(warn)),
        prohibit_send: Some(gb(send)),
        prohibit_send_receive: Some(gb(full)),
    }
}

fn sample(name: &'static str, history: Vec<(i64, u64)>, thresholds: Thresholds) -> Sample {
    let forecast = forecast::full_in(&history, thresholds.capacity(), NOW);
    Sample {
        name,
        history,
        thresholds,
        forecast,
    }
}

pub fn all() -> Vec<Sample> {
    let unlimited = Thresholds {
        issue_warning: None,
        prohibit_send: None,
        prohibit_send_receive: None,
    };
    vec![
        sample("rising", daily(78.0, 92.0, 0.3), limits(90.0, 95.0, 100.0)),
        sample(
            "flat-small",
            daily(2.0, 2.0, 0.01),
            limits(49.0, 49.5, 50.0),
        ),
        sample("unlimited", daily(12.0, 17.5, 0.2), unlimited),
        sample("over", daily(96.0, 104.5, 0.2), limits(90.0, 95.0, 100.0)),
    ]
}
