//! Setting a password from the one-time link an operator (or, later, an owner's
//! invitation) hands out. A used or expired link says so before any typing.

use crate::api::auth::{password_link_valid, SetPassword};
use crate::domain::password_policy::MIN_LENGTH;
use crate::i18n::use_lang;
use crate::ui::components::action_error::ActionError;
use crate::ui::components::layout::PlainHeader;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_header::PageHeader;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SetPasswordPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let valid = Resource::new(token, password_link_valid);
    let action = ServerAction::<SetPassword>::new();
    view! {
        <PlainHeader/>
        <main id="inhalt" class="narrow">
            <PageHeader title=lang.t("set-password-title")/>
            <Loaded resource=valid show=move |data| match data {
                true => view! {
                    <p class="lead">{lang.t_with("set-password-intro", &[("min", (MIN_LENGTH as i64).into())])}</p>
                    <ActionError action=action/>
                    <ActionForm action=action attr:class="form">
                        <input type="hidden" name="token" value=token/>
                        <label for="new-password">{lang.t("set-password-new")}</label>
                        <input id="new-password" type="password" name="password" autocomplete="new-password"
                            required minlength=MIN_LENGTH.to_string()/>
                        <label for="new-password-repeat">{lang.t("set-password-repeat")}</label>
                        <input id="new-password-repeat" type="password" name="password_repeat"
                            autocomplete="new-password" required/>
                        <button type="submit" class="button-primary">{lang.t("set-password-submit")}</button>
                    </ActionForm>
                }.into_any(),
                false => view! {
                    <p class="notice notice-error" role="alert">{lang.t("password-link-invalid")}</p>
                    <p><a href="/anmelden">{lang.t("nav-login")}</a></p>
                }.into_any(),
            }/>
        </main>
    }
}
