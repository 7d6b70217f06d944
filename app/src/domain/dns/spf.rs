//! SPF records (RFC 7208), as far as the DNS check needs them.
//!
//! The check must tell whether a domain's SPF record lets the provider's
//! servers send (`include:` of our SPF domain), whether there is more than
//! one SPF record (receivers then treat SPF as broken) and whether the record
//! allows the whole internet to send (`+all`). This is a tolerant reader for
//! those questions, not a validating SPF evaluator: terms it does not need
//! are kept as they are.

pub mod check_host;
mod macros;
pub mod policy;
#[cfg(test)]
mod test_suite;

use super::normalise_name;
use serde::{Deserialize, Serialize};

/// The version tag every SPF record starts with.
const VERSION: &str = "v=spf1";

/// What a matching mechanism means for the sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Qualifier {
    /// `+` (also when no qualifier is written): the sender is allowed.
    Pass,
    /// `-`: the sender is not allowed.
    Fail,
    /// `~`: probably not allowed.
    SoftFail,
    /// `?`: no statement.
    Neutral,
}

impl Qualifier {
    fn from_char(c: char) -> Option<Qualifier> {
        match c {
            '+' => Some(Qualifier::Pass),
            '-' => Some(Qualifier::Fail),
            '~' => Some(Qualifier::SoftFail),
            '?' => Some(Qualifier::Neutral),
            _ => None,
        }
    }

    /// The character written in front of a mechanism.
    pub fn symbol(self) -> char {
        match self {
            Qualifier::Pass => '+',
            Qualifier::Fail => '-',
            Qualifier::SoftFail => '~',
            Qualifier::Neutral => '?',
        }
    }
}

/// One space-separated term after `v=spf1`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SpfTerm {
    /// `include:<domain>`; the domain as written, in lower case.
    Include {
        qualifier: Qualifier,
        domain: String,
    },
    /// `all`, which matches every sender.
    All(Qualifier),
    /// `redirect=<domain>`: the other domain's record applies instead.
    Redirect(String),
    /// Any other mechanism (`mx`, `a`, `ip4:…`, `ip6:…`, `exists:…`, …).
    /// `value` is what follows `:`, or the CIDR suffix including its `/`.
    Other {
        qualifier: Qualifier,
        mechanism: String,
        value: Option<String>,
    },
    /// Any other `name=value` modifier (`exp=…`).
    Modifier { name: String, value: String },
}

/// A parsed SPF record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpfRecord {
    pub terms: Vec<SpfTerm>,
}

impl SpfRecord {
    /// Parses one TXT string; `None` when it is not an SPF record.
    pub fn parse(txt: &str) -> Option<SpfRecord> {
        let mut words = txt.split_whitespace();
        let version = words.next()?;
        if !version.eq_ignore_ascii_case(VERSION) {
            return None;
        }
        Some(SpfRecord {
            terms: words.map(parse_term).collect(),
        })
    }

    /// Whether the record authorises the servers of `domain` by an
    /// `include:` or hands over to it by `redirect=`.
    ///
    /// Only includes with the pass qualifier count: `-include:` or
    /// `~include:` name the domain but do not let its servers send.
    pub fn includes(&self, domain: &str) -> bool {
        let wanted = normalise_name(domain);
        self.terms.iter().any(|term| match term {
            SpfTerm::Include {
                qualifier: Qualifier::Pass,
                domain,
            } => normalise_name(domain) == wanted,
            SpfTerm::Redirect(target) => normalise_name(target) == wanted,
            _ => false,
        })
    }

    /// The qualifier of the first `all`; `None` when there is none. Terms
    /// after the first `all` can never match, so only the first one counts.
    pub fn all_qualifier(&self) -> Option<Qualifier> {
        self.terms.iter().find_map(|term| match term {
            SpfTerm::All(qualifier) => Some(*qualifier),
            _ => None,
        })
    }
}

/// The TXT strings that are SPF records, in their order.
pub fn spf_records(txts: &[String]) -> Vec<&str> {
    txts.iter()
        .map(String::as_str)
        .filter(|txt| is_spf_record(txt))
        .collect()
}

/// Whether a TXT string is an SPF record: `v=spf1` (any case) followed by a
/// space or the end, so that `v=spf10` or `v=spf1x` are not taken for one.
pub fn is_spf_record(txt: &str) -> bool {
    let starts_with_version = txt
        .get(..VERSION.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(VERSION));
    starts_with_version && matches!(txt.as_bytes().get(VERSION.len()), None | Some(b' '))
}

