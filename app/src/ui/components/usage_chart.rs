//! Usage over time as SVG drawn on the server: readable without JavaScript,
//! with the figures also as a table for screen readers.
//!
//! The chart is three SVGs side by side: the value labels, the plot and the
//! threshold labels. Only the plot stretches with the page; its text is drawn
//! at 1:1 pixels (positions across as percentages), so labels keep their size
//! on a phone. The data line alone sits in a stretched inner SVG, since a
//! polyline cannot take percentages. Where everything goes is decided in
//! `domain::chart_scale`.

use crate::domain::chart_scale::{self, Frame, Layout, Trend};
use crate::domain::forecast::Forecast;
use crate::domain::format;
use crate::domain::quota::{QuotaLevel, Thresholds};
use crate::i18n::{use_lang, Lang};
use leptos::prelude::*;

/// The sizes the domain maths places labels for. `narrow_width` is the plot
/// on a 360 px phone; from `wide_width` (a window of about 760 px, see
/// `style/main.css`) more dates are shown.
const FRAME: Frame = Frame {
    font_px: 12.0,
    top: 12.0,
    plot_height: 200.0,
    narrow_width: 150.0,
    wide_width: 520.0,
};
/// Below the plot: the dates.
const DATE_ROW: f64 = 24.0;
/// Between a label and the line it belongs to.
const PAD: f64 = 6.0;
/// Between a value label and the axis: also clears the axis break.
const VALUE_PAD: f64 = 9.0;
/// The inner SVG's width in its own units; it is stretched to the plot's.
const STRETCH: f64 = 1000.0;

fn percent(fraction: f64) -> String {
    format!("{:.2}%", fraction * 100.0)
}

/// A coordinate to a tenth of a pixel: finer says nothing on screen.
fn px(v: f64) -> String {
    format!("{v:.1}")
}

/// Vertical pixel position of a text's baseline that centres it on `y`.
fn baseline(y: f64) -> String {
    px(y + FRAME.font_px * 0.35)
}

fn summary(lang: Lang, l: &Layout, thresholds: &Thresholds) -> String {
    let key = match l.trend {
        Trend::Rising => "chart-trend-rising",
        Trend::Falling => "chart-trend-falling",
        Trend::Flat => "chart-trend-flat",
    };
    let mut text = lang.t_with(
        key,
        &[
            ("from", format::date(lang, l.first_day).into()),
            ("to", format::date(lang, l.last_day).into()),
            ("first", format::bytes(lang, l.first_bytes).into()),
            ("last", format::bytes(lang, l.last_bytes).into()),
        ],
    );
    let capacity = thresholds.capacity();
    if let Some(f) = &l.forecast {
        let full = lang.t_with(
            "chart-full-on",
            &[("date", format::date(lang, f.full_on).into())],
        );
        text = format!("{text} {full}");
    } else if let Some(limit) = capacity.filter(|c| l.last_bytes >= *c) {
        let over = lang.t_with(
            "chart-over",
            &[("limit", format::bytes(lang, limit).into())],
        );
        text = format!("{text} {over}");
    }
    text
}

fn level_label(lang: Lang, level: QuotaLevel) -> String {
    match level {
        QuotaLevel::Warning => lang.t("threshold-warning"),
        QuotaLevel::SendProhibited => lang.t("threshold-send"),
        // `Ok` has no threshold, so no line asks for its name.
        QuotaLevel::Full | QuotaLevel::Ok => lang.t("threshold-full"),
    }
}

