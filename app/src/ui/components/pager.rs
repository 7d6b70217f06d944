//! The links between the pages of a long list, and which page is shown.
//! Plain links, so paging works before and without WASM. A page that cannot
//! know its number (a list continued after a cursor, reached by an old link)
//! leaves the number out rather than guess it.

use crate::domain::format;
use crate::i18n::use_lang;
use leptos::prelude::*;

/// "Seite 2 von 5".
pub fn position_text(lang: crate::i18n::Lang, page: u64, pages: u64) -> String {
    lang.t_with(
        "pager-position",
        &[
            ("page", format::integer(lang, page as i64).into()),
            ("pages", format::integer(lang, pages as i64).into()),
        ],
    )
}

#[component]
pub fn Pager(
    /// (page, pages), 1-based, when known.
    position: Option<(u64, u64)>,
    /// The list from its start; `None` on the first page.
    first: Option<String>,
    /// The page before; `None` when there is none or it is not known.
    previous: Option<String>,
    /// The page after; `None` on the last page.
    next: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    // A list that fits on one page needs no pager.
    let alone = first.is_none() && previous.is_none() && next.is_none();
    (!alone).then(|| {
        view! {
            <nav class="pager" aria-label=lang.t("pager")>
                {first.map(|href| view! { <a class="pager-link" href=href>{lang.t("pager-first")}</a> })}
                {previous.map(|href| view! { <a class="pager-link" href=href rel="prev">{lang.t("pager-previous")}</a> })}
                {position.map(|(page, pages)| view! { <span class="pager-position">{position_text(lang, page, pages)}</span> })}
                {next.map(|href| view! { <a class="pager-link" href=href rel="next">{lang.t("pager-next")}</a> })}
            </nav>
        }
    })
}

/// `href` with more query parameters (values percent-encoded).
pub fn with_params(href: &str, params: &[(&str, &str)]) -> String {
    let mut out = href.to_string();
    for (key, value) in params {
        out.push(if out.contains('?') { '&' } else { '?' });
        out.push_str(key);
        out.push('=');
        out.push_str(&crate::domain::percent::encode(value));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_appended_encoded() {
        assert_eq!(
            with_params("/domains/1", &[("seite", "2")]),
            "/domains/1?seite=2"
        );
        assert_eq!(
            with_params("/postfaecher?suche=a", &[("nach", "5~a b"), ("seite", "3")]),
            "/postfaecher?suche=a&nach=5~a%20b&seite=3"
        );
    }
}
