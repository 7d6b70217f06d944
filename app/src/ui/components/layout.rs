//! The frame of every page behind the login: brand, who is logged in, the
//! navigation of the areas, language switch and logout; and the plain header
//! of the pages before the login.

use crate::api::auth::{current_user, Logout};
use crate::domain::service_request::shown_detail;
use crate::i18n::use_lang;
use crate::ui::components::language_switch::LanguageSwitch;
use leptos::prelude::*;
use leptos_router::components::{Outlet, A};

/// The areas of the portal: path and message id of the navigation entry.
pub const AREAS: [(&str, &str); 6] = [
    ("/", "nav-overview"),
    ("/postfaecher", "nav-mailboxes"),
    ("/domains", "nav-domains"),
    ("/add-ons", "nav-addons"),
    ("/vertrag", "nav-contract"),
    ("/konto", "nav-account"),
];

#[component]
pub fn PortalLayout() -> impl IntoView {
    let lang = use_lang();
    let user = Resource::new(|| (), |_| current_user());
    let logout = ServerAction::<Logout>::new();
    view! {
        <a class="skip-link" href="#inhalt">{lang.t("skip-to-content")}</a>
        <header class="topbar">
            <a class="brand" href="/">
                <span class="brand-name">"rhönmail"</span>
                <span class="brand-product">{lang.t("brand-portal")}</span>
            </a>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    user.await.ok().map(|u| view! {
                        <p class="who">
                            <span class="who-name">{u.display_name}</span>
                            <span class="who-customer">{format!("{} · {}", u.customer_name, u.customer_number)}</span>
                        </p>
                        {u.contract_ends.map(|end| view! {
                            <p class="contract-banner" id="kuendigung-hinweis">
                                <a href="/vertrag">{lang.t_with("contract-banner", &[("date", shown_detail(lang, &end).into())])}</a>
                            </p>
                        })}
                    })
                })}
            </Suspense>
            <LanguageSwitch/>
            <ActionForm action=logout attr:class="logout">
                <button type="submit" class="button-secondary">{lang.t("nav-logout")}</button>
            </ActionForm>
        </header>
        <nav class="areas" aria-label=lang.t("nav-label")>
            <ul>
                {AREAS
                    .into_iter()
                    // An area's own pages mark it too (a mailbox: "Postfächer"); the overview only itself.
                    .map(|(href, key)| view! { <li><A href=href exact=href == "/">{lang.t(key)}</A></li> })
                    .collect_view()}
            </ul>
        </nav>
        <main id="inhalt" tabindex="-1">
            <Outlet/>
        </main>
    }
}

/// The header of the pages before the login: brand and language switch.
#[component]
pub fn PlainHeader() -> impl IntoView {
    let lang = use_lang();
    view! {
        <header class="topbar topbar-plain">
            <span class="brand">
                <span class="brand-name">"rhönmail"</span>
                <span class="brand-product">{lang.t("brand-portal")}</span>
            </span>
            <LanguageSwitch/>
        </header>
    }
}
