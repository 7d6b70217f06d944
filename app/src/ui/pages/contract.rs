//! The contract page: the contract's terms, what is booked and what it costs
//! per month, every date that follows if it is cancelled today, and the
//! state of filed cancellations (their mail and the provider's confirmation).

use crate::api::contract::{contract, CancellationView, ContractView, ItemView};
use crate::domain::addons::prices::Money;
use crate::domain::format;
use crate::domain::mail_state::MailState;
use crate::domain::service_request::shown_detail;
use crate::i18n::{use_lang, Lang};
use crate::ui::components::loaded::Loaded;
use crate::ui::components::monthly_total::MonthlyTotal;
use crate::ui::components::page_header::PageHeader;
use crate::ui::components::timeline::TimelineList;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ContractPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let filed = move || query.read().get("gekuendigt").is_some();
    let page = Resource::new(|| (), |_| contract());
    view! {
        <PageHeader title=lang.t("nav-contract")/>
        {move || filed().then(|| view! {
            <p class="notice notice-ok" role="status">{lang.t("contract-cancellation-stored")}</p>
        })}
        <Loaded resource=page show=|v| view! { <ContractContent v/> }/>
    }
}

fn when(lang: Lang, seconds: i64) -> String {
    format::unix_date_time(lang, seconds).unwrap_or_default()
}

