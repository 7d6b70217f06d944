//! An SPF record read strictly, as RFC 7208 section 12 defines it: what the
//! evaluator in `check_host` runs. A record with any syntax error is
//! rejected whole (section 4.6: "permerror" before anything is evaluated),
//! unlike the tolerant reader in the parent module, which only answers
//! questions about a record a customer may still be typing.

use super::macros::MacroString;
use super::Qualifier;
use std::net::{Ipv4Addr, Ipv6Addr};

/// A parsed record: its directives in order and the two modifiers that
/// change evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    pub directives: Vec<Directive>,
    pub redirect: Option<MacroString>,
    pub explanation: Option<MacroString>,
}

/// A qualifier and mechanism, with the term as written (for explanations).
#[derive(Debug, Clone, PartialEq)]
pub struct Directive {
    pub qualifier: Qualifier,
    pub mechanism: Mechanism,
    pub text: String,
}

/// Prefix lengths of `a` and `mx`; `None` means the whole address.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DualCidr {
    pub v4: Option<u8>,
    pub v6: Option<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mechanism {
    All,
    Include(MacroString),
    A(Option<MacroString>, DualCidr),
    Mx(Option<MacroString>, DualCidr),
    Ptr(Option<MacroString>),
    Ip4(Ipv4Addr, u8),
    Ip6(Ipv6Addr, u8),
    Exists(MacroString),
}

impl Mechanism {
    /// Whether evaluating the mechanism asks DNS, so that it counts in the
    /// limit of 10 (section 4.6.4).
    pub fn asks_dns(&self) -> bool {
        !matches!(
            self,
            Mechanism::All | Mechanism::Ip4(..) | Mechanism::Ip6(..)
        )
    }
}

/// Why a record is not valid SPF; the term is quoted back to the customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub term: String,
}

impl Policy {
    /// Parses a whole record (which must start with `v=spf1`).
    pub fn parse(record: &str) -> Result<Policy, SyntaxError> {
        let error = |term: &str| SyntaxError {
            term: term.to_string(),
        };
        if !record.is_ascii() {
            return Err(error(record));
        }
        // Terms are separated by spaces only; any other control character
        // is part of a term and makes it invalid.
        let mut words = record.split(' ').filter(|w| !w.is_empty());
        words.next(); // the version, checked by the caller
        let mut policy = Policy {
            directives: Vec::new(),
            redirect: None,
            explanation: None,
        };
        for word in words {
            if let Some((name, value)) = modifier(word) {
                let value = MacroString::parse(value, false).map_err(|_| error(word))?;
                let slot = match name.to_ascii_lowercase().as_str() {
                    "redirect" => &mut policy.redirect,
                    "exp" => &mut policy.explanation,
                    _ => continue, // unknown modifiers are ignored (6)
                };
                if slot.is_some() {
                    return Err(error(word));
                }
                if !value.is_domain_spec() {
                    return Err(error(word));
                }
                *slot = Some(value);
                continue;
            }
            let (qualifier, rest) = match word.chars().next().and_then(Qualifier::from_char) {
                Some(qualifier) => (qualifier, &word[1..]),
                None => (Qualifier::Pass, word),
            };
            let mechanism = parse_mechanism(rest).ok_or_else(|| error(word))?;
            policy.directives.push(Directive {
                qualifier,
                mechanism,
                text: word.to_string(),
            });
        }
        Ok(policy)
    }
}

/// `name=value` when the word is a modifier: a letter, then letters,
/// digits, `-`, `_` or `.`, then `=`.
fn modifier(word: &str) -> Option<(&str, &str)> {
    let (name, value) = word.split_once('=')?;
    let mut chars = name.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
    .then_some((name, value))
}

fn parse_mechanism(term: &str) -> Option<Mechanism> {
    let name_end = term.find([':', '/']).unwrap_or(term.len());
    let (name, rest) = term.split_at(name_end);
    let name = name.to_ascii_lowercase();
    // `rest` is empty, `:argument[/cidr]` or `/cidr`.
    match name.as_str() {
        "all" => rest.is_empty().then_some(Mechanism::All),
        "include" => Some(Mechanism::Include(required_domain(rest)?)),
        "exists" => Some(Mechanism::Exists(required_domain(rest)?)),
        "a" | "mx" => {
            let (domain, cidr) = domain_and_cidr(rest)?;
            Some(if name == "a" {
                Mechanism::A(domain, cidr)
            } else {
                Mechanism::Mx(domain, cidr)
            })
        }
        "ptr" => {
            let domain = match rest {
                "" => None,
                _ => Some(required_domain(rest)?),
            };
            Some(Mechanism::Ptr(domain))
        }
        "ip4" => {
            let (address, prefix) = network(rest, 32)?;
            Some(Mechanism::Ip4(address, prefix))
        }
        "ip6" => {
            let (address, prefix) = network(rest, 128)?;
            Some(Mechanism::Ip6(address, prefix))
        }
        _ => None,
    }
}

