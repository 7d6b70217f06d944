//! The error of a form's last submission, announced to screen readers. Works
//! for forms posted without JavaScript too (the error comes back in the URL).

use crate::i18n::use_lang;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn ActionError<S>(action: ServerAction<S>) -> impl IntoView
where
    S: ServerFn<Error = crate::error::AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    let lang = use_lang();
    move || {
        action.value().get().and_then(Result::err).map(|e| {
            view! {
                <p class="notice notice-error" role="alert">{e.user_message(lang)}</p>
            }
        })
    }
}
