//! Asks a customer domain's own name servers what they publish.
//!
//! The DNS check has to see what the domain's authoritative servers say right
//! now, not what a cache remembers, and it has to tell "the record does not
//! exist" apart from "no server answered": only the first may be reported as
//! missing. A stub resolver hides both differences, so this module finds the
//! authoritative servers itself and talks to them directly. `hickory-proto`
//! only builds and parses the messages; the transport (UDP, and TCP when the
//! answer was truncated) is done here so every attempt has our own timeout.

use crate::domain::dns::{FoundRecord, Lookup, RecordKind, Unanswered};
use hickory_proto::op::{Message, MessageType, OpCode, Query, ResponseCode};
use hickory_proto::rr::{Name, RData, Record, RecordType};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpStream, UdpSocket};
use tokio::time::timeout;

/// Large enough for any UDP answer: we send no EDNS, so servers truncate at
/// 512 bytes, but some send more anyway and a short buffer would cut them.
const UDP_BUFFER: usize = 4096;

/// How many CNAMEs an answer may chain before we stop following; real chains
/// are one or two long, and the bound protects against loops.
const MAX_CNAME_HOPS: usize = 8;

/// Where and how long to ask.
#[derive(Debug, Clone)]
pub struct DnsLookupSettings {
    /// A recursive resolver, used only to find a domain's name servers.
    pub resolver: SocketAddr,
    /// The port the authoritative servers listen on (53 except in tests).
    pub authoritative_port: u16,
    /// The limit for one attempt (one UDP exchange, or one TCP exchange).
    pub timeout: Duration,
    /// Whether name servers at loopback, private, link-local or unspecified
    /// addresses are asked. Off in production: a customer's NS records must
    /// not make the portal probe its own network. The tests' servers run on
    /// 127.0.0.1.
    pub allow_private_servers: bool,
}

/// Why the authoritative servers of a domain could not be found.
#[derive(Debug, thiserror::Error)]
pub enum LookupError {
    #[error("the DNS server did not answer in time")]
    Timeout,
    #[error("no name servers found for {0}")]
    NoNameServers(String),
    #[error("{0} does not exist in DNS")]
    NoSuchDomain(String),
    #[error("DNS lookup failed: {0}")]
    Failed(String),
    #[error("{detail}")]
    Rejected { reason: Unanswered, detail: String },
    #[error("the name servers of {0} have only non-public addresses, which are not asked")]
    NonPublicServers(String),
}

impl From<&LookupError> for Unanswered {
    fn from(error: &LookupError) -> Self {
        match error {
            LookupError::Timeout => Unanswered::Timeout,
            LookupError::NoNameServers(_) => Unanswered::NoNameServers,
            LookupError::NoSuchDomain(_) => Unanswered::NoSuchDomain,
            LookupError::NonPublicServers(_) => Unanswered::NonPublicServers,
            LookupError::Failed(_) => Unanswered::Unreachable,
            LookupError::Rejected { reason, .. } => *reason,
        }
    }
}

/// What a question brought: the lookup, and for an empty answer how long
/// the zone lets "nothing there" be believed (RFC 2308: the smaller of the
/// SOA record's TTL and its minimum field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub lookup: Lookup,
    pub negative_ttl: Option<u32>,
}

impl Answer {
    fn failed(reason: Unanswered) -> Answer {
        Answer {
            lookup: Lookup::Failed(reason),
            negative_ttl: None,
        }
    }
}

impl From<std::io::Error> for LookupError {
    fn from(error: std::io::Error) -> Self {
        LookupError::Failed(error.to_string())
    }
}

/// Asks name servers single questions; cheap to clone.
#[derive(Clone)]
pub struct DnsClient {
    settings: DnsLookupSettings,
}

impl DnsClient {
    pub fn new(settings: DnsLookupSettings) -> Self {
        Self { settings }
    }

