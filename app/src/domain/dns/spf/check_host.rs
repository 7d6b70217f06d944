//! The SPF evaluation of RFC 7208 section 4, `check_host()`: what a
//! receiving mail server decides for mail from an address in a domain.
//!
//! The DNS check needs the receiver's verdict, not a guess from the record's
//! text: an `include:` after `-all`, a typo in a nested include, or an
//! eleventh lookup all make mail from the provider fail although the include
//! is "there". DNS questions go through [`SpfDns`], so the evaluator runs
//! against the resolver in production and against in-memory zones in tests
//! (among them the published RFC 7208 test suite, see `test_suite`).

use super::macros::{dotted_address, MacroContext, MacroString};
use super::policy::{DualCidr, Mechanism, Policy};
use super::spf_records;
use super::Qualifier;
use serde::{Deserialize, Serialize};
use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::pin::Pin;

/// At most this many mechanisms and modifiers that ask DNS (4.6.4).
const MAX_DNS_TERMS: u32 = 10;
/// At most this many lookups that find nothing (4.6.4).
const MAX_VOID_LOOKUPS: u32 = 2;
/// At most this many MX hosts, and PTR names looked at (4.6.4).
const MAX_HOSTS: usize = 10;

/// The result a receiver reaches (RFC 7208 section 2.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SpfResult {
    None,
    Neutral,
    Pass,
    Fail,
    SoftFail,
    TempError,
    PermError,
}

impl SpfResult {
    /// The name receivers write in `Received-SPF` headers.
    pub fn as_str(self) -> &'static str {
        match self {
            SpfResult::None => "none",
            SpfResult::Neutral => "neutral",
            SpfResult::Pass => "pass",
            SpfResult::Fail => "fail",
            SpfResult::SoftFail => "softfail",
            SpfResult::TempError => "temperror",
            SpfResult::PermError => "permerror",
        }
    }

    fn from_qualifier(qualifier: Qualifier) -> SpfResult {
        match qualifier {
            Qualifier::Pass => SpfResult::Pass,
            Qualifier::Fail => SpfResult::Fail,
            Qualifier::SoftFail => SpfResult::SoftFail,
            Qualifier::Neutral => SpfResult::Neutral,
        }
    }
}

/// Why the evaluation ended as it did; `domain` is the one whose record
/// decided (an included or redirected one, where that is where it ended).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SpfReason {
    /// A directive matched; `term` as written in the record.
    Matched {
        domain: String,
        term: String,
    },
    /// No directive matched and there was no `redirect=`.
    NothingMatched {
        domain: String,
    },
    /// The domain publishes no SPF record.
    NoRecord {
        domain: String,
    },
    /// Not a name that can hold records (a label over 63 characters, …).
    InvalidDomain {
        domain: String,
    },
    MultipleRecords {
        domain: String,
    },
    Syntax {
        domain: String,
        term: String,
    },
    TooManyLookups,
    TooManyVoidLookups,
    TooManyMxHosts {
        domain: String,
    },
    /// A DNS question got no answer (timeout, SERVFAIL, …).
    DnsFailed {
        name: String,
    },
}

/// The outcome of `check_host()`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpfVerdict {
    pub result: SpfResult,
    pub reason: SpfReason,
    /// The domain's own explanation (`exp=`), for `fail` only.
    pub explanation: Option<String>,
}

impl SpfVerdict {
    fn new(result: SpfResult, reason: SpfReason) -> SpfVerdict {
        SpfVerdict {
            result,
            reason,
            explanation: None,
        }
    }
}

/// What a DNS question returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DnsAnswer<T> {
    /// At least one record.
    Records(Vec<T>),
    /// The name or the type does not exist (a "void" lookup).
    Void,
    /// No usable answer.
    Failed,
}

/// The DNS questions SPF evaluation asks. Names are ASCII, without
/// trailing dot; TXT records come with their strings joined.
pub trait SpfDns: Sync {
    fn txt(&self, name: &str) -> impl Future<Output = DnsAnswer<String>> + Send;
    fn a(&self, name: &str) -> impl Future<Output = DnsAnswer<Ipv4Addr>> + Send;
    fn aaaa(&self, name: &str) -> impl Future<Output = DnsAnswer<Ipv6Addr>> + Send;
    /// The exchange host names (`.` or empty for a null MX).
    fn mx(&self, name: &str) -> impl Future<Output = DnsAnswer<String>> + Send;
    fn ptr(&self, ip: IpAddr) -> impl Future<Output = DnsAnswer<String>> + Send;
}

/// Who is sending: the SMTP client's address, `MAIL FROM` (may be empty)
/// and the HELO name.
#[derive(Debug, Clone)]
pub struct Sender<'a> {
    pub ip: IpAddr,
    pub mail_from: &'a str,
    pub helo: &'a str,
}