/// `:address[/prefix]` of `ip4` and `ip6`; the whole address without a prefix.
fn network<A: std::str::FromStr>(rest: &str, max: u8) -> Option<(A, u8)> {
    let network = rest.strip_prefix(':')?;
    let (address, prefix) = match network.split_once('/') {
        Some((address, prefix)) => (address, prefix_length(prefix, max)?),
        None => (network, max),
    };
    Some((address.parse().ok()?, prefix))
}

/// `:domain-spec` with nothing after it.
fn required_domain(rest: &str) -> Option<MacroString> {
    let spec = MacroString::parse(rest.strip_prefix(':')?, false).ok()?;
    spec.is_domain_spec().then_some(spec)
}

/// `[:domain-spec][/ip4-cidr][//ip6-cidr]` of `a` and `mx`. A domain-spec
/// may itself contain `/` and `:` (`a:foo:bar/baz.example.com`), so the
/// CIDR lengths are taken from the end.
fn domain_and_cidr(rest: &str) -> Option<(Option<MacroString>, DualCidr)> {
    let (argument, cidr) = split_cidr(rest)?;
    let domain = match argument {
        "" => None,
        _ => Some(required_domain(argument)?),
    };
    Some((domain, cidr))
}

/// Splits `/24//64`, `/24` or `//64` off the end of `text`.
fn split_cidr(text: &str) -> Option<(&str, DualCidr)> {
    let mut cidr = DualCidr::default();
    let mut rest = text;
    if let Some((before, v6)) = trailing_prefix(rest, "//") {
        cidr.v6 = Some(prefix_length(v6, 128)?);
        rest = before;
    }
    if let Some((before, v4)) = trailing_prefix(rest, "/") {
        cidr.v4 = Some(prefix_length(v4, 32)?);
        rest = before;
    }
    Some((rest, cidr))
}

/// `(before, digits)` when `text` ends in `separator` followed by digits only.
fn trailing_prefix<'t>(text: &'t str, separator: &str) -> Option<(&'t str, &'t str)> {
    let digits_start = text.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let before = text[..digits_start].strip_suffix(separator)?;
    // `a/24` is a v4 length, but in `a//64` the single `/` before the
    // digits belongs to the `//`.
    if separator == "/" && before.ends_with('/') {
        return None;
    }
    Some((before, &text[digits_start..]))
}

/// A prefix length in decimal without leading zeros, at most `max`.
fn prefix_length(text: &str, max: u8) -> Option<u8> {
    let valid_digits = !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    let value: u8 = text.parse().ok().filter(|_| valid_digits)?;
    (value <= max).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn directives(record: &str) -> Vec<String> {
        Policy::parse(record)
            .unwrap()
            .directives
            .into_iter()
            .map(|d| d.text)
            .collect()
    }

    #[test]
    fn reads_every_mechanism() {
        assert_eq!(
            directives("v=spf1 a mx/24 ptr ip4:192.0.2.0/24 ip6:2001:db8::/32 include:x.example -exists:%{i}.x.example ~all"),
            ["a", "mx/24", "ptr", "ip4:192.0.2.0/24", "ip6:2001:db8::/32", "include:x.example", "-exists:%{i}.x.example", "~all"]
        );
        let policy = Policy::parse("v=spf1 a:mail.example/24//64 -all").unwrap();
        assert_eq!(
            policy.directives[0].mechanism,
            Mechanism::A(
                Some(MacroString::parse("mail.example", false).unwrap()),
                DualCidr {
                    v4: Some(24),
                    v6: Some(64)
                }
            )
        );
    }

    #[test]
    fn rejects_what_the_grammar_does_not_allow() {
        for record in [
            "v=spf1 ip4:192.0.2.1/33",
            "v=spf1 ip4:192.0.2.1/024",
            "v=spf1 ip4:192.0.2",
            "v=spf1 ip6:2001:db8::/129",
            "v=spf1 a:example", // no top-level label
            "v=spf1 a:1.2.3.4", // numeric top-level label
            "v=spf1 include:",
            "v=spf1 frobnicate",
            "v=spf1 all:foo",
            "v=spf1 redirect=a.example redirect=b.example",
            "v=spf1 exp=a.example exp=b.example",
            "v=spf1 -all\u{7}",
            "v=spf1 a:ex\u{e4}mple.de",
            "v=spf1 exists:%{q}.example",
        ] {
            assert!(Policy::parse(record).is_err(), "{record}");
        }
    }

    #[test]
    fn ignores_unknown_modifiers_and_extra_spaces() {
        let policy = Policy::parse("v=spf1  mx   foo=bar  redirect=_spf.example ").unwrap();
        assert_eq!(policy.directives.len(), 1);
        assert!(policy.redirect.is_some());
    }
}
