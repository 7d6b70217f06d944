//! Passkeys on the account page (list, add, remove) and as a way through
//! the second login step. The browser's dialogue is driven by
//! `/passkey.js`; the buttons carry its messages in the page's language and
//! stay hidden where the script cannot run, so the forms around them work
//! without it.

use crate::api::passkeys::{my_passkeys, passkey_login_offered, PreparePasskey, RemovePasskey};
use crate::domain::format;
use crate::domain::passkey_name::MAX_CHARS;
use crate::i18n::{use_lang, Lang};
use crate::ui::components::action_error::ActionError;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::reauth_inputs::ReauthInputs;
use crate::ui::components::row_button::RowButton;
use leptos::prelude::*;

/// The script behind the buttons. It belongs at the page's top level: it
/// runs once the whole page is parsed, after streamed parts are in place.
#[component]
pub fn PasskeyScript() -> impl IntoView {
    view! { <script src="/passkey.js" defer></script> }
}

/// A button that starts a passkey ceremony in the browser.
#[component]
fn CeremonyButton(ceremony: &'static str, label: String, status_id: &'static str) -> impl IntoView {
    let lang = use_lang();
    let msg = |key: &str| lang.t(key);
    view! {
        <button type="button" class="button-primary" hidden
            data-passkey=ceremony data-status=status_id
            data-msg-working=msg("passkey-working") data-msg-done=msg("passkey-done")
            data-msg-cancelled=msg("passkey-cancelled") data-msg-failed=msg("passkey-failed")
            data-msg-throttled=msg("passkey-throttled") data-msg-duplicate=msg("passkey-duplicate")
            data-msg-unsupported=msg("passkey-unsupported")>
            {label}
        </button>
        <p id=status_id class="notice" role="status" aria-live="polite"></p>
    }
}

#[component]
pub fn PasskeysSection() -> impl IntoView {
    let lang = use_lang();
    let passkeys = Resource::new(|| (), |_| my_passkeys());
    let prepare = ServerAction::<PreparePasskey>::new();
    let remove = ServerAction::<RemovePasskey>::new();
    view! {
        <section class="card" id="passkeys" aria-labelledby="passkeys-title">
            <h2 id="passkeys-title">{lang.t("passkeys-title")}</h2>
            <p class="hint">{lang.t("passkeys-intro")}</p>
            <ActionError action=remove/>
            <Loaded resource=passkeys show=move |view| {
                if !view.available {
                    return view! { <p>{lang.t("passkeys-unavailable")}</p> }.into_any();
                }
                view! {
                    {passkey_table(lang, view.passkeys, remove)}
                    {match view.prepared_name {
                        Some(name) => view! {
                            <div class="passkey-ready">
                                <p>{lang.t_with("passkey-ready", &[("name", name.into())])}</p>
                                <CeremonyButton ceremony="register" label=lang.t("passkey-create") status_id="passkey-status"/>
                            </div>
                        }.into_any(),
                        None => view! {
                            <h3>{lang.t("passkey-add")}</h3>
                            <ActionError action=prepare/>
                            <ActionForm action=prepare attr:class="form narrow-form">
                                <label for="passkey-name">{lang.t("passkey-name")}</label>
                                <input id="passkey-name" name="name" type="text" required
                                    maxlength=MAX_CHARS.to_string() aria-describedby="passkey-name-hint"/>
                                <p id="passkey-name-hint" class="hint">{lang.t("passkey-name-hint")}</p>
                                <ReauthInputs password_id="passkey-password" code_id="passkey-code"/>
                                <button type="submit" class="button-secondary">{lang.t("passkey-prepare")}</button>
                            </ActionForm>
                        }.into_any(),
                    }}
                }.into_any()
            }/>
        </section>
    }
}

fn passkey_table(
    lang: Lang,
    passkeys: Vec<crate::api::passkeys::PasskeyView>,
    remove: ServerAction<RemovePasskey>,
) -> impl IntoView {
    if passkeys.is_empty() {
        return view! { <EmptyState message=lang.t("passkeys-none")/> }.into_any();
    }
    view! {
        <table class="table stacked">
            <thead><tr>
                <th scope="col">{lang.t("passkey-name")}</th>
                <th scope="col">{lang.t("passkey-added-at")}</th>
                <th scope="col">{lang.t("passkey-last-used")}</th>
                <th scope="col"><span class="visually-hidden">{lang.t("team-actions")}</span></th>
            </tr></thead>
            <tbody>
                {passkeys.into_iter().map(|p| {
                    let last_used = p.last_used_at
                        .and_then(|at| format::unix_date_time(lang, at))
                        .unwrap_or_else(|| lang.t("passkey-never-used"));
                    let remove_label = lang.t_with("passkey-remove-which", &[("name", p.name.clone().into())]);
                    let added_at = format::unix_date_time(lang, p.created_at).unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row">{p.name}</th>
                            <td class="nowrap" data-label=lang.t("passkey-added-at")>{added_at}</td>
                            <td class="nowrap" data-label=lang.t("passkey-last-used")>{last_used}</td>
                            <td>
                                <ActionForm action=remove attr:class="inline-form">
                                    <RowButton name="id" id=p.id text=lang.t("passkey-remove") label=remove_label/>
                                </ActionForm>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The second login step with a passkey, shown when the user has one.
#[component]
pub fn PasskeyLogin() -> impl IntoView {
    let lang = use_lang();
    let offered = Resource::new(|| (), |_| passkey_login_offered());
    view! {
        <Suspense fallback=|| ()>
            {move || offered.get().and_then(Result::ok).filter(|o| *o).map(|_| view! {
                // Shown by the script: without it a passkey cannot be used.
                <section class="passkey-login" hidden data-passkey-section aria-labelledby="passkey-login-title">
                    <h2 id="passkey-login-title">{lang.t("passkey-login-title")}</h2>
                    <CeremonyButton ceremony="login" label=lang.t("passkey-login") status_id="passkey-login-status"/>
                </section>
            })}
        </Suspense>
    }
}