/// Evaluates the SPF policy of the sender's domain (of `MAIL FROM`, or of
/// HELO when that is empty) for the sender's address.
pub async fn check_host<D: SpfDns>(dns: &D, sender: &Sender<'_>) -> SpfVerdict {
    let (local_part, domain) = match sender.mail_from.rsplit_once('@') {
        Some((local, domain)) => (local, domain),
        None if sender.mail_from.is_empty() => ("", sender.helo),
        None => ("", sender.mail_from),
    };
    let local_part = if local_part.is_empty() {
        "postmaster"
    } else {
        local_part
    };
    let mut evaluation = Evaluation {
        dns,
        ip: sender.ip.to_canonical(),
        sender: format!("{local_part}@{domain}"),
        local_part: local_part.to_string(),
        sender_domain: domain.to_string(),
        helo: sender.helo.to_string(),
        dns_terms: 0,
        void_lookups: 0,
        validated_name: None,
    };
    evaluation.check(domain.to_string()).await
}

type Boxed<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The state shared by a record and everything it includes: the lookup
/// limits count across the whole evaluation.
struct Evaluation<'a, D> {
    dns: &'a D,
    ip: IpAddr,
    sender: String,
    local_part: String,
    sender_domain: String,
    helo: String,
    dns_terms: u32,
    void_lookups: u32,
    validated_name: Option<String>,
}

/// Ends the evaluation early with this verdict.
type Stop = SpfVerdict;

