//! The owner's part of the account page: the organisation's users, their
//! roles, invitations and removal. Plain forms: each change reloads the page.

use crate::api::team::{team, ChangeRole, EndMemberLogins, InviteUser, MemberView, RemoveUser};
use crate::i18n::use_lang;
use crate::ui::components::action_error::ActionError;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::row_button::RowButton;
use leptos::prelude::*;

const ROLES: [&str; 3] = ["owner", "admin", "readonly"];

#[component]
pub fn TeamSection() -> impl IntoView {
    let lang = use_lang();
    let members = Resource::new(|| (), |_| team());
    let invite = ServerAction::<InviteUser>::new();
    view! {
        <section class="card" aria-labelledby="team">
            <h2 id="team">{lang.t("team-title")}</h2>
            <p class="hint">{lang.t("team-intro")}</p>
            <Loaded resource=members show=|members| view! { <MemberTable members/> }/>
            <h3>{lang.t("team-invite")}</h3>
            <ActionError action=invite/>
            <ActionForm action=invite attr:class="form narrow-form">
                <label for="invite-name">{lang.t("account-name")}</label>
                <input id="invite-name" name="display_name" required maxlength="100" autocomplete="off"/>
                <label for="invite-email">{lang.t("login-email")}</label>
                <input id="invite-email" name="email" type="email" required autocomplete="off"/>
                <label for="invite-role">{lang.t("account-role")}</label>
                <select id="invite-role" name="role">
                    {ROLES.into_iter().map(|r| view! {
                        <option value=r selected=r == "readonly">{lang.t(&format!("role-{r}"))}</option>
                    }).collect_view()}
                </select>
                <button type="submit" class="button-primary">{lang.t("team-invite-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn MemberTable(members: Vec<MemberView>) -> impl IntoView {
    let lang = use_lang();
    let change = ServerAction::<ChangeRole>::new();
    let remove = ServerAction::<RemoveUser>::new();
    let log_out = ServerAction::<EndMemberLogins>::new();
    view! {
        <ActionError action=change/>
        <ActionError action=remove/>
        <ActionError action=log_out/>
        <table class="table" id="team-members">
            <thead><tr>
                <th scope="col">{lang.t("account-name")}</th>
                <th scope="col">{lang.t("account-role")}</th>
                <th scope="col">{lang.t("team-state")}</th>
                <th scope="col">{lang.t("team-actions")}</th>
            </tr></thead>
            <tbody>
                {members.into_iter().map(|m| {
                    let role_id = format!("role-{}", m.id);
                    let (id_for_role, id_for_remove, id_for_log_out) = (m.id.clone(), m.id.clone(), m.id.clone());
                    let log_out_label = lang.t_with("team-log-out-who", &[("email", m.email.clone().into())]);
                    let role_label = lang.t_with("team-role-of", &[("email", m.email.clone().into())]);
                    let remove_label = lang.t_with("team-remove-who", &[("email", m.email.clone().into())]);
                    let current = m.role.clone();
                    let state = if !m.active { lang.t("team-state-invited") }
                        else if m.totp_enabled { lang.t("team-state-active") }
                        else { lang.t("team-state-no-2fa") };
                    view! {
                        <tr>
                            <th scope="row">{m.display_name.clone()}<br/><span class="hint">{m.email.clone()}</span>
                                {m.is_you.then(|| view! { " " <span class="hint">{lang.t("team-you")}</span> })}</th>
                            <td>
                                <ActionForm action=change attr:class="inline-form">
                                    <input type="hidden" name="user_id" value=id_for_role/>
                                    <label class="visually-hidden" for=role_id.clone()>{role_label}</label>
                                    <select id=role_id name="role">
                                        {ROLES.into_iter().map(|r| view! {
                                            <option value=r selected=r == current>{lang.t(&format!("role-{r}"))}</option>
                                        }).collect_view()}
                                    </select>
                                    <button type="submit" class="button-secondary">{lang.t("team-change-role")}</button>
                                </ActionForm>
                            </td>
                            <td>{state}</td>
                            <td>
                                {(!m.is_you).then(|| view! {
                                    <ActionForm action=log_out attr:class="inline-form">
                                        <RowButton name="user_id" id=id_for_log_out text=lang.t("team-log-out") label=log_out_label/>
                                    </ActionForm>
                                    <ActionForm action=remove attr:class="inline-form">
                                        <RowButton name="user_id" id=id_for_remove text=lang.t("team-remove") label=remove_label/>
                                    </ActionForm>
                                })}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