    /// The servers authoritative for `domain`: asks the resolver (RD=1) for
    /// NS of the domain, walking up one label at a time while there is none
    /// (sub.example.de -> example.de), resolves each NS host name to its
    /// addresses (additional-section glue first, else by asking the resolver)
    /// and returns them with `authoritative_port`. Err when nothing could be
    /// learned.
    pub async fn authoritative_servers(
        &self,
        domain: &str,
    ) -> Result<Vec<SocketAddr>, LookupError> {
        let name = fqdn(domain)?;
        let delegation = self.find_delegation(&name).await?;
        let mut servers = Vec::new();
        let mut refused = 0;
        for host in &delegation.hosts {
            for ip in self.host_addresses(host, &delegation.glue).await {
                if !self.settings.allow_private_servers && !is_public(ip) {
                    tracing::warn!(domain, server = %ip, "name server at a non-public address not asked");
                    refused += 1;
                    continue;
                }
                let server = SocketAddr::new(ip, self.settings.authoritative_port);
                if !servers.contains(&server) {
                    servers.push(server);
                }
            }
        }
        if servers.is_empty() && refused > 0 {
            return Err(LookupError::NonPublicServers(domain.to_string()));
        }
        if servers.is_empty() {
            return Err(LookupError::NoNameServers(domain.to_string()));
        }
        Ok(servers)
    }

    /// One question (RD=0) to the first of `servers` that answers usably.
    /// NOERROR and NXDOMAIN give `Answered` with the answer-section records of
    /// the asked kind and the CNAMEs leading to them (empty: does not exist);
    /// timeouts, SERVFAIL, REFUSED, FORMERR, a referral or no reachable
    /// server give `Failed` with the reason. Each server gets one UDP
    /// attempt and one retry.
    pub async fn ask(&self, servers: &[SocketAddr], name: &str, kind: RecordKind) -> Answer {
        let Ok(asked) = fqdn(name) else {
            return Answer::failed(Unanswered::Unreachable);
        };
        // A timeout says least: any other reason a later server gives wins.
        let mut reason = Unanswered::Unreachable;
        for (index, server) in servers.iter().enumerate() {
            match self.ask_server(*server, &asked, kind, false).await {
                Ok(answer) => return answer,
                Err(why) if index == 0 || reason == Unanswered::Timeout => reason = why,
                Err(_) => {}
            }
        }
        Answer::failed(reason)
    }

    /// [`DnsClient::ask`] without the negative TTL.
    pub async fn query(&self, servers: &[SocketAddr], name: &str, kind: RecordKind) -> Lookup {
        self.ask(servers, name, kind).await.lookup
    }

    /// One question to the recursive resolver (RD=1), for names outside the
    /// domain's own zone: the targets of CNAME chains and SPF includes.
    /// Answered like [`DnsClient::ask`], with the resolver's CNAME chain.
    pub async fn resolve(&self, name: &str, kind: RecordKind) -> Answer {
        let Ok(asked) = fqdn(name) else {
            return Answer::failed(Unanswered::Unreachable);
        };
        match self
            .ask_server(self.settings.resolver, &asked, kind, true)
            .await
        {
            Ok(answer) => answer,
            Err(reason) => Answer::failed(reason),
        }
    }

    /// The answer of one server, or why it gave none that can be used.
    async fn ask_server(
        &self,
        server: SocketAddr,
        asked: &Name,
        kind: RecordKind,
        recursion_desired: bool,
    ) -> Result<Answer, Unanswered> {
        let request = new_request(asked, record_type(kind), recursion_desired);
        let response = match self.exchange(server, &request).await {
            Ok(response) => response,
            Err(error) => {
                tracing::debug!(%server, name = %asked, %error, "DNS server did not answer");
                return Err(Unanswered::from(&error));
            }
        };
        let answer = usable_answer(&response, asked, kind);
        if let Err(reason) = &answer {
            let code = response.metadata.response_code;
            tracing::debug!(%server, name = %asked, %code, ?reason, "no usable DNS answer");
        }
        answer
    }

    /// The nearest name at or above `name` that has NS records, per the resolver.
    async fn find_delegation(&self, name: &Name) -> Result<Delegation, LookupError> {
        let mut candidate = name.clone();
        let mut does_not_exist = false;
        // A single label is a top-level domain: its servers know nothing
        // about the customer's records, so asking them would mislead.
        while candidate.num_labels() >= 2 {
            let response = self.ask_resolver(&candidate, RecordType::NS).await?;
            if candidate == *name {
                does_not_exist = response.metadata.response_code == ResponseCode::NXDomain;
            }
            let hosts = name_servers_at(&response.answers, &candidate);
            if !hosts.is_empty() {
                return Ok(Delegation {
                    hosts,
                    glue: response.additionals,
                });
            }
            candidate = candidate.base_name();
        }
        if does_not_exist {
            return Err(LookupError::NoSuchDomain(host_name(name)));
        }
        Err(LookupError::NoNameServers(host_name(name)))
    }

