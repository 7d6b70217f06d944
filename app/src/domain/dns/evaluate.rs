//! Compares what a domain's name servers answered with the records it needs.
//!
//! The lookups happen elsewhere and arrive here through a [`DnsView`], so the
//! rules that decide "correct", "missing" or "wrong" — and which findings
//! explain a problem (an old MX, a second SPF record, a wildcard) — can be
//! tested without a network. A lookup that failed never counts as missing:
//! telling a customer to add a record they already have would be worse than
//! saying nothing.
//!
//! Judging a record sometimes needs more than the questions asked up front:
//! the rest of a CNAME chain that leaves the zone, and every name an SPF
//! evaluation touches. Those are asked through the same view, which in the
//! live check goes to the resolver and records the answers, and when the
//! page is rendered from the cache answers from that record — so both reach
//! the same verdict.

use super::domain_name::DomainName;
use super::expected::{DnsSettings, ExpectedRecord, RecordPurpose};
use super::spf::check_host::{check_host, DnsAnswer, Sender, SpfDns, SpfResult, SpfVerdict};
use super::spf::policy::{Mechanism, Policy};
use super::spf::{is_spf_record, spf_records, Qualifier, SpfRecord};
use super::{normalise_name, FoundRecord, Lookup, RecordKind, Unanswered};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::task::{Context, Poll, Waker};

/// A label nobody defines: if a name below the domain with this label has
/// records, the zone has a wildcard.
pub const WILDCARD_PROBE_LABEL: &str = "rhoen-wildcard-probe";

/// How many CNAMEs are followed before a chain counts as broken.
const MAX_CHAIN: usize = 8;

/// When the provider's outgoing addresses are not configured, at most this
/// many are taken from the `ip4`/`ip6` terms of its own SPF record.
const MAX_DERIVED_SENDERS: usize = 4;

/// One question to the domain's name servers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Question {
    /// Full ASCII name without trailing dot.
    pub name: String,
    pub kind: RecordKind,
}

impl Question {
    pub fn new(name: &str, kind: RecordKind) -> Question {
        Question {
            name: name.trim_end_matches('.').to_ascii_lowercase(),
            kind,
        }
    }
}

/// The answers to the questions; a question without an entry counts as failed.
pub type Observations = BTreeMap<Question, Lookup>;

/// Where the evaluation gets its answers.
pub trait DnsView: Sync {
    fn lookup(&self, question: &Question) -> impl Future<Output = Lookup> + Send;
}

impl DnsView for Observations {
    async fn lookup(&self, question: &Question) -> Lookup {
        // Only what was asked before is here; anything else is unknown.
        self.get(question)
            .cloned()
            .unwrap_or(Lookup::Failed(Unanswered::Unreachable))
    }
}

/// The verdict on one expected record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecordState {
    Correct,
    /// Nothing of the record's type at the name.
    Missing,
    /// Something else is there; `found` lists it in zone-file notation.
    Wrong {
        found: Vec<String>,
    },
    /// A lookup needed for a verdict failed.
    Unverifiable,
}

/// The verdict on the expected record with the same key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordCheck {
    pub key: String,
    pub state: RecordState,
    /// Why an unverifiable record could not be checked.
    #[serde(default)]
    pub unanswered: Option<Unanswered>,
}

/// Findings that explain a problem or put mail at risk although the
/// expected record itself may be fine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Conflict {
    /// Our MX is there, but so are others (usually the previous provider's):
    /// some mail ends up there.
    ForeignMx { hosts: Vec<String> },
    /// `0 .`: the domain declares that it receives no mail at all.
    NullMx,
    /// More than one SPF record: receivers treat SPF as broken (permerror).
    MultipleSpf { records: Vec<String> },
    /// The SPF record does not include ours (used when the provider's
    /// sending addresses are unknown, so the record cannot be evaluated).
    SpfWithoutInclude { record: String },
    /// Receivers would not pass mail from the provider's addresses `ips`
    /// (those with the same verdict together).
    SpfNotPassing {
        ips: Vec<String>,
        verdict: SpfVerdict,
        /// `-all` (or another `all`) stands before our include, so the
        /// include is never reached.
        include_after_all: bool,
    },
    /// `+all` lets every server on the internet send in the domain's name.
    SpfPermissive { record: String },
    /// `autodiscover` has address records of its own instead of our CNAME.
    AutodiscoverAddress { addresses: Vec<String> },
    /// A wildcard answers for `autodiscover` (and every other name).
    Wildcard { addresses: Vec<String> },
}

/// The result of checking one domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainCheck {
    /// One per expected record, in the same order.
    pub records: Vec<RecordCheck>,
    pub conflicts: Vec<Conflict>,
}

impl DomainCheck {
    /// Every record could be checked.
    pub fn is_complete(&self) -> bool {
        self.records
            .iter()
            .all(|r| r.state != RecordState::Unverifiable)
    }
}

/// What to ask the domain's own servers: each expected record at its name,
/// for autodiscover also its address records and the wildcard probe that
/// explains them, and for DKIM also TXT (a key pasted there instead of our
/// CNAME). Sorted and without duplicates (SPF and MX share the apex but
/// differ in type).
pub fn questions(domain: &DomainName, expected: &[ExpectedRecord]) -> Vec<Question> {
    let mut questions: Vec<Question> = expected
        .iter()
        .map(|record| Question::new(&record.fqdn, record.kind))
        .collect();
    if let Some(autodiscover) = expected
        .iter()
        .find(|r| r.purpose == RecordPurpose::Autodiscover)
    {
        for kind in [RecordKind::A, RecordKind::Aaaa] {
            questions.push(Question::new(&autodiscover.fqdn, kind));
            questions.push(Question::new(&probe_name(domain), kind));
        }
    }
    for dkim in expected.iter().filter(|r| r.purpose == RecordPurpose::Dkim) {
        questions.push(Question::new(&dkim.fqdn, RecordKind::Txt));
    }
    questions.sort();
    questions.dedup();
    questions
}

fn probe_name(domain: &DomainName) -> String {
    format!("{WILDCARD_PROBE_LABEL}.{}", domain.ascii())
}

/// Judges every expected record; further questions go to `dns`.
pub async fn evaluate<D: DnsView>(
    domain: &DomainName,
    expected: &[ExpectedRecord],
    settings: &DnsSettings,
    dns: &D,
) -> DomainCheck {
    let answers = Answers {
        dns,
        failure: std::sync::Mutex::new(None),
    };
    let mut check = DomainCheck {
        records: Vec::with_capacity(expected.len()),
        conflicts: Vec::new(),
    };
    for record in expected {
        answers.take_failure();
        let (state, conflicts) = match record.purpose {
            RecordPurpose::Mx => check_mx(record, &answers).await,
            RecordPurpose::Autodiscover => check_autodiscover(record, &answers, domain).await,
            RecordPurpose::AutodiscoverSrv => (check_srv(record, &answers).await, vec![]),
            RecordPurpose::Spf => check_spf(record, &answers, domain, settings).await,
            RecordPurpose::Dkim => (check_dkim(record, &answers).await, vec![]),
            RecordPurpose::Dmarc => (check_dmarc(record, &answers).await, vec![]),
        };
        let failure = answers.take_failure();
        let unanswered = match state {
            RecordState::Unverifiable => failure,
            _ => None,
        };
        check.records.push(RecordCheck {
            key: record.key.clone(),
            state,
            unanswered,
        });
        check.conflicts.extend(conflicts);
    }
    check
}

/// [`evaluate`] against answers at hand (the cache): every lookup is ready
/// at once, so the future completes on its first poll.
pub fn evaluate_observed(
    domain: &DomainName,
    expected: &[ExpectedRecord],
    settings: &DnsSettings,
    observations: &Observations,
) -> DomainCheck {
    let future = std::pin::pin!(evaluate(domain, expected, settings, observations));
    match future.poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(check) => check,
        Poll::Pending => unreachable!("answers in memory are ready at once"),
    }
}

/// Read access to the answers; `None` whenever a lookup failed.
struct Answers<'a, D> {
    dns: &'a D,
    /// Why the first lookup that failed since the last [`Answers::take_failure`] did.
    failure: std::sync::Mutex<Option<Unanswered>>,
}

