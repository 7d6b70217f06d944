//! The sender allow-list of a domain or of one mailbox: entries with a remove
//! button and a form to add one. Plain forms: each change reloads the page.

use crate::api::domains::{AddAllowEntry, RemoveAllowEntry};
use crate::domain::domain_page::AllowView;
use crate::i18n::use_lang;
use crate::ui::components::action_error::ActionError;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::row_button::RowButton;
use leptos::prelude::*;

/// Whose list it is: exactly one of the two ids is set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListOwner {
    Domain(String),
    Mailbox(String),
}

#[component]
pub fn AllowList(owner: ListOwner, entries: Vec<AllowView>, can_edit: bool) -> impl IntoView {
    let lang = use_lang();
    let add = ServerAction::<AddAllowEntry>::new();
    let remove = ServerAction::<RemoveAllowEntry>::new();
    let (field, id) = match &owner {
        ListOwner::Domain(id) => ("domain_id", id.clone()),
        ListOwner::Mailbox(id) => ("mailbox_id", id.clone()),
    };
    view! {
        <section class="card" aria-labelledby="allow-list">
            <h2 id="allow-list">{lang.t("allow-list-title")}</h2>
            <p class="hint">{lang.t(match owner {
                ListOwner::Domain(_) => "allow-list-intro-domain",
                ListOwner::Mailbox(_) => "allow-list-intro-mailbox",
            })}</p>
            <ActionError action=remove/>
            {if entries.is_empty() {
                view! { <EmptyState message=lang.t("allow-list-empty")/> }.into_any()
            } else {
                view! {
                    <ul class="plain allow-list">
                        {entries.into_iter().map(|e| {
                            let label = lang.t_with("allow-list-remove-who", &[("entry", e.entry.clone().into())]);
                            view! {
                                <li>
                                    <span class="allow-entry">{e.entry.clone()}</span>
                                    {can_edit.then(|| view! {
                                        <ActionForm action=remove attr:class="inline-form">
                                            <RowButton name="id" id=e.id.clone() text=lang.t("allow-list-remove") label/>
                                        </ActionForm>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {can_edit.then(|| view! {
                <ActionError action=add/>
                <ActionForm action=add attr:class="form narrow-form">
                    <input type="hidden" name=field value=id/>
                    <label for="allow-entry">{lang.t("allow-list-entry")}</label>
                    <input id="allow-entry" name="entry" required maxlength="254" autocomplete="off"
                        aria-describedby="allow-entry-hint"/>
                    <p class="hint" id="allow-entry-hint">{lang.t("allow-list-entry-hint")}</p>
                    <button type="submit" class="button-primary">{lang.t("allow-list-add")}</button>
                </ActionForm>
            })}
        </section>
    }
}
