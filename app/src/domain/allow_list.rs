//! Sender allow-lists: addresses or whole domains whose mail skips the spam
//! filter for a domain or one mailbox.
//!
//! Entries are parsed once into one canonical form (lower case, punycode
//! domain) so that the mail system matches them against envelope senders
//! byte for byte and the same sender cannot be listed twice in two spellings;
//! people still see umlaut domains as they typed them.

use crate::domain::dns::domain_name::{DomainName, DomainNameError};
use crate::domain::mail_address::MailAddress;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Entries per list: enough for any real office, small enough that the
/// filter configuration generated from the lists stays quick to load.
pub const MAX_ENTRIES: usize = 500;

/// Longest address SMTP carries (RFC 5321 path limit minus the brackets).
const MAX_ADDRESS_LEN: usize = 254;

/// One allowed sender, in canonical form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AllowEntry {
    /// One sender address, `local@punycode-domain`.
    Address(String),
    /// Every sender of a domain (not its subdomains), punycode.
    Domain(String),
}

/// Why an input is not a usable entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AllowEntryError {
    #[error("the entry is empty")]
    Empty,
    #[error("the entry is neither an address nor a domain")]
    Invalid,
}

impl AllowEntryError {
    /// The locale message shown next to the input field.
    pub fn message_id(&self) -> &'static str {
        match self {
            AllowEntryError::Empty => "allow-entry-empty",
            AllowEntryError::Invalid => "allow-entry-invalid",
        }
    }
}

impl AllowEntry {
    /// Parses an address (`anna@müller.de`) or a domain (`müller.de`, also
    /// written `*.müller.de` or `@müller.de` as other filters expect it).
    pub fn parse(input: &str) -> Result<AllowEntry, AllowEntryError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(AllowEntryError::Empty);
        }
        if let Some(domain) = trimmed.strip_prefix('@') {
            return parse_domain(domain);
        }
        if trimmed.contains('@') {
            return parse_address(trimmed);
        }
        parse_domain(trimmed.strip_prefix("*.").unwrap_or(trimmed))
    }

    /// The stored and matched form.
    pub fn as_str(&self) -> &str {
        match self {
            AllowEntry::Address(address) => address,
            AllowEntry::Domain(domain) => domain,
        }
    }

    /// The form shown to people: the domain in Unicode.
    pub fn display(&self) -> String {
        match self {
            AllowEntry::Address(address) => match address.rsplit_once('@') {
                Some((local, domain)) => format!("{local}@{}", unicode(domain)),
                None => address.clone(),
            },
            AllowEntry::Domain(domain) => unicode(domain),
        }
    }
}

impl fmt::Display for AllowEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display())
    }
}

fn parse_domain(input: &str) -> Result<AllowEntry, AllowEntryError> {
    let name = DomainName::parse(input).map_err(|e| match e {
        DomainNameError::Empty => AllowEntryError::Empty,
        DomainNameError::TooLong | DomainNameError::Invalid => AllowEntryError::Invalid,
    })?;
    Ok(AllowEntry::Domain(name.ascii().to_string()))
}

/// The address rules are the login's; the domain part then goes through
/// [`DomainName`] so an umlaut domain is stored as the punycode senders use.
fn parse_address(input: &str) -> Result<AllowEntry, AllowEntryError> {
    let address = MailAddress::parse(input).map_err(|_| AllowEntryError::Invalid)?;
    let (local, domain) = address
        .as_str()
        .rsplit_once('@')
        .ok_or(AllowEntryError::Invalid)?;
    let domain = DomainName::parse(domain).map_err(|_| AllowEntryError::Invalid)?;
    let canonical = format!("{local}@{}", domain.ascii());
    if canonical.len() > MAX_ADDRESS_LEN {
        return Err(AllowEntryError::Invalid);
    }
    Ok(AllowEntry::Address(canonical))
}

/// Stored domains are valid punycode; if one is not, it is shown as stored.
fn unicode(ascii: &str) -> String {
    DomainName::parse(ascii)
        .map(|name| name.unicode())
        .unwrap_or_else(|_| ascii.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(input: &str) -> Result<AllowEntry, AllowEntryError> {
        AllowEntry::parse(input)
    }

    #[test]
    fn addresses_are_lower_cased() {
        let entry = parse("  Anna.Schmidt@Muster-GmbH.de ").unwrap();
        assert_eq!(
            entry,
            AllowEntry::Address("anna.schmidt@muster-gmbh.de".into())
        );
        assert_eq!(entry.as_str(), "anna.schmidt@muster-gmbh.de");
        assert_eq!(entry.display(), "anna.schmidt@muster-gmbh.de");
    }

    #[test]
    fn address_domains_are_stored_in_punycode_and_shown_in_unicode() {
        let entry = parse("Info@Müller.DE").unwrap();
        assert_eq!(entry.as_str(), "info@xn--mller-kva.de");
        assert_eq!(entry.display(), "info@müller.de");
        assert_eq!(entry.to_string(), "info@müller.de");
        assert_eq!(parse("info@xn--mller-kva.de").unwrap(), entry);
    }

    #[test]
    fn domains_in_every_spelling() {
        for input in [
            "Müller.de",
            "*.müller.de",
            "@müller.de",
            " xn--mller-kva.de. ",
        ] {
            let entry = parse(input).unwrap();
            assert_eq!(
                entry,
                AllowEntry::Domain("xn--mller-kva.de".into()),
                "{input}"
            );
            assert_eq!(entry.display(), "müller.de");
        }
    }

    #[test]
    fn subdomains_are_domains() {
        assert_eq!(
            parse("newsletter.shop.example").unwrap().as_str(),
            "newsletter.shop.example"
        );
    }

    #[test]
    fn empty_inputs() {
        for input in ["", "   ", "@", "*.", " @ "] {
            assert_eq!(parse(input), Err(AllowEntryError::Empty), "{input:?}");
        }
    }

    #[test]
    fn invalid_inputs() {
        for input in [
            "anna",
            "anna@",
            "anna@muster",
            "anna@@muster.de",
            "an..na@muster.de",
            "a b@muster.de",
            "anna@muster_de.de",
            "anna@1.2.3.4",
            "@anna@muster.de",
            "*.*.muster.de",
            "*muster.de",
            "1.2.3.4",
            "muster .de",
            "http://muster.de",
        ] {
            assert_eq!(parse(input), Err(AllowEntryError::Invalid), "{input:?}");
        }
    }

    #[test]
    fn message_ids() {
        assert_eq!(AllowEntryError::Empty.message_id(), "allow-entry-empty");
        assert_eq!(AllowEntryError::Invalid.message_id(), "allow-entry-invalid");
    }

    #[test]
    fn a_damaged_stored_domain_is_shown_as_stored() {
        assert_eq!(
            AllowEntry::Domain("not valid".into()).display(),
            "not valid"
        );
        assert_eq!(
            AllowEntry::Address("no-at-sign".into()).display(),
            "no-at-sign"
        );
    }
}
