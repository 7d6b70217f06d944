//! The date axis: short German dates (`30.10.`) at whole days, counted back
//! from the day of the newest figure so that "today" always has a label.

use super::labels::text_width;
use crate::domain::{berlin_time, format};
use crate::i18n::Lang;
use time::{Date, Duration, PrimitiveDateTime, Time};

pub const DAY: i64 = 86_400;

/// Distances between labelled days. Each is a multiple of the ones that may
/// be shown between its ticks on wider screens (7 divides 14, 28, 91, …), so
/// the extra ticks fall between the others.
const STEPS: [i64; 10] = [1, 2, 7, 14, 28, 56, 91, 182, 364, 728];

/// More dates than this say nothing more and make the axis busy.
const MAX_TICKS: usize = 6;

#[derive(Debug, Clone, PartialEq)]
pub struct DateTick {
    pub at: i64,
    pub label: String,
    /// Shown only where the plot is at least the wide width.
    pub wide_only: bool,
    /// The day the forecast reaches the capacity.
    pub forecast: bool,
}

/// The Berlin calendar day of a Unix timestamp.
pub fn day_of(seconds: i64) -> Option<Date> {
    berlin_time::from_unix(seconds).map(|t| t.date())
}

/// The Unix timestamp of a Berlin day's midnight.
pub fn midnight(day: Date) -> i64 {
    let local = PrimitiveDateTime::new(day, Time::MIDNIGHT);
    // Midnight is never inside a summer-time switch (those happen at 02:00 and 03:00).
    let guess = local.assume_utc();
    local
        .assume_offset(berlin_time::offset_at(guess))
        .unix_timestamp()
}

/// A day as an axis label: `30.10.` (or `30 Oct`), with the year only when
/// the axis spans two years. Built from [`format::date`] so the axis and the
/// rest of the page write dates alike.
pub fn short_date(lang: Lang, day: Date, with_year: bool) -> String {
    let full = format::date(lang, day);
    if with_year {
        return full;
    }
    match lang {
        // "30.10.2026" → "30.10."
        Lang::De => full[..=full.rfind('.').unwrap_or(full.len() - 1)].to_string(),
        // "30 Oct 2026" → "30 Oct"
        Lang::En => full
            .rsplit_once(' ')
            .map_or(full.clone(), |(day_month, _)| day_month.to_string()),
    }
}

/// What the date axis needs to know.
pub struct DateAxis {
    pub lang: Lang,
    /// The axis runs from `start` to `end` (Unix seconds).
    pub start: i64,
    pub end: i64,
    /// The newest figure: the ticks count back and forth from its day.
    pub anchor: i64,
    /// A day that must be labelled (the forecast's), whatever the step.
    pub fixed: Option<i64>,
    pub font_px: f64,
    /// Plot widths: the narrowest one the labels must fit, and the one from
    /// which extra ticks between them are shown.
    pub narrow_px: f64,
    pub wide_px: f64,
}

impl DateAxis {
    fn with_year(&self) -> bool {
        day_of(self.start).map(|d| d.year()) != day_of(self.end).map(|d| d.year())
    }

    fn label(&self, at: i64) -> String {
        day_of(at)
            .map(|d| short_date(self.lang, d, self.with_year()))
            .unwrap_or_default()
    }

    /// Room one label needs: its width and half a letter's space.
    fn room(&self) -> f64 {
        let sample = self.label(self.anchor);
        text_width(&sample, self.font_px) + self.font_px / 2.0
    }

    /// Midnights `step` days apart through the anchor's day, inside the axis.
    fn days(&self, step: i64) -> Vec<i64> {
        let Some(anchor) = day_of(self.anchor) else {
            return vec![];
        };
        let back = (self.end - self.start) / DAY / step + 1;
        (-back..)
            .map_while(|k| anchor.checked_add(Duration::days(k * step)).map(midnight))
            .take_while(|at| *at <= self.end)
            .filter(|at| *at >= self.start)
            .collect()
    }

    fn px(&self, at: i64, width: f64) -> f64 {
        (at - self.start) as f64 / (self.end - self.start).max(1) as f64 * width
    }

    /// The ticks of `step` that stay clear of the fixed label at `width`,
    /// if they fit there at all.
    fn fitting(&self, step: i64, width: f64) -> Option<Vec<i64>> {
        let room = self.room();
        if (step * DAY) as f64 / (self.end - self.start).max(1) as f64 * width < room {
            return None;
        }
        let mut days = self.days(step);
        if let Some(fixed) = self.fixed {
            days.retain(|at| (self.px(*at, width) - self.px(fixed, width)).abs() >= room);
        }
        let total = days.len() + usize::from(self.fixed.is_some());
        (total <= MAX_TICKS).then_some(days)
    }

    pub fn ticks(&self) -> Vec<DateTick> {
        if self.end <= self.start {
            return vec![];
        }
        let narrow = STEPS
            .iter()
            .find_map(|s| self.fitting(*s, self.narrow_px).map(|d| (*s, d)));
        let Some((narrow_step, narrow_days)) = narrow else {
            return self.fixed_only();
        };
        let wide_days = STEPS
            .iter()
            .filter(|s| narrow_step % **s == 0)
            .find_map(|s| self.fitting(*s, self.wide_px))
            .unwrap_or_default();
        let mut ticks: Vec<DateTick> = narrow_days
            .iter()
            .map(|at| self.tick(*at, false, false))
            .collect();
        ticks.extend(
            wide_days
                .iter()
                .filter(|at| !narrow_days.contains(at))
                .map(|at| self.tick(*at, true, false)),
        );
        ticks.extend(self.fixed_only());
        ticks.sort_by_key(|t| t.at);
        ticks
    }

