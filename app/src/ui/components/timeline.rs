//! The dates that follow from a contract end, as a definition list: shown on
//! the contract page ("if cancelled today"), for each filed cancellation and
//! in the wizard's summary.

use crate::domain::contract::timeline::Timeline;
use crate::domain::format;
use crate::i18n::use_lang;
use leptos::prelude::*;

#[component]
pub fn TimelineList(timeline: Timeline, with_export: bool) -> impl IntoView {
    let lang = use_lang();
    let day = move |d| format::date(lang, d);
    let rows = [
        ("timeline-end", day(timeline.end)),
        (
            "timeline-takeover-order-by",
            day(timeline.takeover_order_by),
        ),
        ("timeline-deletion", day(timeline.deletion_on)),
        ("timeline-backups", day(timeline.backups_gone_by)),
        ("timeline-export-ready", day(timeline.export_ready_by)),
        (
            "timeline-export-until",
            day(timeline.export_available_until),
        ),
    ];
    view! {
        <dl class="timeline">
            {rows
                .into_iter()
                .filter(|(key, _)| with_export || !key.starts_with("timeline-export"))
                .map(|(key, value)| view! { <dt>{lang.t(key)}</dt><dd>{value}</dd> })
                .collect_view()}
        </dl>
    }
}
