//! The one way UI text is produced: Fluent messages in `app/locales/<lang>/`:
//! `browser.ftl` holds what the interactive islands show (the browser bundle
//! carries only these), `server.ftl` the texts of pages and mails that only
//! the server renders.
//!
//! German is the default; English is the second language. The language is
//! chosen per browser (cookie `lang`, set by the language switch and at login
//! from the user's setting). The server renders `<html lang>`; the browser
//! reads it back when hydrating, so both sides render the same text.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    De,
    En,
}

/// Name of the cookie that carries the chosen UI language.
pub const LANG_COOKIE: &str = "lang";

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().get(..2) {
            Some("de") => Some(Lang::De),
            Some("en") => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name, shown in the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }

    /// The `Set-Cookie` value that remembers this language for a year.
    pub fn cookie(self) -> String {
        format!(
            "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            self.code()
        )
    }

    /// The message `key` in this language.
    pub fn t(self, key: &str) -> String {
        translate(self, key, &[])
    }

    /// The message `key` with arguments in this language.
    pub fn t_with(self, key: &str, args: &[(&str, Arg)]) -> String {
        translate(self, key, args)
    }

    /// Texts of the interactive islands: the only ones the browser bundle
    /// carries (a test checks that every message an island names is here).
    fn browser_source(self) -> &'static str {
        match self {
            Lang::De => include_str!("../locales/de/browser.ftl"),
            Lang::En => include_str!("../locales/en/browser.ftl"),
        }
    }

    /// Texts of everything only the server renders: pages and mails.
    #[cfg(any(feature = "ssr", test))]
    fn server_source(self) -> &'static str {
        match self {
            Lang::De => include_str!("../locales/de/server.ftl"),
            Lang::En => include_str!("../locales/en/server.ftl"),
        }
    }

    fn sources(self) -> Vec<&'static str> {
        #[allow(unused_mut)]
        let mut sources = vec![self.browser_source()];
        #[cfg(any(feature = "ssr", test))]
        sources.push(self.server_source());
        sources
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Lang::ALL.map(build_bundle));
    &bundles[lang as usize]
}

fn build_bundle(lang: Lang) -> Bundle {
    let id = lang
        .code()
        .parse()
        .expect("language codes are valid identifiers");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around arguments would end up in copied text and tests.
    bundle.set_use_isolating(false);
    for source in lang.sources() {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(_, errors)| {
            panic!("locales/{}/*.ftl does not parse: {errors:?}", lang.code())
        });
        bundle
            .add_resource(resource)
            .expect("message ids are unique");
    }
    bundle
}

/// An argument for a message: text, or a number (numbers select plural forms).
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_string())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}
impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::Number(v)
    }
}

/// Whether `lang` has a message `key` (on this side: the browser carries
/// only the islands' texts).
pub fn has_message(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

/// The message `key` in `lang`, with arguments filled in.
pub fn translate(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        debug_assert!(false, "missing message {key} in {}", lang.code());
        return key.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = vec![];
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// The language of the current page. Islands hydrating in the browser have
/// no server context and read it from the document instead.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_else(detect_lang)
}

/// Decides the page language: on the server from the `lang` cookie, in the
/// browser from the `<html lang>` the server rendered.
pub fn detect_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|parts| {
                lang_from_cookie_header(parts.headers.get(http::header::COOKIE)?.to_str().ok()?)
            })
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        document()
            .document_element()
            .and_then(|root| root.get_attribute("lang"))
            .and_then(|code| Lang::parse(&code))
            .unwrap_or_default()
    }
}