    fn fixed_only(&self) -> Vec<DateTick> {
        self.fixed
            .map(|at| self.tick(at, false, true))
            .into_iter()
            .collect()
    }

    fn tick(&self, at: i64, wide_only: bool, forecast: bool) -> DateTick {
        DateTick {
            at,
            label: self.label(at),
            wide_only,
            forecast,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn axis(start: Date, days: i64, fixed: Option<i64>) -> DateAxis {
        // Figures are taken at 04:00 Berlin time
        let first = midnight(start) + 4 * 3600;
        let last = first + days * DAY;
        DateAxis {
            lang: Lang::De,
            start: first,
            end: fixed.map_or(last, |f| f.max(last)),
            anchor: last,
            fixed,
            font_px: 12.0,
            narrow_px: 170.0,
            wide_px: 520.0,
        }
    }

    fn labels(ticks: &[DateTick], wide: bool) -> Vec<&str> {
        ticks
            .iter()
            .filter(|t| wide || !t.wide_only)
            .map(|t| t.label.as_str())
            .collect()
    }

    #[test]
    fn short_dates_have_no_stray_punctuation() {
        let d = date!(2026 - 10 - 30);
        assert_eq!(short_date(Lang::De, d, false), "30.10.");
        assert_eq!(short_date(Lang::De, d, true), "30.10.2026");
        assert_eq!(short_date(Lang::En, d, false), "30 Oct");
        assert_eq!(short_date(Lang::En, d, true), "30 Oct 2026");
    }

    #[test]
    fn thirty_days_get_three_dates_on_a_phone_and_five_on_a_desktop() {
        let ticks = axis(date!(2026 - 10 - 01), 29, None).ticks();
        assert_eq!(labels(&ticks, false), ["02.10.", "16.10.", "30.10."]);
        assert_eq!(
            labels(&ticks, true),
            ["02.10.", "09.10.", "16.10.", "23.10.", "30.10."]
        );
    }

    #[test]
    fn the_forecast_day_is_labelled_and_its_neighbours_give_way() {
        let a = axis(date!(2026 - 10 - 01), 29, None);
        let full = a.anchor + 16 * DAY;
        let ticks = axis(date!(2026 - 10 - 01), 29, Some(full)).ticks();
        assert_eq!(
            labels(&ticks, false),
            ["02.10.", "16.10.", "30.10.", "15.11."]
        );
        assert!(ticks.last().is_some_and(|t| t.forecast));
    }

    #[test]
    fn an_axis_over_new_year_writes_the_year() {
        let ticks = axis(date!(2026 - 12 - 10), 40, None).ticks();
        assert!(labels(&ticks, false)
            .iter()
            .all(|l| l.ends_with("2027") || l.ends_with("2026")));
    }

    /// As a property: at the widths the labels were chosen for they never
    /// touch, there are at most six, none ends in a comma or a space.
    #[test]
    fn labels_never_overlap_and_stay_few() {
        for days in [
            1, 2, 3, 6, 10, 13, 20, 29, 45, 60, 89, 120, 200, 364, 500, 800,
        ] {
            for forecast in [None, Some(1), Some(5), Some(days / 2 + 1), Some(days)] {
                let mut a = axis(date!(2026 - 03 - 20), days, None);
                a.fixed = forecast.map(|f| a.anchor + f * DAY);
                a.end = a.fixed.unwrap_or(a.end).max(a.end);
                let ticks = a.ticks();
                for (wide, width) in [(false, a.narrow_px), (true, a.wide_px)] {
                    let shown: Vec<&DateTick> =
                        ticks.iter().filter(|t| wide || !t.wide_only).collect();
                    assert!(shown.len() <= MAX_TICKS, "{days} {forecast:?}");
                    for pair in shown.windows(2) {
                        let gap = a.px(pair[1].at, width) - a.px(pair[0].at, width);
                        let need = (text_width(&pair[0].label, 12.0)
                            + text_width(&pair[1].label, 12.0))
                            / 2.0;
                        assert!(gap >= need, "{days} {forecast:?}: {shown:?}");
                    }
                    for t in &shown {
                        assert!(t.at >= a.start && t.at <= a.end);
                        assert!(!t.label.ends_with(',') && !t.label.ends_with(' '));
                    }
                }
                if forecast.is_some() {
                    assert_eq!(ticks.iter().filter(|t| t.forecast).count(), 1);
                }
            }
        }
    }

    #[test]
    fn midnight_is_berlin_midnight_in_summer_and_winter() {
        let summer = midnight(date!(2026 - 07 - 01));
        assert_eq!(day_of(summer), Some(date!(2026 - 07 - 01)));
        assert_eq!(day_of(summer - 1), Some(date!(2026 - 06 - 30)));
        let winter = midnight(date!(2026 - 12 - 01));
        assert_eq!(day_of(winter), Some(date!(2026 - 12 - 01)));
        assert_eq!(day_of(winter - 1), Some(date!(2026 - 11 - 30)));
    }
}
