//! The account page: the user's details, password change, a new
//! authenticator device, and for owners the organisation's security log.

use crate::api::account::{
    account_overview, my_logins, security_log, AccountView, ChangeAlternativeEmail, ChangePassword,
    EndLogin, EndOtherLogins, StartReenrolment,
};
use crate::domain::format;
use crate::domain::password_policy::MIN_LENGTH;
use crate::domain::security_event_detail;
use crate::i18n::use_lang;
use crate::ui::components::action_error::ActionError;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_header::PageHeader;
use crate::ui::components::reauth_inputs::ReauthInputs;
use crate::ui::components::row_button::RowButton;
use crate::ui::pages::passkeys::{PasskeyScript, PasskeysSection};
use crate::ui::pages::team::TeamSection;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AccountPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let notice = move || {
        let q = query.read();
        if let Some(done) = q.get("team") {
            let key = format!("team-done-{done}");
            return ["eingeladen", "geaendert", "entfernt", "abgemeldet"]
                .contains(&done.as_str())
                .then(|| lang.t(&key));
        }
        if let Some(done) = q.get("passkey") {
            return ["hinzugefuegt", "entfernt"]
                .contains(&done.as_str())
                .then(|| lang.t(&format!("passkey-done-{done}")));
        }
        if q.get("alternativ").is_some() {
            return Some(lang.t("alt-email-changed"));
        }
        match (q.get("passwort"), q.get("sitzungen")) {
            (Some(_), Some(_)) => Some(lang.t("account-password-changed-sessions-ended")),
            (Some(_), None) => Some(lang.t("account-password-changed")),
            (None, Some(_)) => Some(lang.t("logins-ended")),
            (None, None) => None,
        }
    };
    let account = Resource::new(|| (), |_| account_overview());
    view! {
        <PageHeader title=lang.t("nav-account")/>
        {move || notice().map(|n| view! { <p class="notice notice-ok" role="status">{n}</p> })}
        <Loaded resource=account show=|a| view! { <AccountSections a/> }/>
        <PasskeyScript/>
    }
}

#[component]
fn AccountSections(a: AccountView) -> impl IntoView {
    let lang = use_lang();
    let change = ServerAction::<ChangePassword>::new();
    let reenrol = ServerAction::<StartReenrolment>::new();
    view! {
        <div class="cards">
            <section class="card" aria-labelledby="account-details">
                <h2 id="account-details">{lang.t("account-details")}</h2>
                <dl class="facts">
                    <dt>{lang.t("account-name")}</dt><dd>{a.display_name}</dd>
                    <dt>{lang.t("login-email")}</dt><dd>{a.email}</dd>
                    <dt>{lang.t("account-role")}</dt><dd>{lang.t(&format!("role-{}", a.role))}</dd>
                </dl>
            </section>
            <section class="card" aria-labelledby="account-two-factor">
                <h2 id="account-two-factor">{lang.t("account-two-factor")}</h2>
                <p>{lang.t_with("account-two-factor-state", &[("count", a.unused_recovery_codes.into())])}</p>
                <h3>{lang.t("account-new-device")}</h3>
                <p class="hint">{lang.t("account-new-device-intro")}</p>
                <ActionError action=reenrol/>
                <ActionForm action=reenrol attr:class="form">
                    <ReauthInputs password_id="reenrol-password" code_id="reenrol-code"/>
                    <button type="submit" class="button-secondary">{lang.t("account-new-device-submit")}</button>
                </ActionForm>
            </section>
        </div>
        <PasskeysSection/>
        <AlternativeEmailSection current=a.alternative_email.clone()/>
        <section class="card" aria-labelledby="account-password">
            <h2 id="account-password">{lang.t("account-change-password")}</h2>
            <ActionError action=change/>
            <ActionForm action=change attr:class="form narrow-form">
                <label for="current-password">{lang.t("account-current-password")}</label>
                <input id="current-password" name="current_password" type="password" autocomplete="current-password" required/>
                <label for="new-password">{lang.t("set-password-new")}</label>
                <input id="new-password" name="new_password" type="password" autocomplete="new-password" required
                    minlength=MIN_LENGTH.to_string() aria-describedby="new-password-hint"/>
                <p id="new-password-hint" class="hint">{lang.t_with("account-password-hint", &[("min", (MIN_LENGTH as i64).into())])}</p>
                <label for="new-password-repeat">{lang.t("set-password-repeat")}</label>
                <input id="new-password-repeat" name="new_password_repeat" type="password" autocomplete="new-password" required/>
                <label class="checkbox">
                    <input type="checkbox" name="end_other_sessions" value="on" checked/>
                    {lang.t("account-end-other-sessions")}
                </label>
                <button type="submit" class="button-primary">{lang.t("account-change-password-submit")}</button>
            </ActionForm>
        </section>
        <LoginsSection/>
        {a.is_owner.then(|| view! { <TeamSection/> <SecurityLog/> })}
    }
}