impl<'a, D: SpfDns> Evaluation<'a, D> {
    fn check(&mut self, domain: String) -> Boxed<'_, SpfVerdict> {
        Box::pin(async move {
            let domain = domain.trim_end_matches('.').to_string();
            if !is_valid_domain(&domain) {
                return SpfVerdict::new(SpfResult::None, SpfReason::InvalidDomain { domain });
            }
            let txts = match self.dns.txt(&domain).await {
                DnsAnswer::Records(txts) => txts,
                DnsAnswer::Void => Vec::new(),
                DnsAnswer::Failed => {
                    return SpfVerdict::new(
                        SpfResult::TempError,
                        SpfReason::DnsFailed { name: domain },
                    )
                }
            };
            let record = match spf_records(&txts).as_slice() {
                [] => return SpfVerdict::new(SpfResult::None, SpfReason::NoRecord { domain }),
                [one] => one.to_string(),
                _ => {
                    return SpfVerdict::new(
                        SpfResult::PermError,
                        SpfReason::MultipleRecords { domain },
                    )
                }
            };
            let policy = match Policy::parse(&record) {
                Ok(policy) => policy,
                Err(error) => {
                    return SpfVerdict::new(
                        SpfResult::PermError,
                        SpfReason::Syntax {
                            domain,
                            term: error.term,
                        },
                    )
                }
            };
            match self.evaluate(&domain, &policy).await {
                Ok(verdict) | Err(verdict) => verdict,
            }
        })
    }

    /// The directives in order, then `redirect=`, then neutral.
    async fn evaluate(&mut self, domain: &str, policy: &Policy) -> Result<SpfVerdict, Stop> {
        for directive in &policy.directives {
            if directive.mechanism.asks_dns() {
                self.count_dns_term()?;
            }
            if self.matches(&directive.mechanism, domain).await? {
                let result = SpfResult::from_qualifier(directive.qualifier);
                let explanation = match (&policy.explanation, result) {
                    (Some(spec), SpfResult::Fail) => self.explanation(spec, domain).await,
                    _ => None,
                };
                return Ok(SpfVerdict {
                    result,
                    reason: SpfReason::Matched {
                        domain: domain.to_string(),
                        term: directive.text.clone(),
                    },
                    explanation,
                });
            }
        }
        // `all` always matches, so a record with one never gets here: the
        // redirect is ignored then, as 6.1 requires.
        if let Some(spec) = &policy.redirect {
            self.count_dns_term()?;
            let target = self.target(spec, domain).await;
            let verdict = self.check(target).await;
            return Ok(match verdict.result {
                SpfResult::None => SpfVerdict::new(SpfResult::PermError, verdict.reason),
                _ => verdict,
            });
        }
        Ok(SpfVerdict::new(
            SpfResult::Neutral,
            SpfReason::NothingMatched {
                domain: domain.to_string(),
            },
        ))
    }

    async fn matches(&mut self, mechanism: &Mechanism, domain: &str) -> Result<bool, Stop> {
        match mechanism {
            Mechanism::All => Ok(true),
            Mechanism::Ip4(network, prefix) => {
                Ok(in_network(self.ip, IpAddr::V4(*network), *prefix))
            }
            Mechanism::Ip6(network, prefix) => {
                Ok(in_network(self.ip, IpAddr::V6(*network), *prefix))
            }
            Mechanism::Include(spec) => {
                let target = self.target(spec, domain).await;
                let inner = self.check(target).await;
                match inner.result {
                    SpfResult::Pass => Ok(true),
                    SpfResult::Fail | SpfResult::SoftFail | SpfResult::Neutral => Ok(false),
                    SpfResult::TempError | SpfResult::PermError => Err(inner),
                    SpfResult::None => Err(SpfVerdict::new(SpfResult::PermError, inner.reason)),
                }
            }
            Mechanism::A(spec, cidr) => {
                let target = self.optional_target(spec.as_ref(), domain).await;
                if !is_valid_domain(&target) {
                    return Ok(false); // a malformed name has no addresses
                }
                let addresses = self.addresses(&target, true).await?;
                Ok(self.any_in(&addresses, *cidr))
            }
            Mechanism::Mx(spec, cidr) => {
                let target = self.optional_target(spec.as_ref(), domain).await;
                if !is_valid_domain(&target) {
                    return Ok(false);
                }
                let hosts = match self.dns.mx(&target).await {
                    DnsAnswer::Records(hosts) => hosts,
                    DnsAnswer::Void => {
                        self.count_void()?;
                        return Ok(false);
                    }
                    DnsAnswer::Failed => return Err(temperror(&target)),
                };
                if hosts.len() > MAX_HOSTS {
                    return Err(SpfVerdict::new(
                        SpfResult::PermError,
                        SpfReason::TooManyMxHosts { domain: target },
                    ));
                }
                for host in hosts {
                    let host = host.trim_end_matches('.');
                    if host.is_empty() {
                        continue; // a null MX names no host
                    }
                    let addresses = self.addresses(host, false).await?;
                    if self.any_in(&addresses, *cidr) {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Mechanism::Ptr(spec) => {
                let target = self.optional_target(spec.as_ref(), domain).await;
                let target = target.to_ascii_lowercase();
                let names = self.validated_names().await;
                Ok(names.iter().any(|name| is_same_or_below(name, &target)))
            }
            Mechanism::Exists(spec) => {
                let target = self.target(spec, domain).await;
                if !is_valid_domain(&target) {
                    return Ok(false);
                }
                match self.dns.a(&target).await {
                    DnsAnswer::Records(_) => Ok(true),
                    DnsAnswer::Void => {
                        self.count_void()?;
                        Ok(false)
                    }
                    DnsAnswer::Failed => Err(temperror(&target)),
                }
            }
        }
    }

    /// The A or AAAA records of `name` for the client's address family.
    /// `count_void`: whether finding none counts as a void lookup (for the
    /// name of an `a`, not for each host of an `mx`).
    async fn addresses(&mut self, name: &str, count_void: bool) -> Result<Vec<IpAddr>, Stop> {
        let answer = match self.ip {
            IpAddr::V4(_) => map_answer(self.dns.a(name).await, IpAddr::V4),
            IpAddr::V6(_) => map_answer(self.dns.aaaa(name).await, IpAddr::V6),
        };
        match answer {
            DnsAnswer::Records(addresses) => Ok(addresses),
            DnsAnswer::Void => {
                if count_void {
                    self.count_void()?;
                }
                Ok(Vec::new())
            }
            DnsAnswer::Failed => Err(temperror(name)),
        }
    }

    fn any_in(&self, addresses: &[IpAddr], cidr: DualCidr) -> bool {
        addresses.iter().any(|address| {
            let prefix = match address {
                IpAddr::V4(_) => cidr.v4.unwrap_or(32),
                IpAddr::V6(_) => cidr.v6.unwrap_or(128),
            };
            in_network(self.ip, *address, prefix)
        })
    }

    /// The client's host names whose addresses lead back to it (5.5).
    /// Lookup failures only mean fewer names.
    async fn validated_names(&mut self) -> Vec<String> {
        let names = match self.dns.ptr(self.ip).await {
            DnsAnswer::Records(names) => names,
            DnsAnswer::Void | DnsAnswer::Failed => return Vec::new(),
        };
        let mut validated = Vec::new();
        for name in names.into_iter().take(MAX_HOSTS) {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            if let Ok(addresses) = self.addresses(&name, false).await {
                if addresses.contains(&self.ip) {
                    validated.push(name);
                }
            }
        }
        validated
    }

    async fn optional_target(&mut self, spec: Option<&MacroString>, domain: &str) -> String {
        match spec {
            Some(spec) => self.target(spec, domain).await,
            None => domain.to_string(),
        }
    }

    /// A domain-spec expanded, shortened from the left to 253 characters (7.3).
    async fn target(&mut self, spec: &MacroString, domain: &str) -> String {
        let expanded = self.expand(spec, domain).await;
        let mut target = expanded.trim_end_matches('.');
        while target.len() > 253 {
            match target.split_once('.') {
                Some((_, rest)) => target = rest,
                None => break,
            }
        }
        target.to_string()
    }

    async fn expand(&mut self, spec: &MacroString, domain: &str) -> String {
        if spec.uses('p') && self.validated_name.is_none() {
            let names = self.validated_names().await;
            let name = names
                .iter()
                .find(|name| is_same_or_below(name, domain))
                .or(names.first())
                .cloned()
                .unwrap_or_else(|| "unknown".to_string());
            self.validated_name = Some(name);
        }
        let context = MacroContext {
            sender: &self.sender,
            local_part: &self.local_part,
            sender_domain: &self.sender_domain,
            domain,
            ip: self.ip,
            helo: &self.helo,
            validated_name: self.validated_name.as_deref().unwrap_or("unknown"),
            receiver: "unknown",
            timestamp: 0,
        };
        spec.expand(&context)
    }

    /// The text `exp=` points to, or None when it cannot be had (6.2).
    async fn explanation(&mut self, spec: &MacroString, domain: &str) -> Option<String> {
        let target = self.target(spec, domain).await;
        let DnsAnswer::Records(txts) = self.dns.txt(&target).await else {
            return None;
        };
        let [text] = txts.as_slice() else {
            return None;
        };
        let text = MacroString::parse(text, true).ok()?;
        Some(self.expand(&text, domain).await)
    }

    fn count_dns_term(&mut self) -> Result<(), Stop> {
        self.dns_terms += 1;
        if self.dns_terms > MAX_DNS_TERMS {
            return Err(SpfVerdict::new(
                SpfResult::PermError,
                SpfReason::TooManyLookups,
            ));
        }
        Ok(())
    }

    fn count_void(&mut self) -> Result<(), Stop> {
        self.void_lookups += 1;
        if self.void_lookups > MAX_VOID_LOOKUPS {
            return Err(SpfVerdict::new(
                SpfResult::PermError,
                SpfReason::TooManyVoidLookups,
            ));
        }
        Ok(())
    }
}

fn temperror(name: &str) -> SpfVerdict {
    SpfVerdict::new(
        SpfResult::TempError,
        SpfReason::DnsFailed {
            name: name.to_string(),
        },
    )
}

fn map_answer<T, U>(answer: DnsAnswer<T>, f: impl Fn(T) -> U) -> DnsAnswer<U> {
    match answer {
        DnsAnswer::Records(records) => DnsAnswer::Records(records.into_iter().map(f).collect()),
        DnsAnswer::Void => DnsAnswer::Void,
        DnsAnswer::Failed => DnsAnswer::Failed,
    }
}

/// The name PTR records of `ip` are published at (`in-addr.arpa` or
/// `ip6.arpa`, nibbles reversed).
pub fn reverse_name(ip: IpAddr) -> String {
    let zone = match ip {
        IpAddr::V4(_) => "in-addr.arpa",
        IpAddr::V6(_) => "ip6.arpa",
    };
    let labels: Vec<String> = dotted_address(ip)
        .split('.')
        .rev()
        .map(String::from)
        .collect();
    format!("{}.{zone}", labels.join("."))
}

/// A name SPF can look up: at least two labels of 1 to 63 characters.
fn is_valid_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|label| (1..=63).contains(&label.len()))
}

