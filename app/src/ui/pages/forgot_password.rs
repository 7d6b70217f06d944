//! "Passwort vergessen": ask for a reset link. The same answer for every
//! address, so the page does not tell which accounts exist.

use crate::api::auth::RequestPasswordReset;
use crate::i18n::use_lang;
use crate::ui::components::action_error::ActionError;
use crate::ui::components::layout::PlainHeader;
use crate::ui::components::page_header::PageHeader;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let sent = move || query.read().get("gesendet").is_some();
    let request = ServerAction::<RequestPasswordReset>::new();
    view! {
        <PlainHeader/>
        <main id="inhalt" class="narrow">
            <PageHeader title=lang.t("forgot-title")/>
            {move || if sent() {
                view! { <p class="notice notice-ok" role="status">{lang.t("forgot-sent")}</p> }.into_any()
            } else {
                view! {
                    <p class="lead">{lang.t("forgot-intro")}</p>
                    <ActionError action=request/>
                    <ActionForm action=request attr:class="form">
                        <label for="forgot-email">{lang.t("login-email")}</label>
                        <input id="forgot-email" type="email" name="email" autocomplete="username" required inputmode="email"/>
                        <button type="submit" class="button-primary" disabled=move || request.pending().get()>
                            {lang.t("forgot-submit")}
                        </button>
                    </ActionForm>
                }.into_any()
            }}
            <p><a href="/anmelden">{lang.t("forgot-back")}</a></p>
        </main>
    }
}