/// The address for password links; changing it needs password and code.
#[component]
fn AlternativeEmailSection(current: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let change = ServerAction::<ChangeAlternativeEmail>::new();
    let state = match &current {
        Some(address) => lang.t_with("alt-email-current", &[("address", address.clone().into())]),
        None => lang.t("alt-email-none"),
    };
    view! {
        <section class="card" id="alternative-adresse" aria-labelledby="alt-email-title">
            <h2 id="alt-email-title">{lang.t("alt-email-title")}</h2>
            <p>{lang.t("alt-email-intro")}</p>
            <p><strong>{state}</strong></p>
            <ActionError action=change/>
            <ActionForm action=change attr:class="form narrow-form">
                <label for="alt-email">{lang.t("alt-email-new")}</label>
                <input id="alt-email" name="alternative_email" type="email" autocomplete="email"
                    maxlength="254" value=current.unwrap_or_default() aria-describedby="alt-email-hint"/>
                <p id="alt-email-hint" class="hint">{lang.t("alt-email-hint")}</p>
                <ReauthInputs password_id="alt-email-password" code_id="alt-email-code"/>
                <button type="submit" class="button-secondary">{lang.t("alt-email-submit")}</button>
            </ActionForm>
        </section>
    }
}

/// Where the user is logged in, with a way to end each other login.
#[component]
fn LoginsSection() -> impl IntoView {
    let lang = use_lang();
    let logins = Resource::new(|| (), |_| my_logins());
    let end = ServerAction::<EndLogin>::new();
    let end_others = ServerAction::<EndOtherLogins>::new();
    view! {
        <section class="card" id="anmeldungen" aria-labelledby="account-logins">
            <h2 id="account-logins">{lang.t("logins-title")}</h2>
            <p class="hint">{lang.t("logins-intro")}</p>
            <ActionError action=end/>
            <ActionError action=end_others/>
            <Loaded resource=logins show=move |logins| {
                let others = logins.iter().filter(|l| !l.current).count();
                view! {
                    <table class="table stacked">
                        <thead><tr>
                            <th scope="col">{lang.t("logins-device")}</th>
                            <th scope="col">{lang.t("security-log-ip")}</th>
                            <th scope="col">{lang.t("logins-started")}</th>
                            <th scope="col">{lang.t("logins-last-seen")}</th>
                            <th scope="col"><span class="visually-hidden">{lang.t("team-actions")}</span></th>
                        </tr></thead>
                        <tbody>
                            {logins.into_iter().map(|l| {
                                let device = match (l.browser, l.system) {
                                    (Some(b), Some(s)) => format!("{b} · {s}"),
                                    (Some(one), None) | (None, Some(one)) => one,
                                    (None, None) => lang.t("logins-device-unknown"),
                                };
                                let end_label = lang.t_with(
                                    "logins-end-which",
                                    &[("device", device.clone().into()), ("ip", l.ip.clone().into())],
                                );
                                let started = format::unix_date_time(lang, l.started_at).unwrap_or_default();
                                let last_seen = format::unix_date_time(lang, l.last_seen_at).unwrap_or_default();
                                view! {
                                    <tr>
                                        <th scope="row">{device}
                                            {l.current.then(|| view! {
                                                " " <strong class="badge">{lang.t("logins-this-one")}</strong>
                                            })}</th>
                                        <td data-label=lang.t("security-log-ip")>{l.ip}</td>
                                        <td class="nowrap" data-label=lang.t("logins-started")>{started}</td>
                                        <td class="nowrap" data-label=lang.t("logins-last-seen")>{last_seen}</td>
                                        <td>{(!l.current).then(|| view! {
                                            <ActionForm action=end attr:class="inline-form">
                                                <RowButton name="id" id=l.id text=lang.t("logins-end") label=end_label/>
                                            </ActionForm>
                                        })}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    {(others > 0).then(|| view! {
                        <ActionForm action=end_others>
                            <button type="submit" class="button-secondary">{lang.t("logins-end-others")}</button>
                        </ActionForm>
                    })}
                }
            }/>
        </section>
    }
}

#[component]
fn SecurityLog() -> impl IntoView {
    let lang = use_lang();
    let events = Resource::new(|| (), |_| security_log());
    view! {
        <section class="card" aria-labelledby="security-log">
            <h2 id="security-log">{lang.t("security-log")}</h2>
            <p class="hint">{lang.t("security-log-intro")}</p>
            <Loaded resource=events show=move |events| match events {
                events if events.is_empty() => view! { <EmptyState message=lang.t("security-log-empty")/> }.into_any(),
                events => view! {
                    <table class="table">
                        <thead><tr>
                            <th scope="col">{lang.t("security-log-when")}</th>
                            <th scope="col">{lang.t("security-log-who")}</th>
                            <th scope="col">{lang.t("security-log-what")}</th>
                            <th scope="col">{lang.t("security-log-ip")}</th>
                        </tr></thead>
                        <tbody>
                            {events.into_iter().map(|e| view! {
                                <tr>
                                    <td>{format::unix_date_time(lang, e.at).unwrap_or_default()}</td>
                                    <td>{e.actor_email}</td>
                                    <td>{lang.t(&format!("security-event-{}", e.kind))}
                                        {e.detail.map(|d| view! { ": " {security_event_detail::shown(lang, &e.kind, &d)} })}</td>
                                    <td>{e.ip}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any(),
            }/>
        </section>
    }
}
