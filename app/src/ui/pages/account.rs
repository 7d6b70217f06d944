//! The account page: the user's details, password change, a new
//! authenticator device, and for owners the organisation's security log.

use crate::api::account::{
    account_overview, security_log, AccountView, ChangePassword, StartReenrolment,
};
use crate::domain::format;
use crate::domain::password_policy::MIN_LENGTH;
use crate::i18n::use_lang;
use crate::ui::components::action_error::ActionError;
use crate::ui::components::code_input::CodeInput;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::page_title::PageTitle;
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
            return ["eingeladen", "geaendert", "entfernt"]
                .contains(&done.as_str())
                .then(|| lang.t(&key));
        }
        q.get("passwort").map(|_| {
            if q.get("sitzungen").is_some() {
                lang.t("account-password-changed-sessions-ended")
            } else {
                lang.t("account-password-changed")
            }
        })
    };
    let account = Resource::new(|| (), |_| account_overview());
    view! {
        <PageTitle text=lang.t("nav-account")/>
        <h1>{lang.t("nav-account")}</h1>
        {move || notice().map(|n| view! { <p class="notice notice-ok" role="status">{n}</p> })}
        <Loaded resource=account show=|a| view! { <AccountSections a/> }/>
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
                    <label for="reenrol-password">{lang.t("account-current-password")}</label>
                    <input id="reenrol-password" name="password" type="password" autocomplete="current-password" required/>
                    <CodeInput id="reenrol-code"/>
                    <button type="submit" class="button-secondary">{lang.t("account-new-device-submit")}</button>
                </ActionForm>
            </section>
        </div>
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
        {a.is_owner.then(|| view! { <TeamSection/> <SecurityLog/> })}
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
                events if events.is_empty() => view! { <p>{lang.t("security-log-empty")}</p> }.into_any(),
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
                                        {e.detail.map(|d| view! { ": " {d} })}</td>
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