/// `name` equals `domain` or lies below it (case-insensitive).
fn is_same_or_below(name: &str, domain: &str) -> bool {
    let name = name.to_ascii_lowercase();
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    name == domain || name.ends_with(&format!(".{domain}"))
}

/// Whether `ip` lies in `network/prefix`; never across address families.
fn in_network(ip: IpAddr, network: IpAddr, prefix: u8) -> bool {
    match (ip, network) {
        (IpAddr::V4(ip), IpAddr::V4(network)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0);
            u32::from(ip) & mask == u32::from(network) & mask
        }
        (IpAddr::V6(ip), IpAddr::V6(network)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(prefix)).unwrap_or(0);
            u128::from(ip) & mask == u128::from(network) & mask
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverse_names_are_those_of_the_arpa_zones() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert_eq!(reverse_name(ip("192.0.2.3")), "3.2.0.192.in-addr.arpa");
        assert_eq!(
            reverse_name(ip("2001:db8::cb01")),
            "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"
        );
    }

    #[test]
    fn networks_match_by_prefix() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert!(in_network(ip("192.0.2.77"), ip("192.0.2.0"), 24));
        assert!(!in_network(ip("192.0.3.1"), ip("192.0.2.0"), 24));
        assert!(in_network(ip("203.0.113.9"), ip("0.0.0.0"), 0));
        assert!(in_network(ip("2001:db8::1"), ip("2001:db8::"), 32));
        assert!(!in_network(ip("2001:db9::1"), ip("2001:db8::"), 32));
        assert!(!in_network(ip("192.0.2.1"), ip("::"), 0));
    }
}
