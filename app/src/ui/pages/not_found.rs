//! The page for unknown URLs: a localized message, HTTP status 404, ways back.

use crate::i18n::use_lang;
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let lang = use_lang();
    view! {
        <PageTitle text=lang.t("not-found-title")/>
        <main id="inhalt" class="narrow">
            <h1>{lang.t("not-found-title")}</h1>
            <p>{lang.t("not-found-text")}</p>
            <p><a href="/">{lang.t("not-found-home")}</a></p>
        </main>
    }
}