impl<D: DnsView> Answers<'_, D> {
    fn take_failure(&self) -> Option<Unanswered> {
        self.failure
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
    }

    async fn lookup(&self, name: &str, kind: RecordKind) -> Option<Vec<FoundRecord>> {
        match self.dns.lookup(&Question::new(name, kind)).await {
            Lookup::Answered(records) => Some(records),
            Lookup::Failed(reason) => {
                let mut first = self.failure.lock().unwrap_or_else(|e| e.into_inner());
                first.get_or_insert(reason);
                None
            }
        }
    }

    /// Everything the lookup returned; when the answer is a CNAME chain that
    /// leaves the zone (the domain's servers know only its first link), the
    /// rest is asked at its end.
    async fn all(&self, name: &str, kind: RecordKind) -> Option<Vec<FoundRecord>> {
        let mut records = self.lookup(name, kind).await?;
        for _ in 0..MAX_CHAIN {
            if kind == RecordKind::Cname || records.iter().any(|r| r.kind == kind) {
                break;
            }
            let Some(end) = chain_end(&records, name) else {
                break;
            };
            match self.lookup(&end, kind).await {
                Some(more) if !more.is_empty() => records.extend(more),
                Some(_) => break,
                None => return None,
            }
        }
        Some(records)
    }

    /// The values of the records of the asked type.
    async fn values(&self, name: &str, kind: RecordKind) -> Option<Vec<String>> {
        let records = self.all(name, kind).await?;
        Some(
            records
                .iter()
                .filter(|r| r.kind == kind)
                .map(|r| r.value.clone())
                .collect(),
        )
    }

    /// The CNAME targets at exactly `name` (not further along a chain).
    async fn cname_targets(&self, name: &str) -> Option<Vec<String>> {
        let records = self.lookup(name, RecordKind::Cname).await?;
        Some(
            records
                .iter()
                .filter(|r| r.kind == RecordKind::Cname && same_name(&r.name, name))
                .map(|r| normalise_name(&r.value))
                .collect(),
        )
    }

    /// The names a CNAME chain from `first` passes through, `first` excluded,
    /// until it reaches `wanted`, ends or loops; `None` when a link could
    /// not be looked up.
    async fn chain_from(&self, first: &str, wanted: &str) -> Option<Vec<String>> {
        let mut chain = vec![first.to_string()];
        while !same_name(chain.last()?, wanted) && chain.len() <= MAX_CHAIN {
            let next = self.cname_targets(chain.last()?).await?;
            match next.first() {
                Some(target) if !chain.iter().any(|c| same_name(c, target)) => {
                    chain.push(target.clone())
                }
                _ => break,
            }
        }
        Some(chain)
    }

    /// TXT strings with their whitespace normalised.
    async fn txts(&self, name: &str) -> Option<Vec<String>> {
        let values = self.values(name, RecordKind::Txt).await?;
        Some(values.iter().map(|v| normalise_txt(v)).collect())
    }
}

/// The last target of the CNAMEs in `records`, starting at `name`.
fn chain_end(records: &[FoundRecord], name: &str) -> Option<String> {
    let mut current = normalise_name(name);
    let mut moved = false;
    for _ in 0..MAX_CHAIN {
        let next = records
            .iter()
            .find(|r| r.kind == RecordKind::Cname && same_name(&r.name, &current))?;
        current = normalise_name(&next.value);
        moved = true;
        if !records
            .iter()
            .any(|r| r.kind == RecordKind::Cname && same_name(&r.name, &current))
        {
            break;
        }
    }
    moved.then_some(current)
}

async fn check_mx<D: DnsView>(
    record: &ExpectedRecord,
    answers: &Answers<'_, D>,
) -> (RecordState, Vec<Conflict>) {
    let Some(found) = answers.values(&record.fqdn, RecordKind::Mx).await else {
        return (RecordState::Unverifiable, vec![]);
    };
    if found.is_empty() {
        return (RecordState::Missing, vec![]);
    }
    let wanted = Mx::parse(&record.value);
    let parsed: Vec<Option<Mx>> = found.iter().map(|v| Mx::parse(v)).collect();
    let ours = |mx: &Option<Mx>| matches!((mx, &wanted), (Some(m), Some(w)) if m.host == w.host);
    // The priority only ranks MX hosts against each other: when ours is the
    // only host, every sender delivers to it whatever the number.
    let only_ours = parsed.iter().all(ours);
    let state = if only_ours || parsed.iter().any(|mx| mx.is_some() && *mx == wanted) {
        RecordState::Correct
    } else {
        RecordState::Wrong {
            found: found.clone(),
        }
    };
    let mut conflicts = Vec::new();
    if parsed.iter().flatten().any(|mx| mx.host.is_empty()) {
        conflicts.push(Conflict::NullMx);
    }
    let mut foreign: Vec<String> = Vec::new();
    for (value, mx) in found.iter().zip(&parsed) {
        let host = mx.as_ref().map_or_else(|| value.clone(), Mx::shown_host);
        if !ours(mx) && !foreign.contains(&host) && host != "." {
            foreign.push(host);
        }
    }
    // Without our MX the state already lists what is there; the conflict is
    // about mail being split between us and another server.
    if parsed.iter().any(ours) && !foreign.is_empty() {
        conflicts.push(Conflict::ForeignMx { hosts: foreign });
    }
    (state, conflicts)
}

/// An MX value, `10 mx.example.de`.
#[derive(Debug, PartialEq)]
struct Mx {
    priority: u16,
    host: String,
}

impl Mx {
    fn parse(value: &str) -> Option<Mx> {
        let mut fields = value.split_whitespace();
        let priority = fields.next()?.parse().ok()?;
        // A null MX (`0 .`) has an empty host once the dot is gone.
        let host = fields.next().map(normalise_name).unwrap_or_default();
        fields.next().is_none().then_some(Mx { priority, host })
    }

    /// The host as shown to the customer; the null MX as its `.`.
    fn shown_host(&self) -> String {
        if self.host.is_empty() {
            ".".to_string()
        } else {
            self.host.clone()
        }
    }
}

async fn check_cname<D: DnsView>(record: &ExpectedRecord, answers: &Answers<'_, D>) -> RecordState {
    match answers.cname_targets(&record.fqdn).await {
        None => RecordState::Unverifiable,
        Some(targets) => cname_state(record, targets, answers).await,
    }
}

/// Correct when one of the targets is ours or leads to ours through a
/// chain of CNAMEs (`autodiscover` → `mail.example.de` → ours); a wrong
/// chain is shown link by link.
async fn cname_state<D: DnsView>(
    record: &ExpectedRecord,
    targets: Vec<String>,
    answers: &Answers<'_, D>,
) -> RecordState {
    if targets.is_empty() {
        return RecordState::Missing;
    }
    let mut found = Vec::new();
    for target in &targets {
        let Some(chain) = answers.chain_from(target, &record.value).await else {
            return RecordState::Unverifiable;
        };
        if chain
            .last()
            .is_some_and(|end| same_name(end, &record.value))
        {
            return RecordState::Correct;
        }
        found.push(chain.join(" → "));
    }
    RecordState::Wrong { found }
}

/// Like any CNAME, but a DKIM key published as TXT at the name (copied from
/// an old provider, or pasted instead of our CNAME) is shown as found: the
/// record is there in the wrong form, not missing. Without our CNAME, the
/// provider's key rollover would never reach it.
async fn check_dkim<D: DnsView>(record: &ExpectedRecord, answers: &Answers<'_, D>) -> RecordState {
    match check_cname(record, answers).await {
        RecordState::Missing => {
            let keys: Vec<String> = answers
                .txts(&record.fqdn)
                .await
                .unwrap_or_default()
                .into_iter()
                .filter(|txt| is_dkim_key(txt))
                .collect();
            if keys.is_empty() {
                RecordState::Missing
            } else {
                RecordState::Wrong { found: keys }
            }
        }
        other => other,
    }
}

/// A DKIM key record: `v=DKIM1` first, or a `p=` tag (the version is optional).
fn is_dkim_key(txt: &str) -> bool {
    let lower = txt.to_ascii_lowercase();
    lower.starts_with("v=dkim1")
        || lower
            .split(';')
            .any(|tag| tag.trim_start().starts_with("p="))
}

