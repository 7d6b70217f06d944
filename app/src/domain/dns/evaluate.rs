//! Compares what a domain's name servers answered with the records it needs.
//!
//! The lookups happen elsewhere and arrive here as [`Observations`], so the
//! rules that decide "correct", "missing" or "wrong" — and which findings
//! explain a problem (an old MX, a second SPF record, a wildcard) — can be
//! tested without a network. A lookup that failed never counts as missing:
//! telling a customer to add a record they already have would be worse than
//! saying nothing.

use super::domain_name::DomainName;
use super::expected::{DnsSettings, ExpectedRecord, RecordPurpose};
use super::spf::{is_spf_record, spf_records, Qualifier, SpfRecord};
use super::{FoundRecord, Lookup, RecordKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A label nobody defines: if a name below the domain with this label has
/// records, the zone has a wildcard.
pub const WILDCARD_PROBE_LABEL: &str = "rhoen-wildcard-probe";

/// One question to the domain's name servers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Question {
    /// Full ASCII name without trailing dot.
    pub name: String,
    pub kind: RecordKind,
}

impl Question {
    fn new(name: &str, kind: RecordKind) -> Question {
        Question {
            name: name.to_string(),
            kind,
        }
    }
}

/// The answers to the questions; a question without an entry counts as failed.
pub type Observations = BTreeMap<Question, Lookup>;

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
}

/// Findings that explain a problem or put mail at risk although the
/// expected record itself may be fine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Conflict {
    /// Our MX is there, but so are others (usually the previous provider's):
    /// some mail ends up there.
    ForeignMx { hosts: Vec<String> },
    /// More than one SPF record: receivers treat SPF as broken (permerror).
    MultipleSpf { records: Vec<String> },
    /// The SPF record does not include ours: our servers' mail fails SPF.
    SpfWithoutInclude { record: String },
    /// `+all` lets every server on the internet send in the domain's name.
    SpfPermissive { record: String },
    /// `autodiscover` has address records instead of our CNAME.
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

/// What to ask: each expected record at its name, for autodiscover also
/// its address records and the wildcard probe that explains them, and for
/// DKIM also TXT (a key pasted there instead of our CNAME). Sorted and
/// without duplicates (SPF and MX share the apex but differ in type).
pub fn questions(domain: &DomainName, expected: &[ExpectedRecord]) -> Vec<Question> {
    let mut questions: Vec<Question> = expected
        .iter()
        .map(|record| Question::new(&record.fqdn, record.kind))
        .collect();
    if let Some(autodiscover) = expected
        .iter()
        .find(|r| r.purpose == RecordPurpose::Autodiscover)
    {
        questions.push(Question::new(&autodiscover.fqdn, RecordKind::A));
        questions.push(Question::new(&probe_name(domain), RecordKind::A));
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

/// Judges every expected record against the observations.
pub fn evaluate(
    domain: &DomainName,
    expected: &[ExpectedRecord],
    settings: &DnsSettings,
    observations: &Observations,
) -> DomainCheck {
    let answers = Answers { observations };
    let mut check = DomainCheck {
        records: Vec::with_capacity(expected.len()),
        conflicts: Vec::new(),
    };
    for record in expected {
        let (state, conflicts) = match record.purpose {
            RecordPurpose::Mx => check_mx(record, &answers),
            RecordPurpose::Autodiscover => check_autodiscover(record, &answers, domain),
            RecordPurpose::AutodiscoverSrv => (check_srv(record, &answers), vec![]),
            RecordPurpose::Spf => check_spf(record, &answers, &settings.spf_include),
            RecordPurpose::Dkim => (check_dkim(record, &answers), vec![]),
            RecordPurpose::Dmarc => (check_dmarc(record, &answers), vec![]),
        };
        check.records.push(RecordCheck {
            key: record.key.clone(),
            state,
        });
        check.conflicts.extend(conflicts);
    }
    check
}

/// Read access to the observations; `None` whenever a lookup failed or was
/// never made.
struct Answers<'a> {
    observations: &'a Observations,
}

impl Answers<'_> {
    /// Everything the lookup returned (including CNAMEs on the way).
    fn all(&self, name: &str, kind: RecordKind) -> Option<&[FoundRecord]> {
        match self.observations.get(&Question::new(name, kind)) {
            Some(Lookup::Answered(records)) => Some(records),
            Some(Lookup::Failed) | None => None,
        }
    }

    /// The values of the records of the asked type.
    fn values(&self, name: &str, kind: RecordKind) -> Option<Vec<String>> {
        let records = self.all(name, kind)?;
        Some(
            records
                .iter()
                .filter(|r| r.kind == kind)
                .map(|r| r.value.clone())
                .collect(),
        )
    }

    /// The CNAME targets at exactly `name` (not further along a chain).
    fn cname_targets(&self, name: &str) -> Option<Vec<String>> {
        let records = self.all(name, RecordKind::Cname)?;
        Some(
            records
                .iter()
                .filter(|r| r.kind == RecordKind::Cname && same_name(&r.name, name))
                .map(|r| normalise_name(&r.value))
                .collect(),
        )
    }

    /// TXT strings with their whitespace normalised.
    fn txts(&self, name: &str) -> Option<Vec<String>> {
        let values = self.values(name, RecordKind::Txt)?;
        Some(values.iter().map(|v| normalise_txt(v)).collect())
    }
}

