//! The ten recovery codes, shown exactly once after setting up two-factor login.

use crate::api::two_factor::fresh_recovery_codes;
use crate::i18n::use_lang;
use crate::ui::components::error_view::ErrorView;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn RecoveryCodesPage() -> impl IntoView {
    let lang = use_lang();
    let codes = Resource::new(|| (), |_| fresh_recovery_codes());
    view! {
        <Title text=lang.t("recovery-title")/>
        <main id="inhalt" class="narrow">
            <h1>{lang.t("recovery-title")}</h1>
            <Suspense fallback=move || view! { <p role="status">{lang.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match codes.await {
                        Ok(view) => {
                            let shown = match view.codes {
                                Some(codes) => view! {
                                    <p class="notice notice-ok" role="status">{lang.t("recovery-enabled")}</p>
                                    <p class="lead">{lang.t("recovery-intro")}</p>
                                    <ul class="recovery-codes" aria-label=lang.t("recovery-title")>
                                        {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
                                    </ul>
                                }.into_any(),
                                None => view! { <p>{lang.t("recovery-already-shown")}</p> }.into_any(),
                            };
                            view! {
                                {shown}
                                <p><a class="button-primary" href=view.continue_to>{lang.t("recovery-continue")}</a></p>
                            }.into_any()
                        }
                        Err(e) => view! { <ErrorView error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}