    /// The addresses of one name server: glue when the resolver sent it,
    /// otherwise A and, only when there is no A, AAAA (which many hosts
    /// cannot reach anyway, so it is not worth a second round trip).
    async fn host_addresses(&self, host: &Name, glue: &[Record]) -> Vec<IpAddr> {
        let from_glue = addresses_at(glue, host);
        if !from_glue.is_empty() {
            return from_glue;
        }
        for rtype in [RecordType::A, RecordType::AAAA] {
            match self.ask_resolver(host, rtype).await {
                Ok(response) => {
                    let found = addresses_at(&response.answers, host);
                    if !found.is_empty() {
                        return found;
                    }
                }
                Err(error) => {
                    tracing::debug!(host = %host, %error, "name server address not found");
                }
            }
        }
        Vec::new()
    }

    /// A recursive question to the resolver; only NOERROR and NXDOMAIN count.
    async fn ask_resolver(&self, name: &Name, rtype: RecordType) -> Result<Message, LookupError> {
        let request = new_request(name, rtype, true);
        let response = self.exchange(self.settings.resolver, &request).await?;
        match response.metadata.response_code {
            ResponseCode::NoError | ResponseCode::NXDomain => Ok(response),
            code => Err(LookupError::Rejected {
                reason: if code == ResponseCode::Refused {
                    Unanswered::Refused
                } else {
                    Unanswered::ServerFailure
                },
                detail: format!("resolver answered {code} for {name} {rtype}"),
            }),
        }
    }

    /// One question to one server: a UDP attempt, a retry when it fails, and
    /// TCP when the UDP answer was truncated.
    async fn exchange(
        &self,
        server: SocketAddr,
        request: &Message,
    ) -> Result<Message, LookupError> {
        let bytes = request
            .to_vec()
            .map_err(|error| LookupError::Failed(error.to_string()))?;
        let response = match self.udp_attempt(server, request, &bytes).await {
            Ok(response) => response,
            Err(_) => self.udp_attempt(server, request, &bytes).await?,
        };
        if !response.metadata.truncation {
            return Ok(response);
        }
        timeout(self.settings.timeout, tcp_exchange(server, request, &bytes))
            .await
            .map_err(|_| LookupError::Timeout)?
    }

    async fn udp_attempt(
        &self,
        server: SocketAddr,
        request: &Message,
        bytes: &[u8],
    ) -> Result<Message, LookupError> {
        timeout(self.settings.timeout, udp_exchange(server, request, bytes))
            .await
            .map_err(|_| LookupError::Timeout)?
    }
}

/// The NS host names of a zone and any addresses sent along for them.
struct Delegation {
    hosts: Vec<Name>,
    glue: Vec<Record>,
}

/// Sends the question from a fresh socket (a new source port per attempt)
/// and waits for the matching answer, ignoring stray packets.
async fn udp_exchange(
    server: SocketAddr,
    request: &Message,
    bytes: &[u8],
) -> Result<Message, LookupError> {
    let local: SocketAddr = match server {
        SocketAddr::V4(_) => (Ipv4Addr::UNSPECIFIED, 0).into(),
        SocketAddr::V6(_) => (Ipv6Addr::UNSPECIFIED, 0).into(),
    };
    let socket = UdpSocket::bind(local).await?;
    // Connecting makes the kernel drop datagrams from other addresses.
    socket.connect(server).await?;
    socket.send(bytes).await?;
    let mut buffer = vec![0; UDP_BUFFER];
    loop {
        let len = socket.recv(&mut buffer).await?;
        if let Some(response) = matching_response(request, &buffer[..len]) {
            return Ok(response);
        }
    }
}

