//! Areas whose own pages are still to come: the page says what the area will
//! offer and leads back to the overview, so no navigation entry is a dead end.

use crate::i18n::use_lang;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AreaPage(area: &'static str) -> impl IntoView {
    let lang = use_lang();
    let title = lang.t(&format!("area-{area}-title"));
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p class="lead">{lang.t(&format!("area-{area}-text"))}</p>
        <p><a href="/">{lang.t("back-to-overview")}</a></p>
    }
}
