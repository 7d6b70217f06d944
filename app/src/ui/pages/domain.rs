//! One domain: whether its mail runs completely through the provider, the
//! DNS records it needs with their live state, a zone file to download, the
//! addresses on it and its sender allow-list.

use crate::api::domains::{get_domain, DomainView};
use crate::i18n::use_lang;
use crate::ui::assets::IslandScripts;
use crate::ui::components::allow_list::{AllowList, ListOwner};
use crate::ui::components::dns_records::DnsRecords;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_header::PageHeader;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn DomainPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let domain = Resource::new(
        move || params.with(|p| p.get("id").unwrap_or_default()),
        get_domain,
    );
    view! {
        <p class="breadcrumb"><a href="/domains">{lang.t("nav-domains")}</a></p>
        <Loaded resource=domain show=|d| view! { <DomainContent d/> }/>
        <IslandScripts/>
    }
}

#[component]
fn DomainContent(d: DomainView) -> impl IntoView {
    let lang = use_lang();
    let routing = if d.fully_routed {
        "domain-routing-full-text"
    } else {
        "domain-routing-partial-text"
    };
    let punycode = (d.ascii != d.name).then(|| {
        view! { <p class="hint">{lang.t_with("domain-punycode", &[("ascii", d.ascii.clone().into())])}</p> }
    });
    let allow = if d.fully_routed {
        view! { <AllowList owner=ListOwner::Domain(d.id.clone()) entries=d.allow_list.clone() can_edit=d.can_edit/> }.into_any()
    } else {
        view! {
            <section class="card" aria-labelledby="allow-list">
                <h2 id="allow-list">{lang.t("allow-list-title")}</h2>
                <p>{lang.t("allow-list-partly-routed")}</p>
            </section>
        }
        .into_any()
    };
    view! {
        <PageHeader title=d.name.clone() area=lang.t("nav-domains")/>
        {punycode}
        <p class="lead">{lang.t(routing)}</p>
        <section aria-labelledby="dns-records-heading">
            <h2 id="dns-records-heading">{lang.t("dns-records-title")}</h2>
            <p class="hint">{lang.t("dns-records-intro")}</p>
            <DnsRecords domain_id=d.id.clone() expected=d.expected.clone() initial=d.check.clone()/>
            <p><a href=format!("/domains/{}/zonendatei", d.id) download=format!("{}.zone", d.ascii)>{lang.t("dns-zone-download")}</a></p>
        </section>
        <div class="cards">
            <section class="card" aria-labelledby="domain-addresses">
                <h2 id="domain-addresses">{lang.t("domain-addresses")}</h2>
                {if d.addresses.is_empty() {
                    view! { <EmptyState message=lang.t("domain-no-addresses")/> }.into_any()
                } else {
                    view! {
                        <ul class="plain">{d.addresses.iter().map(|a| view! {
                            <li><a href=format!("/postfaecher/{}", a.mailbox_id)>{a.address.clone()}</a>
                                " " <span class="hint">{match &a.display_name {
                                    Some(name) => name.clone(),
                                    None => lang.t("domain-alias"),
                                }}</span></li>
                        }).collect_view()}</ul>
                    }.into_any()
                }}
            </section>
            {allow}
        </div>
    }
}
