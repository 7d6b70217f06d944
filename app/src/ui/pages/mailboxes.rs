//! The mailbox list: search, level filter, sort, page by page. Every state is
//! a plain URL (a GET form and links), so it works before and without WASM.
//!
//! One line per mailbox, so a screen shows twenty and more; on phones each
//! row becomes a small card (name, address, bar and level). The list pages
//! with a cursor (`nach`); the links carry the page number (`seite`) and the
//! cursors of the pages before (`zurueck`), so "Vorherige Seite" and
//! "Seite 2 von 5" need no counting on the server.

use crate::api::mailboxes::list_mailboxes;
use crate::domain::mailbox_access::sending_limits::{MAX_ALIASES, MAX_DEVICES};
use crate::domain::mailbox_list::{LevelFilter, ListQuery, MailboxPage, Sort, PAGE_SIZE};
use crate::domain::{berlin_time, format, input_limits};
use crate::i18n::{use_lang, Lang};
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_header::PageHeader;
use crate::ui::components::pager::{position_text, with_params, Pager};
use crate::ui::components::usage_meter::UsageMeter;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// How many pages back "Vorherige Seite" reaches: their cursors travel in
/// the URL, so it stays short. Further back, "Zur ersten Seite" remains.
const BACK_STEPS: usize = 20;

#[component]
pub fn MailboxesPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| ListQuery::from_params(|k| p.get(k))));
    let trail = Memo::new(move |_| {
        params.with(|p| {
            Trail::from_params(
                query.with(|q| q.after.is_none()),
                |k| p.get(k),
                |k| p.get_all(k).unwrap_or_default(),
            )
        })
    });
    let page = Resource::new(move || query.get(), list_mailboxes);
    view! {
        <PageHeader title=lang.t("mailboxes-title")/>
        {move || view! { <ListControls query=query.get()/> }}
        <Loaded resource=page show=move |p| view! {
            <MailboxTable page=p query=query.get_untracked() trail=trail.get_untracked()/>
        }/>
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
            <button type="submit" class="button-secondary">{lang.t("mailboxes-apply")}</button>
        </form>
    }
}

