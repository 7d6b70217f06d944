//! A storage usage bar against a capacity, with the figures written out
//! (the bar is decoration; the text carries the information). Lists use the
//! compact form: one line, both sizes in the capacity's unit, and a word for
//! the level once a threshold is reached, so colour is never the only sign.

use crate::domain::format;
use crate::domain::quota::{usage_ratio, QuotaLevel, Thresholds};
use crate::i18n::{use_lang, Lang};
use leptos::prelude::*;

#[component]
pub fn UsageMeter(
    used: u64,
    thresholds: Thresholds,
    #[prop(into)] label: String,
    /// One line for lists: "100,1 / 100 GB · 100 %" and the level's word.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let lang = use_lang();
    let level = QuotaLevel::of(used, &thresholds);
    let capacity = thresholds.capacity();
    let percent = format::percent(lang, usage_ratio(used, &thresholds).unwrap_or(0.0));
    let text = match (capacity, compact) {
        (Some(cap), true) => lang.t_with(
            "usage-compact",
            &[
                ("used", compact_used(lang, used, cap).into()),
                ("capacity", compact_capacity(lang, cap).into()),
                ("percent", percent.into()),
            ],
        ),
        (Some(cap), false) => lang.t_with(
            "usage-of",
            &[
                ("used", format::bytes(lang, used).into()),
                ("capacity", format::bytes(lang, cap).into()),
                ("percent", percent.into()),
            ],
        ),
        (None, _) => lang.t_with(
            "usage-unlimited",
            &[("used", format::bytes(lang, used).into())],
        ),
    };
    let level_word = (compact && level != QuotaLevel::Ok).then(|| {
        let key = match level {
            QuotaLevel::Warning => "usage-level-warning",
            QuotaLevel::SendProhibited => "usage-level-send-prohibited",
            _ => "usage-level-full",
        };
        view! { <span class="usage-level">{lang.t(key)}</span> }
    });
    let max = capacity.unwrap_or(used.max(1)) as f64;
    let class = if compact {
        format!("usage usage-compact usage-{}", level.as_str())
    } else {
        format!("usage usage-{}", level.as_str())
    };
    view! {
        <div class=class>
            <meter
                min="0"
                max=max
                value=used.min(max as u64) as f64
                low=thresholds.issue_warning.map(|v| v as f64)
                high=thresholds.prohibit_send.map(|v| v as f64)
                optimum="0"
                aria-label=label
            ></meter>
            <span class="usage-text">{text}</span>
            {level_word}
        </div>
    }
}

/// 1024 to the power of the unit of `capacity` (KB = 1, MB = 2, …), the unit
/// `format::bytes` would write it in.
fn unit_of(capacity: u64) -> (u32, &'static str) {
    const UNITS: [&str; 6] = ["B", "KB", "MB", "GB", "TB", "PB"];
    let mut power = 0;
    let mut size = capacity as f64;
    while size >= 1024.0 && power < UNITS.len() - 1 {
        size /= 1024.0;
        power += 1;
    }
    (power as u32, UNITS[power])
}

fn in_unit(value: u64, power: u32) -> f64 {
    value as f64 / 1024f64.powi(power as i32)
}

/// The capacity with its unit, without a fraction when it is whole: "100 GB".
fn compact_capacity(lang: Lang, capacity: u64) -> String {
    let (power, unit) = unit_of(capacity);
    let size = in_unit(capacity, power);
    let number = if (size * 10.0).round() % 10.0 == 0.0 {
        format::integer(lang, size.round() as i64)
    } else {
        format::decimal1(lang, size)
    };
    format!("{number} {unit}")
}

/// The used size as a number in the capacity's unit ("100,1"); a size too
/// small to show there keeps its own unit ("12,0 MB"), so it never reads 0,0.
fn compact_used(lang: Lang, used: u64, capacity: u64) -> String {
    let (power, _) = unit_of(capacity);
    let size = in_unit(used, power);
    if power == 0 {
        format::integer(lang, used as i64)
    } else if used > 0 && size < 0.05 {
        format::bytes(lang, used)
    } else {
        format::decimal1(lang, size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GB: u64 = 1024 * 1024 * 1024;

    #[test]
    fn compact_figures_share_the_capacity_unit() {
        assert_eq!(compact_capacity(Lang::De, 100 * GB), "100 GB");
        assert_eq!(compact_capacity(Lang::De, 50 * GB + GB / 2), "50,5 GB");
        assert_eq!(compact_capacity(Lang::En, 2048 * GB), "2 TB");
        assert_eq!(
            compact_used(Lang::De, 100 * GB + GB / 10, 100 * GB),
            "100,1"
        );
        assert_eq!(compact_used(Lang::En, 45 * GB + GB / 2, 100 * GB), "45.5");
        assert_eq!(compact_used(Lang::De, 0, 100 * GB), "0,0");
        assert_eq!(
            compact_used(Lang::De, 12 * 1024 * 1024, 100 * GB),
            "12,0 MB"
        );
        assert_eq!(compact_used(Lang::De, 512, 1000), "512");
    }
}