/// Like any CNAME, but when there is none, address records at the name
/// make the record wrong rather than missing, because they keep Outlook
/// from finding us. Whether they come from a wildcard or were set for
/// `autodiscover` itself is told by the probe name: a wildcard answers it
/// with the same addresses.
async fn check_autodiscover<D: DnsView>(
    record: &ExpectedRecord,
    answers: &Answers<'_, D>,
    domain: &DomainName,
) -> (RecordState, Vec<Conflict>) {
    let probe = probe_name(domain);
    let Some(targets) = answers.cname_targets(&record.fqdn).await else {
        return (RecordState::Unverifiable, vec![]);
    };
    if !targets.is_empty() {
        let state = cname_state(record, targets.clone(), answers).await;
        // A wildcard CNAME answers the probe with the same target.
        let from_wildcard = matches!(state, RecordState::Wrong { .. })
            && answers
                .cname_targets(&probe)
                .await
                .is_some_and(|probe_targets| probe_targets == targets);
        let conflicts = if from_wildcard {
            vec![Conflict::Wildcard { addresses: targets }]
        } else {
            vec![]
        };
        return (state, conflicts);
    }
    let Some(found) = addresses(answers, &record.fqdn).await else {
        return (RecordState::Unverifiable, vec![]);
    };
    if found.is_empty() {
        return (RecordState::Missing, vec![]);
    }
    // Without the probe a wildcard cannot be told from a record set by
    // hand, so neither is claimed.
    let conflict = addresses(answers, &probe).await.map(|mut probe_addresses| {
        let mut sorted = found.clone();
        sorted.sort();
        probe_addresses.sort();
        if sorted == probe_addresses {
            Conflict::Wildcard {
                addresses: found.clone(),
            }
        } else {
            Conflict::AutodiscoverAddress {
                addresses: found.clone(),
            }
        }
    });
    (RecordState::Wrong { found }, conflict.into_iter().collect())
}

/// The A and AAAA addresses at `name`; `None` when either lookup failed.
async fn addresses<D: DnsView>(answers: &Answers<'_, D>, name: &str) -> Option<Vec<String>> {
    let mut found = answers.values(name, RecordKind::A).await?;
    found.extend(answers.values(name, RecordKind::Aaaa).await?);
    Some(found)
}

async fn check_srv<D: DnsView>(record: &ExpectedRecord, answers: &Answers<'_, D>) -> RecordState {
    let Some(found) = answers.values(&record.fqdn, RecordKind::Srv).await else {
        return RecordState::Unverifiable;
    };
    let wanted = Srv::parse(&record.value);
    let parsed: Vec<Option<Srv>> = found.iter().map(|v| Srv::parse(v)).collect();
    // Priority and weight choose among several records; a single one is
    // used whatever they say. Port and target always matter.
    let single_at_our_place = match (parsed.as_slice(), &wanted) {
        ([Some(one)], Some(w)) => one.port == w.port && one.target == w.target,
        _ => false,
    };
    if found.is_empty() {
        RecordState::Missing
    } else if single_at_our_place || parsed.iter().any(|srv| srv.is_some() && *srv == wanted) {
        RecordState::Correct
    } else {
        RecordState::Wrong { found }
    }
}

/// An SRV value, `0 0 443 autodiscover.example.de`.
#[derive(Debug, PartialEq)]
struct Srv {
    priority: u16,
    weight: u16,
    port: u16,
    target: String,
}

impl Srv {
    fn parse(value: &str) -> Option<Srv> {
        let fields: Vec<&str> = value.split_whitespace().collect();
        let [priority, weight, port, target] = fields.as_slice() else {
            return None;
        };
        Some(Srv {
            priority: priority.parse().ok()?,
            weight: weight.parse().ok()?,
            port: port.parse().ok()?,
            target: normalise_name(target),
        })
    }
}

async fn check_spf<D: DnsView>(
    record: &ExpectedRecord,
    answers: &Answers<'_, D>,
    domain: &DomainName,
    settings: &DnsSettings,
) -> (RecordState, Vec<Conflict>) {
    let Some(txts) = answers.txts(&record.fqdn).await else {
        return (RecordState::Unverifiable, vec![]);
    };
    let spf: Vec<String> = spf_records(&txts).into_iter().map(String::from).collect();
    let mut conflicts: Vec<Conflict> = spf
        .iter()
        .filter(|txt| permits_everyone(txt))
        .map(|txt| Conflict::SpfPermissive {
            record: txt.clone(),
        })
        .collect();
    let state = match spf.as_slice() {
        // An SPF record pasted with its quotes into a web form that adds
        // its own: receivers see no SPF record, the customer sees one.
        [] => match quoted_spf(&txts) {
            quoted if quoted.is_empty() => RecordState::Missing,
            quoted => RecordState::Wrong { found: quoted },
        },
        [one] => {
            let (state, found) = judge_spf(one, answers.dns, domain, settings).await;
            conflicts.splice(0..0, found);
            state
        }
        _ => {
            conflicts.insert(
                0,
                Conflict::MultipleSpf {
                    records: spf.clone(),
                },
            );
            RecordState::Wrong { found: spf.clone() }
        }
    };
    (state, conflicts)
}

/// The one SPF record judged as receivers judge it: mail from each of the
/// provider's sending addresses must pass. When those addresses are not
/// known, only whether our include is there can be said.
async fn judge_spf<D: DnsView>(
    record: &str,
    dns: &D,
    domain: &DomainName,
    settings: &DnsSettings,
) -> (RecordState, Vec<Conflict>) {
    let wrong = || RecordState::Wrong {
        found: vec![record.to_string()],
    };
    let spf_dns = SpfOverView(dns);
    let senders = provider_senders(&spf_dns, settings).await;
    if senders.is_empty() {
        return if SpfRecord::parse(record).is_some_and(|r| r.includes(&settings.spf_include)) {
            (RecordState::Correct, vec![])
        } else {
            let conflict = Conflict::SpfWithoutInclude {
                record: record.to_string(),
            };
            (wrong(), vec![conflict])
        };
    }
    let mail_from = format!("postmaster@{}", domain.ascii());
    let mut failing: Vec<(Vec<String>, SpfVerdict)> = Vec::new();
    let mut unknown = false;
    for ip in senders {
        let sender = Sender {
            ip,
            mail_from: &mail_from,
            helo: &settings.mx_host,
        };
        let verdict = check_host(&spf_dns, &sender).await;
        match verdict.result {
            SpfResult::Pass => {}
            SpfResult::TempError => unknown = true,
            _ => match failing.iter_mut().find(|(_, v)| *v == verdict) {
                Some((ips, _)) => ips.push(ip.to_string()),
                None => failing.push((vec![ip.to_string()], verdict)),
            },
        }
    }
    if failing.is_empty() {
        let state = if unknown {
            RecordState::Unverifiable
        } else {
            RecordState::Correct
        };
        return (state, vec![]);
    }
    let include_after_all = include_after_all(record, &settings.spf_include);
    let conflicts = failing
        .into_iter()
        .map(|(ips, verdict)| Conflict::SpfNotPassing {
            ips,
            verdict,
            include_after_all,
        })
        .collect();
    (wrong(), conflicts)
}

/// The addresses the provider sends from: configured, or else the `ip4` and
/// `ip6` networks its own SPF record allows (their first address each).
async fn provider_senders<D: SpfDns>(dns: &D, settings: &DnsSettings) -> Vec<IpAddr> {
    if !settings.spf_test_ips.is_empty() {
        return settings.spf_test_ips.clone();
    }
    let DnsAnswer::Records(txts) = dns.txt(&settings.spf_include).await else {
        return Vec::new();
    };
    let [record] = spf_records(&txts)[..] else {
        return Vec::new();
    };
    let Ok(policy) = Policy::parse(record) else {
        return Vec::new();
    };
    policy
        .directives
        .iter()
        .filter(|d| d.qualifier == Qualifier::Pass)
        .filter_map(|d| match d.mechanism {
            Mechanism::Ip4(network, _) => Some(IpAddr::V4(network)),
            Mechanism::Ip6(network, _) => Some(IpAddr::V6(network)),
            _ => None,
        })
        .take(MAX_DERIVED_SENDERS)
        .collect()
}

