//! The current password and a current code, which every change that could
//! take over an account asks for again (new authenticator, alternative
//! address, passkey). Field names `password` and `code`.

use crate::i18n::use_lang;
use crate::ui::components::code_input::CodeInput;
use leptos::prelude::*;

#[component]
pub fn ReauthInputs(password_id: &'static str, code_id: &'static str) -> impl IntoView {
    let lang = use_lang();
    view! {
        <label for=password_id>{lang.t("account-current-password")}</label>
        <input id=password_id name="password" type="password" autocomplete="current-password" required/>
        <CodeInput id=code_id/>
    }
}
