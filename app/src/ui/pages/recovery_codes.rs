//! The ten recovery codes, shown exactly once after setting up two-factor login.

use crate::api::two_factor::fresh_recovery_codes;
use crate::i18n::use_lang;
use crate::ui::components::layout::PlainHeader;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_header::PageHeader;
use leptos::prelude::*;

#[component]
pub fn RecoveryCodesPage() -> impl IntoView {
    let lang = use_lang();
    let codes = Resource::new(|| (), |_| fresh_recovery_codes());
    view! {
        <PlainHeader/>
        <main id="inhalt" class="narrow">
            <PageHeader title=lang.t("recovery-title")/>
            <Loaded resource=codes show=move |page| {
                let shown = match page.codes {
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
                    <p><a class="button-primary" href=page.continue_to>{lang.t("recovery-continue")}</a></p>
                }
            }/>
        </main>
    }
}