/// Whether an `all` comes before `include:<ours>`: everything after the
/// first `all` is never evaluated, the commonest way to lock oneself out.
fn include_after_all(record: &str, include: &str) -> bool {
    let Ok(policy) = Policy::parse(record) else {
        return false;
    };
    let ours = normalise_name(include);
    let position = |wanted: &dyn Fn(&Mechanism) -> bool| {
        policy.directives.iter().position(|d| wanted(&d.mechanism))
    };
    let all = position(&|m| *m == Mechanism::All);
    let include = position(&|m| {
        matches!(m, Mechanism::Include(spec)
            if spec.literal().is_some_and(|domain| normalise_name(domain) == ours))
    });
    matches!((all, include), (Some(all), Some(include)) if all < include)
}

/// The evaluation's view of DNS as SPF asks it.
struct SpfOverView<'a, D>(&'a D);

impl<D: DnsView> SpfOverView<'_, D> {
    async fn answer<T>(
        &self,
        name: &str,
        kind: RecordKind,
        read: impl Fn(&str) -> Option<T>,
    ) -> DnsAnswer<T> {
        match self.0.lookup(&Question::new(name, kind)).await {
            Lookup::Failed(_) => DnsAnswer::Failed,
            Lookup::Answered(records) => {
                let found: Vec<T> = records
                    .iter()
                    .filter(|r| r.kind == kind)
                    .filter_map(|r| read(&r.value))
                    .collect();
                if found.is_empty() {
                    DnsAnswer::Void
                } else {
                    DnsAnswer::Records(found)
                }
            }
        }
    }
}

impl<D: DnsView> SpfDns for SpfOverView<'_, D> {
    async fn txt(&self, name: &str) -> DnsAnswer<String> {
        self.answer(name, RecordKind::Txt, |v| Some(v.to_string()))
            .await
    }

    async fn a(&self, name: &str) -> DnsAnswer<Ipv4Addr> {
        self.answer(name, RecordKind::A, |v| v.parse().ok()).await
    }

    async fn aaaa(&self, name: &str) -> DnsAnswer<Ipv6Addr> {
        self.answer(name, RecordKind::Aaaa, |v| v.parse().ok())
            .await
    }

    async fn mx(&self, name: &str) -> DnsAnswer<String> {
        self.answer(name, RecordKind::Mx, |v| Some(Mx::parse(v)?.host))
            .await
    }

    async fn ptr(&self, ip: IpAddr) -> DnsAnswer<String> {
        let name = super::spf::check_host::reverse_name(ip);
        self.answer(&name, RecordKind::Ptr, |v| Some(v.to_string()))
            .await
    }
}

/// TXT values that would be an SPF record without literal quote characters.
fn quoted_spf(txts: &[String]) -> Vec<String> {
    txts.iter()
        .filter(|txt| txt.contains('"') && is_spf_record(&txt.replace('"', "")))
        .cloned()
        .collect()
}

fn permits_everyone(spf: &str) -> bool {
    SpfRecord::parse(spf).and_then(|r| r.all_qualifier()) == Some(Qualifier::Pass)
}

/// The customer may run their own DMARC policy: any one DMARC record is fine.
async fn check_dmarc<D: DnsView>(record: &ExpectedRecord, answers: &Answers<'_, D>) -> RecordState {
    let Some(txts) = answers.txts(&record.fqdn).await else {
        return RecordState::Unverifiable;
    };
    let dmarc: Vec<String> = txts.into_iter().filter(|t| is_dmarc(t)).collect();
    match dmarc.len() {
        0 => RecordState::Missing,
        1 => RecordState::Correct,
        // Receivers ignore DMARC when there is more than one record.
        _ => RecordState::Wrong { found: dmarc },
    }
}

/// `v=DMARC1` (any case) followed by `;`, a space or the end.
fn is_dmarc(txt: &str) -> bool {
    const VERSION: &str = "v=dmarc1";
    let starts = txt
        .get(..VERSION.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(VERSION));
    starts && matches!(txt.as_bytes().get(VERSION.len()), None | Some(b';' | b' '))
}

fn same_name(a: &str, b: &str) -> bool {
    normalise_name(a) == normalise_name(b)
}

