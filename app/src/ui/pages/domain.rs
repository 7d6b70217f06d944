//! One domain: whether its mail runs completely through the provider, the
//! DNS records it needs with their live state, a zone file to download, the
//! addresses on it and its sender allow-list.
//!
//! A real domain has hundreds of addresses: they come a page at a time, with
//! the count of each kind and a search (a GET form: works without WASM).

use crate::api::domains::{get_domain, AddressList, AddressQuery, DomainView};
use crate::domain::format;
use crate::i18n::use_lang;
use crate::ui::assets::IslandScripts;
use crate::ui::components::allow_list::{AllowList, ListOwner};
use crate::ui::components::dns_records::DnsRecords;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_header::PageHeader;
use crate::ui::components::pager::Pager;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn DomainPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let domain = Resource::new(
        move || {
            (
                params.with(|p| p.get("id").unwrap_or_default()),
                query.with(|q| AddressQuery::from_params(|k| q.get(k))),
            )
        },
        |(id, addresses)| get_domain(id, addresses),
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
        <Addresses domain_id=d.id.clone() ascii=d.ascii.clone() list=d.addresses.clone()/>
        {allow}
    }
}

/// The mailboxes and aliases on the domain: counts, search, one page.
#[component]
fn Addresses(domain_id: String, ascii: String, list: AddressList) -> impl IntoView {
    let lang = use_lang();
    let count = |n: u64| format::integer(lang, n as i64);
    let counts = lang.t_with(
        "domain-address-counts",
        &[
            ("mailboxes", (list.mailboxes as i64).into()),
            ("mailboxes_shown", count(list.mailboxes).into()),
            ("aliases", (list.aliases as i64).into()),
            ("aliases_shown", count(list.aliases).into()),
        ],
    );
    let searching = !list.query.search.is_empty();
    let found = searching.then(|| {
        lang.t_with(
            "domain-addresses-found",
            &[
                ("count", (list.matching as i64).into()),
                ("shown", count(list.matching).into()),
            ],
        )
    });
    let link = |page: u64| {
        let q = AddressQuery {
            page,
            ..list.query.clone()
        };
        format!("{}#adressen", q.href(&domain_id))
    };
    let page = list.query.page;
    let (first, previous) = if page > 1 {
        (Some(link(1)), Some(link(page - 1)))
    } else {
        (None, None)
    };
    let next = (page < list.pages).then(|| link(page + 1));
    let all_mailboxes = format!(
        "/postfaecher?suche={}",
        crate::domain::percent::encode(&format!("@{ascii}"))
    );
    let empty = if searching {
        "domain-addresses-none-found"
    } else {
        "domain-no-addresses"
    };
    view! {
        <section class="card addresses" id="adressen" aria-labelledby="domain-addresses">
            <h2 id="domain-addresses">{lang.t("domain-addresses")}</h2>
            <p class="address-counts">{counts}
                {(list.mailboxes > 0).then(|| view! {
                    " · " <a href=all_mailboxes.clone()>{lang.t("domain-mailboxes-in-list")}</a>
                })}
            </p>
            {(list.mailboxes + list.aliases > 0).then(|| view! {
                <form class="list-controls" method="get" action=format!("/domains/{domain_id}") role="search">
                    <div class="field">
                        <label for="adresse-suche">{lang.t("domain-address-search")}</label>
                        <input id="adresse-suche" name="suche" type="search" value=list.query.search.clone()
                            placeholder=lang.t("mailboxes-search-placeholder") maxlength="100"/>
                    </div>
                    <button type="submit" class="button-secondary">{lang.t("domain-address-search-submit")}</button>
                    {searching.then(|| view! {
                        <a class="reset-link" href=format!("/domains/{domain_id}#adressen")>{lang.t("domain-address-search-reset")}</a>
                    })}
                </form>
            })}
            {found.map(|text| view! { <p role="status" class="result-count">{text}</p> })}
            {if list.entries.is_empty() {
                view! { <EmptyState message=lang.t(empty)/> }.into_any()
            } else {
                view! {
                    <table class="table address-table">
                        <caption class="visually-hidden">{lang.t("domain-addresses")}</caption>
                        <thead><tr>
                            <th scope="col">{lang.t("mailboxes-address")}</th>
                            <th scope="col">{lang.t("domain-address-kind")}</th>
                            <th scope="col">{lang.t("mailbox")}</th>
                        </tr></thead>
                        <tbody>
                            {list.entries.iter().map(|a| {
                                let kind = lang.t(if a.alias { "domain-alias" } else { "domain-primary-address" });
                                view! {
                                    <tr>
                                        <th scope="row"><a href=format!("/postfaecher/{}", a.mailbox_id)>{a.address.clone()}</a></th>
                                        <td>{kind}</td>
                                        <td>{a.mailbox_name.clone()}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <Pager position=Some((page, list.pages)) first previous next/>
        </section>
    }
}
