//! The inside of a form that acts on one row of a table or list (remove a
//! passkey, end a login, …): the row's id as a hidden field and a button.
//! The button's text stays short; its accessible name says which row, since
//! a screen reader lists many buttons of the same text.

use leptos::prelude::*;

#[component]
pub fn RowButton(
    /// The field the id is sent as.
    name: &'static str,
    #[prop(into)] id: String,
    #[prop(into)] text: String,
    /// The accessible name: the action and the row it acts on.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    view! {
        <input type="hidden" name=name value=id/>
        <button type="submit" class="button-secondary" aria-label=label>{text}</button>
    }
}
