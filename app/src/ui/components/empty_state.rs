//! What a list or table shows in its place while it has nothing in it, the
//! same on every page.

use leptos::prelude::*;

#[component]
pub fn EmptyState(#[prop(into)] message: String) -> impl IntoView {
    view! { <p class="empty-state">{message}</p> }
}
