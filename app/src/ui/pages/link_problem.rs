//! Where a quota alert link leads when it is forged, altered or expired:
//! a plain explanation and the way to the same information.

use crate::i18n::use_lang;
use crate::ui::components::layout::PlainHeader;
use crate::ui::components::page_header::PageHeader;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LinkProblemPage() -> impl IntoView {
    let lang = use_lang();
    let expired = use_query_map().with_untracked(|q| q.get("abgelaufen").is_some());
    let (title, text) = if expired {
        ("link-expired-title", "link-expired-text")
    } else {
        ("link-invalid-title", "link-invalid-text")
    };
    view! {
        <PlainHeader/>
        <main id="inhalt" class="narrow">
            <PageHeader title=lang.t(title)/>
            <p>{lang.t(text)}</p>
            <p><a href="/postfaecher">{lang.t("link-to-mailboxes")}</a></p>
        </main>
    }
}
