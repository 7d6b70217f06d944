//! The HTML shell and the routes of the portal. URLs are German, like the UI.

use crate::i18n::{detect_lang, Lang};
use crate::ui::assets::AssetNames;
use crate::ui::components::layout::PortalLayout;
use crate::ui::pages::{
    account::AccountPage, addons::AddonsPage, cancellation::CancellationPage,
    contract::ContractPage, domain::DomainPage, domains::DomainsPage, enrol::EnrolPage,
    forgot_password::ForgotPasswordPage, link_problem::LinkProblemPage, login::LoginPage,
    mailbox::MailboxPage, mailboxes::MailboxesPage, not_found::NotFound, overview::OverviewPage,
    recovery_codes::RecoveryCodesPage, second_factor::SecondFactorPage,
    set_password::SetPasswordPage,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{path, SsrMode};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = detect_lang();
    // The server's security middleware made a CSP nonce for this response;
    // Leptos puts it on the inline scripts it writes.
    #[cfg(feature = "ssr")]
    if let Some(nonce) = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<leptos::nonce::Nonce>().cloned())
    {
        provide_context(nonce);
    }
    // For `IslandScripts` on the pages that have islands.
    provide_context(options.clone());
    let stylesheet = use_context::<AssetNames>()
        .map(|names| names.stylesheet)
        .unwrap_or_else(|| format!("/{}/{}.css", options.site_pkg_dir, options.output_name));
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <AutoReload options=options.clone()/>
                <MetaTags/>
                <link rel="stylesheet" id="leptos" href=stylesheet/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let lang: Lang = detect_lang();
    provide_context(lang);
    // Every page renders completely on the server before it is sent (no
    // streamed fragments that need JavaScript to be put in place), so pages
    // are readable and forms usable before, or without, the WASM.
    view! {
        <Router>
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/anmelden") view=LoginPage ssr=SsrMode::Async/>
                <Route path=path!("/anmelden/code") view=SecondFactorPage ssr=SsrMode::Async/>
                <Route path=path!("/anmelden/zwei-faktor") view=EnrolPage ssr=SsrMode::Async/>
                <Route path=path!("/anmelden/wiederherstellungscodes") view=RecoveryCodesPage ssr=SsrMode::Async/>
                <Route path=path!("/passwort-setzen") view=SetPasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/passwort-vergessen") view=ForgotPasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/hinweis-ungueltig") view=LinkProblemPage ssr=SsrMode::Async/>
                <ParentRoute path=path!("") view=PortalLayout ssr=SsrMode::Async>
                    <Route path=path!("") view=OverviewPage ssr=SsrMode::Async/>
                    <Route path=path!("postfaecher") view=MailboxesPage ssr=SsrMode::Async/>
                    <Route path=path!("postfaecher/:id") view=MailboxPage ssr=SsrMode::Async/>
                    <Route path=path!("domains") view=DomainsPage ssr=SsrMode::Async/>
                    <Route path=path!("domains/:id") view=DomainPage ssr=SsrMode::Async/>
                    <Route path=path!("add-ons") view=AddonsPage ssr=SsrMode::Async/>
                    <Route path=path!("vertrag") view=ContractPage ssr=SsrMode::Async/>
                    <Route path=path!("vertrag/kuendigen") view=CancellationPage ssr=SsrMode::Async/>
                    <Route path=path!("konto") view=AccountPage ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
