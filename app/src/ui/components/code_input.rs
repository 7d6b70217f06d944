//! The labelled field for a six-digit one-time code (name `code`), the same
//! on every form that asks for one: numeric keyboard, autofill from the
//! phone, a space between the halves allowed.

use crate::i18n::use_lang;
use leptos::prelude::*;

#[component]
pub fn CodeInput(id: &'static str, #[prop(optional)] autofocus: bool) -> impl IntoView {
    let lang = use_lang();
    view! {
        <label for=id>{lang.t("totp-code")}</label>
        <input id=id name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
            pattern="[0-9 ]{6,7}" maxlength="7" required autofocus=autofocus/>
    }
}
