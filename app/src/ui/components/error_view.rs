//! How a failed server call is shown: the message in the user's language and,
//! for an expired session, the way back to the login.

use crate::error::AppError;
use crate::i18n::use_lang;
use leptos::prelude::*;

#[component]
pub fn ErrorView(error: AppError) -> impl IntoView {
    // The page's HTTP status says what went wrong, too (404 for another
    // customer's mailbox); pages render completely before headers go out.
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(error.http_status());
    }
    let lang = use_lang();
    let login_link = matches!(error, AppError::Unauthorized | AppError::TotpRequired)
        .then(|| view! { <a href="/anmelden">{lang.t("nav-login")}</a> });
    view! {
        <div class="notice notice-error" role="alert">
            <p>{error.user_message(lang)}</p>
            {login_link}
        </div>
    }
}