/// The same question over TCP, framed with the two-byte length prefix.
async fn tcp_exchange(
    server: SocketAddr,
    request: &Message,
    bytes: &[u8],
) -> Result<Message, LookupError> {
    let len = u16::try_from(bytes.len())
        .map_err(|_| LookupError::Failed("question too long for TCP".into()))?;
    let mut framed = Vec::with_capacity(bytes.len() + 2);
    framed.extend_from_slice(&len.to_be_bytes());
    framed.extend_from_slice(bytes);
    let mut stream = TcpStream::connect(server).await?;
    stream.write_all(&framed).await?;
    let mut len_buffer = [0u8; 2];
    stream.read_exact(&mut len_buffer).await?;
    let mut body = vec![0; usize::from(u16::from_be_bytes(len_buffer))];
    stream.read_exact(&mut body).await?;
    matching_response(request, &body)
        .ok_or_else(|| LookupError::Failed("TCP answer does not match the question".into()))
}

/// The parsed answer if `bytes` answers exactly `request` (same id, same question).
fn matching_response(request: &Message, bytes: &[u8]) -> Option<Message> {
    let response = Message::from_vec(bytes).ok()?;
    let same_question = response.queries.len() == request.queries.len()
        && response
            .queries
            .iter()
            .zip(&request.queries)
            .all(|(a, b)| same_query(a, b));
    let is_answer = response.metadata.message_type == MessageType::Response
        && response.metadata.id == request.metadata.id;
    (is_answer && same_question).then_some(response)
}

fn same_query(a: &Query, b: &Query) -> bool {
    a.name.eq_ignore_root(&b.name) && a.query_type == b.query_type && a.query_class == b.query_class
}

/// A query message with a random id, so that forged or stray answers to an
/// earlier question are not taken for ours.
fn new_request(name: &Name, rtype: RecordType, recursion_desired: bool) -> Message {
    let mut message = Message::new(rand::random(), MessageType::Query, OpCode::Query);
    message.metadata.recursion_desired = recursion_desired;
    message.add_query(Query::query(name.clone(), rtype));
    message
}

/// The records to report, or why the answer says nothing about the name.
fn usable_answer(response: &Message, asked: &Name, kind: RecordKind) -> Result<Answer, Unanswered> {
    match response.metadata.response_code {
        ResponseCode::NoError | ResponseCode::NXDomain if is_referral(response) => {
            Err(Unanswered::Lame)
        }
        ResponseCode::NoError | ResponseCode::NXDomain => {
            let records = answer_records(&response.answers, asked, kind);
            let negative_ttl = if records.iter().any(|r| r.kind == kind) {
                None
            } else {
                negative_ttl(&response.authorities)
            };
            Ok(Answer {
                lookup: Lookup::Answered(records),
                negative_ttl,
            })
        }
        ResponseCode::Refused => Err(Unanswered::Refused),
        _ => Err(Unanswered::ServerFailure),
    }
}

/// RFC 2308 section 5: an empty answer may be believed for the smaller of
/// the SOA record's TTL and its minimum field.
fn negative_ttl(authorities: &[Record]) -> Option<u32> {
    authorities.iter().find_map(|record| match &record.data {
        RData::SOA(soa) => Some(record.ttl.min(soa.minimum)),
        _ => None,
    })
}

/// A server that is not authoritative for the name points elsewhere instead
/// of answering; its empty answer must not be read as "does not exist".
fn is_referral(response: &Message) -> bool {
    !response.metadata.authoritative
        && response.answers.is_empty()
        && response
            .authorities
            .iter()
            .any(|record| record.record_type() == RecordType::NS)
}

/// The records of `kind` at the asked name or at the end of its CNAME chain,
/// together with the CNAMEs themselves, in the order the server sent them.
fn answer_records(answers: &[Record], asked: &Name, kind: RecordKind) -> Vec<FoundRecord> {
    let owners = cname_chain(answers, asked);
    answers
        .iter()
        .filter(|record| {
            owners
                .iter()
                .any(|owner| owner.eq_ignore_root(&record.name))
        })
        .filter_map(found_record)
        .filter(|found| found.kind == kind || found.kind == RecordKind::Cname)
        .collect()
}