/// Reads the `lang` cookie out of a `Cookie` request header.
pub fn lang_from_cookie_header(header: &str) -> Option<Lang> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == LANG_COOKIE)
        .and_then(|(_, value)| Lang::parse(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids_in(source: &str) -> BTreeSet<String> {
        source
            .lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
            .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
            .collect()
    }

    fn ids(lang: Lang) -> BTreeSet<String> {
        lang.sources().into_iter().flat_map(ids_in).collect()
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        let de = ids(Lang::De);
        let en = ids(Lang::En);
        assert!(!de.is_empty());
        assert_eq!(
            de.difference(&en).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "missing in en.ftl"
        );
        assert_eq!(
            en.difference(&de).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "missing in de.ftl"
        );
    }

    /// Every `t("…")` / `t_with("…"` / `msg_key: "…"` in the sources names an existing message.
    #[test]
    fn every_message_used_in_code_exists() {
        let de = ids(Lang::De);
        let mut missing = vec![];
        let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut stack = vec![std::path::PathBuf::from(src)];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            if path.ends_with("i18n.rs") {
                continue; // the mechanism itself, whose docs show the markers
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for marker in ["t(\"", "t_with(\"", "translate(lang, \""] {
                for (i, _) in text.match_indices(marker) {
                    let preceding = text[..i].chars().next_back();
                    if preceding.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue; // e.g. `headers.get("…")`, not a message lookup
                    }
                    let rest = &text[i + marker.len()..];
                    let key = &rest[..rest.find('"').unwrap()];
                    if !de.contains(key) {
                        missing.push(format!("{}: {key}", path.display()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "unknown message ids: {missing:#?}");
    }

    /// Source files whose code runs in the browser: the islands, what they
    /// render and the labels and errors they show.
    const BROWSER_CODE: [&str; 8] = [
        "ui/components/dns_records.rs",
        "ui/components/usage_meter.rs",
        "ui/components/timeline.rs",
        "ui/pages/overview.rs",
        "ui/pages/cancellation.rs",
        "error.rs",
        "domain/contract/cancellation.rs",
        "domain/addons/catalogue.rs",
    ];

    /// A message missing from `browser.ftl` would render on the server but
    /// show as its id once the island updates in the browser.
    #[test]
    fn every_message_browser_code_names_is_in_the_browser_texts() {
        for lang in Lang::ALL {
            let browser = ids_in(lang.browser_source());
            let all = ids(lang);
            let mut missing = vec![];
            for file in BROWSER_CODE {
                let path = format!("{}/src/{file}", env!("CARGO_MANIFEST_DIR"));
                let text = std::fs::read_to_string(&path).unwrap();
                for literal in text.split('"').skip(1).step_by(2) {
                    if all.contains(literal) && !browser.contains(literal) {
                        missing.push(format!("{file}: {literal}"));
                    }
                }
            }
            // Built at run time: `dns-explain-<purpose>`, error texts.
            missing.extend(
                all.iter()
                    .filter(|id| id.starts_with("dns-") || id.starts_with("error-"))
                    .filter(|id| !browser.contains(*id))
                    .cloned(),
            );
            assert!(
                missing.is_empty(),
                "{lang:?}: not in browser.ftl: {missing:#?}"
            );
        }
    }

    #[test]
    fn plural_forms_are_chosen_by_number() {
        assert_eq!(
            translate(
                Lang::De,
                "count-mailboxes",
                &[("count", 1.into()), ("shown", "1".into())]
            ),
            "1 Postfach"
        );
        assert_eq!(
            translate(
                Lang::De,
                "count-mailboxes",
                &[("count", 250.into()), ("shown", "250".into())]
            ),
            "250 Postfächer"
        );
        assert_eq!(
            translate(
                Lang::En,
                "count-mailboxes",
                &[("count", 1.into()), ("shown", "1".into())]
            ),
            "1 mailbox"
        );
    }

    #[test]
    fn language_comes_from_the_cookie() {
        assert_eq!(lang_from_cookie_header("a=b; lang=en; c=d"), Some(Lang::En));
        assert_eq!(lang_from_cookie_header("lang=fr"), None);
        assert_eq!(lang_from_cookie_header("xlang=en"), None);
    }
}
