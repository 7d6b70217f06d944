//! What a customer's domain needs in DNS and whether it has it: the expected
//! records built from the provider's settings, SPF parsing, and the pure
//! comparison of what the domain's name servers answered with what we expect.
//! Lookups themselves happen in `backend::dns_lookup`; this module never does I/O.

pub mod domain_name;
pub mod evaluate;
pub mod expected;
pub mod spf;

use serde::{Deserialize, Serialize};

/// A DNS name as names are compared everywhere here: without case, without
/// surrounding blanks and without the trailing dot.
pub fn normalise_name(name: &str) -> String {
    let trimmed = name.trim();
    trimmed
        .strip_suffix('.')
        .unwrap_or(trimmed)
        .to_ascii_lowercase()
}

/// The record types the check asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RecordKind {
    Mx,
    Cname,
    Srv,
    Txt,
    A,
    Aaaa,
    /// Only asked by SPF's `ptr` mechanism and `%{p}` macro.
    Ptr,
}

impl RecordKind {
    /// The type as written in zone files and shown to customers.
    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Mx => "MX",
            RecordKind::Cname => "CNAME",
            RecordKind::Srv => "SRV",
            RecordKind::Txt => "TXT",
            RecordKind::A => "A",
            RecordKind::Aaaa => "AAAA",
            RecordKind::Ptr => "PTR",
        }
    }
}

/// One record a name server answered with.
///
/// `name` is the owner in lower-case ASCII without the trailing dot. `value`
/// uses zone-file notation without trailing dots: `10 mx.example.de` (MX),
/// `0 0 443 autodiscover.example.de` (SRV), the target (CNAME), the address
/// (A/AAAA), and for TXT the character strings joined without separator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FoundRecord {
    pub name: String,
    pub kind: RecordKind,
    pub value: String,
    pub ttl: u32,
}

/// The outcome of one question to the domain's name servers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lookup {
    /// The servers answered; an empty list means the name or type does not exist.
    Answered(Vec<FoundRecord>),
    /// No usable answer: nothing can be said about the record, so it must
    /// never be reported as missing. Says why, for the customer.
    Failed(Unanswered),
}

/// Why a question got no usable answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unanswered {
    /// No server answered in time.
    Timeout,
    /// The server refused to answer (REFUSED).
    Refused,
    /// The server reported an error (SERVFAIL and the like), often a zone
    /// it could not load.
    ServerFailure,
    /// A server named as the domain's pointed elsewhere instead of
    /// answering: it does not serve the zone (lame delegation).
    Lame,
    /// The domain does not exist in DNS (NXDOMAIN for the domain itself).
    NoSuchDomain,
    /// The domain exists but no name servers were found for it.
    NoNameServers,
    /// The domain's name servers have only non-public addresses.
    NonPublicServers,
    /// The server could not be reached or sent something unreadable.
    Unreachable,
}
