//! A security-log entry's detail as the reader sees it. The log stores
//! details in a stable, language-free form (`contract 2026-12-31`,
//! `A-2026-00017 book:public-folders`, `anna@x.de → admin`), so entries read
//! the same after a language switch; this turns them into words.

use crate::domain::contract::cancellation::Target;
use crate::domain::format;
use crate::domain::role::Role;
use crate::domain::service_request::{kind_message_id, shown_detail};
use crate::i18n::{has_message, Lang};

/// The detail of an event of `kind` (the log's kind name) for the page.
pub fn shown(lang: Lang, kind: &str, detail: &str) -> String {
    match kind {
        "cancellation" => cancellation(lang, detail),
        "service-request" => service_request(lang, detail),
        "role-changed" => role_change(lang, detail),
        _ => None,
    }
    .unwrap_or_else(|| detail.to_string())
}

/// `contract 2026-12-31` → "Vertrag rhönmail Exchange zum 31.12.2026".
fn cancellation(lang: Lang, detail: &str) -> Option<String> {
    let (target, end) = detail.split_once(' ')?;
    let target = Target::parse(target)?;
    let end = time::Date::parse(
        end,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()?;
    Some(lang.t_with(
        "security-detail-cancellation",
        &[
            ("what", lang.t(target.label_id()).into()),
            ("end", format::date(lang, end).into()),
        ],
    ))
}

/// `A-2026-00017 book:public-folders` → "A-2026-00017: Öffentliche Ordner buchen".
fn service_request(lang: Lang, detail: &str) -> Option<String> {
    let (number, kind) = detail.split_once(' ')?;
    let id = kind_message_id(kind);
    // An unknown kind keeps its stored name rather than showing a message id.
    let kind = match has_message(lang, &id) {
        true => lang.t(&id),
        false => shown_detail(lang, kind),
    };
    Some(format!("{number}: {kind}"))
}

/// `anna@x.de → admin` → "anna@x.de → Administrator/in".
fn role_change(lang: Lang, detail: &str) -> Option<String> {
    let (who, role) = detail.rsplit_once(" → ")?;
    let role = Role::parse(role.trim())?;
    Some(format!(
        "{who} → {}",
        lang.t(&format!("role-{}", role.as_str()))
    ))
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn stored_details_read_as_words_in_both_languages() {
        let de = shown(Lang::De, "cancellation", "contract 2026-12-31");
        assert!(de.ends_with("zum 31.12.2026"), "{de}");
        assert!(!de.contains("contract"), "{de}");
        let en = shown(Lang::En, "cancellation", "contract 2026-12-31");
        assert!(!en.contains("2026-12-31"), "{en}");

        let request = shown(
            Lang::De,
            "service-request",
            "A-2026-00017 book:public-folders",
        );
        assert!(request.starts_with("A-2026-00017: "), "{request}");
        assert!(!request.contains("book:"), "{request}");

        let role = shown(Lang::De, "role-changed", "anna@muster-gmbh.de → admin");
        assert!(role.starts_with("anna@muster-gmbh.de → "), "{role}");
        assert!(!role.ends_with("admin"), "{role}");
    }

    #[test]
    fn anything_else_stays_as_stored() {
        assert_eq!(shown(Lang::De, "passkey-added", "Laptop"), "Laptop");
        assert_eq!(shown(Lang::De, "cancellation", "kaputt"), "kaputt");
        assert_eq!(
            shown(Lang::De, "service-request", "A-2026-00001 neu:art"),
            "A-2026-00001: neu:art"
        );
        assert_eq!(
            shown(Lang::De, "role-changed", "x → superuser"),
            "x → superuser"
        );
    }
}
