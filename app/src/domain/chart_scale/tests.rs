use super::samples::{self, GB, NOW};
use super::*;

const FRAME: Frame = Frame {
    font_px: 12.0,
    top: 12.0,
    plot_height: 220.0,
    narrow_width: 170.0,
    wide_width: 520.0,
};

fn layout_of(name: &str) -> Layout {
    let s = samples::all()
        .into_iter()
        .find(|s| s.name == name)
        .expect("a sample");
    layout(Lang::De, &s.history, &s.thresholds, s.forecast, &FRAME).expect("enough figures")
}

fn tick_labels(l: &Layout) -> Vec<&str> {
    l.value_ticks.iter().map(|t| t.label.as_str()).collect()
}

#[test]
fn rising_usage_shows_the_band_of_thresholds_and_the_forecast() {
    let l = layout_of("rising");
    assert_eq!(
        tick_labels(&l),
        ["75 GB", "80 GB", "85 GB", "90 GB", "95 GB", "100 GB"]
    );
    assert_eq!(l.cut_below.as_deref(), Some("75 GB"));
    let labels: Vec<&str> = l.limits.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["90,0 GB", "95,0 GB", "100,0 GB"]);
    assert_eq!(l.trend, Trend::Rising);
    let f = l.forecast.as_ref().expect("full within the month");
    assert!(
        f.to.0 > 0.95 && f.to.0 < 1.0,
        "the axis ends just after the forecast meets the capacity"
    );
    assert!((f.to.1 - l.limits[2].y).abs() < 1e-9);
    assert_eq!(l.line.last().map(|p| p.0), Some(f.from.0));
    let dates: Vec<&str> = l
        .date_ticks
        .iter()
        .filter(|t| !t.1.wide_only)
        .map(|t| t.1.label.as_str())
        .collect();
    assert_eq!(dates.first(), Some(&"02.10."));
    assert!(
        dates.contains(&"30.10."),
        "the last figure's day: {dates:?}"
    );
    assert!(l.date_ticks.iter().any(|t| t.1.forecast));
}

#[test]
fn small_usage_far_from_its_limits_starts_at_zero_with_the_labels_apart() {
    let l = layout_of("flat-small");
    assert_eq!(l.cut_below, None);
    assert_eq!(
        tick_labels(&l),
        ["0 GB", "10 GB", "20 GB", "30 GB", "40 GB", "50 GB"]
    );
    assert_eq!(l.trend, Trend::Flat);
    assert!(l.forecast.is_none());
    let labels: Vec<&str> = l.limits.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["49,0 GB", "49,5 GB", "50,0 GB"]);
}

#[test]
fn unlimited_mailboxes_have_no_threshold_lines() {
    let l = layout_of("unlimited");
    assert!(l.limits.is_empty());
    assert!(l.forecast.is_none());
    assert_eq!(l.limit_label_width, 0.0);
    assert_eq!(l.trend, Trend::Rising);
}

#[test]
fn usage_over_the_capacity_stays_inside_the_chart() {
    let l = layout_of("over");
    assert!(l.forecast.is_none(), "already full: nothing to forecast");
    assert_eq!(
        l.value_ticks.last().map(|t| t.label.as_str()),
        Some("105 GB")
    );
}

/// For every sample: data and thresholds inside the plot, threshold labels a
/// line apart, value ticks far enough apart, nothing outside the frame.
#[test]
fn every_sample_keeps_everything_inside_and_apart() {
    for s in samples::all() {
        let l = layout(Lang::De, &s.history, &s.thresholds, s.forecast, &FRAME).expect("figures");
        let inside = |y: f64| y >= FRAME.top - 1e-9 && y <= FRAME.bottom() + 1e-9;
        assert!(
            l.line
                .iter()
                .all(|p| inside(p.1) && (0.0..=1.0).contains(&p.0)),
            "{}",
            s.name
        );
        assert!(l.limits.iter().all(|m| inside(m.y)), "{}", s.name);
        let mut label_ys: Vec<f64> = l.limits.iter().map(|m| m.label_y).collect();
        label_ys.sort_by(f64::total_cmp);
        for pair in label_ys.windows(2) {
            assert!(pair[1] - pair[0] >= FRAME.label_gap() - 1e-9, "{}", s.name);
        }
        for pair in l.value_ticks.windows(2) {
            assert!(
                pair[0].y - pair[1].y >= FRAME.tick_gap() - 1e-9,
                "{}",
                s.name
            );
        }
        for (x, t) in &l.date_ticks {
            assert!((0.0..=1.0).contains(x), "{}", s.name);
            assert!(!t.label.contains(','), "{}: {}", s.name, t.label);
        }
    }
}

#[test]
fn english_axes_use_english_numbers_and_dates() {
    let s = samples::all().remove(0);
    let l = layout(Lang::En, &s.history, &s.thresholds, s.forecast, &FRAME).expect("figures");
    assert_eq!(l.limits[1].label, "95.0 GB");
    assert!(
        l.date_ticks.iter().any(|t| t.1.label == "30 Oct"),
        "{:?}",
        l.date_ticks
    );
}

#[test]
fn a_single_figure_or_one_instant_is_no_line() {
    let t = Thresholds::standard();
    assert_eq!(
        layout(Lang::De, &[(NOW, GB)], &t, Forecast::None, &FRAME),
        None
    );
    assert_eq!(
        layout(
            Lang::De,
            &[(NOW, GB), (NOW, 2 * GB)],
            &t,
            Forecast::None,
            &FRAME
        ),
        None
    );
}

#[test]
fn a_forecast_far_beyond_the_history_is_not_drawn() {
    let s = samples::all().remove(0);
    let far = layout(
        Lang::De,
        &s.history,
        &s.thresholds,
        Forecast::FullInDays(200),
        &FRAME,
    )
    .expect("figures");
    assert!(far.forecast.is_none());
    assert!(far.date_ticks.iter().all(|t| !t.1.forecast));
    assert!((far.line.last().expect("points").0 - 1.0).abs() < 1e-9);
}