/// Runs of whitespace as one space, none at the ends: how a DNS provider's
/// web form stored the value does not matter to receivers.
fn normalise_txt(txt: &str) -> String {
    txt.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::expected::expected_records;
    use super::*;

    const DOMAIN: &str = "muster-gmbh.de";
    const SPF_OK: &str = "v=spf1 include:spf.rhoencloud.de ~all";
    const DMARC_OK: &str = "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@rhoencloud.de";

    /// A domain, its expected records and observations to edit per test.
    struct Fixture {
        domain: DomainName,
        expected: Vec<ExpectedRecord>,
        settings: DnsSettings,
        observations: Observations,
    }

    impl Fixture {
        /// Every question answered, with nothing found.
        fn empty(fully_routed: bool) -> Fixture {
            Fixture::empty_for(DOMAIN, fully_routed)
        }

        fn empty_for(name: &str, fully_routed: bool) -> Fixture {
            let domain = DomainName::parse(name).unwrap();
            let settings = DnsSettings::default();
            let expected = expected_records(&domain, fully_routed, &settings);
            let observations = questions(&domain, &expected)
                .into_iter()
                .map(|q| (q, Lookup::Answered(vec![])))
                .collect();
            Fixture {
                domain,
                expected,
                settings,
                observations,
            }
        }

        /// Every expected record set exactly as expected.
        fn healthy(fully_routed: bool) -> Fixture {
            let mut f = Fixture::empty(fully_routed);
            for record in f.expected.clone() {
                f.add(&record.fqdn, record.kind, &[&record.value]);
            }
            f
        }

        /// Sets the answer to the question to these records (of its type,
        /// owned by the asked name).
        fn set(&mut self, name: &str, kind: RecordKind, values: &[&str]) {
            let records = values
                .iter()
                .map(|v| FoundRecord {
                    name: name.to_string(),
                    kind,
                    value: v.to_string(),
                    ttl: 3600,
                })
                .collect();
            self.observations
                .insert(Question::new(name, kind), Lookup::Answered(records));
        }

        /// Adds records to the answer of the question.
        fn add(&mut self, name: &str, kind: RecordKind, values: &[&str]) {
            let mut all = self.values_of(name, kind);
            all.extend(values.iter().map(|v| v.to_string()));
            let refs: Vec<&str> = all.iter().map(String::as_str).collect();
            self.set(name, kind, &refs);
        }

        fn values_of(&self, name: &str, kind: RecordKind) -> Vec<String> {
            match self.observations.get(&Question::new(name, kind)) {
                Some(Lookup::Answered(records)) => {
                    records.iter().map(|r| r.value.clone()).collect()
                }
                _ => vec![],
            }
        }

        fn fail(&mut self, name: &str, kind: RecordKind) {
            self.observations.insert(
                Question::new(name, kind),
                Lookup::Failed(Unanswered::Timeout),
            );
        }

        fn name(&self, host: &str) -> String {
            if host == "@" {
                self.domain.ascii().to_string()
            } else {
                format!("{host}.{}", self.domain.ascii())
            }
        }

        fn check(&self) -> DomainCheck {
            evaluate_observed(
                &self.domain,
                &self.expected,
                &self.settings,
                &self.observations,
            )
        }

        fn state(&self, key: &str) -> RecordState {
            self.check()
                .records
                .into_iter()
                .find(|r| r.key == key)
                .map(|r| r.state)
                .unwrap_or_else(|| panic!("no state for {key}"))
        }
    }

    fn wrong(found: &[&str]) -> RecordState {
        RecordState::Wrong {
            found: found.iter().map(|f| f.to_string()).collect(),
        }
    }

    fn strings(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| v.to_string()).collect()
    }

    #[test]
    fn questions_cover_every_record_and_the_probes() {
        let f = Fixture::empty(true);
        let q = questions(&f.domain, &f.expected);
        let expected = vec![
            Question::new("_autodiscover._tcp.muster-gmbh.de", RecordKind::Srv),
            Question::new("_dmarc.muster-gmbh.de", RecordKind::Txt),
            Question::new("autodiscover.muster-gmbh.de", RecordKind::Cname),
            Question::new("autodiscover.muster-gmbh.de", RecordKind::A),
            Question::new("autodiscover.muster-gmbh.de", RecordKind::Aaaa),
            Question::new("muster-gmbh.de", RecordKind::Mx),
            Question::new("muster-gmbh.de", RecordKind::Txt),
            Question::new("rhoen-wildcard-probe.muster-gmbh.de", RecordKind::A),
            Question::new("rhoen-wildcard-probe.muster-gmbh.de", RecordKind::Aaaa),
            Question::new("rhoen1._domainkey.muster-gmbh.de", RecordKind::Cname),
            Question::new("rhoen1._domainkey.muster-gmbh.de", RecordKind::Txt),
            Question::new("rhoen2._domainkey.muster-gmbh.de", RecordKind::Cname),
            Question::new("rhoen2._domainkey.muster-gmbh.de", RecordKind::Txt),
        ];
        let mut sorted = expected.clone();
        sorted.sort();
        assert_eq!(q, sorted);
        assert_eq!(q.len(), 13);
    }

    #[test]
    fn questions_are_deduplicated_and_partly_routed_asks_no_mx() {
        let f = Fixture::empty(false);
        let mut doubled = f.expected.clone();
        doubled.extend(f.expected.clone());
        let q = questions(&f.domain, &doubled);
        assert_eq!(q, questions(&f.domain, &f.expected));
        assert_eq!(q.len(), 12);
        assert!(q.iter().all(|q| q.kind != RecordKind::Mx));
    }

    #[test]
    fn questions_for_an_idn_domain_use_punycode() {
        let f = Fixture::empty_for("müller.de", true);
        let q = questions(&f.domain, &f.expected);
        assert!(q
            .iter()
            .all(|q| q.name.ends_with(".xn--mller-kva.de") || q.name == "xn--mller-kva.de"));
        assert!(q.contains(&Question::new(
            "rhoen-wildcard-probe.xn--mller-kva.de",
            RecordKind::A
        )));
    }

    #[test]
    fn all_correct() {
        let f = Fixture::healthy(true);
        let check = f.check();
        let keys: Vec<&str> = check.records.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "mx",
                "autodiscover",
                "autodiscover-srv",
                "spf",
                "dkim-rhoen1",
                "dkim-rhoen2",
                "dmarc"
            ]
        );
        for r in &check.records {
            assert_eq!(r.state, RecordState::Correct, "{}", r.key);
        }
        assert_eq!(check.conflicts, vec![]);
    }

    #[test]
    fn all_missing_when_nothing_is_there() {
        let check = Fixture::empty(true).check();
        assert_eq!(check.records.len(), 7);
        for r in &check.records {
            assert_eq!(r.state, RecordState::Missing, "{}", r.key);
        }
        assert_eq!(check.conflicts, vec![]);
    }

    #[test]
    fn comparison_ignores_case_trailing_dots_and_txt_whitespace() {
        let mut f = Fixture::empty(true);
        let apex = f.name("@");
        f.set(&apex, RecordKind::Mx, &["10 MX.RhoenCloud.de."]);
        f.set(
            &f.name("autodiscover"),
            RecordKind::Cname,
            &["Autodiscover.rhoencloud.DE."],
        );
        f.set(
            &f.name("_autodiscover._tcp"),
            RecordKind::Srv,
            &["0  0 443 AUTODISCOVER.rhoencloud.de."],
        );
        f.set(
            &apex,
            RecordKind::Txt,
            &["  v=spf1   include:SPF.rhoencloud.de.  ~all "],
        );
        for host in ["rhoen1._domainkey", "rhoen2._domainkey"] {
            let selector = &host[..6];
            let target = format!("{selector}.MUSTER-GMBH.DE.dkim.rhoencloud.de.");
            f.set(&f.name(host), RecordKind::Cname, &[&target]);
        }
        f.set(&f.name("_dmarc"), RecordKind::Txt, &["V=dmarc1;p=none"]);
        let check = f.check();
        for r in &check.records {
            assert_eq!(r.state, RecordState::Correct, "{}", r.key);
        }
        assert_eq!(check.conflicts, vec![]);
    }

    #[test]
    fn wrong_values() {
        let mut f = Fixture::empty(true);
        let apex = f.name("@");
        f.set(&apex, RecordKind::Mx, &["10 mx.old-provider.de"]);
        f.set(
            &f.name("autodiscover"),
            RecordKind::Cname,
            &["autodiscover.outlook.com"],
        );
        f.set(
            &f.name("_autodiscover._tcp"),
            RecordKind::Srv,
            &["0 0 443 autodiscover.old-provider.de"],
        );
        f.set(
            &f.name("rhoen1._domainkey"),
            RecordKind::Cname,
            &["rhoen1.other-domain.de.dkim.rhoencloud.de"],
        );
        f.set(
            &f.name("_dmarc"),
            RecordKind::Txt,
            &["v=DMARC1; p=none", "v=DMARC1; p=reject"],
        );
        // Neither target leads on to ours.
        f.set("autodiscover.outlook.com", RecordKind::Cname, &[]);
        f.set(
            "rhoen1.other-domain.de.dkim.rhoencloud.de",
            RecordKind::Cname,
            &[],
        );
        assert_eq!(f.state("mx"), wrong(&["10 mx.old-provider.de"]));
        assert_eq!(
            f.state("autodiscover"),
            wrong(&["autodiscover.outlook.com"])
        );
        assert_eq!(
            f.state("autodiscover-srv"),
            wrong(&["0 0 443 autodiscover.old-provider.de"])
        );
        assert_eq!(
            f.state("dkim-rhoen1"),
            wrong(&["rhoen1.other-domain.de.dkim.rhoencloud.de"])
        );
        assert_eq!(f.state("dkim-rhoen2"), RecordState::Missing);
        assert_eq!(
            f.state("dmarc"),
            wrong(&["v=DMARC1; p=none", "v=DMARC1; p=reject"])
        );
        // Without our MX the state says it all: no "foreign MX" besides ours.
        assert_eq!(f.check().conflicts, vec![]);
    }

    #[test]
    fn the_only_mx_is_correct_at_any_priority() {
        let mut f = Fixture::healthy(true);
        let apex = f.name("@");
        f.set(&apex, RecordKind::Mx, &["20 mx.rhoencloud.de"]);
        assert_eq!(f.state("mx"), RecordState::Correct);
        assert_eq!(f.check().conflicts, vec![]);
    }

    #[test]
    fn beside_another_mx_our_priority_matters() {
        let mut f = Fixture::healthy(true);
        let apex = f.name("@");
        let found = ["20 mx.rhoencloud.de", "10 mx.alter-anbieter.de"];
        f.set(&apex, RecordKind::Mx, &found);
        assert_eq!(f.state("mx"), wrong(&found));
    }

    #[test]
    fn a_dkim_key_as_txt_instead_of_our_cname_is_wrong_not_missing() {
        let mut f = Fixture::healthy(true);
        let name = f.name("rhoen1._domainkey");
        f.set(&name, RecordKind::Cname, &[]);
        let key = "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA";
        f.set(&name, RecordKind::Txt, &[key]);
        assert_eq!(f.state("dkim-rhoen1"), wrong(&[key]));
        f.set(&name, RecordKind::Txt, &["k=rsa; p=MIIBIjAN"]);
        assert_eq!(f.state("dkim-rhoen1"), wrong(&["k=rsa; p=MIIBIjAN"]));
        f.set(&name, RecordKind::Txt, &["google-site-verification=abc"]);
        assert_eq!(f.state("dkim-rhoen1"), RecordState::Missing);
        f.fail(&name, RecordKind::Txt);
        assert_eq!(f.state("dkim-rhoen1"), RecordState::Missing);
    }

    #[test]
    fn a_single_srv_counts_by_port_and_target_only() {
        let mut f = Fixture::healthy(true);
        let srv = f.name("_autodiscover._tcp");
        f.set(
            &srv,
            RecordKind::Srv,
            &["10 5 443 autodiscover.rhoencloud.de."],
        );
        assert_eq!(f.state("autodiscover-srv"), RecordState::Correct);
        f.set(
            &srv,
            RecordKind::Srv,
            &["0 0 444 autodiscover.rhoencloud.de."],
        );
        assert_eq!(
            f.state("autodiscover-srv"),
            wrong(&["0 0 444 autodiscover.rhoencloud.de."])
        );
        let two = [
            "10 5 443 autodiscover.rhoencloud.de.",
            "0 0 443 mail.example.de.",
        ];
        f.set(&srv, RecordKind::Srv, &two);
        assert_eq!(f.state("autodiscover-srv"), wrong(&two));
    }

    #[test]
    fn an_spf_record_with_literal_quotes_is_wrong_not_missing() {
        let mut f = Fixture::healthy(true);
        let apex = f.name("@");
        let pasted = "\"v=spf1 include:spf.rhoencloud.de -all\"";
        f.set(&apex, RecordKind::Txt, &[pasted]);
        assert_eq!(f.state("spf"), wrong(&[pasted]));
        f.set(&apex, RecordKind::Txt, &["\"hallo\""]);
        assert_eq!(f.state("spf"), RecordState::Missing);
    }

    #[test]
    fn old_mx_in_addition_is_correct_with_a_conflict() {
        let mut f = Fixture::healthy(true);
        let apex = f.name("@");
        f.set(
            &apex,
            RecordKind::Mx,
            &[
                "10 mx.rhoencloud.de",
                "20 mx00.old-provider.de",
                "30 mx01.old-provider.de",
                "40 mx00.old-provider.de",
            ],
        );
        let check = f.check();
        assert_eq!(check.records[0].state, RecordState::Correct);
        assert_eq!(
            check.conflicts,
            vec![Conflict::ForeignMx {
                hosts: strings(&["mx00.old-provider.de", "mx01.old-provider.de"])
            }]
        );
    }

    #[test]
    fn a_null_mx_is_named_as_such() {
        let mut f = Fixture::healthy(true);
        let apex = f.name("@");
        f.set(&apex, RecordKind::Mx, &["0 .", "10 mx.rhoencloud.de"]);
        assert_eq!(f.check().conflicts, vec![Conflict::NullMx]);
        f.set(&apex, RecordKind::Mx, &["0 ."]);
        assert_eq!(f.state("mx"), wrong(&["0 ."]));
        assert_eq!(f.check().conflicts, vec![Conflict::NullMx]);
    }

    #[test]
    fn two_spf_records() {
        let mut f = Fixture::healthy(true);
        let apex = f.name("@");
        let other = "v=spf1 include:_spf.google.com ~all";
        f.set(
            &apex,
            RecordKind::Txt,
            &["google-site-verification=abc", SPF_OK, other],
        );
        let check = f.check();
        assert_eq!(check.records[3].key, "spf");
        assert_eq!(check.records[3].state, wrong(&[SPF_OK, other]));
        assert_eq!(
            check.conflicts,
            vec![Conflict::MultipleSpf {
                records: strings(&[SPF_OK, other])
            }]
        );
    }

    #[test]
    fn spf_without_our_include() {
        let mut f = Fixture::healthy(true);
        let apex = f.name("@");
        let theirs = "v=spf1 mx include:_spf.google.com -all";
        f.set(&apex, RecordKind::Txt, &["MS=ms123", theirs]);
        let check = f.check();
        assert_eq!(f.state("spf"), wrong(&[theirs]));
        assert_eq!(
            check.conflicts,
            vec![Conflict::SpfWithoutInclude {
                record: theirs.into()
            }]
        );
    }

    #[test]
    fn spf_of_the_customer_with_our_include_is_correct() {
        let mut f = Fixture::healthy(false);
        let apex = f.name("@");
        f.set(
            &apex,
            RecordKind::Txt,
            &["v=spf1 ip4:192.0.2.1 include:spf.rhoencloud.de -all"],
        );
        assert_eq!(f.state("spf"), RecordState::Correct);
        f.set(
            &apex,
            RecordKind::Txt,
            &["v=spf1 redirect=spf.rhoencloud.de"],
        );
        assert_eq!(f.state("spf"), RecordState::Correct);
    }

    #[test]
    fn spf_plus_all_is_permissive() {
        let mut f = Fixture::healthy(true);
        let apex = f.name("@");
        let open = "v=spf1 include:spf.rhoencloud.de +all";
        f.set(&apex, RecordKind::Txt, &[open]);
        assert_eq!(f.state("spf"), RecordState::Correct);
        assert_eq!(
            f.check().conflicts,
            vec![Conflict::SpfPermissive {
                record: open.into()
            }]
        );
        // Also without the include, and with a bare `all`.
        let bare = "v=spf1 mx all";
        f.set(&apex, RecordKind::Txt, &[bare]);
        assert_eq!(
            f.check().conflicts,
            vec![
                Conflict::SpfWithoutInclude {
                    record: bare.into()
                },
                Conflict::SpfPermissive {
                    record: bare.into()
                }
            ]
        );
    }

    #[test]
    fn other_all_qualifiers_are_not_permissive() {
        let mut f = Fixture::healthy(true);
        let apex = f.name("@");
        for all in ["-all", "~all", "?all", ""] {
            let txt = format!("v=spf1 include:spf.rhoencloud.de {all}");
            f.set(&apex, RecordKind::Txt, &[&txt]);
            assert_eq!(f.check().conflicts, vec![], "{txt}");
        }
    }

    #[test]
    fn spf_look_alikes_do_not_count() {
        let mut f = Fixture::healthy(true);
        let apex = f.name("@");
        f.set(
            &apex,
            RecordKind::Txt,
            &["v=spf10 include:spf.rhoencloud.de", "spf.rhoencloud.de"],
        );
        assert_eq!(f.state("spf"), RecordState::Missing);
    }

    #[test]
    fn autodiscover_address_record() {
        let mut f = Fixture::healthy(true);
        let name = f.name("autodiscover");
        f.set(&name, RecordKind::Cname, &[]);
        f.set(&name, RecordKind::A, &["192.0.2.10", "192.0.2.11"]);
        let check = f.check();
        assert_eq!(check.records[1].state, wrong(&["192.0.2.10", "192.0.2.11"]));
        assert_eq!(
            check.conflicts,
            vec![Conflict::AutodiscoverAddress {
                addresses: strings(&["192.0.2.10", "192.0.2.11"])
            }]
        );
    }

    #[test]
    fn wildcard_answers_for_autodiscover() {
        let mut f = Fixture::healthy(true);
        let name = f.name("autodiscover");
        let probe = f.name(WILDCARD_PROBE_LABEL);
        f.set(&name, RecordKind::Cname, &[]);
        f.set(&name, RecordKind::A, &["198.51.100.7"]);
        f.set(&probe, RecordKind::A, &["198.51.100.7"]);
        let check = f.check();
        assert_eq!(check.records[1].state, wrong(&["198.51.100.7"]));
        assert_eq!(
            check.conflicts,
            vec![Conflict::Wildcard {
                addresses: strings(&["198.51.100.7"])
            }]
        );
    }

    #[test]
    fn wildcard_does_not_matter_when_our_cname_is_set() {
        let mut f = Fixture::healthy(true);
        let probe = f.name(WILDCARD_PROBE_LABEL);
        f.set(&probe, RecordKind::A, &["198.51.100.7"]);
        let check = f.check();
        assert_eq!(check.records[1].state, RecordState::Correct);
        assert_eq!(check.conflicts, vec![]);
    }

    #[test]
    fn a_lookup_that_follows_our_cname_does_not_count_as_address_record() {
        let mut f = Fixture::healthy(true);
        let name = f.name("autodiscover");
        // The A answer for a CNAME carries the CNAME and the target's address.
        f.observations.insert(
            Question::new(&name, RecordKind::A),
            Lookup::Answered(vec![
                FoundRecord {
                    name: name.clone(),
                    kind: RecordKind::Cname,
                    value: "autodiscover.rhoencloud.de".into(),
                    ttl: 60,
                },
                FoundRecord {
                    name: "autodiscover.rhoencloud.de".into(),
                    kind: RecordKind::A,
                    value: "203.0.113.5".into(),
                    ttl: 60,
                },
            ]),
        );
        assert_eq!(f.state("autodiscover"), RecordState::Correct);
        assert_eq!(f.check().conflicts, vec![]);
    }

    #[test]
    fn failed_probe_claims_no_conflict() {
        let mut f = Fixture::healthy(true);
        let name = f.name("autodiscover");
        let probe = f.name(WILDCARD_PROBE_LABEL);
        f.set(&name, RecordKind::Cname, &[]);
        f.set(&name, RecordKind::A, &["192.0.2.10"]);
        f.fail(&probe, RecordKind::A);
        let check = f.check();
        assert_eq!(check.records[1].state, wrong(&["192.0.2.10"]));
        assert_eq!(check.conflicts, vec![]);
    }

    #[test]
    fn failed_address_lookup_makes_a_missing_cname_unverifiable() {
        let mut f = Fixture::empty(true);
        let name = f.name("autodiscover");
        f.fail(&name, RecordKind::A);
        assert_eq!(f.state("autodiscover"), RecordState::Unverifiable);
        // With our CNAME in place the address lookup is not needed.
        f.set(&name, RecordKind::Cname, &["autodiscover.rhoencloud.de"]);
        assert_eq!(f.state("autodiscover"), RecordState::Correct);
    }

    #[test]
    fn srv_with_other_port_is_wrong() {
        let mut f = Fixture::healthy(true);
        let name = f.name("_autodiscover._tcp");
        f.set(
            &name,
            RecordKind::Srv,
            &["0 0 80 autodiscover.rhoencloud.de"],
        );
        assert_eq!(
            f.state("autodiscover-srv"),
            wrong(&["0 0 80 autodiscover.rhoencloud.de"])
        );
        f.add(
            &name,
            RecordKind::Srv,
            &["0 0 443 autodiscover.rhoencloud.de"],
        );
        assert_eq!(f.state("autodiscover-srv"), RecordState::Correct);
    }

    #[test]
    fn dmarc_of_the_customer_is_fine_and_other_txt_is_ignored() {
        let mut f = Fixture::healthy(true);
        let name = f.name("_dmarc");
        f.set(
            &name,
            RecordKind::Txt,
            &["some-verification=1", "v=DMARC1; p=reject"],
        );
        assert_eq!(f.state("dmarc"), RecordState::Correct);
        f.set(&name, RecordKind::Txt, &["v=DMARC10; p=reject", "p=none"]);
        assert_eq!(f.state("dmarc"), RecordState::Missing);
        f.set(&name, RecordKind::Txt, &["v=DMARC1"]);
        assert_eq!(f.state("dmarc"), RecordState::Correct);
        f.set(&name, RecordKind::Txt, &[DMARC_OK]);
        assert_eq!(f.state("dmarc"), RecordState::Correct);
    }

    #[test]
    fn timeouts_make_every_record_unverifiable_without_conflicts() {
        let mut f = Fixture::healthy(true);
        // Answers that would raise every kind of conflict ...
        let apex = f.name("@");
        f.set(
            &apex,
            RecordKind::Mx,
            &["10 mx.rhoencloud.de", "20 mx.old.de"],
        );
        f.set(&apex, RecordKind::Txt, &["v=spf1 +all", "v=spf1 -all"]);
        // ... but every lookup failed.
        for q in questions(&f.domain, &f.expected) {
            f.fail(&q.name, q.kind);
        }
        let check = f.check();
        for r in &check.records {
            assert_eq!(r.state, RecordState::Unverifiable, "{}", r.key);
        }
        assert_eq!(check.conflicts, vec![]);
    }

    #[test]
    fn unasked_questions_count_as_failed() {
        let mut f = Fixture::healthy(true);
        f.observations.clear();
        let check = f.check();
        assert!(check
            .records
            .iter()
            .all(|r| r.state == RecordState::Unverifiable));
        assert_eq!(check.conflicts, vec![]);
    }

    #[test]
    fn one_failed_lookup_only_affects_its_record() {
        let mut f = Fixture::healthy(true);
        let dkim = f.name("rhoen2._domainkey");
        f.fail(&dkim, RecordKind::Cname);
        let check = f.check();
        for r in &check.records {
            let expected = if r.key == "dkim-rhoen2" {
                RecordState::Unverifiable
            } else {
                RecordState::Correct
            };
            assert_eq!(r.state, expected, "{}", r.key);
        }
    }

    #[test]
    fn partly_routed_domain_has_no_mx_state_and_no_foreign_mx() {
        let mut f = Fixture::healthy(false);
        let apex = f.name("@");
        // Their own server stays the MX, and an MX answer is not looked at.
        f.set(
            &apex,
            RecordKind::Mx,
            &["10 mail.muster-gmbh.de", "10 mx.rhoencloud.de"],
        );
        let check = f.check();
        assert!(check.records.iter().all(|r| r.key != "mx"));
        assert!(check
            .records
            .iter()
            .all(|r| r.state == RecordState::Correct));
        assert_eq!(check.conflicts, vec![]);
        assert_eq!(f.state("spf"), RecordState::Correct);
    }

    #[test]
    fn idn_domain_is_checked_at_its_punycode_names() {
        let mut f = Fixture::empty_for("müller.de", true);
        for record in f.expected.clone() {
            f.set(&record.fqdn, record.kind, &[&record.value]);
        }
        assert!(f
            .observations
            .keys()
            .any(|q| q.name == "rhoen1._domainkey.xn--mller-kva.de"));
        let check = f.check();
        assert!(check
            .records
            .iter()
            .all(|r| r.state == RecordState::Correct));
    }

    #[test]
    fn cname_records_of_other_owners_are_ignored() {
        let mut f = Fixture::healthy(true);
        let name = f.name("rhoen1._domainkey");
        f.observations.insert(
            Question::new(&name, RecordKind::Cname),
            Lookup::Answered(vec![FoundRecord {
                name: "elsewhere.muster-gmbh.de".into(),
                kind: RecordKind::Cname,
                value: "rhoen1.muster-gmbh.de.dkim.rhoencloud.de".into(),
                ttl: 60,
            }]),
        );
        assert_eq!(f.state("dkim-rhoen1"), RecordState::Missing);
    }

    #[test]
    fn helpers() {
        assert_eq!(normalise_txt("  a \t b  c "), "a b c");
        assert!(is_dmarc("v=DMARC1; p=none"));
        assert!(is_dmarc("v=dmarc1"));
        assert!(!is_dmarc("v=DMARC12"));
        assert!(!is_dmarc("v=DMARC"));
        assert_eq!(
            Mx::parse("10 MX.example.de."),
            Some(Mx {
                priority: 10,
                host: "mx.example.de".into()
            })
        );
        assert_eq!(Mx::parse("ten mx.example.de"), None);
        assert_eq!(Srv::parse("0 0 443"), None);
    }

    #[test]
    fn a_cname_chain_ending_at_ours_is_correct() {
        let mut f = Fixture::healthy(true);
        let autodiscover = f.name("autodiscover");
        f.set(&autodiscover, RecordKind::Cname, &["mail.muster-gmbh.de"]);
        f.set(
            "mail.muster-gmbh.de",
            RecordKind::Cname,
            &["exchange.it-dienst.de"],
        );
        f.set(
            "exchange.it-dienst.de",
            RecordKind::Cname,
            &["autodiscover.rhoencloud.de."],
        );
        assert_eq!(f.state("autodiscover"), RecordState::Correct);

        // The same chain ending elsewhere is shown link by link.
        f.set(
            "exchange.it-dienst.de",
            RecordKind::Cname,
            &["owa.it-dienst.de"],
        );
        f.set("owa.it-dienst.de", RecordKind::Cname, &[]);
        assert_eq!(
            f.state("autodiscover"),
            wrong(&["mail.muster-gmbh.de → exchange.it-dienst.de → owa.it-dienst.de"])
        );

        // A link that cannot be looked up leaves the verdict open.
        f.fail("exchange.it-dienst.de", RecordKind::Cname);
        assert_eq!(f.state("autodiscover"), RecordState::Unverifiable);
    }

    #[test]
    fn a_cname_loop_is_wrong_not_endless() {
        let mut f = Fixture::healthy(true);
        let dkim = f.name("rhoen1._domainkey");
        f.set(&dkim, RecordKind::Cname, &["a.example.net"]);
        f.set("a.example.net", RecordKind::Cname, &["b.example.net"]);
        f.set("b.example.net", RecordKind::Cname, &["a.example.net"]);
        assert_eq!(
            f.state("dkim-rhoen1"),
            wrong(&["a.example.net → b.example.net"])
        );
    }

    #[test]
    fn dmarc_published_by_cname_to_a_service_counts() {
        let mut f = Fixture::healthy(true);
        let dmarc = f.name("_dmarc");
        // The domain's servers know only the CNAME; the record is at its end.
        f.set(&dmarc, RecordKind::Txt, &[]);
        f.observations.insert(
            Question::new(&dmarc, RecordKind::Txt),
            Lookup::Answered(vec![FoundRecord {
                name: dmarc.clone(),
                kind: RecordKind::Cname,
                value: "muster-gmbh.de._dmarc.dmarc-dienst.example".into(),
                ttl: 3600,
            }]),
        );
        f.set(
            "muster-gmbh.de._dmarc.dmarc-dienst.example",
            RecordKind::Txt,
            &["v=DMARC1; p=reject; rua=mailto:agg@dmarc-dienst.example"],
        );
        assert_eq!(f.state("dmarc"), RecordState::Correct);

        f.fail(
            "muster-gmbh.de._dmarc.dmarc-dienst.example",
            RecordKind::Txt,
        );
        assert_eq!(f.state("dmarc"), RecordState::Unverifiable);
    }

    #[test]
    fn an_explicit_autodiscover_aaaa_is_not_blamed_on_a_wildcard() {
        let mut f = Fixture::empty(true);
        let autodiscover = f.name("autodiscover");
        let probe = f.name(WILDCARD_PROBE_LABEL);
        f.set(&autodiscover, RecordKind::Aaaa, &["2001:db8::25"]);
        f.set(&probe, RecordKind::A, &["198.51.100.7"]);
        assert_eq!(f.state("autodiscover"), wrong(&["2001:db8::25"]));
        assert_eq!(
            f.check().conflicts,
            vec![Conflict::AutodiscoverAddress {
                addresses: strings(&["2001:db8::25"])
            }]
        );

        // The wildcard's own addresses at autodiscover are the wildcard's.
        f.set(&autodiscover, RecordKind::Aaaa, &[]);
        f.set(&autodiscover, RecordKind::A, &["198.51.100.7"]);
        assert_eq!(
            f.check().conflicts,
            vec![Conflict::Wildcard {
                addresses: strings(&["198.51.100.7"])
            }]
        );
    }

    #[test]
    fn a_wildcard_cname_is_named() {
        let mut f = Fixture::empty(true);
        let autodiscover = f.name("autodiscover");
        let probe = f.name(WILDCARD_PROBE_LABEL);
        f.set(&autodiscover, RecordKind::Cname, &["parking.example.net"]);
        f.set(&probe, RecordKind::Cname, &["parking.example.net"]);
        f.set("parking.example.net", RecordKind::Cname, &[]);
        assert_eq!(f.state("autodiscover"), wrong(&["parking.example.net"]));
        assert_eq!(
            f.check().conflicts,
            vec![Conflict::Wildcard {
                addresses: strings(&["parking.example.net"])
            }]
        );
    }

    #[test]
    fn an_unverifiable_record_says_why_and_others_do_not() {
        let mut f = Fixture::healthy(true);
        let apex = f.name("@");
        f.observations.insert(
            Question::new(&apex, RecordKind::Mx),
            Lookup::Failed(Unanswered::Lame),
        );
        let check = f.check();
        let mx = check.records.iter().find(|r| r.key == "mx").unwrap();
        assert_eq!(mx.state, RecordState::Unverifiable);
        assert_eq!(mx.unanswered, Some(Unanswered::Lame));
        assert!(check
            .records
            .iter()
            .filter(|r| r.key != "mx")
            .all(|r| r.unanswered.is_none() && r.state == RecordState::Correct));
    }

    /// SPF with the provider's sending addresses known: judged by evaluation.
    mod spf_evaluation {
        use super::*;

        const OURS: &str = "192.0.2.25";

        fn fixture(record: &str) -> Fixture {
            let mut f = Fixture::healthy(true);
            f.settings.spf_test_ips = vec![OURS.parse().unwrap()];
            let apex = f.name("@");
            f.set(&apex, RecordKind::Txt, &[record]);
            f.set(
                "spf.rhoencloud.de",
                RecordKind::Txt,
                &["v=spf1 ip4:192.0.2.0/24 -all"],
            );
            f
        }

        fn not_passing(f: &Fixture) -> Vec<(SpfResult, bool)> {
            f.check()
                .conflicts
                .into_iter()
                .filter_map(|c| match c {
                    Conflict::SpfNotPassing {
                        verdict,
                        include_after_all,
                        ..
                    } => Some((verdict.result, include_after_all)),
                    _ => None,
                })
                .collect()
        }

        #[test]
        fn an_include_that_passes_is_correct() {
            let f = fixture("v=spf1 mx include:spf.rhoencloud.de -all");
            // `mx` is evaluated first: our MX host has no address here.
            let mut f = f;
            f.set("mx.rhoencloud.de", RecordKind::A, &[]);
            assert_eq!(f.state("spf"), RecordState::Correct);
        }

        #[test]
        fn all_before_the_include_fails_and_says_why() {
            let f = fixture("v=spf1 -all include:spf.rhoencloud.de");
            assert_eq!(
                f.state("spf"),
                wrong(&["v=spf1 -all include:spf.rhoencloud.de"])
            );
            assert_eq!(not_passing(&f), [(SpfResult::Fail, true)]);
        }

        #[test]
        fn a_nested_include_and_a_redirect_pass() {
            let mut f = fixture("v=spf1 include:_spf.muster-gmbh.de ~all");
            f.set(
                "_spf.muster-gmbh.de",
                RecordKind::Txt,
                &["v=spf1 ip4:203.0.113.5 include:spf.rhoencloud.de -all"],
            );
            assert_eq!(f.state("spf"), RecordState::Correct);

            let f = fixture("v=spf1 redirect=spf.rhoencloud.de");
            assert_eq!(f.state("spf"), RecordState::Correct);
        }

        #[test]
        fn a_redirect_beside_all_is_ignored() {
            let f = fixture("v=spf1 ~all redirect=spf.rhoencloud.de");
            assert_eq!(not_passing(&f), [(SpfResult::SoftFail, false)]);
        }

        #[test]
        fn a_broken_include_is_a_permanent_error() {
            let mut f =
                fixture("v=spf1 include:_spf.muster-gmbh.de include:spf.rhoencloud.de -all");
            f.set(
                "_spf.muster-gmbh.de",
                RecordKind::Txt,
                &["v=spf1 ip4:203.0.113.500 -all"],
            );
            assert_eq!(not_passing(&f), [(SpfResult::PermError, false)]);
        }

        #[test]
        fn an_unanswered_lookup_leaves_it_open() {
            let mut f = fixture("v=spf1 include:spf.rhoencloud.de -all");
            f.fail("spf.rhoencloud.de", RecordKind::Txt);
            assert_eq!(f.state("spf"), RecordState::Unverifiable);
        }

        #[test]
        fn without_configured_addresses_the_include_record_names_them() {
            let mut f = fixture("v=spf1 include:spf.rhoencloud.de -all");
            f.settings.spf_test_ips.clear();
            assert_eq!(f.state("spf"), RecordState::Correct);
            let f2 = {
                let mut f2 = fixture("v=spf1 -all include:spf.rhoencloud.de");
                f2.settings.spf_test_ips.clear();
                f2
            };
            assert_eq!(not_passing(&f2), [(SpfResult::Fail, true)]);
            f.set("spf.rhoencloud.de", RecordKind::Txt, &[]);
            // Nothing to evaluate with: the include itself is looked for.
            assert_eq!(f.state("spf"), RecordState::Correct);
        }
    }
}