#[component]
pub fn UsageChart(
    history: Vec<(i64, u64)>,
    thresholds: Thresholds,
    forecast: Forecast,
) -> impl IntoView {
    let lang = use_lang();
    let Some(l) = chart_scale::layout(lang, &history, &thresholds, forecast, &FRAME) else {
        return view! { <p class="hint">{lang.t("chart-too-few")}</p> }.into_any();
    };
    let summary = summary(lang, &l, &thresholds);
    let height = FRAME.bottom() + DATE_ROW;
    let (top, bottom) = (FRAME.top, FRAME.bottom());
    let left_width = (l.value_label_width + VALUE_PAD + 2.0).ceil();
    // Without thresholds the right column still leaves room for half a date.
    let right_width = (l.limit_label_width + 2.0 * PAD)
        .max(FRAME.font_px * 2.0)
        .ceil();
    let points = l
        .line
        .iter()
        .map(|(x, y)| format!("{:.1},{:.1}", x * STRETCH, y))
        .collect::<Vec<_>>()
        .join(" ");
    let last = l.line.last().copied().unwrap_or_default();
    let legend_limits = l
        .limits
        .iter()
        .map(|m| {
            (
                m.level,
                format!("{} {}", level_label(lang, m.level), m.label),
            )
        })
        .collect::<Vec<_>>();
    let forecast_legend = l.forecast.as_ref().map(|f| {
        lang.t_with(
            "chart-legend-forecast",
            &[("date", format::date(lang, f.full_on).into())],
        )
    });
    let cut_note = l
        .cut_below
        .as_ref()
        .map(|v| lang.t_with("chart-axis-cut", &[("value", v.clone().into())]));
    let rows = history;
    view! {
        <figure class="usage-chart">
            <div class="usage-chart-plot">
                <svg class="usage-chart-values" width=left_width height=height font-size=FRAME.font_px aria-hidden="true">
                    {l.value_ticks.iter().map(|t| view! {
                        <text x=left_width - VALUE_PAD y=baseline(t.y) text-anchor="end">{t.label.clone()}</text>
                    }).collect_view()}
                </svg>
                <svg class="usage-chart-main" width="100%" height=height font-size=FRAME.font_px role="img" aria-label=summary.clone()>
                    <title>{summary.clone()}</title>
                    {l.value_ticks.iter().map(|t| view! { <line class="grid" x1="0" x2="100%" y1=px(t.y) y2=px(t.y)/> }).collect_view()}
                    <line class="axis" x1="0" x2="0" y1=top y2=bottom/>
                    <line class="axis" x1="0" x2="100%" y1=bottom y2=bottom/>
                    {l.cut_below.is_some().then(|| {
                        // The axis break: a gap between two slanted strokes across the value
                        // axis, low enough to stay below the line (the range leaves room under
                        // the lowest figure) and narrow enough to clear the lowest label.
                        let y = bottom - 10.0;
                        view! {
                            <path class="axis-break-gap" d=format!("M-5,{y:.1} l10,-5 v5 l-10,5 z")/>
                            <path class="axis-break" d=format!("M-5,{y:.1} l10,-5 M-5,{:.1} l10,-5", y + 5.0)/>
                        }
                    })}
                    {l.limits.iter().map(|m| view! {
                        <line class=format!("limit limit-{}", m.level.as_str()) x1="0" x2="100%" y1=px(m.y) y2=px(m.y)/>
                    }).collect_view()}
                    {l.forecast.as_ref().map(|f| view! {
                        <line class="forecast-guide" x1=percent(f.to.0) x2=percent(f.to.0) y1=px(f.to.1) y2=bottom/>
                    })}
                    <svg x="0" y="0" width="100%" height=height viewBox=format!("0 0 {STRETCH} {height}") preserveAspectRatio="none">
                        {l.forecast.as_ref().map(|f| view! {
                            <line class="forecast-line" vector-effect="non-scaling-stroke"
                                x1=px(f.from.0 * STRETCH) y1=px(f.from.1) x2=px(f.to.0 * STRETCH) y2=px(f.to.1)/>
                        })}
                        <polyline class="usage-line" points=points fill="none" vector-effect="non-scaling-stroke"/>
                    </svg>
                    <circle class="usage-dot" cx=percent(last.0) cy=px(last.1) r="4"/>
                    {l.forecast.as_ref().map(|f| view! { <circle class="forecast-dot" cx=percent(f.to.0) cy=px(f.to.1) r="4"/> })}
                    {l.date_ticks.iter().map(|(x, t)| {
                        let class = if t.forecast { "date date-forecast" } else if t.wide_only { "date date-wide" } else { "date" };
                        let tick_class = if t.wide_only { "tick date-wide" } else { "tick" };
                        view! {
                            <line class=tick_class x1=percent(*x) x2=percent(*x) y1=bottom y2=bottom + 4.0/>
                            <text class=class x=percent(*x) y=bottom + DATE_ROW - 6.0 text-anchor="middle">{t.label.clone()}</text>
                        }
                    }).collect_view()}
                </svg>
                <svg class="usage-chart-limits" width=right_width height=height font-size=FRAME.font_px aria-hidden="true">
                    {l.limits.iter().map(|m| view! {
                        <polyline class=format!("limit-leader limit-{}", m.level.as_str())
                            points=format!("0,{:.1} {},{:.1}", m.y, PAD - 2.0, m.label_y) fill="none"/>
                        <text class=format!("limit-label limit-label-{}", m.level.as_str()) x=PAD y=baseline(m.label_y)>
                            {m.label.clone()}
                        </text>
                    }).collect_view()}
                </svg>
            </div>
            <ul class="usage-chart-legend">
                <li><span class="swatch swatch-usage" aria-hidden="true"></span>{lang.t("chart-legend-usage")}</li>
                {forecast_legend.map(|text| view! {
                    <li><span class="swatch swatch-forecast" aria-hidden="true"></span>{text}</li>
                })}
                {legend_limits.into_iter().map(|(level, text)| view! {
                    <li><span class=format!("swatch swatch-{}", level.as_str()) aria-hidden="true"></span>{text}</li>
                }).collect_view()}
                {cut_note.map(|text| view! { <li class="hint">{text}</li> })}
            </ul>
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

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::domain::chart_scale::samples::{self, Sample};

    fn render(lang: Lang, s: &Sample) -> String {
        Owner::new().with(|| {
            provide_context(lang);
            let (history, thresholds, forecast) = (s.history.clone(), s.thresholds, s.forecast);
            view! { <UsageChart history thresholds forecast/> }.to_html()
        })
    }

    /// Every sample mailbox renders with a text alternative, the table, and
    /// dates without the comma a date-time format would leave.
    ///
    /// With `CHART_PREVIEW=dir` each sample is also written to
    /// `dir/chart-<sample>-<lang>.html` with the real stylesheet, in a card as
    /// on the mailbox page, to look at in a browser.
    #[test]
    fn every_sample_renders_an_accessible_chart() {
        let preview = std::env::var("CHART_PREVIEW").ok();
        for lang in Lang::ALL {
            for s in samples::all() {
                let html = render(lang, &s);
                assert!(html.contains("role=\"img\""), "{}", s.name);
                assert!(html.contains("<title>"), "{}", s.name);
                assert!(html.contains("class=\"usage-line\""), "{}", s.name);
                assert!(html.contains("<table"), "{}", s.name);
                assert!(!html.contains(",</text>"), "{}", s.name);
                if let Some(dir) = &preview {
                    let css = concat!(env!("CARGO_MANIFEST_DIR"), "/../style/main.css");
                    let doc = format!(
                        "<!doctype html><html lang=\"{code}\"><meta charset=\"utf-8\">\
                         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
                         <link rel=\"stylesheet\" href=\"file://{css}\"><body><main><div class=\"cards\">\
                         <section class=\"card card-wide\"><h2>Verlauf</h2>{html}</section></div></main></body></html>",
                        code = lang.code()
                    );
                    let path = format!("{dir}/chart-{}-{}.html", s.name, lang.code());
                    std::fs::write(path, doc).expect("preview written");
                }
            }
        }
    }
}
