//! The customer's domains: how their mail is routed and, from the last
//! check, how many of the required DNS records are right.

use crate::api::domains::{list_domains, DnsSummary, DomainListItem};
use crate::domain::format;
use crate::i18n::use_lang;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_header::PageHeader;
use leptos::prelude::*;

#[component]
pub fn DomainsPage() -> impl IntoView {
    let lang = use_lang();
    let domains = Resource::new(|| (), |_| list_domains());
    view! {
        <PageHeader title=lang.t("nav-domains") lead=lang.t("domains-intro")/>
        <Loaded resource=domains show=|items| view! { <DomainTable items/> }/>
    }
}

#[component]
fn DomainTable(items: Vec<DomainListItem>) -> impl IntoView {
    let lang = use_lang();
    if items.is_empty() {
        return view! { <EmptyState message=lang.t("domains-none")/> }.into_any();
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
                    let state = match d.summary {
                        None => view! { <span class="dns-state state-unknown">{lang.t("dns-state-unchecked")}</span> }.into_any(),
                        Some(summary) => view! { <DnsSummaryCell summary/> }.into_any(),
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

/// The last check in one cell: problems first, then what could not be
/// checked (never shown as all-clear), and when it was checked.
#[component]
fn DnsSummaryCell(summary: DnsSummary) -> impl IntoView {
    let lang = use_lang();
    let count = |n: usize| -> (&'static str, crate::i18n::Arg) { ("count", (n as i64).into()) };
    let mut parts = Vec::new();
    if summary.problems > 0 {
        parts.push(lang.t_with("domains-problems", &[count(summary.problems)]));
    }
    if summary.unverifiable > 0 {
        parts.push(lang.t_with("domains-unverifiable", &[count(summary.unverifiable)]));
    }
    let class = if summary.problems > 0 {
        "state-bad"
    } else if summary.unverifiable > 0 {
        "state-unknown"
    } else {
        "state-ok"
    };
    if parts.is_empty() {
        parts.push(lang.t_with("domains-all-correct", &[count(summary.correct)]));
    }
    let when = |at: i64| format::unix_date_time(lang, at).unwrap_or_default();
    let last_known = summary.last_known.map(|known| {
        lang.t_with(
            "domains-last-known",
            &[
                ("when", when(known.complete_at).into()),
                ("correct", (known.correct as i64).into()),
                ("problems", (known.problems as i64).into()),
            ],
        )
    });
    view! {
        <span class=format!("dns-state {class}")>{parts.join(", ")}</span>
        <br/><span class="hint">{lang.t_with("domains-checked-at", &[("when", when(summary.checked_at).into())])}</span>
        {last_known.map(|text| view! { <br/><span class="hint">{text}</span> })}
    }
}
