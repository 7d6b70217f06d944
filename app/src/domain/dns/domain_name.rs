//! Domain names as customers type them and as DNS needs them.
//!
//! Customers write `Müller.DE.` or `müller.de`; name servers only know the
//! punycode form `xn--mller-kva.de`. Parsing once at the boundary gives every
//! other part of the portal one canonical form (ASCII, lower case, no
//! trailing dot) to query, store and compare, while pages still show the
//! name the customer recognises.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest name DNS can carry, in its ASCII form without the trailing dot.
const MAX_NAME_LEN: usize = 253;
/// Longest single label DNS can carry.
const MAX_LABEL_LEN: usize = 63;
/// Inputs longer than this are refused before the IDN conversion does any
/// work on them: no real name comes close, even written in Unicode.
const MAX_INPUT_LEN: usize = 1024;

/// A syntactically valid, fully qualified domain name in canonical ASCII form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DomainName(String);

/// Why an input is not a usable domain name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum DomainNameError {
    #[error("the domain name is empty")]
    Empty,
    /// The whole name or one of its labels is longer than DNS allows.
    #[error("the domain name is too long")]
    TooLong,
    #[error("the domain name is invalid")]
    Invalid,
}

impl DomainNameError {
    /// The locale message shown next to the input field.
    pub fn message_id(&self) -> &'static str {
        match self {
            DomainNameError::Empty => "domain-name-empty",
            DomainNameError::TooLong => "domain-name-too-long",
            DomainNameError::Invalid => "domain-name-invalid",
        }
    }
}

impl DomainName {
    /// Parses what a customer typed (Unicode or punycode, any case, with or
    /// without the trailing dot of a fully qualified name).
    pub fn parse(input: &str) -> Result<Self, DomainNameError> {
        let trimmed = input.trim();
        let without_dot = trimmed.strip_suffix('.').unwrap_or(trimmed);
        if without_dot.is_empty() {
            return Err(DomainNameError::Empty);
        }
        if without_dot.len() > MAX_INPUT_LEN {
            return Err(DomainNameError::TooLong);
        }
        let ascii = idna::domain_to_ascii(&without_dot.to_lowercase())
            .map_err(|_| DomainNameError::Invalid)?;
        validate(&ascii)?;
        Ok(DomainName(ascii))
    }

    /// The form used in DNS queries, zone files and storage.
    pub fn ascii(&self) -> &str {
        &self.0
    }

    /// The form shown to people (`müller.de`); the ASCII form if it cannot be
    /// decoded, so something sensible is always shown.
    pub fn unicode(&self) -> String {
        match idna::domain_to_unicode(&self.0) {
            (unicode, Ok(())) => unicode,
            (_, Err(_)) => self.0.clone(),
        }
    }
}

/// Checks the rules DNS and mail servers enforce on the ASCII form.
fn validate(ascii: &str) -> Result<(), DomainNameError> {
    if ascii.is_empty() {
        return Err(DomainNameError::Empty);
    }
    if ascii.len() > MAX_NAME_LEN {
        return Err(DomainNameError::TooLong);
    }
    let labels: Vec<&str> = ascii.split('.').collect();
    if labels.len() < 2 {
        return Err(DomainNameError::Invalid);
    }
    if labels.iter().any(|label| label.len() > MAX_LABEL_LEN) {
        return Err(DomainNameError::TooLong);
    }
    if !labels.iter().all(|label| valid_label(label)) {
        return Err(DomainNameError::Invalid);
    }
    // An all-digit top-level label means an IP address (or a typo of one):
    // no top-level domain is numeric.
    let top_level_numeric = labels
        .last()
        .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_digit()));
    if top_level_numeric {
        return Err(DomainNameError::Invalid);
    }
    Ok(())
}

/// A host-name label: letters, digits and inner hyphens (no underscores:
/// customer domains receive mail, they are not service names).
fn valid_label(label: &str) -> bool {
    !label.is_empty()
        && !label.starts_with('-')
        && !label.ends_with('-')
        && label
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl fmt::Display for DomainName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.unicode())
    }
}

impl TryFrom<String> for DomainName {
    type Error = DomainNameError;

    /// Deserialised names are checked like typed ones, so a tampered request
    /// cannot smuggle in a name that was never valid.
    fn try_from(value: String) -> Result<Self, Self::Error> {
        DomainName::parse(&value)
    }
}

