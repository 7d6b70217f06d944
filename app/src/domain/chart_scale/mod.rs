//! Where the parts of a mailbox's usage chart go: the value axis, the date
//! axis, the threshold labels and the forecast line, worked out without
//! drawing anything. The rules that keep the chart readable (round ticks
//! that never collide, labels apart, short dates, a range that shows the
//! trend and the thresholds) are tested here; the component only draws.
//!
//! Vertical positions are pixels, because the chart's height is fixed and its
//! labels must keep their size on a phone; horizontal positions are fractions
//! of the plot's width, which only the browser knows.

pub mod dates;
pub mod labels;
pub mod values;

use crate::domain::forecast::Forecast;
use crate::domain::format;
use crate::domain::quota::{QuotaLevel, Thresholds};
use crate::i18n::Lang;
use dates::{DateAxis, DateTick, DAY};
use time::Date;

/// The fixed sizes of the drawing, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub font_px: f64,
    /// Room above the plot, so the top label is not cut off.
    pub top: f64,
    pub plot_height: f64,
    /// Plot widths: the narrowest the date labels must fit (a phone) and the
    /// one from which more dates are shown.
    pub narrow_width: f64,
    pub wide_width: f64,
}

impl Frame {
    pub fn bottom(&self) -> f64 {
        self.top + self.plot_height
    }

    /// Between two value ticks: a label's height and as much again.
    fn tick_gap(&self) -> f64 {
        self.font_px * 2.5
    }

