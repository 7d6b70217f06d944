//! The language switch: a plain form posting to `/sprache`, so it works before
//! hydration and reloads the page in the chosen language.

use crate::i18n::{use_lang, Lang};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let back = move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{}", location.pathname.get(), search)
        }
    };
    view! {
        <form method="post" action="/sprache" class="language-switch" aria-label=lang.t("language-switch-label")>
            <input type="hidden" name="back" value=back/>
            {Lang::ALL
                .into_iter()
                .map(|option| {
                    view! {
                        <button
                            type="submit"
                            name="lang"
                            value=option.code()
                            lang=option.code()
                            aria-pressed=if option == lang { "true" } else { "false" }
                        >
                            {option.native_name()}
                        </button>
                    }
                })
                .collect_view()}
        </form>
    }
}
