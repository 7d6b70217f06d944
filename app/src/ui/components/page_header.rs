//! How a page starts: its `<title>`, the heading and, where the page has
//! one, the lead sentence under it. Pages whose heading is a name (a mailbox,
//! a domain) name their area in the title, so browser tabs stay apart.

use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

#[component]
pub fn PageHeader(
    #[prop(into)] title: String,
    /// The area the page belongs to, after the title in the `<title>`.
    #[prop(optional, into)]
    area: Option<String>,
    #[prop(optional, into)] lead: Option<String>,
) -> impl IntoView {
    let window_title = match area {
        Some(area) => format!("{title} – {area}"),
        None => title.clone(),
    };
    view! {
        <PageTitle text=window_title/>
        <h1>{title}</h1>
        {lead.map(|lead| view! { <p class="lead">{lead}</p> })}
    }
}
