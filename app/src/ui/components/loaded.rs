//! The one way a page shows data from a server function: a status line while
//! it loads, the data when it arrives, the error in the user's language if
//! the call fails.

use crate::error::AppError;
use crate::i18n::use_lang;
use crate::ui::components::error_view::ErrorView;
use leptos::prelude::*;

#[component]
pub fn Loaded<T, V, F>(resource: Resource<Result<T, AppError>>, show: F) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let lang = use_lang();
    view! {
        <Suspense fallback=move || view! { <p role="status">{lang.t("loading")}</p> }>
            {move || {
                let show = show.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(data) => show(data).into_any(),
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
