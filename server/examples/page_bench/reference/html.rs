//! Writing HTML by hand: escaping, the frame every page shares, and the
//! small pieces several pages show (usage bar, dates).

use super::{Page, Viewer};
use app::domain::format;
use app::domain::quota::{usage_ratio, QuotaLevel, Thresholds};
use app::i18n::Lang;

/// The pages are German, as the portal's default.
pub const LANG: Lang = Lang::De;

/// `write!` into a `String`, which cannot fail.
macro_rules! put {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = write!($out, $($arg)*);
    }};
}
pub(crate) use put;

/// Text as HTML text or attribute value: the portal's own escaping.
pub fn esc(text: &str) -> String {
    app::domain::html::escape(text)
}

/// The navigation of the portal's areas.
const AREAS: [(&str, &str); 6] = [
    ("/", "Übersicht"),
    ("/postfaecher", "Postfächer"),
    ("/domains", "Domains"),
    ("/add-ons", "Add-ons"),
    ("/vertrag", "Vertrag"),
    ("/konto", "Konto"),
];

/// The document: head, header with who is logged in, navigation, the page.
pub fn document(v: &Viewer, page: &Page) -> String {
    let mut h = String::with_capacity(page.body.len() + 4096);
    put!(
        h,
        "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"/>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\
         <title>{} – rhönmail Kundenportal</title>\
         <link rel=\"stylesheet\" href=\"/pkg/rhoenmail-portal.css\"/>\
         <link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"/></head><body>\
         <a class=\"skip-link\" href=\"#inhalt\">Zum Inhalt</a><header class=\"topbar\">\
         <a class=\"brand\" href=\"/\"><span class=\"brand-name\">rhönmail</span>\
         <span class=\"brand-product\">Kundenportal</span></a>\
         <p class=\"who\"><span class=\"who-name\">{}</span>\
         <span class=\"who-customer\">{} · {}</span></p>",
        esc(&page.title),
        esc(&v.user.display_name),
        esc(&v.customer.name),
        esc(&v.customer.number)
    );
    if let Some(end) = v.contract_end {
        put!(
            h,
            "<p class=\"contract-banner\"><a href=\"/vertrag\">Gekündigt zum {}</a></p>",
            format::date(LANG, end)
        );
    }
    h.push_str(
        "<form method=\"post\" action=\"/sprache\" class=\"language\">\
         <button name=\"lang\" value=\"de\" aria-pressed=\"true\">Deutsch</button>\
         <button name=\"lang\" value=\"en\">English</button></form>\
         <form method=\"post\" action=\"/api/logout\" class=\"logout\">\
         <button type=\"submit\" class=\"button-secondary\">Abmelden</button></form>\
         </header><nav class=\"areas\" aria-label=\"Bereiche\"><ul>",
    );
    for (href, label) in AREAS {
        put!(h, "<li><a href=\"{href}\">{label}</a></li>");
    }
    put!(
        h,
        "</ul></nav><main id=\"inhalt\" tabindex=\"-1\">{}</main></body></html>",
        page.body
    );
    h
}

/// A usage bar with the figures written out, as on the portal's pages.
pub fn meter(h: &mut String, used: u64, t: &Thresholds, label: &str) {
    let level = QuotaLevel::of(used, t);
    let max = t.capacity().unwrap_or(used.max(1));
    let text = match t.capacity() {
        Some(cap) => format!(
            "{} von {} ({})",
            format::bytes(LANG, used),
            format::bytes(LANG, cap),
            format::percent(LANG, usage_ratio(used, t).unwrap_or(0.0))
        ),
        None => format!("{} (unbegrenzt)", format::bytes(LANG, used)),
    };
    put!(
        h,
        "<div class=\"usage usage-{}\"><meter min=\"0\" max=\"{max}\" value=\"{}\"",
        level.as_str(),
        used.min(max)
    );
    if let Some(low) = t.issue_warning {
        put!(h, " low=\"{low}\"");
    }
    if let Some(high) = t.prohibit_send {
        put!(h, " high=\"{high}\"");
    }
    put!(
        h,
        " optimum=\"0\" aria-label=\"{}\"></meter><span class=\"usage-text\">{text}</span></div>",
        esc(label)
    );
}

/// An instant as date and time, or "nie".
pub fn when(t: Option<i64>) -> String {
    t.and_then(|t| format::unix_date_time(LANG, t))
        .unwrap_or_else(|| "nie".into())
}

/// An ISO date as shown (`2026-03-01` → `01.03.2026`).
pub fn day(iso: &str) -> String {
    app::domain::service_request::shown_detail(LANG, iso)
}

/// Euro cents as shown.
pub fn euro(cents: u64) -> String {
    format::euro(LANG, cents)
}
