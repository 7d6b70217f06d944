//! The login page. The form is an `ActionForm`: it posts to the server function
//! directly when the WASM has not loaded yet, and errors come back either way.

use crate::api::auth::Login;
use crate::i18n::use_lang;
use crate::ui::components::action_error::ActionError;
use crate::ui::components::layout::PlainHeader;
use crate::ui::components::page_header::PageHeader;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LoginPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_else(|| "/".to_string());
    let notice = move || {
        let q = query.read();
        if q.get("abgemeldet").is_some() {
            Some(lang.t("login-logged-out"))
        } else if q.get("passwort").is_some() {
            Some(lang.t("login-password-set"))
        } else {
            None
        }
    };
    let login = ServerAction::<Login>::new();
    view! {
        <PlainHeader/>
        <main id="inhalt" class="narrow">
            <PageHeader title=lang.t("login-title") lead=lang.t("login-intro")/>
            {move || notice().map(|n| view! { <p class="notice notice-ok" role="status">{n}</p> })}
            <ActionError action=login/>
            <ActionForm action=login attr:class="form">
                <input type="hidden" name="next" value=next/>
                <label for="login-email">{lang.t("login-email")}</label>
                <input id="login-email" type="email" name="email" autocomplete="username" required inputmode="email"/>
                <label for="login-password">{lang.t("login-password")}</label>
                <input id="login-password" type="password" name="password" autocomplete="current-password" required/>
                <button type="submit" class="button-primary" disabled=move || login.pending().get()>
                    {move || if login.pending().get() { lang.t("login-submitting") } else { lang.t("login-submit") }}
                </button>
            </ActionForm>
            <p><a href="/passwort-vergessen">{lang.t("forgot-link")}</a></p>
        </main>
    }
}
