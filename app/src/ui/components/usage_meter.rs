//! A storage usage bar against a capacity, with the figures written out
//! (the bar is decoration; the text carries the information).

use crate::domain::format;
use crate::domain::quota::{usage_ratio, QuotaLevel, Thresholds};
use crate::i18n::use_lang;
use leptos::prelude::*;

#[component]
pub fn UsageMeter(used: u64, thresholds: Thresholds, #[prop(into)] label: String) -> impl IntoView {
    let lang = use_lang();
    let level = QuotaLevel::of(used, &thresholds);
    let capacity = thresholds.capacity();
    let text = match capacity {
        Some(cap) => lang.t_with(
            "usage-of",
            &[
                ("used", format::bytes(lang, used).into()),
                ("capacity", format::bytes(lang, cap).into()),
                (
                    "percent",
                    format::percent(lang, usage_ratio(used, &thresholds).unwrap_or(0.0)).into(),
                ),
            ],
        ),
        None => lang.t_with(
            "usage-unlimited",
            &[("used", format::bytes(lang, used).into())],
        ),
    };
    let max = capacity.unwrap_or(used.max(1)) as f64;
    view! {
        <div class=format!("usage usage-{}", level.as_str())>
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
        </div>
    }
}
