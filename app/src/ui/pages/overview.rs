//! The organisation overview: where a customer lands after login.

use crate::api::overview::{get_overview, MailboxAttention, OverviewView};
use crate::domain::format;
use crate::domain::mailbox_list::LevelFilter;
use crate::domain::quota::Thresholds;
use crate::i18n::{use_lang, Lang};
use crate::ui::assets::IslandScripts;
use crate::ui::components::attention_note::AttentionNote;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_header::PageHeader;
use crate::ui::components::usage_meter::UsageMeter;
use leptos::prelude::*;

/// The mailbox list filtered to one quota level.
fn level_link(level: LevelFilter) -> String {
    format!("/postfaecher?filter={}", level.code())
}

/// How many mailboxes needing attention show before "show all".
const COLLAPSED_ROWS: usize = 3;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let lang = use_lang();
    let overview = Resource::new(|| (), |_| get_overview());
    view! {
        <PageHeader title=lang.t("overview-title")/>
        <Loaded resource=overview show=|o| view! { <OverviewContent o/> }/>
        <IslandScripts/>
    }
}

fn iso_date(lang: Lang, iso: &str) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(iso, format)
        .map(|d| format::date(lang, d))
        .unwrap_or_else(|_| iso.to_string())
}

#[component]
fn OverviewContent(o: OverviewView) -> impl IntoView {
    let lang = use_lang();
    let totals = Thresholds {
        issue_warning: None,
        prohibit_send: None,
        prohibit_send_receive: Some(o.capacity_bytes),
    };
    let count = |key: &str, n: i64| {
        lang.t_with(
            key,
            &[
                ("count", n.into()),
                ("shown", format::integer(lang, n).into()),
            ],
        )
    };
    let over = o.warning + o.send_prohibited + o.full;
    let shown = o.attention.len() as i64;
    let taken = o
        .stats_taken_at
        .and_then(|t| format::unix_date_time(lang, t));
    view! {
        <p class="lead">{format!("{} · {} {}", o.customer_name, lang.t("customer-number"), o.customer_number)}</p>
        <div class="cards">
            <section class="card" aria-labelledby="card-mailboxes">
                <h2 id="card-mailboxes"><a href="/postfaecher">{lang.t("nav-mailboxes")}</a></h2>
                <p class="figure">{count("count-mailboxes", o.mailbox_count)}</p>
                <UsageMeter used=o.used_bytes thresholds=totals label=lang.t("overview-storage-total")/>
                {taken.map(|t| view! { <p class="hint">{lang.t_with("figures-taken-at", &[("when", t.into())])}</p> })}
            </section>
            <section class="card" aria-labelledby="card-quota">
                <h2 id="card-quota">{lang.t("overview-quota-state")}</h2>
                <ul class="levels">
                    <li class="level-warning">
                        <a href=level_link(LevelFilter::Warning)>{count("count-level-warning", o.warning)}</a>
                    </li>
                    <li class="level-send-prohibited">
                        <a href=level_link(LevelFilter::SendProhibited)>{count("count-level-send-prohibited", o.send_prohibited)}</a>
                    </li>
                    <li class="level-full"><a href=level_link(LevelFilter::Full)>{count("count-level-full", o.full)}</a></li>
                </ul>
            </section>
            <section class="card" aria-labelledby="card-domains">
                <h2 id="card-domains"><a href="/domains">{lang.t("nav-domains")}</a></h2>
                <ul class="plain">{o.domains.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
            </section>
            <section class="card" aria-labelledby="card-contract">
                <h2 id="card-contract"><a href="/vertrag">{lang.t("nav-contract")}</a></h2>
                <p>{o.contract_starts_on.map(|d| lang.t_with("contract-since", &[("date", iso_date(lang, &d).into())]))
                    .unwrap_or_else(|| lang.t("contract-none"))}</p>
                <h3><a href="/add-ons">{lang.t("nav-addons")}</a></h3>
                <ul class="plain">
                    {o.addons.into_iter().map(|a| view! {
                        <li>{format!("{} × {}", format::integer(lang, a.quantity), lang.t(&format!("addon-{}", a.kind)))}
                            " " <span class="hint">{lang.t_with("since-date", &[("date", iso_date(lang, &a.booked_on).into())])}</span></li>
                    }).collect_view()}
                </ul>
            </section>
        </div>
        <AttentionList rows=o.attention over=over/>
        <AttentionNote over shown/>
    }
}

/// Mailboxes at or above their warning threshold. Collapsed to the fullest few;
/// the toggle is an island: a client-side control, live once hydrated.
#[island]
fn AttentionList(rows: Vec<MailboxAttention>, over: i64) -> impl IntoView {
    let lang = use_lang();
    let expanded = RwSignal::new(false);
    let total = rows.len();
    let rows = StoredValue::new(rows);
    let visible = move || {
        let take = if expanded.get() {
            total
        } else {
            COLLAPSED_ROWS.min(total)
        };
        rows.with_value(|r| r.iter().take(take).cloned().collect::<Vec<_>>())
    };
    view! {
        <section class="attention" aria-labelledby="attention-heading">
            <h2 id="attention-heading">{lang.t("overview-attention")} " (" {format::integer(lang, over)} ")"</h2>
            {if total == 0 {
                view! { <EmptyState message=lang.t("overview-attention-none")/> }.into_any()
            } else {
                view! {
                    <table class="table" id="attention-list">
                        <thead><tr>
                            <th scope="col">{lang.t("mailbox")}</th>
                            <th scope="col">{lang.t("usage")}</th>
                        </tr></thead>
                        <tbody>
                            <For each=visible key=|m| m.address.clone() let:m>
                                <tr>
                                    <td>
                                        <a class="name" href=format!("/postfaecher/{}", m.id)>{m.display_name.clone()}</a>
                                        <br/><span class="hint">{m.address.clone()}</span>
                                    </td>
                                    <td><UsageMeter used=m.used_bytes thresholds=m.thresholds label=m.address.clone()/></td>
                                </tr>
                            </For>
                        </tbody>
                    </table>
                    {(total > COLLAPSED_ROWS).then(|| view! {
                        <button type="button" class="button-secondary" aria-controls="attention-list"
                            aria-expanded=move || expanded.get().to_string()
                            on:click=move |_| expanded.update(|e| *e = !*e)>
                            {move || if expanded.get() {
                                lang.t("show-fewer")
                            } else {
                                lang.t_with("show-all", &[("count", (total as i64).into())])
                            }}
                        </button>
                    })}
                }.into_any()
            }}
        </section>
    }
}