fn check_mx(record: &ExpectedRecord, answers: &Answers) -> (RecordState, Vec<Conflict>) {
    let Some(found) = answers.values(&record.fqdn, RecordKind::Mx) else {
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
    let mut foreign: Vec<String> = Vec::new();
    for (value, mx) in found.iter().zip(&parsed) {
        let host = mx.as_ref().map_or_else(|| value.clone(), Mx::shown_host);
        if !ours(mx) && !foreign.contains(&host) {
            foreign.push(host);
        }
    }
    // Without our MX the state already lists what is there; the conflict is
    // about mail being split between us and another server.
    let conflicts = if parsed.iter().any(ours) && !foreign.is_empty() {
        vec![Conflict::ForeignMx { hosts: foreign }]
    } else {
        vec![]
    };
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

fn check_cname(record: &ExpectedRecord, answers: &Answers) -> RecordState {
    match answers.cname_targets(&record.fqdn) {
        None => RecordState::Unverifiable,
        Some(targets) => cname_state(record, targets),
    }
}

fn cname_state(record: &ExpectedRecord, targets: Vec<String>) -> RecordState {
    if targets.is_empty() {
        RecordState::Missing
    } else if targets.iter().any(|t| same_name(t, &record.value)) {
        RecordState::Correct
    } else {
        RecordState::Wrong { found: targets }
    }
}

/// Like any CNAME, but a DKIM key published as TXT at the name (copied from
/// an old provider, or pasted instead of our CNAME) is shown as found: the
/// record is there in the wrong form, not missing. Without our CNAME, the
/// provider's key rollover would never reach it.
fn check_dkim(record: &ExpectedRecord, answers: &Answers) -> RecordState {
    match check_cname(record, answers) {
        RecordState::Missing => {
            let keys: Vec<String> = answers
                .txts(&record.fqdn)
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
/// (set by hand, or answered by a wildcard) make the record wrong rather
/// than missing, because they keep Outlook from finding us.
fn check_autodiscover(
    record: &ExpectedRecord,
    answers: &Answers,
    domain: &DomainName,
) -> (RecordState, Vec<Conflict>) {
    let Some(targets) = answers.cname_targets(&record.fqdn) else {
        return (RecordState::Unverifiable, vec![]);
    };
    if !targets.is_empty() {
        return (cname_state(record, targets), vec![]);
    }
    let Some(addresses) = answers.values(&record.fqdn, RecordKind::A) else {
        return (RecordState::Unverifiable, vec![]);
    };
    if addresses.is_empty() {
        return (RecordState::Missing, vec![]);
    }
    // A failed probe cannot tell a wildcard from a record set by hand, so
    // neither is claimed.
    let conflict = answers
        .all(&probe_name(domain), RecordKind::A)
        .map(|probe| {
            if probe.is_empty() {
                Conflict::AutodiscoverAddress {
                    addresses: addresses.clone(),
                }
            } else {
                Conflict::Wildcard {
                    addresses: addresses.clone(),
                }
            }
        });
    (
        RecordState::Wrong { found: addresses },
        conflict.into_iter().collect(),
    )
}

fn check_srv(record: &ExpectedRecord, answers: &Answers) -> RecordState {
    let Some(found) = answers.values(&record.fqdn, RecordKind::Srv) else {
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

fn check_spf(
    record: &ExpectedRecord,
    answers: &Answers,
    include: &str,
) -> (RecordState, Vec<Conflict>) {
    let Some(txts) = answers.txts(&record.fqdn) else {
        return (RecordState::Unverifiable, vec![]);
    };
    let spf: Vec<String> = spf_records(&txts).into_iter().map(String::from).collect();
    let mut conflicts = Vec::new();
    let state = match spf.as_slice() {
        // An SPF record pasted with its quotes into a web form that adds
        // its own: receivers see no SPF record, the customer sees one.
        [] => match quoted_spf(&txts) {
            quoted if quoted.is_empty() => RecordState::Missing,
            quoted => RecordState::Wrong { found: quoted },
        },
        [one] if SpfRecord::parse(one).is_some_and(|r| r.includes(include)) => RecordState::Correct,
        [one] => {
            conflicts.push(Conflict::SpfWithoutInclude {
                record: one.clone(),
            });
            RecordState::Wrong { found: spf.clone() }
        }
        _ => {
            conflicts.push(Conflict::MultipleSpf {
                records: spf.clone(),
            });
            RecordState::Wrong { found: spf.clone() }
        }
    };
    conflicts.extend(spf.iter().filter(|txt| permits_everyone(txt)).map(|txt| {
        Conflict::SpfPermissive {
            record: txt.clone(),
        }
    }));
    (state, conflicts)
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
fn check_dmarc(record: &ExpectedRecord, answers: &Answers) -> RecordState {
    let Some(txts) = answers.txts(&record.fqdn) else {
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

/// Names compare without case and without the trailing dot.
fn normalise_name(name: &str) -> String {
    let trimmed = name.trim();
    trimmed
        .strip_suffix('.')
        .unwrap_or(trimmed)
        .to_ascii_lowercase()
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
            self.observations
                .insert(Question::new(name, kind), Lookup::Failed);
        }

        fn name(&self, host: &str) -> String {
            if host == "@" {
                self.domain.ascii().to_string()
            } else {
                format!("{host}.{}", self.domain.ascii())
            }
        }

        fn check(&self) -> DomainCheck {
            evaluate(
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
            Question::new("muster-gmbh.de", RecordKind::Mx),
            Question::new("muster-gmbh.de", RecordKind::Txt),
            Question::new("rhoen-wildcard-probe.muster-gmbh.de", RecordKind::A),
            Question::new("rhoen1._domainkey.muster-gmbh.de", RecordKind::Cname),
            Question::new("rhoen1._domainkey.muster-gmbh.de", RecordKind::Txt),
            Question::new("rhoen2._domainkey.muster-gmbh.de", RecordKind::Cname),
            Question::new("rhoen2._domainkey.muster-gmbh.de", RecordKind::Txt),
        ];
        let mut sorted = expected.clone();
        sorted.sort();
        assert_eq!(q, sorted);
        assert_eq!(q.len(), 11);
    }

    #[test]
    fn questions_are_deduplicated_and_partly_routed_asks_no_mx() {
        let f = Fixture::empty(false);
        let mut doubled = f.expected.clone();
        doubled.extend(f.expected.clone());
        let q = questions(&f.domain, &doubled);
        assert_eq!(q, questions(&f.domain, &f.expected));
        assert_eq!(q.len(), 10);
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
    fn a_null_mx_beside_ours_is_foreign() {
        let mut f = Fixture::healthy(true);
        let apex = f.name("@");
        f.set(&apex, RecordKind::Mx, &["0 ", "10 mx.rhoencloud.de"]);
        assert_eq!(
            f.check().conflicts,
            vec![Conflict::ForeignMx {
                hosts: strings(&["."])
            }]
        );
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
}
