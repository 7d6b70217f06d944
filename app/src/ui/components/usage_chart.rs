//! Usage over time as an SVG drawn on the server: readable without
//! JavaScript, with the figures also as a table for screen readers.

use crate::domain::format;
use crate::domain::quota::Thresholds;
use crate::i18n::use_lang;
use leptos::prelude::*;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 220.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 28.0;

/// Maps data to drawing coordinates.
struct Scale {
    t0: i64,
    t1: i64,
    max: f64,
}

impl Scale {
    fn x(&self, t: i64) -> f64 {
        let span = (self.t1 - self.t0).max(1) as f64;
        LEFT + (t - self.t0) as f64 / span * (WIDTH - LEFT - RIGHT)
    }

    fn y(&self, bytes: u64) -> f64 {
        HEIGHT - BOTTOM - bytes as f64 / self.max * (HEIGHT - TOP - BOTTOM)
    }
}

#[component]
pub fn UsageChart(history: Vec<(i64, u64)>, thresholds: Thresholds) -> impl IntoView {
    let lang = use_lang();
    if history.len() < 2 {
        return view! { <p class="hint">{lang.t("chart-too-few")}</p> }.into_any();
    }
    let (t0, t1) = (history[0].0, history[history.len() - 1].0);
    let peak = history.iter().map(|p| p.1).max().unwrap_or(0);
    let max = thresholds.capacity().unwrap_or(0).max(peak).max(1) as f64 * 1.05;
    let scale = Scale { t0, t1, max };
    let points = history
        .iter()
        .map(|&(t, b)| format!("{:.1},{:.1}", scale.x(t), scale.y(b)))
        .collect::<Vec<_>>()
        .join(" ");
    let limits = [
        ("warning", thresholds.issue_warning),
        ("send-prohibited", thresholds.prohibit_send),
        ("full", thresholds.prohibit_send_receive),
    ];
    let day = |t: i64| {
        format::unix_date_time(lang, t)
            .map(|s| s.split(' ').next().unwrap_or_default().to_string())
            .unwrap_or_default()
    };
    let summary = lang.t_with(
        "chart-summary",
        &[
            ("from", day(t0).into()),
            ("to", day(t1).into()),
            ("first", format::bytes(lang, history[0].1).into()),
            (
                "last",
                format::bytes(lang, history[history.len() - 1].1).into(),
            ),
        ],
    );
    let rows = history.clone();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=summary.clone() preserveAspectRatio="none">
                <line class="axis" x1=LEFT y1=HEIGHT - BOTTOM x2=WIDTH - RIGHT y2=HEIGHT - BOTTOM/>
                <line class="axis" x1=LEFT y1=TOP x2=LEFT y2=HEIGHT - BOTTOM/>
                {limits.into_iter().filter_map(|(level, limit)| limit.map(|l| {
                    let y = scale.y(l);
                    view! {
                        <line class=format!("limit limit-{level}") x1=LEFT y1=y x2=WIDTH - RIGHT y2=y/>
                        <text class="limit-label" x=LEFT - 4.0 y=y + 4.0 text-anchor="end">{format::bytes(lang, l)}</text>
                    }
                })).collect_view()}
                <polyline class="usage-line" points=points fill="none"/>
                <text class="axis-label" x=LEFT y=HEIGHT - 8.0>{day(t0)}</text>
                <text class="axis-label" x=WIDTH - RIGHT y=HEIGHT - 8.0 text-anchor="end">{day(t1)}</text>
            </svg>
            <figcaption>{summary}</figcaption>
        </figure>
        <details class="chart-table">
            <summary>{lang.t("chart-as-table")}</summary>
            <table class="table">
                <thead><tr><th scope="col">{lang.t("chart-when")}</th><th scope="col" class="num">{lang.t("usage")}</th></tr></thead>
                <tbody>
                    {rows.into_iter().rev().map(|(t, b)| view! {
                        <tr><td>{format::unix_date_time(lang, t).unwrap_or_default()}</td><td class="num">{format::bytes(lang, b)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </details>
    }
    .into_any()
}
