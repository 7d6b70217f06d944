//! The `EmailAddresses` column: a mailbox's SMTP addresses among proxy
//! addresses of other types, in the several list spellings PowerShell uses.

use super::Problem;
use crate::domain::mail_address::MailAddress;

/// The SMTP entries of an `EmailAddresses` field.
#[derive(Debug, Default)]
pub(super) struct Proxies {
    /// `SMTP:` (upper case) entries; Exchange has exactly one.
    primaries: Vec<String>,
    /// `smtp:` entries, in file order.
    aliases: Vec<String>,
}

impl Proxies {
    pub(super) fn primary(&self) -> Result<String, Problem> {
        match self.primaries.as_slice() {
            [only] => Ok(only.clone()),
            [] => Err(Problem::NoPrimaryAddress),
            _ => Err(Problem::SeveralPrimaryAddresses),
        }
    }

    pub(super) fn aliases_besides(self, primary: &str) -> Vec<String> {
        let mut aliases: Vec<String> = Vec::with_capacity(self.aliases.len());
        for alias in self.aliases {
            if alias != primary && !aliases.contains(&alias) {
                aliases.push(alias);
            }
        }
        aliases
    }
}

/// `SMTP:a@x.de;smtp:b@x.de`, `{SMTP:a@x.de, smtp:b@x.de}`, … Entries of other
/// types (`X500:`, `SIP:`, `SPO:` …) are skipped; every bad entry is reported.
pub(super) fn parse_proxy_addresses(value: &str) -> Result<Proxies, Vec<Problem>> {
    let list = value.trim().trim_start_matches('{').trim_end_matches('}');
    let mut proxies = Proxies::default();
    let mut problems = Vec::new();
    for entry in proxy_entries(list) {
        match entry.split_once(':') {
            Some((prefix, address)) if prefix.eq_ignore_ascii_case("smtp") => {
                match MailAddress::parse(address) {
                    // Exchange marks the primary address by the upper-case prefix.
                    Ok(address) if prefix == "SMTP" => {
                        proxies.primaries.push(address.as_str().to_string())
                    }
                    Ok(address) => proxies.aliases.push(address.as_str().to_string()),
                    Err(_) => problems.push(Problem::InvalidAddress(entry.to_string())),
                }
            }
            Some((prefix, _)) if is_proxy_prefix(prefix) => {}
            _ => problems.push(Problem::UnknownProxyEntry(entry.to_string())),
        }
    }
    if problems.is_empty() {
        Ok(proxies)
    } else {
        Err(problems)
    }
}

/// Splits at `;`, `,` and whitespace. X500 addresses contain spaces and X400
/// ones semicolons, so a piece without a `type:` prefix after such an entry
/// belongs to it; after an SMTP entry it is an entry of its own (and an error).
fn proxy_entries(list: &str) -> Vec<&str> {
    let mut entries = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for (start, end) in token_ranges(list) {
        current = match current {
            Some((first, _)) if continues(&list[first..], &list[start..end]) => Some((first, end)),
            previous => {
                entries.extend(previous.map(|(s, e)| &list[s..e]));
                Some((start, end))
            }
        };
    }
    entries.extend(current.map(|(s, e)| &list[s..e]));
    entries
}

/// Whether `token` is a further piece of `entry`: SMTP addresses never contain
/// separators, so only other types can continue.
fn continues(entry: &str, token: &str) -> bool {
    let smtp = entry
        .get(..5)
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case("smtp:"));
    !smtp && !starts_with_proxy_prefix(token)
}

/// Byte ranges of the pieces between separators.
fn token_ranges(list: &str) -> Vec<(usize, usize)> {
    let is_separator = |c: char| c == ';' || c == ',' || c.is_whitespace();
    let mut ranges = Vec::new();
    let mut start = None;
    for (index, c) in list.char_indices() {
        match (is_separator(c), start) {
            (true, Some(s)) => {
                ranges.push((s, index));
                start = None;
            }
            (false, None) => start = Some(index),
            _ => {}
        }
    }
    ranges.extend(start.map(|s| (s, list.len())));
    ranges
}

fn starts_with_proxy_prefix(token: &str) -> bool {
    token
        .split_once(':')
        .is_some_and(|(prefix, _)| is_proxy_prefix(prefix))
}

/// Proxy types are short alphanumeric words: SMTP, X500, X400, SIP, EUM, SPO …
fn is_proxy_prefix(prefix: &str) -> bool {
    (1..=16).contains(&prefix.len()) && prefix.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxy_addresses_in_braces_with_other_types() {
        let proxies = parse_proxy_addresses(
            "{SMTP:Anna@Muster.de, smtp:a.schmidt@muster.de, X500:/o=ExchangeLabs/ou=Exchange Administrative Group \
             (FYDIBOHF23SPDLT)/cn=Recipients/cn=abc, SIP:anna@muster.de, SPO:SPO_1234@SPO_5678}",
        )
        .unwrap();
        assert_eq!(proxies.primaries, ["anna@muster.de"]);
        assert_eq!(proxies.aliases, ["a.schmidt@muster.de"]);
    }

    #[test]
    fn proxy_addresses_separated_by_semicolons_or_spaces() {
        let proxies =
            parse_proxy_addresses("SMTP:anna@muster.de;smtp:info@muster.de smtp:Kontakt@Muster.de")
                .unwrap();
        assert_eq!(proxies.primary(), Ok("anna@muster.de".to_string()));
        assert_eq!(
            proxies.aliases_besides("anna@muster.de"),
            ["info@muster.de", "kontakt@muster.de"]
        );
        // X400 addresses contain semicolons and must not leave stray pieces.
        assert!(parse_proxy_addresses(
            "X400:C=DE;A= ;P=Muster;O=Exchange;S=Schmidt;G=Anna;,smtp:a@muster.de"
        )
        .is_ok());
    }

    #[test]
    fn proxy_address_pieces_after_smtp_are_entries_of_their_own() {
        assert_eq!(
            parse_proxy_addresses("SMTP:a@muster.de b@muster.de").unwrap_err(),
            [Problem::UnknownProxyEntry("b@muster.de".into())]
        );
    }

    #[test]
    fn proxy_addresses_report_every_bad_entry() {
        let problems = parse_proxy_addresses("SMTP:anna@muster.de;smtp:kaputt;smtp:auch@kaputt;Microsoft.Exchange.Data.ProxyAddressCollection")
            .unwrap_err();
        assert_eq!(
            problems,
            [
                Problem::InvalidAddress("smtp:kaputt".into()),
                Problem::InvalidAddress("smtp:auch@kaputt".into()),
                Problem::UnknownProxyEntry("Microsoft.Exchange.Data.ProxyAddressCollection".into()),
            ]
        );
    }
}