/// The asked name followed by the targets of the CNAMEs in the answer.
fn cname_chain(answers: &[Record], asked: &Name) -> Vec<Name> {
    let mut chain = vec![asked.clone()];
    for _ in 0..MAX_CNAME_HOPS {
        let Some(last) = chain.last() else { break };
        let next = answers.iter().find_map(|record| match &record.data {
            RData::CNAME(target) if record.name.eq_ignore_root(last) => Some(target.0.clone()),
            _ => None,
        });
        match next {
            Some(target) if !chain.iter().any(|name| name.eq_ignore_root(&target)) => {
                chain.push(target)
            }
            _ => break,
        }
    }
    chain
}

/// One answer record in the shape the DNS check compares; None for types it
/// never asks about.
fn found_record(record: &Record) -> Option<FoundRecord> {
    let (kind, value) = match &record.data {
        // A null MX (RFC 7505) names the root, shown as `.`.
        RData::MX(mx) if mx.exchange.is_root() => (RecordKind::Mx, format!("{} .", mx.preference)),
        RData::MX(mx) => (
            RecordKind::Mx,
            format!("{} {}", mx.preference, host_name(&mx.exchange)),
        ),
        RData::CNAME(target) => (RecordKind::Cname, host_name(&target.0)),
        RData::SRV(srv) => (
            RecordKind::Srv,
            format!(
                "{} {} {} {}",
                srv.priority,
                srv.weight,
                srv.port,
                host_name(&srv.target)
            ),
        ),
        RData::TXT(txt) => (
            RecordKind::Txt,
            txt.txt_data
                .iter()
                .map(|part| String::from_utf8_lossy(part))
                .collect(),
        ),
        RData::A(a) => (RecordKind::A, a.0.to_string()),
        RData::AAAA(aaaa) => (RecordKind::Aaaa, aaaa.0.to_string()),
        RData::PTR(ptr) => (RecordKind::Ptr, host_name(&ptr.0)),
        _ => return None,
    };
    Some(FoundRecord {
        name: host_name(&record.name),
        kind,
        value,
        ttl: record.ttl,
    })
}

/// The NS targets owned by `owner` (CNAMEs or NS of other names do not count).
fn name_servers_at(answers: &[Record], owner: &Name) -> Vec<Name> {
    answers
        .iter()
        .filter(|record| record.name.eq_ignore_root(owner))
        .filter_map(|record| match &record.data {
            RData::NS(ns) => Some(ns.0.clone()),
            _ => None,
        })
        .collect()
}

/// The A and AAAA addresses of `host`, following CNAMEs in the same answer.
fn addresses_at(records: &[Record], host: &Name) -> Vec<IpAddr> {
    let owners = cname_chain(records, host);
    records
        .iter()
        .filter(|record| {
            owners
                .iter()
                .any(|owner| owner.eq_ignore_root(&record.name))
        })
        .filter_map(|record| match &record.data {
            RData::A(a) => Some(IpAddr::V4(a.0)),
            RData::AAAA(aaaa) => Some(IpAddr::V6(aaaa.0)),
            _ => None,
        })
        .collect()
}

/// A name as the rest of the portal writes it: lower-case ASCII, no trailing dot.
/// Whether `ip` is an address on the public internet: not loopback,
/// private, shared (carrier-grade NAT), link-local, unique-local, multicast,
/// broadcast, documentation or unspecified (IPv4-mapped IPv6 judged as IPv4).
pub fn is_public(ip: IpAddr) -> bool {
    match ip.to_canonical() {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b)))
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
                || first == 0x2001 && v6.segments()[1] == 0x0db8)
        }
    }
}

fn host_name(name: &Name) -> String {
    name.to_ascii().trim_end_matches('.').to_ascii_lowercase()
}

/// Parses an ASCII name given without trailing dot as a fully qualified name.
fn fqdn(name: &str) -> Result<Name, LookupError> {
    let mut parsed = Name::from_ascii(name)
        .map_err(|error| LookupError::Failed(format!("invalid name {name:?}: {error}")))?;
    parsed.set_fqdn(true);
    Ok(parsed)
}