#[component]
fn ContractContent(v: ContractView) -> impl IntoView {
    let lang = use_lang();
    let day = move |iso: &str| shown_detail(lang, iso);
    let minimum_term = lang.t_with(
        "contract-minimum-term-value",
        &[
            ("months", (v.minimum_term_months as i64).into()),
            ("end", day(&v.minimum_term_end).into()),
        ],
    );
    view! {
        {(!v.cancellations.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="contract-cancellations">
                <h2 id="contract-cancellations">{lang.t("contract-cancellations")}</h2>
                {v.cancellations.iter().cloned().map(|c| view! { <Cancellation c/> }).collect_view()}
            </section>
        })}
        <section class="card" aria-labelledby="contract-terms">
            <h2 id="contract-terms">{lang.t("contract-terms")}</h2>
            <dl class="facts">
                <dt>{lang.t("contract-customer")}</dt>
                <dd>{format!("{} · {}", v.customer_name, v.customer_number)}</dd>
                <dt>{lang.t("contract-product-label")}</dt><dd>{lang.t("contract-product")}</dd>
                <dt>{lang.t("contract-signed-on")}</dt><dd>{day(&v.signed_on)}</dd>
                <dt>{lang.t("contract-starts-on")}</dt>
                <dd>{day(&v.starts_on)} <span class="hint">{lang.t("contract-starts-on-rule")}</span></dd>
                <dt>{lang.t("contract-minimum-term")}</dt>
                <dd>{minimum_term}</dd>
                <dt>{lang.t("contract-notice")}</dt>
                <dd>{lang.t_with("contract-notice-value", &[("months", (v.notice_months as i64).into())])}</dd>
            </dl>
        </section>
        <Items items=v.items.clone() total=v.monthly_total vat_percent=v.vat_percent/>
        {v.if_cancelled_today.map(|t| view! {
            <section class="card" aria-labelledby="contract-if-today">
                <h2 id="contract-if-today">{lang.t("contract-if-today")}</h2>
                <p>{lang.t_with("contract-if-today-intro", &[("today", day(&v.today).into())])}</p>
                <TimelineList timeline=move || t with_export=|| true/>
                {if v.takeover_possible_today {
                    view! { <p class="hint">{lang.t("contract-takeover-note")}</p> }.into_any()
                } else {
                    view! { <p class="notice">{lang.t("contract-takeover-missed-earliest")}</p> }.into_any()
                }}
            </section>
        })}
        {(!v.m365.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="contract-m365">
                <h2 id="contract-m365">{lang.t("contract-m365")}</h2>
                <p>{lang.t("contract-m365-rule")}</p>
                <table class="table">
                    <thead><tr>
                        <th scope="col">{lang.t("addons-item")}</th>
                        <th scope="col">{lang.t("contract-earliest-end")}</th>
                    </tr></thead>
                    <tbody>
                        {v.m365.iter().map(|a| view! {
                            <tr><th scope="row">{lang.t(&a.label_id)}</th><td>{day(&a.earliest_end)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        })}
        <section class="card" aria-labelledby="contract-cancel">
            <h2 id="contract-cancel">{lang.t("contract-cancel")}</h2>
            <p>{lang.t_with("contract-cancel-by-mail", &[("address", v.contract_address.clone().into())])}</p>
            {if v.can_cancel {
                view! { <p><a class="button-primary" href="/vertrag/kuendigen">{lang.t("contract-cancel-start")}</a></p> }.into_any()
            } else {
                view! { <p class="notice">{lang.t("contract-cancel-nothing")}</p> }.into_any()
            }}
        </section>
    }
}

#[component]
fn Items(items: Vec<ItemView>, total: Money, vat_percent: u32) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="card" aria-labelledby="contract-items">
            <h2 id="contract-items">{lang.t("contract-items")}</h2>
            <table class="table" id="contract-items-table">
                <thead><tr>
                    <th scope="col">{lang.t("addons-item")}</th>
                    <th scope="col">{lang.t("addons-quantity")}</th>
                    <th scope="col">{lang.t("addons-net-month")}</th>
                </tr></thead>
                <tbody>
                    {items.into_iter().map(|i| {
                        let price = i.monthly
                            .map(|m| format::euro(lang, m.net_cents))
                            .unwrap_or_else(|| lang.t("contract-price-on-offer"));
                        view! {
                            <tr>
                                <th scope="row">{lang.t(&i.label_id)}</th>
                                <td>{format::integer(lang, i.quantity as i64)}</td>
                                <td>{price}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
                <MonthlyTotal total vat_percent label_columns=2/>
            </table>
        </section>
    }
}

#[component]
fn Cancellation(c: CancellationView) -> impl IntoView {
    let lang = use_lang();
    let state = match &c.mail {
        MailState::Queued => lang.t("cancel-mail-queued"),
        MailState::Retrying {
            attempts,
            next_attempt_at,
        } => lang.t_with(
            "cancel-mail-retrying",
            &[
                ("attempts", (*attempts).into()),
                ("next", when(lang, *next_attempt_at).into()),
            ],
        ),
        MailState::Sent { at, message_id } => lang.t_with(
            "cancel-mail-sent",
            &[
                ("when", when(lang, *at).into()),
                ("id", message_id.as_str().into()),
            ],
        ),
        MailState::Failed => lang.t("cancel-mail-failed"),
    };
    let confirmation = match c.confirmed_at {
        Some(at) => {
            let note = c
                .confirmation_note
                .as_deref()
                .map(|n| format!(" – {n}"))
                .unwrap_or_default();
            format!(
                "{}{note}",
                lang.t_with("cancel-confirmed", &[("when", when(lang, at).into())])
            )
        }
        None => lang.t("cancel-unconfirmed"),
    };
    let title = lang.t_with(
        "cancel-entry-title",
        &[
            ("what", lang.t(&c.label_id).into()),
            ("end", format::date(lang, c.timeline.end).into()),
        ],
    );
    let takeover_cost = c.takeover_cost.as_ref().map(|cost| cost.describe(lang));
    view! {
        <article class="cancellation" data-mail-state=mail_state_name(&c.mail)>
            <h3>{title}</h3>
            <p>{lang.t_with("cancel-entry-by", &[("who", c.requested_by.clone().into()), ("when", when(lang, c.created_at).into())])}</p>
            <p class="cancel-mail-state" role="status">{state}</p>
            <p>{confirmation}</p>
            {c.is_contract.then(|| view! {
                <p>{lang.t(if c.takeover_ordered { "cancel-takeover-ordered" } else { "cancel-takeover-not-ordered" })}
                    {takeover_cost.map(|line| view! { " " <span class="takeover-cost">{line}</span> })}</p>
                <TimelineList timeline=move || c.timeline with_export=move || c.takeover_ordered/>
            })}
        </article>
    }
}

/// For tests and styling: `queued`, `retrying`, `sent` or `failed`.
fn mail_state_name(state: &MailState) -> &'static str {
    match state {
        MailState::Queued => "queued",
        MailState::Retrying { .. } => "retrying",
        MailState::Sent { .. } => "sent",
        MailState::Failed => "failed",
    }
}