    /// Between the centres of two threshold labels: a line of text.
    pub fn label_gap(&self) -> f64 {
        self.font_px * 1.3
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ValueTick {
    pub y: f64,
    pub label: String,
}

/// A threshold line and its label, which may sit apart from the line when
/// thresholds are close together.
#[derive(Debug, Clone, PartialEq)]
pub struct LimitMark {
    pub level: QuotaLevel,
    pub y: f64,
    pub label_y: f64,
    pub label: String,
}

/// The dashed continuation of the usage line to where it meets the capacity.
#[derive(Debug, Clone, PartialEq)]
pub struct ForecastLine {
    pub from: (f64, f64),
    pub to: (f64, f64),
    pub full_on: Date,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    Rising,
    Falling,
    Flat,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Bottom to top.
    pub value_ticks: Vec<ValueTick>,
    /// The axis starts above 0: the chart must say so.
    pub cut_below: Option<String>,
    /// (fraction of the width, pixels from the top), oldest first.
    pub line: Vec<(f64, f64)>,
    pub limits: Vec<LimitMark>,
    pub date_ticks: Vec<(f64, DateTick)>,
    pub forecast: Option<ForecastLine>,
    /// Widths the labels left and right of the plot need.
    pub value_label_width: f64,
    pub limit_label_width: f64,
    pub trend: Trend,
    pub first_day: Date,
    pub last_day: Date,
    pub first_bytes: u64,
    pub last_bytes: u64,
}

/// The forecast is drawn only if it reaches the capacity within as many
/// days as the history spans (at least a week): further out, the history
/// would shrink to a sliver at the left.
fn drawn_full_at(
    history: &[(i64, u64)],
    thresholds: &Thresholds,
    forecast: Forecast,
) -> Option<(i64, u64)> {
    let (first, last) = (history.first()?.0, history.last()?.0);
    let horizon = ((last - first) / DAY).max(7);
    match forecast {
        Forecast::FullInDays(days) if i64::from(days) <= horizon => thresholds
            .capacity()
            .map(|cap| (last + i64::from(days) * DAY, cap)),
        _ => None,
    }
}

/// `history`: (Unix seconds, used bytes). `None` when there are fewer than
/// two figures at different times: no line to draw.
pub fn layout(
    lang: Lang,
    history: &[(i64, u64)],
    thresholds: &Thresholds,
    forecast: Forecast,
    frame: &Frame,
) -> Option<Layout> {
    let mut history = history.to_vec();
    history.sort_by_key(|p| p.0);
    let (&(t0, first_bytes), &(t_last, last_bytes)) = (history.first()?, history.last()?);
    if t_last <= t0 {
        return None;
    }
    let levels = [
        (QuotaLevel::Warning, thresholds.issue_warning),
        (QuotaLevel::SendProhibited, thresholds.prohibit_send),
        (QuotaLevel::Full, thresholds.prohibit_send_receive),
    ];
    let limits: Vec<(QuotaLevel, u64)> = levels
        .iter()
        .filter_map(|(l, v)| v.map(|v| (*l, v)))
        .collect();
    let full_at = drawn_full_at(&history, thresholds, forecast);
    // A little room after the forecast's end, so its marker does not touch the labels beside the plot.
    let t_end = full_at.map_or(t_last, |(t, _)| t + (t - t0) / 25);

    let all_bytes = history
        .iter()
        .map(|p| p.1)
        .chain(limits.iter().map(|l| l.1));
    let unit = values::unit_for(all_bytes.clone().max().unwrap_or(0));
    let in_unit: Vec<f64> = all_bytes.map(|b| b as f64 / unit.bytes).collect();
    let axis = values::value_axis(&in_unit, frame.plot_height, frame.tick_gap());
    let y = |bytes: u64| {
        let v = bytes as f64 / unit.bytes;
        frame.top + (axis.hi - v) / (axis.hi - axis.lo) * frame.plot_height
    };
    let x = |t: i64| (t - t0) as f64 / (t_end - t0) as f64;

    let tick_label = |v: f64| format!("{} {}", values::number(lang, v, axis.decimals()), unit.name);
    let value_ticks: Vec<ValueTick> = axis
        .ticks()
        .into_iter()
        .map(|v| ValueTick {
            y: frame.top + (axis.hi - v) / (axis.hi - axis.lo) * frame.plot_height,
            label: tick_label(v),
        })
        .collect();

    let wanted: Vec<f64> = limits.iter().map(|(_, b)| y(*b)).collect();
    let placed = labels::spread(
        &wanted,
        frame.label_gap(),
        frame.font_px * 0.6,
        frame.bottom(),
    );
    let limits: Vec<LimitMark> = limits
        .iter()
        .zip(wanted.iter().zip(placed))
        .map(|((level, bytes), (y, label_y))| LimitMark {
            level: *level,
            y: *y,
            label_y,
            label: format::bytes(lang, *bytes),
        })
        .collect();

    let dates = DateAxis {
        lang,
        start: t0,
        end: t_end,
        anchor: t_last,
        fixed: full_at.map(|(t, _)| t),
        font_px: frame.font_px,
        narrow_px: frame.narrow_width,
        wide_px: frame.wide_width,
    };
    let date_ticks = dates.ticks().into_iter().map(|t| (x(t.at), t)).collect();
    let forecast = full_at.and_then(|(t, cap)| {
        Some(ForecastLine {
            from: (x(t_last), y(last_bytes)),
            to: (x(t), y(cap)),
            full_on: dates::day_of(t)?,
        })
    });

    let widest = |labels: &mut dyn Iterator<Item = &String>| {
        labels
            .map(|l| labels::text_width(l, frame.font_px))
            .fold(0.0, f64::max)
    };
    let value_label_width = widest(&mut value_ticks.iter().map(|t| &t.label));
    let limit_label_width = widest(&mut limits.iter().map(|l| &l.label));
    let change = last_bytes as f64 - first_bytes as f64;
    let trend = if change.abs() < 0.01 * first_bytes.max(last_bytes).max(1) as f64 {
        Trend::Flat
    } else if change > 0.0 {
        Trend::Rising
    } else {
        Trend::Falling
    };
    Some(Layout {
        cut_below: (!axis.from_zero()).then(|| tick_label(axis.lo)),
        value_ticks,
        line: history.iter().map(|&(t, b)| (x(t), y(b))).collect(),
        limits,
        date_ticks,
        forecast,
        value_label_width,
        limit_label_width,
        trend,
        first_day: dates::day_of(t0)?,
        last_day: dates::day_of(t_last)?,
        first_bytes,
        last_bytes,
    })
}

/// Mailboxes as customers have them, for the tests here and the chart's.
#[cfg(test)]
pub mod samples;
#[cfg(test)]
mod tests;