fn record_type(kind: RecordKind) -> RecordType {
    match kind {
        RecordKind::Mx => RecordType::MX,
        RecordKind::Cname => RecordType::CNAME,
        RecordKind::Srv => RecordType::SRV,
        RecordKind::Txt => RecordType::TXT,
        RecordKind::A => RecordType::A,
        RecordKind::Aaaa => RecordType::AAAA,
        RecordKind::Ptr => RecordType::PTR,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hickory_proto::rr::rdata::{CNAME, MX, SOA, TXT};

    fn name(s: &str) -> Name {
        fqdn(s).unwrap()
    }

    #[test]
    fn keeps_records_of_the_asked_kind_and_the_cname_chain() {
        let answers = vec![
            Record::from_rdata(
                name("autodiscover.example.de"),
                300,
                RData::CNAME(CNAME(name("Target.Example.NET"))),
            ),
            Record::from_rdata(
                name("target.example.net"),
                60,
                RData::MX(MX::new(10, name("mx.example.net"))),
            ),
            Record::from_rdata(
                name("other.example.de"),
                60,
                RData::MX(MX::new(20, name("elsewhere.example"))),
            ),
        ];
        let found = answer_records(&answers, &name("AUTODISCOVER.example.de"), RecordKind::Mx);
        assert_eq!(
            found,
            vec![
                FoundRecord {
                    name: "autodiscover.example.de".into(),
                    kind: RecordKind::Cname,
                    value: "target.example.net".into(),
                    ttl: 300,
                },
                FoundRecord {
                    name: "target.example.net".into(),
                    kind: RecordKind::Mx,
                    value: "10 mx.example.net".into(),
                    ttl: 60,
                },
            ]
        );
    }

    #[test]
    fn only_public_addresses_count_as_name_servers() {
        for public in ["9.9.9.9", "185.12.64.1", "2a01:4f8::1", "::ffff:9.9.9.9"] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
        for private in [
            "127.0.0.1",
            "127.9.9.9",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "0.1.2.3",
            "100.64.0.1",
            "255.255.255.255",
            "224.0.0.1",
            "192.0.2.1",
            "::1",
            "::",
            "fe80::1",
            "fd00::1",
            "fc00::1",
            "ff02::1",
            "2001:db8::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
    }

    #[test]
    fn an_empty_answer_is_believed_for_the_smaller_of_soa_ttl_and_minimum() {
        let soa = |ttl: u32, minimum: u32| {
            Record::from_rdata(
                name("example.de"),
                ttl,
                RData::SOA(SOA::new(
                    name("ns1.example.de"),
                    name("hostmaster.example.de"),
                    1,
                    3600,
                    600,
                    86400,
                    minimum,
                )),
            )
        };
        assert_eq!(negative_ttl(&[soa(3600, 300)]), Some(300));
        assert_eq!(negative_ttl(&[soa(120, 900)]), Some(120));
        assert_eq!(negative_ttl(&[]), None);
    }

    #[test]
    fn joins_txt_strings_without_separator() {
        let record = Record::from_rdata(
            name("example.de"),
            3600,
            RData::TXT(TXT::new(vec!["v=spf1 ".into(), "-all".into()])),
        );
        assert_eq!(found_record(&record).unwrap().value, "v=spf1 -all");
    }

    #[test]
    fn a_cname_loop_ends() {
        let answers = vec![
            Record::from_rdata(name("a.example"), 1, RData::CNAME(CNAME(name("b.example")))),
            Record::from_rdata(name("b.example"), 1, RData::CNAME(CNAME(name("a.example")))),
        ];
        assert_eq!(cname_chain(&answers, &name("a.example")).len(), 2);
    }

    #[test]
    fn stray_answers_are_ignored() {
        let request = new_request(&name("example.de"), RecordType::MX, false);
        let mut other_id = Message::response(request.metadata.id.wrapping_add(1), OpCode::Query);
        other_id.add_query(Query::query(name("example.de"), RecordType::MX));
        assert!(matching_response(&request, &other_id.to_vec().unwrap()).is_none());

        let mut other_question = Message::response(request.metadata.id, OpCode::Query);
        other_question.add_query(Query::query(name("example.de"), RecordType::TXT));
        assert!(matching_response(&request, &other_question.to_vec().unwrap()).is_none());

        let mut right = Message::response(request.metadata.id, OpCode::Query);
        right.add_query(Query::query(name("EXAMPLE.de"), RecordType::MX));
        assert!(matching_response(&request, &right.to_vec().unwrap()).is_some());
    }
}
