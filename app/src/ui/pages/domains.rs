//! The customer's domains: how their mail is routed and, from the last
//! check, how many of the required DNS records are right.

use crate::api::domains::{list_domains, DomainListItem};
use crate::i18n::use_lang;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

#[component]
pub fn DomainsPage() -> impl IntoView {
    let lang = use_lang();
    let domains = Resource::new(|| (), |_| list_domains());
    view! {
        <PageTitle text=lang.t("nav-domains")/>
        <h1>{lang.t("nav-domains")}</h1>
        <p class="lead">{lang.t("domains-intro")}</p>
        <Loaded resource=domains show=|items| view! { <DomainTable items/> }/>
    }
}

#[component]
fn DomainTable(items: Vec<DomainListItem>) -> impl IntoView {
    let lang = use_lang();
    if items.is_empty() {
        return view! { <p>{lang.t("domains-none")}</p> }.into_any();
    }
    view! {
        <table class="table" id="domain-list">
            <thead><tr>
                <th scope="col">{lang.t("domain")}</th>
                <th scope="col">{lang.t("domain-routing")}</th>
                <th scope="col">{lang.t("dns-records-title")}</th>
            </tr></thead>
            <tbody>
                {items.into_iter().map(|d| {
                    let routing = lang.t(if d.fully_routed { "domain-routing-full" } else { "domain-routing-partial" });
                    let state = match d.correct {
                        None => view! { <span class="dns-state state-unknown">{lang.t("dns-state-unchecked")}</span> }.into_any(),
                        Some((ok, 0)) => view! { <span class="dns-state state-ok">{lang.t_with("domains-all-correct", &[("count", (ok as i64).into())])}</span> }.into_any(),
                        Some((_, bad)) => view! { <span class="dns-state state-bad">{lang.t_with("domains-problems", &[("count", (bad as i64).into())])}</span> }.into_any(),
                    };
                    view! {
                        <tr>
                            <th scope="row"><a href=format!("/domains/{}", d.id)>{d.name.clone()}</a></th>
                            <td>{routing}</td>
                            <td>{state}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