impl From<DomainName> for String {
    fn from(name: DomainName) -> Self {
        name.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(input: &str) -> Result<DomainName, DomainNameError> {
        DomainName::parse(input)
    }

    #[test]
    fn converts_umlauts_to_punycode_and_back() {
        let name = parse("Müller.DE.").unwrap();
        assert_eq!(name.ascii(), "xn--mller-kva.de");
        assert_eq!(name.unicode(), "müller.de");
        assert_eq!(name.to_string(), "müller.de");
    }

    #[test]
    fn accepts_punycode_input_and_shows_it_in_unicode() {
        let name = parse("xn--mller-kva.de").unwrap();
        assert_eq!(name.ascii(), "xn--mller-kva.de");
        assert_eq!(name.to_string(), "müller.de");
        assert_eq!(name, parse("müller.de").unwrap());
    }

    #[test]
    fn trims_whitespace_and_lowercases() {
        let name = parse("  \tMuster-GmbH.De \n").unwrap();
        assert_eq!(name.ascii(), "muster-gmbh.de");
        assert_eq!(name.unicode(), "muster-gmbh.de");
    }

    #[test]
    fn strips_only_one_trailing_dot() {
        assert_eq!(parse("muster.de.").unwrap().ascii(), "muster.de");
        assert_eq!(parse("muster.de.."), Err(DomainNameError::Invalid));
    }

    #[test]
    fn keeps_subdomains() {
        assert_eq!(
            parse("mail.büro.muster.de").unwrap().ascii(),
            "mail.xn--bro-hoa.muster.de"
        );
    }

    #[test]
    fn refuses_empty_input() {
        assert_eq!(parse(""), Err(DomainNameError::Empty));
        assert_eq!(parse("   "), Err(DomainNameError::Empty));
        assert_eq!(parse(" . "), Err(DomainNameError::Empty));
    }

    #[test]
    fn refuses_malformed_names() {
        for bad in [
            "example",
            "-a.de",
            "a-.de",
            "a..de",
            ".a.de",
            "a_b.de",
            "a b.de",
            "1.2.3.4",
            "muster.123",
            "anna@muster.de",
            "https://muster.de",
            "xn--zz.de",
        ] {
            assert_eq!(parse(bad), Err(DomainNameError::Invalid), "{bad}");
        }
    }

    #[test]
    fn accepts_digits_below_the_top_level() {
        assert_eq!(parse("1und1.de").unwrap().ascii(), "1und1.de");
        assert_eq!(parse("4.3.2.1.example").unwrap().ascii(), "4.3.2.1.example");
    }

    #[test]
    fn label_length_limit_is_63() {
        let longest = format!("{}.de", "a".repeat(63));
        assert_eq!(parse(&longest).unwrap().ascii(), longest);
        let too_long = format!("{}.de", "a".repeat(64));
        assert_eq!(parse(&too_long), Err(DomainNameError::TooLong));
    }

    #[test]
    fn name_length_limit_is_253() {
        // Four labels of 61 characters with their dots: 247 characters.
        let label = "b".repeat(61);
        let base = format!("{label}.{label}.{label}.{label}");
        let fits = format!("{base}.ab.de");
        assert_eq!(fits.len(), 253);
        assert!(parse(&fits).is_ok());
        let too_long = format!("{base}.abc.de");
        assert_eq!(too_long.len(), 254);
        assert_eq!(parse(&too_long), Err(DomainNameError::TooLong));
    }

    #[test]
    fn refuses_absurdly_long_input_early() {
        let huge = "ä".repeat(5000) + ".de";
        assert_eq!(parse(&huge), Err(DomainNameError::TooLong));
    }

    #[test]
    fn error_message_ids() {
        assert_eq!(DomainNameError::Empty.message_id(), "domain-name-empty");
        assert_eq!(
            DomainNameError::TooLong.message_id(),
            "domain-name-too-long"
        );
        assert_eq!(DomainNameError::Invalid.message_id(), "domain-name-invalid");
    }

    fn deserialize_str(value: &str) -> Result<DomainName, serde::de::value::Error> {
        use serde::de::IntoDeserializer;
        DomainName::deserialize(value.to_string().into_deserializer())
    }

    #[test]
    fn deserialising_checks_like_parsing() {
        let name = deserialize_str("MÜLLER.de").unwrap();
        assert_eq!(name.ascii(), "xn--mller-kva.de");
        assert!(deserialize_str("not a domain").is_err());
        assert!(deserialize_str("").is_err());
    }

    #[test]
    fn serialises_as_the_ascii_form() {
        let name = parse("müller.de").unwrap();
        assert_eq!(String::from(name), "xn--mller-kva.de");
    }
}
