//! One mailbox: usage and its history, forecast, quota alerts, aliases,
//! devices, how to connect and the sending limits.

use crate::api::mailboxes::{get_mailbox, MailboxView};
use crate::domain::forecast::Forecast;
use crate::domain::format;
use crate::domain::mailbox_access::sending_limits as limits;
use crate::domain::quota::QuotaLevel;
use crate::domain::quota_alerts::AlertRecord;
use crate::i18n::{use_lang, Lang};
use crate::ui::components::allow_list::{AllowList, ListOwner};
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_header::PageHeader;
use crate::ui::components::usage_chart::UsageChart;
use crate::ui::components::usage_meter::UsageMeter;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn MailboxPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let query = use_query_map();
    let mailbox = Resource::new(
        move || {
            (
                params.with(|p| p.get("id").unwrap_or_default()),
                query.with(|q| q.get("hinweis")),
            )
        },
        |(id, alert)| get_mailbox(id, alert),
    );
    view! {
        <p class="breadcrumb"><a href="/postfaecher">{lang.t("mailboxes-title")}</a></p>
        <Loaded resource=mailbox show=|m| view! { <MailboxContent m/> }/>
    }
}

fn when(lang: Lang, t: Option<i64>) -> String {
    t.and_then(|t| format::unix_date_time(lang, t))
        .unwrap_or_else(|| lang.t("never"))
}