#[component]
fn MailboxTable(page: MailboxPage, query: ListQuery, trail: Trail) -> impl IntoView {
    let lang = use_lang();
    let total = page.total as i64;
    let count = lang.t_with(
        "mailboxes-found",
        &[
            ("count", total.into()),
            ("shown", format::integer(lang, total).into()),
        ],
    );
    let pages = page.total.div_ceil(PAGE_SIZE as u64).max(1);
    let position = trail.page.filter(|p| *p <= pages).map(|p| (p, pages));
    let next = page.next.clone().map(|c| {
        let href = query.continued(c).href();
        let params = trail.next_params();
        let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
        with_params(&href, &params)
    });
    let first = query.after.is_some().then(|| query.first_page().href());
    let previous = trail.previous_href(&query);
    let figures = figures_taken(lang, page.mailboxes.iter().filter_map(|m| m.stats_taken_at));
    let last_logon = move |t: Option<i64>| {
        let date = t
            .and_then(berlin_time::from_unix)
            .map(|t| format::date(lang, t.date()));
        let title = t.and_then(|t| format::unix_date_time(lang, t));
        view! { <span title=title>{date.unwrap_or_else(|| lang.t("never"))}</span> }
    };
    view! {
        <div class="list-summary">
            <p role="status" class="result-count">{count}</p>
            {(pages > 1).then(|| position.map(|(p, n)| view! { <p>{position_text(lang, p, n)}</p> })).flatten()}
            {figures.map(|text| view! { <p class="figures-from">{text}</p> })}
        </div>
        {page.mailboxes.is_empty().then(|| {
            // Past the end of a list that has entries (an old link): not "nothing matches".
            let key = if page.total > 0 && query.after.is_some() { "mailboxes-past-end" } else { "mailboxes-none" };
            view! { <EmptyState message=lang.t(key)/> }
        })}
        {(!page.mailboxes.is_empty()).then(|| view! {
            <div class="table-scroll">
            <table class="table mailbox-table">
                <caption class="visually-hidden">{lang.t("mailboxes-title")}</caption>
                <thead><tr>
                    <th scope="col">{lang.t("mailbox")}</th>
                    <th scope="col">{lang.t("mailboxes-address")}</th>
                    <th scope="col">{lang.t("usage")}</th>
                    <th scope="col" class="num">{lang.t("mailbox-items")}</th>
                    <th scope="col">{lang.t("mailbox-last-logon")}</th>
                    <th scope="col" class="num" title=lang.t("mailbox-aliases")>{lang.t("mailboxes-col-aliases")}</th>
                    <th scope="col" class="num" title=lang.t("mailbox-devices")>{lang.t("mailboxes-col-devices")}</th>
                </tr></thead>
                <tbody>
                    {page.mailboxes.into_iter().map(|m| {
                        let of_max = |n: u32, max: u32| lang.t_with("n-of-max", &[("n", (n as i64).into()), ("max", (max as i64).into())]);
                        view! {
                            <tr>
                                <th scope="row" class="mailbox-name">
                                    <a href=format!("/postfaecher/{}", m.id)>{m.display_name.clone()}</a>
                                </th>
                                <td class="mailbox-address"><span class="hint">{m.address.clone()}</span></td>
                                <td class="mailbox-usage">
                                    <UsageMeter used=m.used_bytes thresholds=m.thresholds label=m.address.clone() compact=true/>
                                </td>
                                <td class="num detail">{format::integer(lang, m.item_count as i64)}</td>
                                <td class="detail">{last_logon(m.last_logon_at)}</td>
                                <td class="num detail">{of_max(m.alias_count, MAX_ALIASES)}</td>
                                <td class="num detail">{of_max(m.device_count, MAX_DEVICES)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        })}
        <Pager position first previous next/>
    }
}

/// "Stand der Zahlen" once for the page: one time, or the oldest and the
/// newest when the mailboxes' figures were taken at different times.
fn figures_taken(lang: Lang, times: impl Iterator<Item = i64>) -> Option<String> {
    let (oldest, newest) = times.fold(None, |range: Option<(i64, i64)>, t| {
        Some(range.map_or((t, t), |(lo, hi)| (lo.min(t), hi.max(t))))
    })?;
    let when = |t: i64| format::unix_date_time(lang, t).unwrap_or_default();
    Some(if oldest == newest {
        lang.t_with("figures-taken-at", &[("when", when(newest).into())])
    } else {
        lang.t_with(
            "figures-taken-between",
            &[("from", when(oldest).into()), ("to", when(newest).into())],
        )
    })
}

/// Where the shown page sits in the list, as the links followed tell it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Trail {
    /// This page's number; `None` when the URL does not say (an old link).
    page: Option<u64>,
    /// The cursors of the pages before this one, oldest first, at most
    /// `BACK_STEPS`; the first page has none.
    back: Vec<String>,
    /// This page's own cursor as the URL has it; `None` on the first page.
    here: Option<String>,
}

impl Trail {
    fn from_params(
        first_page: bool,
        get: impl Fn(&str) -> Option<String>,
        get_all: impl Fn(&str) -> Vec<String>,
    ) -> Trail {
        if first_page {
            return Trail {
                page: Some(1),
                ..Trail::default()
            };
        }
        let page = get("seite")
            .and_then(|p| p.parse::<u64>().ok())
            .filter(|p| *p >= 2);
        let mut back: Vec<String> = get_all("zurueck")
            .into_iter()
            .filter(|c| {
                !c.is_empty() && input_limits::check("zurueck", c, input_limits::KEY).is_ok()
            })
            .collect();
        // Page n has n - 2 pages before it that start after a cursor.
        let keep = page.map_or(BACK_STEPS, |p| (p as usize - 2).min(BACK_STEPS));
        back.drain(..back.len().saturating_sub(keep));
        Trail {
            page,
            back,
            here: get("nach"),
        }
    }

    /// What the link to the next page adds to the list's own parameters.
    fn next_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if let Some(page) = self.page {
            params.push(("seite", (page + 1).to_string()));
        }
        let earlier = self.back.iter().chain(self.here.iter());
        let skip = (self.back.len() + usize::from(self.here.is_some())).saturating_sub(BACK_STEPS);
        params.extend(earlier.skip(skip).map(|c| ("zurueck", c.clone())));
        params
    }

    /// The page before, when it is known: the first page from page 2, else
    /// the newest cursor kept.
    fn previous_href(&self, query: &ListQuery) -> Option<String> {
        let first = query.first_page().href();
        match self.back.split_last() {
            Some((cursor, older)) => {
                let mut params = vec![("nach", cursor.as_str())];
                let page = self.page.map(|p| (p - 1).to_string());
                if let Some(page) = &page {
                    params.push(("seite", page.as_str()));
                }
                params.extend(older.iter().map(|c| ("zurueck", c.as_str())));
                Some(with_params(&first, &params))
            }
            None if self.page == Some(2) => Some(first),
            None => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// The trail a link leads to, read back as the page would.
    fn follow(href: &str) -> (ListQuery, Trail) {
        let query = href.split_once('?').map(|(_, q)| q).unwrap_or("");
        let mut params: HashMap<String, Vec<String>> = HashMap::new();
        for (k, v) in query.split('&').filter_map(|p| p.split_once('=')) {
            let v = crate::domain::percent::decode_repeatedly(v);
            params.entry(k.to_string()).or_default().push(v);
        }
        let get = |k: &str| params.get(k).and_then(|v| v.first().cloned());
        let list = ListQuery::from_params(get);
        let trail = Trail::from_params(list.after.is_none(), get, |k| {
            params.get(k).cloned().unwrap_or_default()
        });
        (list, trail)
    }

    fn next(query: &ListQuery, trail: &Trail, cursor: u64) -> String {
        let href = query
            .continued(crate::domain::mailbox_list::Cursor {
                used_bytes: cursor,
                key: format!("id-{cursor}"),
            })
            .href();
        let params = trail.next_params();
        let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
        with_params(&href, &params)
    }

    #[test]
    fn forward_and_back_keep_the_page_number() {
        let (q1, t1) = follow("/postfaecher?sortierung=adresse");
        assert_eq!(t1.page, Some(1));
        assert_eq!(t1.previous_href(&q1), None);
        let (q2, t2) = follow(&next(&q1, &t1, 10));
        assert_eq!(t2.page, Some(2));
        assert_eq!(
            t2.previous_href(&q2).as_deref(),
            Some("/postfaecher?sortierung=adresse")
        );
        let (q3, t3) = follow(&next(&q2, &t2, 20));
        assert_eq!((t3.page, t3.back.len()), (Some(3), 1));
        let (q4, t4) = follow(&next(&q3, &t3, 30));
        assert_eq!(t4.page, Some(4));
        let (back_q, back_t) = follow(&t4.previous_href(&q4).unwrap());
        assert_eq!((back_q.clone(), back_t.clone()), (q3.clone(), t3.clone()));
        let (_, two) = follow(&back_t.previous_href(&back_q).unwrap());
        assert_eq!(two, t2);
    }

    #[test]
    fn the_trail_stays_short_and_an_old_link_shows_no_number() {
        let (mut q, mut t) = follow("/postfaecher");
        for n in 1..=40 {
            (q, t) = follow(&next(&q, &t, n));
        }
        assert_eq!((t.page, t.back.len()), (Some(41), BACK_STEPS));
        assert!(t.previous_href(&q).unwrap().contains("seite=40"));
        let (q, t) = follow("/postfaecher?nach=5~abc");
        assert_eq!(t.page, None);
        assert_eq!(t.previous_href(&q), None);
        assert!(next(&q, &t, 3).contains("zurueck=5~abc"));
    }

    #[test]
    fn figures_are_named_once() {
        assert_eq!(figures_taken(Lang::De, std::iter::empty()), None);
        let one = figures_taken(Lang::De, [1_764_918_000, 1_764_918_000].into_iter()).unwrap();
        assert!(one.starts_with("Stand der Zahlen: "), "{one}");
        let two = figures_taken(Lang::De, [1_764_918_000, 1_764_831_600].into_iter()).unwrap();
        assert!(two.contains(" bis "), "{two}");
    }
}
