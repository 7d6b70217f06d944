//! Setting up two-factor login: scan the QR code (or type the key), confirm
//! with the first code. Every user does this before using the portal.

use crate::api::two_factor::{begin_enrolment, ConfirmEnrolment, RenewEnrolment};
use crate::i18n::use_lang;
use crate::ui::components::action_error::ActionError;
use crate::ui::components::code_input::CodeInput;
use crate::ui::components::layout::PlainHeader;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_header::PageHeader;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn EnrolPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let after_recovery = move || query.read().get("wiederherstellung").is_some();
    let renewed = move || query.read().get("neuer-schluessel").is_some();
    let enrolment = Resource::new(|| (), |_| begin_enrolment());
    let confirm = ServerAction::<ConfirmEnrolment>::new();
    let renew = ServerAction::<RenewEnrolment>::new();
    view! {
        <PlainHeader/>
        <main id="inhalt" class="narrow">
            <PageHeader title=lang.t("enrol-title")/>
            {move || after_recovery().then(|| view! {
                <p class="notice notice-ok" role="status">{lang.t("enrol-after-recovery")}</p>
            })}
            {move || renewed().then(|| view! {
                <p class="notice notice-ok" role="status">{lang.t("enrol-renewed")}</p>
            })}
            <p class="lead">{lang.t("enrol-intro")}</p>
            <Loaded resource=enrolment show=move |e| view! {
                <ol class="steps">
                    <li>
                        <p>{lang.t("enrol-step-scan")}</p>
                        <img class="qr" src=e.qr_data_uri width="200" height="200"
                            alt=lang.t_with("enrol-qr-alt", &[("account", e.account.clone().into())])/>
                        <p>{lang.t("enrol-step-type")}</p>
                        <label for="totp-secret" class="visually-hidden">{lang.t("enrol-secret-label")}</label>
                        <input id="totp-secret" class="secret" type="text" readonly value=e.secret_grouped
                            size="40" spellcheck="false" autocomplete="off"/>
                    </li>
                    <li>
                        <p>{lang.t("enrol-step-confirm")}</p>
                        <ActionError action=confirm/>
                        <ActionForm action=confirm attr:class="form">
                            <CodeInput id="enrol-code"/>
                            <button type="submit" class="button-primary">{lang.t("enrol-submit")}</button>
                        </ActionForm>
                    </li>
                </ol>
                <section class="form-aside" aria-labelledby="enrol-renew-heading">
                    <h2 id="enrol-renew-heading">{lang.t("enrol-renew-heading")}</h2>
                    <p>{lang.t("enrol-renew-hint")}</p>
                    <ActionError action=renew/>
                    <ActionForm action=renew>
                        <button type="submit" class="button-secondary">{lang.t("enrol-renew")}</button>
                    </ActionForm>
                </section>
            }/>
        </main>
    }
}
