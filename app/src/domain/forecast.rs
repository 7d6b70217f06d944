//! "Voll in etwa N Tagen": a forecast from the recent usage trend, or none
//! when the data does not support one.
//!
//! A least-squares line through the last weeks of figures. No forecast when
//! there are too few figures, they span too short a time, usage is not
//! growing, the points scatter too much around the line to trust it, or the
//! mailbox is unlimited.

/// Figures older than this are ignored: the trend should be recent.
pub const WINDOW_DAYS: i64 = 30;
const MIN_POINTS: usize = 5;
const MIN_SPAN_DAYS: f64 = 3.0;
/// Share of the variance the trend line must explain (R²).
const MIN_FIT: f64 = 0.6;
/// Beyond this a forecast says nothing useful.
const MAX_DAYS: f64 = 3.0 * 365.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Forecast {
    /// Already at or above the capacity.
    AlreadyFull,
    /// Full in about this many days (at least 1).
    FullInDays(u32),
    /// The data does not support a forecast.
    None,
}

/// `history`: (Unix seconds, used bytes), any order. `capacity`: the hard limit.
pub fn full_in(history: &[(i64, u64)], capacity: Option<u64>, now: i64) -> Forecast {
    let Some(capacity) = capacity else {
        return Forecast::None;
    };
    let recent: Vec<(f64, f64)> = history
        .iter()
        .filter(|(at, _)| *at >= now - WINDOW_DAYS * 86_400 && *at <= now)
        .map(|&(at, used)| ((at - now) as f64 / 86_400.0, used as f64))
        .collect();
    let Some(latest) = history
        .iter()
        .max_by_key(|(at, _)| *at)
        .map(|&(_, used)| used)
    else {
        return Forecast::None;
    };
    if latest >= capacity {
        return Forecast::AlreadyFull;
    }
    if recent.len() < MIN_POINTS {
        return Forecast::None;
    }
    let (first, last) = recent
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), (d, _)| {
            (lo.min(*d), hi.max(*d))
        });
    if last - first < MIN_SPAN_DAYS {
        return Forecast::None;
    }
    let n = recent.len() as f64;
    let mean_x = recent.iter().map(|p| p.0).sum::<f64>() / n;
    let mean_y = recent.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = recent.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
    let sxy: f64 = recent.iter().map(|p| (p.0 - mean_x) * (p.1 - mean_y)).sum();
    let syy: f64 = recent.iter().map(|p| (p.1 - mean_y).powi(2)).sum();
    if sxx == 0.0 || syy == 0.0 {
        return Forecast::None;
    }
    let slope = sxy / sxx; // bytes per day
    let fit = sxy * sxy / (sxx * syy);
    if slope <= 0.0 || fit < MIN_FIT {
        return Forecast::None;
    }
    let days = (capacity - latest) as f64 / slope;
    if days > MAX_DAYS {
        return Forecast::None;
    }
    Forecast::FullInDays(days.ceil().max(1.0) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GB: u64 = 1024 * 1024 * 1024;
    const DAY: i64 = 86_400;
    const NOW: i64 = 1_790_000_000;

    /// One figure a day for `days` days ending today, from `start_gb` growing by `per_day_gb`.
    fn daily(days: i64, start_gb: f64, per_day_gb: f64) -> Vec<(i64, u64)> {
        (0..days)
            .map(|i| {
                (
                    NOW - (days - 1 - i) * DAY,
                    ((start_gb + per_day_gb * i as f64) * GB as f64) as u64,
                )
            })
            .collect()
    }

    #[test]
    fn steady_growth_gives_the_days_left() {
        // 80 GB today, growing 1 GB a day, 100 GB capacity: 20 days.
        assert_eq!(
            full_in(&daily(14, 67.0, 1.0), Some(100 * GB), NOW),
            Forecast::FullInDays(20)
        );
    }

    #[test]
    fn no_forecast_without_growth_enough_data_or_a_limit() {
        assert_eq!(
            full_in(&daily(14, 50.0, 0.0), Some(100 * GB), NOW),
            Forecast::None,
            "flat"
        );
        assert_eq!(
            full_in(&daily(14, 50.0, -1.0), Some(100 * GB), NOW),
            Forecast::None,
            "shrinking"
        );
        assert_eq!(
            full_in(&daily(4, 50.0, 1.0), Some(100 * GB), NOW),
            Forecast::None,
            "too few figures"
        );
        assert_eq!(
            full_in(&daily(14, 50.0, 1.0), None, NOW),
            Forecast::None,
            "unlimited"
        );
        assert_eq!(
            full_in(&[], Some(100 * GB), NOW),
            Forecast::None,
            "no figures"
        );
        // 20 figures within one day: too short a span
        let burst: Vec<_> = (0..20)
            .map(|i| (NOW - i * 600, (50 * GB) + i as u64 * GB))
            .collect();
        assert_eq!(full_in(&burst, Some(100 * GB), NOW), Forecast::None);
    }

    #[test]
    fn scattered_figures_give_no_forecast() {
        let zigzag: Vec<_> = (0..14)
            .map(|i| (NOW - i * DAY, if i % 2 == 0 { 40 * GB } else { 60 * GB }))
            .collect();
        assert_eq!(full_in(&zigzag, Some(100 * GB), NOW), Forecast::None);
    }

    #[test]
    fn old_figures_are_ignored_and_full_is_full() {
        let mut history = daily(14, 67.0, 1.0);
        history.push((NOW - 200 * DAY, 5 * GB)); // far outside the window
        assert_eq!(
            full_in(&history, Some(100 * GB), NOW),
            Forecast::FullInDays(20)
        );
        assert_eq!(
            full_in(&daily(14, 90.0, 1.0), Some(100 * GB), NOW),
            Forecast::AlreadyFull
        );
    }

    #[test]
    fn far_futures_are_not_forecast() {
        // 1 MB a day towards 100 GB: decades
        let slow: Vec<_> = (0..14)
            .map(|i| (NOW - (13 - i) * DAY, 10 * GB + i as u64 * 1024 * 1024))
            .collect();
        assert_eq!(full_in(&slow, Some(100 * GB), NOW), Forecast::None);
    }
}
