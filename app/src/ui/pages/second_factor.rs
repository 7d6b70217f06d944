//! The second login step: the one-time code from the authenticator app, or a
//! recovery code when the device is lost.

use crate::api::two_factor::{RecoveryLogin, SecondFactor};
use crate::i18n::use_lang;
use crate::ui::components::action_error::ActionError;
use crate::ui::components::code_input::CodeInput;
use crate::ui::components::layout::PlainHeader;
use crate::ui::components::page_header::PageHeader;
use crate::ui::pages::passkeys::{PasskeyLogin, PasskeyScript};
use leptos::prelude::*;

#[component]
pub fn SecondFactorPage() -> impl IntoView {
    let lang = use_lang();
    let code = ServerAction::<SecondFactor>::new();
    let recovery = ServerAction::<RecoveryLogin>::new();
    view! {
        <PlainHeader/>
        <main id="inhalt" class="narrow">
            <PageHeader title=lang.t("totp-title") lead=lang.t("totp-intro")/>
            <ActionError action=code/>
            <ActionForm action=code attr:class="form">
                <CodeInput id="totp-code" autofocus=true/>
                <button type="submit" class="button-primary">{lang.t("totp-submit")}</button>
            </ActionForm>
            // Open when the recovery code was refused, so its message is seen.
            <PasskeyLogin/>
            <details class="recovery" open=move || recovery.value().get().is_some_and(|r| r.is_err())>
                <summary>{lang.t("totp-lost-device")}</summary>
                <p>{lang.t("totp-recovery-intro")}</p>
                <ActionError action=recovery/>
                <ActionForm action=recovery attr:class="form">
                    <label for="recovery-code">{lang.t("totp-recovery-code")}</label>
                    <input id="recovery-code" name="recovery_code" type="text" autocomplete="off" required/>
                    <button type="submit" class="button-secondary">{lang.t("totp-recovery-submit")}</button>
                </ActionForm>
            </details>
            <p><a href="/anmelden">{lang.t("totp-back-to-login")}</a></p>
        </main>
        <PasskeyScript/>
    }
}
