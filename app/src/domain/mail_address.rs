//! E-mail addresses as login names: parsed once at the boundary, normalised to
//! lower case so `Anna@Muster.de` and `anna@muster.de` are the same user.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MailAddress(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailAddressError {
    Empty,
    Invalid,
}

impl MailAddress {
    pub fn parse(input: &str) -> Result<Self, MailAddressError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(MailAddressError::Empty);
        }
        let (local, domain) = trimmed.rsplit_once('@').ok_or(MailAddressError::Invalid)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && domain.len() <= 253
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        if !(local_ok && domain_ok) || trimmed.len() > 254 {
            return Err(MailAddressError::Invalid);
        }
        Ok(Self(trimmed.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map(|(_, d)| d).unwrap_or_default()
    }
}

impl fmt::Display for MailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_whitespace() {
        let a = MailAddress::parse("  Anna.Schmidt@Muster-GmbH.de ").unwrap();
        assert_eq!(a.as_str(), "anna.schmidt@muster-gmbh.de");
        assert_eq!(a.domain(), "muster-gmbh.de");
    }

    #[test]
    fn accepts_umlaut_domains() {
        assert!(MailAddress::parse("info@rhön-beispiel.de").is_ok());
    }

    #[test]
    fn refuses_malformed_addresses() {
        assert_eq!(MailAddress::parse(""), Err(MailAddressError::Empty));
        for bad in [
            "anna",
            "@muster.de",
            "anna@",
            "anna@muster",
            "an..na@muster.de",
            "anna@-muster.de",
            "a b@muster.de",
            "anna@muster..de",
        ] {
            assert_eq!(
                MailAddress::parse(bad),
                Err(MailAddressError::Invalid),
                "{bad}"
            );
        }
    }
}
