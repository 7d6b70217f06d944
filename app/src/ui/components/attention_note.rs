//! The note under the overview's attention list. Rendered on the server only,
//! outside the island, so the browser bundle carries none of its texts.

use crate::i18n::use_lang;
use leptos::prelude::*;

/// The mailbox list with the fullest first.
const ALL_BY_USAGE: &str = "/postfaecher?sortierung=belegung-ab";

/// What the list counts, and a way to all of them when it shows only some.
#[component]
pub fn AttentionNote(over: i64, shown: i64) -> impl IntoView {
    let lang = use_lang();
    view! {
        {(over > 0).then(|| view! { <p class="hint">{lang.t("overview-attention-levels")}</p> })}
        {(over > shown).then(|| view! {
            <p><a href=ALL_BY_USAGE>{lang.t_with("overview-attention-all", &[("count", over.into())])}</a></p>
        })}
    }
}