fn parse_term(word: &str) -> SpfTerm {
    if let Some((name, value)) = modifier_parts(word) {
        return if name == "redirect" {
            SpfTerm::Redirect(value.to_ascii_lowercase())
        } else {
            SpfTerm::Modifier {
                name,
                value: value.to_string(),
            }
        };
    }
    let (qualifier, rest) = split_qualifier(word);
    let (mechanism, value) = split_mechanism(rest);
    match (mechanism.as_str(), value) {
        ("include", Some(domain)) if !domain.is_empty() => SpfTerm::Include {
            qualifier,
            domain: domain.to_ascii_lowercase(),
        },
        ("all", None) => SpfTerm::All(qualifier),
        (_, value) => SpfTerm::Other {
            qualifier,
            mechanism,
            value,
        },
    }
}

/// `name=value` with a modifier name (a letter, then letters, digits, `-`,
/// `_`, `.`); the name in lower case. Mechanisms never contain `=` before
/// their `:`, so anything else is a mechanism.
fn modifier_parts(word: &str) -> Option<(String, &str)> {
    let (name, value) = word.split_once('=')?;
    let mut chars = name.chars();
    let starts_with_letter = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_valid = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    (starts_with_letter && rest_valid).then(|| (name.to_ascii_lowercase(), value))
}

/// The qualifier in front of a mechanism; pass when none is written.
fn split_qualifier(word: &str) -> (Qualifier, &str) {
    let mut chars = word.chars();
    match chars.next().and_then(Qualifier::from_char) {
        Some(qualifier) => (qualifier, chars.as_str()),
        None => (Qualifier::Pass, word),
    }
}

