//! The page's `<title>`, the one way pages set it. leptos_meta 0.8 writes
//! the title text into the HTML unescaped; titles carry names from outside
//! (a mailbox's display name from Exchange, a domain), so they are escaped
//! here for every page alike.

use crate::domain::html;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    view! { <Title text=html::escape(&text)/> }
}