#[component]
fn MailboxContent(m: MailboxView) -> impl IntoView {
    let lang = use_lang();
    let s = m.detail.summary.clone();
    let level = QuotaLevel::of(s.used_bytes, &s.thresholds);
    let forecast = match m.forecast {
        Forecast::AlreadyFull => lang.t("forecast-full"),
        Forecast::FullInDays(days) => {
            lang.t_with("forecast-days", &[("days", (days as i64).into())])
        }
        Forecast::None => lang.t("forecast-none"),
    };
    let opened = m
        .opened_alert
        .as_ref()
        .and_then(|id| m.alerts.iter().find(|a| &a.id == id).cloned());
    let allow = m.allow_list.clone().map(|entries| {
        view! { <AllowList owner=ListOwner::Mailbox(s.id.clone()) entries can_edit=m.can_edit/> }
    });
    let aliases_of_max = lang.t_with(
        "n-of-max",
        &[
            ("n", (m.detail.aliases.len() as i64).into()),
            ("max", (limits::MAX_ALIASES as i64).into()),
        ],
    );
    let devices_of_max = lang.t_with(
        "n-of-max",
        &[
            ("n", (m.detail.devices.len() as i64).into()),
            ("max", (limits::MAX_DEVICES as i64).into()),
        ],
    );
    view! {
        <PageHeader title=s.display_name.clone() area=lang.t("mailboxes-title") lead=s.address.clone()/>
        {opened.map(|a| view! { <OpenedAlert a/> })}
        <div class="cards">
            <section class="card" aria-labelledby="mb-usage">
                <h2 id="mb-usage">{lang.t("usage")}</h2>
                <UsageMeter used=s.used_bytes thresholds=s.thresholds label=lang.t("usage")/>
                <p class=format!("level level-{}", level.as_str())>{lang.t(&format!("level-{}", level.as_str()))}</p>
                <p><strong>{lang.t("forecast")}</strong>" " <span id="forecast">{forecast}</span></p>
                <dl class="facts">
                    <dt>{lang.t("mailbox-items")}</dt><dd>{format::integer(lang, s.item_count as i64)}</dd>
                    <dt>{lang.t("mailbox-last-logon")}</dt><dd>{when(lang, s.last_logon_at)}</dd>
                    <dt>{lang.t("mailbox-figures-from")}</dt><dd>{when(lang, s.stats_taken_at)}</dd>
                    <dt>{lang.t("threshold-warning")}</dt><dd>{size_or_unlimited(lang, s.thresholds.issue_warning)}</dd>
                    <dt>{lang.t("threshold-send")}</dt><dd>{size_or_unlimited(lang, s.thresholds.prohibit_send)}</dd>
                    <dt>{lang.t("threshold-full")}</dt><dd>{size_or_unlimited(lang, s.thresholds.prohibit_send_receive)}</dd>
                </dl>
            </section>
            <section class="card card-wide" aria-labelledby="mb-history">
                <h2 id="mb-history">{lang.t("mailbox-history")}</h2>
                <UsageChart history=m.detail.history.clone() thresholds=s.thresholds forecast=m.forecast/>
            </section>
        </div>
        <AlertList alerts=m.alerts.clone()/>
        <div class="cards">
            <section class="card" aria-labelledby="mb-aliases">
                <h2 id="mb-aliases">{lang.t("mailbox-aliases")} " "
                    <span class="hint">{aliases_of_max}</span></h2>
                {if m.detail.aliases.is_empty() {
                    view! { <EmptyState message=lang.t("mailbox-no-aliases")/> }.into_any()
                } else {
                    view! {
                        <ul class="plain">{m.detail.aliases.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul>
                    }.into_any()
                }}
            </section>
            <section class="card" aria-labelledby="mb-devices">
                <h2 id="mb-devices">{lang.t("mailbox-devices")} " "
                    <span class="hint">{devices_of_max}</span></h2>
                {if m.detail.devices.is_empty() {
                    view! { <EmptyState message=lang.t("mailbox-no-devices")/> }.into_any()
                } else {
                    view! { <ul class="plain">{m.detail.devices.iter().map(|d| {
                        let last_sync = lang.t_with("device-last-sync", &[("when", when(lang, d.last_sync_at).into())]);
                        view! { <li>{d.model.clone()} " " <span class="hint">{last_sync}</span></li> }
                    }).collect_view()}</ul> }.into_any()
                }}
            </section>
        </div>
        {allow}
        <AccessAndLimits m/>
    }
}

fn size_or_unlimited(lang: Lang, v: Option<u64>) -> String {
    v.map(|b| format::bytes(lang, b))
        .unwrap_or_else(|| lang.t("unlimited"))
}

/// The alert whose mail link led here, stated first.
#[component]
fn OpenedAlert(a: AlertRecord) -> impl IntoView {
    let lang = use_lang();
    let alert_text = lang.t_with(
        "alert-text",
        &[
            ("used", format::bytes(lang, a.used_bytes).into()),
            ("limit", format::bytes(lang, a.limit_bytes).into()),
            ("when", when(lang, Some(a.created_at)).into()),
        ],
    );
    view! {
        <div class=format!("notice notice-{}", a.level.as_str()) role="status" id="opened-alert">
            <p><strong>{lang.t(&format!("level-{}", a.level.as_str()))}</strong>" "
               {alert_text}</p>
        </div>
    }
}

#[component]
fn AlertList(alerts: Vec<AlertRecord>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section aria-labelledby="mb-alerts">
            <h2 id="mb-alerts">{lang.t("alerts-title")}</h2>
            {if alerts.is_empty() {
                view! { <EmptyState message=lang.t("alerts-none")/> }.into_any()
            } else {
                view! {
                    <table class="table" id="alert-list">
                        <thead><tr>
                            <th scope="col">{lang.t("alerts-when")}</th>
                            <th scope="col">{lang.t("alerts-level")}</th>
                            <th scope="col">{lang.t("usage")}</th>
                            <th scope="col">{lang.t("alerts-seen")}</th>
                        </tr></thead>
                        <tbody>
                            {alerts.into_iter().map(|a| view! {
                                <tr>
                                    <td>{when(lang, Some(a.created_at))}</td>
                                    <td>{lang.t(&format!("level-{}", a.level.as_str()))}
                                        {a.reminder.then(|| view! { " " <span class="hint">{lang.t("alerts-reminder")}</span> })}</td>
                                    <td>{format::bytes(lang, a.used_bytes)}</td>
                                    <td>{a.seen_at.map(|t| when(lang, Some(t))).unwrap_or_else(|| lang.t("alerts-unseen"))}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn AccessAndLimits(m: MailboxView) -> impl IntoView {
    let lang = use_lang();
    let a = m.access;
    let server =
        |host: &str, port: u16, security: &str| format!("{host} · Port {port} · {security}");
    let n = |v: u32| format::integer(lang, v as i64);
    view! {
        <div class="cards">
            <section class="card" aria-labelledby="mb-access">
                <h2 id="mb-access">{lang.t("access-title")}</h2>
                <p class="hint">{lang.t("access-encrypted-only")}</p>
                <dl class="facts">
                    <dt>"Outlook Web Access"</dt><dd><a href=a.owa_url.clone()>{a.owa_url.clone()}</a></dd>
                    <dt>"ActiveSync"</dt><dd>{server(&a.activesync_host, 443, "HTTPS")}</dd>
                    <dt>"IMAP"</dt><dd>{server(&a.imap_host, a.imap_port, "SSL/TLS")}</dd>
                    <dt>"POP3"</dt><dd>{server(&a.pop3_host, a.pop3_port, "SSL/TLS")}</dd>
                    <dt>"SMTP"</dt><dd>{server(&a.smtp_host, a.smtp_port, "STARTTLS")}</dd>
                </dl>
            </section>
            <section class="card" aria-labelledby="mb-limits">
                <h2 id="mb-limits">{lang.t("limits-title")}</h2>
                <ul class="plain">
                    <li>{lang.t_with("limit-size", &[("mb", n(limits::MAX_MAIL_MB).into())])}</li>
                    <li>{lang.t_with("limit-rate", &[("count", n(limits::MAILS_PER_MINUTE).into())])}</li>
                    <li>{lang.t_with("limit-recipients", &[("count", n(limits::RECIPIENTS_PER_MAIL).into())])}</li>
                    <li>{lang.t_with("limit-daily", &[("count", n(limits::RECIPIENTS_PER_DAY).into())])}</li>
                </ul>
            </section>
        </div>
    }
}
