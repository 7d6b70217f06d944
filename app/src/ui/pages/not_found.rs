//! The page for unknown URLs: a localized message, HTTP status 404, ways back.

use crate::i18n::use_lang;
use crate::ui::components::layout::PlainHeader;
use crate::ui::components::page_header::PageHeader;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let lang = use_lang();
    view! {
        <PlainHeader/>
        <main id="inhalt" class="narrow">
            <PageHeader title=lang.t("not-found-title")/>
            <p>{lang.t("not-found-text")}</p>
            <p><a href="/">{lang.t("not-found-home")}</a></p>
        </main>
    }
}
