//! The dates that follow from a contract end, as a definition list: shown on
//! the contract page ("if cancelled today"), for each filed cancellation and,
//! following the user's choices, in the cancellation wizard's summary.

use crate::domain::contract::timeline::Timeline;
use crate::domain::format;
use crate::i18n::use_lang;
use leptos::prelude::*;

type Row = (&'static str, fn(&Timeline) -> time::Date, bool);

/// The export rows are hidden unless `with_export` (the takeover is ordered
/// or could be). Both are functions so the wizard's summary can follow the
/// user's choices; plain closures keep the browser bundle small.
#[component]
pub fn TimelineList<T, E>(timeline: T, with_export: E) -> impl IntoView
where
    T: Fn() -> Timeline + Copy + Send + Sync + 'static,
    E: Fn() -> bool + Copy + Send + Sync + 'static,
{
    let lang = use_lang();
    // Message id, the date, whether it belongs to the export.
    let rows: [Row; 6] = [
        ("timeline-end", |t| t.end, false),
        ("timeline-takeover-order-by", |t| t.takeover_order_by, false),
        ("timeline-deletion", |t| t.deletion_on, false),
        ("timeline-backups", |t| t.backups_gone_by, false),
        ("timeline-export-ready", |t| t.export_ready_by, true),
        ("timeline-export-until", |t| t.export_available_until, true),
    ];
    view! {
        <dl class="timeline">
            {rows
                .into_iter()
                .map(|(key, date, export)| {
                    let hidden = move || export && !with_export();
                    view! {
                        <dt hidden=hidden>{lang.t(key)}</dt>
                        <dd hidden=hidden>{move || format::date(lang, date(&timeline()))}</dd>
                    }
                })
                .collect_view()}
        </dl>
    }
}