/// Mechanism name (lower case) and its argument: what follows `:`, or a
/// CIDR length kept with its `/` (`a/24`).
fn split_mechanism(rest: &str) -> (String, Option<String>) {
    match rest.find([':', '/']) {
        Some(at) if rest[at..].starts_with(':') => (
            rest[..at].to_ascii_lowercase(),
            Some(rest[at + 1..].to_string()),
        ),
        Some(at) => (
            rest[..at].to_ascii_lowercase(),
            Some(rest[at..].to_string()),
        ),
        None => (rest.to_ascii_lowercase(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(txt: &str) -> SpfRecord {
        SpfRecord::parse(txt).unwrap()
    }

    #[test]
    fn parses_the_terms() {
        let spf = record("v=spf1 mx a/24 ip4:192.0.2.0/24 ip6:2001:db8::/32 include:spf.rhoencloud.de -exists:%{i}.x.de exp=explain.de ~all");
        assert_eq!(
            spf.terms,
            vec![
                SpfTerm::Other {
                    qualifier: Qualifier::Pass,
                    mechanism: "mx".into(),
                    value: None
                },
                SpfTerm::Other {
                    qualifier: Qualifier::Pass,
                    mechanism: "a".into(),
                    value: Some("/24".into())
                },
                SpfTerm::Other {
                    qualifier: Qualifier::Pass,
                    mechanism: "ip4".into(),
                    value: Some("192.0.2.0/24".into())
                },
                SpfTerm::Other {
                    qualifier: Qualifier::Pass,
                    mechanism: "ip6".into(),
                    value: Some("2001:db8::/32".into())
                },
                SpfTerm::Include {
                    qualifier: Qualifier::Pass,
                    domain: "spf.rhoencloud.de".into()
                },
                SpfTerm::Other {
                    qualifier: Qualifier::Fail,
                    mechanism: "exists".into(),
                    value: Some("%{i}.x.de".into())
                },
                SpfTerm::Modifier {
                    name: "exp".into(),
                    value: "explain.de".into()
                },
                SpfTerm::All(Qualifier::SoftFail),
            ]
        );
    }

    #[test]
    fn only_records_starting_with_the_version_are_spf() {
        assert!(SpfRecord::parse("google-site-verification=abc").is_none());
        assert!(SpfRecord::parse("v=spf10 -all").is_none());
        assert!(SpfRecord::parse("v=DMARC1; p=none").is_none());
        assert!(SpfRecord::parse("").is_none());
        assert!(SpfRecord::parse("include:spf.rhoencloud.de v=spf1").is_none());
        assert_eq!(record("v=spf1").terms, vec![]);
    }

    #[test]
    fn tolerates_case_and_extra_whitespace() {
        let spf = record("  V=SPF1   MX\tINCLUDE:SPF.RhoenCloud.DE    -ALL ");
        assert!(spf.includes("spf.rhoencloud.de"));
        assert_eq!(spf.all_qualifier(), Some(Qualifier::Fail));
        assert_eq!(spf.terms.len(), 3);
    }

    #[test]
    fn includes_compares_case_insensitively_and_ignores_trailing_dots() {
        let spf = record("v=spf1 include:spf.rhoencloud.de. ~all");
        assert!(spf.includes("spf.rhoencloud.de"));
        assert!(spf.includes("SPF.rhoencloud.de."));
        assert!(!spf.includes("rhoencloud.de"));
        assert!(!spf.includes("spf.rhoencloud.de.evil.de"));
    }

    #[test]
    fn includes_needs_the_domain_itself() {
        let spf = record("v=spf1 include:_spf.google.com include:spf.protection.outlook.com ~all");
        assert!(spf.includes("_spf.google.com"));
        assert!(!spf.includes("spf.rhoencloud.de"));
    }

    #[test]
    fn an_include_that_does_not_pass_does_not_authorise() {
        assert!(!record("v=spf1 -include:spf.rhoencloud.de ~all").includes("spf.rhoencloud.de"));
        assert!(!record("v=spf1 ?include:spf.rhoencloud.de ~all").includes("spf.rhoencloud.de"));
        assert!(record("v=spf1 +include:spf.rhoencloud.de ~all").includes("spf.rhoencloud.de"));
    }

    #[test]
    fn an_include_without_domain_is_kept_as_other() {
        let spf = record("v=spf1 include: -all");
        assert_eq!(
            spf.terms[0],
            SpfTerm::Other {
                qualifier: Qualifier::Pass,
                mechanism: "include".into(),
                value: Some(String::new())
            }
        );
        assert!(!spf.includes(""));
    }

    #[test]
    fn redirect_counts_as_include() {
        let spf = record("v=spf1 redirect=Spf.RhoenCloud.de");
        assert_eq!(
            spf.terms,
            vec![SpfTerm::Redirect("spf.rhoencloud.de".into())]
        );
        assert!(spf.includes("spf.rhoencloud.de"));
        assert_eq!(spf.all_qualifier(), None);
    }

    #[test]
    fn all_qualifiers() {
        let cases = [
            ("v=spf1 mx +all", Some(Qualifier::Pass)),
            ("v=spf1 mx all", Some(Qualifier::Pass)),
            ("v=spf1 mx -all", Some(Qualifier::Fail)),
            ("v=spf1 mx ~all", Some(Qualifier::SoftFail)),
            ("v=spf1 mx ?all", Some(Qualifier::Neutral)),
            ("v=spf1 mx", None),
            // Evaluation stops at the first `all`.
            ("v=spf1 -all +all", Some(Qualifier::Fail)),
        ];
        for (txt, expected) in cases {
            assert_eq!(record(txt).all_qualifier(), expected, "{txt}");
        }
    }

    #[test]
    fn all_with_an_argument_is_not_all() {
        let spf = record("v=spf1 all:x.de");
        assert_eq!(spf.all_qualifier(), None);
    }

    #[test]
    fn qualifier_symbols_round_trip() {
        for q in [
            Qualifier::Pass,
            Qualifier::Fail,
            Qualifier::SoftFail,
            Qualifier::Neutral,
        ] {
            assert_eq!(Qualifier::from_char(q.symbol()), Some(q));
        }
    }

    #[test]
    fn picks_the_spf_records_among_txt_strings() {
        let txts: Vec<String> = [
            "google-site-verification=abc123",
            "v=spf1 include:spf.rhoencloud.de ~all",
            "MS=ms12345",
            "V=SPF1 -all",
            "v=spf10 include:x.de",
            "v=spf1",
            "v=spf1x -all",
            "v=DMARC1; p=none",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            spf_records(&txts),
            vec![
                "v=spf1 include:spf.rhoencloud.de ~all",
                "V=SPF1 -all",
                "v=spf1"
            ]
        );
    }

    #[test]
    fn no_txt_strings_no_spf_records() {
        assert!(spf_records(&[]).is_empty());
        assert!(spf_records(&["hello".to_string()]).is_empty());
    }

    #[test]
    fn is_spf_record_handles_short_and_non_ascii_strings() {
        assert!(!is_spf_record("v=sp"));
        assert!(!is_spf_record("v=spfü"));
        assert!(!is_spf_record("ü=spf1 -all"));
        assert!(is_spf_record("v=spf1 -all"));
    }
}
