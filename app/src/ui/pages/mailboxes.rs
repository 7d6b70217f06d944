//! The mailbox list: search, level filter, sort, page by page. Every state is
//! a plain URL (a GET form and links), so it works before and without WASM.

use crate::api::mailboxes::list_mailboxes;
use crate::domain::format;
use crate::domain::mailbox_access::sending_limits::{MAX_ALIASES, MAX_DEVICES};
use crate::domain::mailbox_list::{LevelFilter, ListQuery, MailboxPage, Sort};
use crate::i18n::use_lang;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_header::PageHeader;
use crate::ui::components::usage_meter::UsageMeter;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn MailboxesPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| ListQuery::from_params(|k| p.get(k))));
    let page = Resource::new(move || query.get(), list_mailboxes);
    view! {
        <PageHeader title=lang.t("mailboxes-title")/>
        {move || view! { <ListControls query=query.get()/> }}
        <Loaded resource=page show=move |p| view! { <MailboxTable page=p query=query.get_untracked()/> }/>
    }
}

#[component]
fn ListControls(query: ListQuery) -> impl IntoView {
    let lang = use_lang();
    view! {
        <form class="list-controls" method="get" action="/postfaecher" role="search">
            <div class="field">
                <label for="suche">{lang.t("mailboxes-search")}</label>
                <input id="suche" name="suche" type="search" value=query.search.clone()
                    placeholder=lang.t("mailboxes-search-placeholder") maxlength="100"/>
            </div>
            <div class="field">
                <label for="filter">{lang.t("mailboxes-filter")}</label>
                <select id="filter" name="filter">
                    {LevelFilter::ALL.into_iter().map(|l| view! {
                        <option value=l.code() selected=l == query.level>{lang.t(&format!("mailboxes-filter-{}", l.code()))}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="sortierung">{lang.t("mailboxes-sort")}</label>
                <select id="sortierung" name="sortierung">
                    {Sort::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=s == query.sort>{lang.t(&format!("mailboxes-sort-{}", s.code()))}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit">{lang.t("mailboxes-apply")}</button>
        </form>
    }
}

#[component]
fn MailboxTable(page: MailboxPage, query: ListQuery) -> impl IntoView {
    let lang = use_lang();
    let total = page.total as i64;
    let count = lang.t_with(
        "mailboxes-found",
        &[
            ("count", total.into()),
            ("shown", format::integer(lang, total).into()),
        ],
    );
    let next = page.next.clone().map(|c| query.continued(c).href());
    let first = query.after.is_some().then(|| query.first_page().href());
    let date_time = move |t: Option<i64>| {
        t.and_then(|t| format::unix_date_time(lang, t))
            .unwrap_or_else(|| lang.t("never"))
    };
    view! {
        <p role="status" class="result-count">{count}</p>
        {page.mailboxes.is_empty().then(|| view! { <EmptyState message=lang.t("mailboxes-none")/> })}
        {(!page.mailboxes.is_empty()).then(|| view! {
            <div class="table-scroll">
            <table class="table mailbox-table">
                <caption class="visually-hidden">{lang.t("mailboxes-title")}</caption>
                <thead><tr>
                    <th scope="col">{lang.t("mailbox")}</th>
                    <th scope="col">{lang.t("usage")}</th>
                    <th scope="col" class="num">{lang.t("mailbox-items")}</th>
                    <th scope="col">{lang.t("mailbox-last-logon")}</th>
                    <th scope="col">{lang.t("mailbox-aliases")}</th>
                    <th scope="col">{lang.t("mailbox-devices")}</th>
                    <th scope="col">{lang.t("mailbox-figures-from")}</th>
                </tr></thead>
                <tbody>
                    {page.mailboxes.into_iter().map(|m| {
                        let aliases_of_max = lang.t_with(
                            "n-of-max",
                            &[("n", (m.alias_count as i64).into()), ("max", (MAX_ALIASES as i64).into())],
                        );
                        let devices_of_max = lang.t_with(
                            "n-of-max",
                            &[("n", (m.device_count as i64).into()), ("max", (MAX_DEVICES as i64).into())],
                        );
                        view! {
                            <tr>
                                <th scope="row">
                                    <a href=format!("/postfaecher/{}", m.id)>{m.display_name.clone()}</a>
                                    <br/><span class="hint">{m.address.clone()}</span>
                                </th>
                                <td><UsageMeter used=m.used_bytes thresholds=m.thresholds label=m.address.clone()/></td>
                                <td class="num">{format::integer(lang, m.item_count as i64)}</td>
                                <td>{date_time(m.last_logon_at)}</td>
                                <td>{aliases_of_max}</td>
                                <td>{devices_of_max}</td>
                                <td>{date_time(m.stats_taken_at)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        })}
        <nav class="pager" aria-label=lang.t("pager")>
            {first.map(|href| view! { <a href=href>{lang.t("pager-first")}</a> })}
            {next.map(|href| view! { <a href=href rel="next">{lang.t("pager-next")}</a> })}
        </nav>
    }
}
