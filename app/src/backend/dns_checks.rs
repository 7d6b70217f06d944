//! Live DNS checks of customer domains, with a cache per answer.
//!
//! Each question (name + type) is asked at the domain's authoritative servers
//! and its answer kept until the answer's TTL runs out, so a page visit asks
//! only what has expired. The per-record states of the last check are kept
//! too: when a record that was correct is now missing or wrong, the
//! customer's owners and admins get a mail (queued with the new states, in
//! one transaction). A record that could not be checked keeps its last state.

use super::db::Db;
use super::dns_lookup::{Answer, DnsClient};
use super::domains::DomainRow;
use super::Backend;
use crate::domain::dns::evaluate::{
    self, DnsView, DomainCheck, Observations, Question, RecordState,
};
use crate::domain::dns::expected::{expected_records, DnsSettings, ExpectedRecord};
use crate::domain::dns::{Lookup, Unanswered};
use crate::domain::domain_page::{CheckView, LastKnown};
use serde::{Deserialize, Serialize};
use sqlx::Row;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// What the portal needs to check domains: the lookup client and the
/// provider's expected values.
pub struct DnsChecker {
    pub client: DnsClient,
    pub settings: DnsSettings,
}

/// A user may ask for a fresh check of one domain this often.
pub const FORCE_INTERVAL_SECS: i64 = 60;
/// Every domain is checked afresh at least this often.
pub const RECHECK_SECS: i64 = 24 * 3600;
/// The most the follow-up lookups of one check may take together.
const EVALUATION_LIMIT: std::time::Duration = std::time::Duration::from_secs(20);
/// How long an instance owns a domain it re-checks.
const CLAIM_SECS: i64 = 600;

/// An answer kept until `expires_at`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CachedAnswer {
    pub question: Question,
    pub lookup: Lookup,
    pub expires_at: i64,
}

/// Seconds an answer stays valid: its TTL (within a minute and a day); an
/// empty answer the zone's negative TTL (RFC 2308; 5 minutes when the
/// server sent no SOA, at most the 3 hours the RFC recommends); a failed
/// lookup one minute.
fn keep_secs(answer: &Answer) -> i64 {
    match &answer.lookup {
        Lookup::Answered(records) if !records.is_empty() => records
            .iter()
            .map(|r| i64::from(r.ttl))
            .min()
            .unwrap_or(300)
            .clamp(60, 86_400),
        Lookup::Answered(_) => answer
            .negative_ttl
            .map_or(300, i64::from)
            .clamp(60, 3 * 3600),
        Lookup::Failed(_) => 60,
    }
}

struct Stored {
    answers: Vec<CachedAnswer>,
    states: BTreeMap<String, RecordState>,
    checked_at: i64,
    complete_at: Option<i64>,
}

const STORED_COLUMNS: &str = "answers, states, checked_at, complete_at";

async fn stored(db: &Db, domain_id: &str) -> Result<Option<Stored>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {STORED_COLUMNS} FROM dns_checks WHERE domain_id = $1"
    ))
    .bind(domain_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.as_ref().map(stored_row))
}

fn stored_row(r: &sqlx::any::AnyRow) -> Stored {
    Stored {
        // A cache that no longer parses (after an upgrade) is simply asked again.
        answers: serde_json::from_str(&r.get::<String, _>(0)).unwrap_or_default(),
        states: serde_json::from_str(&r.get::<String, _>(1)).unwrap_or_default(),
        checked_at: r.get(2),
        complete_at: r.get(3),
    }
}

fn expected_for(checker: &DnsChecker, domain: &DomainRow) -> Vec<ExpectedRecord> {
    expected_records(&domain.name, domain.fully_routed, &checker.settings)
}

fn view_of(
    checker: &DnsChecker,
    domain: &DomainRow,
    expected: &[ExpectedRecord],
    answers: &[CachedAnswer],
    checked_at: i64,
    now: i64,
) -> Option<CheckView> {
    if answers.is_empty() {
        return None;
    }
    let observations: Observations = answers
        .iter()
        .map(|a| (a.question.clone(), a.lookup.clone()))
        .collect();
    let check =
        evaluate::evaluate_observed(&domain.name, expected, &checker.settings, &observations);
    Some(view_with(check, domain, expected, answers, checked_at, now))
}

/// The view of a check's result: stale when an answer it rests on has run
/// past its TTL or a question has no answer yet.
fn view_with(
    check: DomainCheck,
    domain: &DomainRow,
    expected: &[ExpectedRecord],
    answers: &[CachedAnswer],
    checked_at: i64,
    now: i64,
) -> CheckView {
    let questions = evaluate::questions(&domain.name, expected);
    let stale = answers.iter().any(|a| a.expires_at <= now)
        || questions
            .iter()
            .any(|q| !answers.iter().any(|a| &a.question == q));
    CheckView {
        check,
        checked_at,
        stale,
        last_known: None,
    }
}

/// The last result from the cache, without asking anyone (page rendering).
pub async fn cached(
    db: &Db,
    checker: &DnsChecker,
    domain: &DomainRow,
    now: i64,
) -> Result<Option<CheckView>, sqlx::Error> {
    let Some(stored) = stored(db, &domain.id).await? else {
        return Ok(None);
    };
    Ok(stored_view(checker, domain, &stored, now))
}

/// The view of stored answers and states, with the last known states.
fn stored_view(
    checker: &DnsChecker,
    domain: &DomainRow,
    stored: &Stored,
    now: i64,
) -> Option<CheckView> {
    let expected = expected_for(checker, domain);
    view_of(
        checker,
        domain,
        &expected,
        &stored.answers,
        stored.checked_at,
        now,
    )
    .map(|view| with_last_known(view, &stored.states, stored.complete_at))
}

/// [`cached`] for every domain of a customer, in one query (the domain list).
pub async fn cached_for_customer(
    db: &Db,
    checker: &DnsChecker,
    customer_id: &str,
    domains: &[DomainRow],
    now: i64,
) -> Result<BTreeMap<String, CheckView>, sqlx::Error> {
    // The stored columns (only `dns_checks` has them), then the domain.
    let rows = sqlx::query(&format!(
        "SELECT {STORED_COLUMNS}, c.domain_id \
         FROM dns_checks c JOIN domains d ON d.id = c.domain_id WHERE d.customer_id = $1"
    ))
    .bind(customer_id)
    .fetch_all(&db.pool)
    .await?;
    let mut views = BTreeMap::new();
    for row in &rows {
        let domain_id: String = row.get(4);
        let Some(domain) = domains.iter().find(|d| d.id == domain_id) else {
            continue;
        };
        if let Some(view) = stored_view(checker, domain, &stored_row(row), now) {
            views.insert(domain_id, view);
        }
    }
    Ok(views)
}

/// Adds the last known states when this check left records unverifiable
/// and an earlier one knew them all (`states` keeps each record's last
/// known state, see [`merged_states`]).
fn with_last_known(
    mut view: CheckView,
    states: &BTreeMap<String, RecordState>,
    complete_at: Option<i64>,
) -> CheckView {
    let incomplete = !view.check.is_complete();
    view.last_known = complete_at.filter(|_| incomplete).map(|complete_at| {
        let known: Vec<&RecordState> = view
            .check
            .records
            .iter()
            .filter_map(|r| states.get(&r.key))
            .collect();
        LastKnown {
            correct: known
                .iter()
                .filter(|s| ***s == RecordState::Correct)
                .count(),
            problems: known
                .iter()
                .filter(|s| matches!(***s, RecordState::Missing | RecordState::Wrong { .. }))
                .count(),
            complete_at,
        }
    });
    view
}

/// The domain's row exists afterwards (the pool or a transaction).
async fn ensure_row<'e>(
    executor: impl sqlx::Executor<'e, Database = sqlx::Any>,
    domain_id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO dns_checks (domain_id) VALUES ($1) ON CONFLICT (domain_id) DO NOTHING",
    )
    .bind(domain_id)
    .execute(executor)
    .await?;
    Ok(())
}

/// Takes the per-domain rate limit of "check now"; `Some(seconds)` to wait
/// when the last forced check was less than [`FORCE_INTERVAL_SECS`] ago.
pub async fn take_force_slot(
    db: &Db,
    domain_id: &str,
    now: i64,
) -> Result<Option<u64>, sqlx::Error> {
    ensure_row(&db.pool, domain_id).await?;
    let taken = sqlx::query(
        "UPDATE dns_checks SET forced_at = $2 WHERE domain_id = $1 AND (forced_at IS NULL OR forced_at <= $3)",
    )
    .bind(domain_id)
    .bind(now)
    .bind(now - FORCE_INTERVAL_SECS)
    .execute(&db.pool)
    .await?;
    if taken.rows_affected() > 0 {
        return Ok(None);
    }
    let forced_at: Option<i64> =
        sqlx::query_scalar("SELECT forced_at FROM dns_checks WHERE domain_id = $1")
            .bind(domain_id)
            .fetch_one(&db.pool)
            .await?;
    let wait = forced_at.unwrap_or(now) + FORCE_INTERVAL_SECS - now;
    Ok(Some(wait.max(1) as u64))
}

/// Which answers to take from the cache, and so what started the check
/// (the mail about a broken record says which).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Ask only what has expired (the domain page was opened).
    Expired,
    /// Ask everything again ("check now").
    All,
    /// Ask everything again (the daily re-check).
    Daily,
}

impl Freshness {
    fn asks_everything(self) -> bool {
        self != Freshness::Expired
    }
}

/// Checks the domain, stores the answers and states, and mails the owners
/// and admins when a correct record broke.
pub async fn check(
    backend: &Backend,
    domain: &DomainRow,
    freshness: Freshness,
    now: i64,
) -> anyhow::Result<CheckView> {
    let checker = &backend.dns;
    let previous = stored(&backend.db, &domain.id).await?;
    let expected = expected_for(checker, domain);
    let questions = evaluate::questions(&domain.name, &expected);
    let mut answers: Vec<CachedAnswer> = Vec::with_capacity(questions.len());
    let mut to_ask = vec![];
    for q in questions {
        let cached = previous
            .as_ref()
            .and_then(|p| p.answers.iter().find(|a| a.question == q))
            .filter(|a| !freshness.asks_everything() && a.expires_at > now);
        match cached {
            Some(a) => answers.push(a.clone()),
            None => to_ask.push(q),
        }
    }
    if !to_ask.is_empty() {
        answers.extend(ask(&checker.client, domain, to_ask, now).await);
    }
    // What the verdicts need beyond the questions (the rest of a CNAME
    // chain, the names an SPF evaluation touches) comes from the resolver;
    // earlier such answers are reused while they are valid.
    let follow_ups = previous
        .as_ref()
        .filter(|_| !freshness.asks_everything())
        .map(|p| {
            p.answers
                .iter()
                .filter(|a| a.expires_at > now)
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let recording = RecordingDns::new(&checker.client, &answers, follow_ups, now);
    let evaluation = evaluate::evaluate(&domain.name, &expected, &checker.settings, &recording);
    // A slow chain of includes must not hold the page for minutes: what was
    // not answered by then counts as unanswered (the record "nicht prüfbar").
    let live = tokio::time::timeout(EVALUATION_LIMIT, evaluation).await;
    let answers = recording.used_answers();
    let view = match live {
        Ok(check) => view_with(check, domain, &expected, &answers, now, now),
        Err(_) => {
            tracing::warn!(domain = %domain.name.ascii(), "DNS evaluation ran out of time");
            view_of(checker, domain, &expected, &answers, now, now)
                .ok_or_else(|| anyhow::anyhow!("a check without questions"))?
        }
    };
    let (old_states, complete_at) = previous
        .map(|p| (p.states, p.complete_at))
        .unwrap_or_default();
    let states = merged_states(&old_states, &view.check);
    let broken = broken_records(&old_states, &view.check);
    let complete = view.check.is_complete();
    let complete_at = if complete { Some(now) } else { complete_at };
    store(
        backend, domain, &answers, &states, &broken, &expected, freshness, complete, now,
    )
    .await?;
    Ok(with_last_known(view, &states, complete_at))
}

/// The evaluation's answers in the live check: the domain's own servers'
/// answers, the resolver for everything else. Every answer used is kept
/// with its expiry, so the page rendered from the cache reaches the same
/// verdict without asking again.
struct RecordingDns<'a> {
    client: &'a DnsClient,
    /// Earlier answers still valid, to take instead of asking again.
    reusable: BTreeMap<Question, CachedAnswer>,
    /// Every answer this check used: its own questions' and each further one.
    used: Mutex<BTreeMap<Question, CachedAnswer>>,
    now: i64,
}

impl<'a> RecordingDns<'a> {
    fn new(
        client: &'a DnsClient,
        asked: &[CachedAnswer],
        reusable: Vec<CachedAnswer>,
        now: i64,
    ) -> Self {
        let by_question = |answers: Vec<CachedAnswer>| {
            answers
                .into_iter()
                .map(|a| (a.question.clone(), a))
                .collect::<BTreeMap<_, _>>()
        };
        RecordingDns {
            client,
            reusable: by_question(reusable),
            used: Mutex::new(by_question(asked.to_vec())),
            now,
        }
    }

    fn used_answers(self) -> Vec<CachedAnswer> {
        let used = self.used.into_inner().unwrap_or_else(|e| e.into_inner());
        used.into_values().collect()
    }

    fn record(&self, answer: CachedAnswer) -> Lookup {
        let lookup = answer.lookup.clone();
        self.used
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(answer.question.clone(), answer);
        lookup
    }
}

impl DnsView for RecordingDns<'_> {
    async fn lookup(&self, question: &Question) -> Lookup {
        let used = self
            .used
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(question)
            .map(|a| a.lookup.clone());
        if let Some(lookup) = used {
            return lookup;
        }
        if let Some(earlier) = self.reusable.get(question) {
            return self.record(earlier.clone());
        }
        let answer = self.client.resolve(&question.name, question.kind).await;
        self.record(CachedAnswer {
            question: question.clone(),
            expires_at: self.now + keep_secs(&answer),
            lookup: answer.lookup,
        })
    }
}

/// Asks the questions at the domain's authoritative servers, all at once.
async fn ask(
    client: &DnsClient,
    domain: &DomainRow,
    questions: Vec<Question>,
    now: i64,
) -> Vec<CachedAnswer> {
    let servers = client.authoritative_servers(domain.name.ascii()).await;
    let answers = futures::future::join_all(questions.iter().map(|q| {
        let servers = servers.as_ref();
        async move {
            match servers {
                Ok(servers) => client.ask(servers, &q.name, q.kind).await,
                Err(error) => Answer {
                    lookup: Lookup::Failed(Unanswered::from(error)),
                    negative_ttl: None,
                },
            }
        }
    }))
    .await;
    questions
        .into_iter()
        .zip(answers)
        .map(|(question, answer)| CachedAnswer {
            expires_at: now + keep_secs(&answer),
            question,
            lookup: answer.lookup,
        })
        .collect()
}

/// The new states; a record that could not be checked keeps its last known state.
fn merged_states(
    old: &BTreeMap<String, RecordState>,
    check: &DomainCheck,
) -> BTreeMap<String, RecordState> {
    let mut states = BTreeMap::new();
    for record in &check.records {
        let state = match (&record.state, old.get(&record.key)) {
            (RecordState::Unverifiable, Some(known)) => known.clone(),
            (state, _) => state.clone(),
        };
        states.insert(record.key.clone(), state);
    }
    states
}

/// Records that were correct at the last check and are now missing or wrong.
pub fn broken_records(
    old: &BTreeMap<String, RecordState>,
    check: &DomainCheck,
) -> Vec<(String, RecordState)> {
    check
        .records
        .iter()
        .filter(|r| matches!(r.state, RecordState::Missing | RecordState::Wrong { .. }))
        .filter(|r| old.get(&r.key) == Some(&RecordState::Correct))
        .map(|r| (r.key.clone(), r.state.clone()))
        .collect()
}

#[allow(clippy::too_many_arguments)]
async fn store(
    backend: &Backend,
    domain: &DomainRow,
    answers: &[CachedAnswer],
    states: &BTreeMap<String, RecordState>,
    broken: &[(String, RecordState)],
    expected: &[ExpectedRecord],
    freshness: Freshness,
    complete: bool,
    now: i64,
) -> anyhow::Result<()> {
    let mut tx = backend.db.begin_write().await?;
    ensure_row(&mut *tx, &domain.id).await?;
    // The states read before asking decide about the mail; the dedupe key
    // names that earlier check, so two instances noticing the same change
    // queue one mail.
    let previous_check: i64 =
        sqlx::query_scalar("SELECT checked_at FROM dns_checks WHERE domain_id = $1")
            .bind(&domain.id)
            .fetch_one(&mut *tx)
            .await?;
    let full = if freshness.asks_everything() { now } else { -1 };
    let complete_at = if complete { now } else { -1 };
    sqlx::query(
        "UPDATE dns_checks SET answers = $2, states = $3, checked_at = $4, \
         full_check_at = CASE WHEN $5 >= 0 THEN $5 ELSE full_check_at END, \
         complete_at = CASE WHEN $6 >= 0 THEN $6 ELSE complete_at END WHERE domain_id = $1",
    )
    .bind(&domain.id)
    .bind(serde_json::to_string(answers)?)
    .bind(serde_json::to_string(states)?)
    .bind(now)
    .bind(full)
    .bind(complete_at)
    .execute(&mut *tx)
    .await?;
    let queued = if broken.is_empty() {
        false
    } else {
        let records = super::dns_broken_mail::BrokenRecords {
            domain,
            records: broken,
            expected,
            found_by: freshness,
        };
        super::dns_broken_mail::queue(backend, &mut tx, &records, previous_check, now).await?
    };
    tx.commit().await?;
    if queued {
        backend.mail.wake();
    }
    Ok(())
}

/// Checks afresh every domain whose last full check is a day old. Each domain
/// is claimed first, so several instances check it once.
pub async fn recheck_due(backend: &Backend, now: i64) -> anyhow::Result<usize> {
    let mut checked = 0;
    for domain in super::domains::all(&backend.db).await? {
        ensure_row(&backend.db.pool, &domain.id).await?;
        let claimed = sqlx::query(
            "UPDATE dns_checks SET claimed_until = $2 WHERE domain_id = $1 AND full_check_at <= $3 \
             AND (claimed_until IS NULL OR claimed_until < $4)",
        )
        .bind(&domain.id)
        .bind(now + CLAIM_SECS)
        .bind(now - RECHECK_SECS)
        .bind(now)
        .execute(&backend.db.pool)
        .await?;
        if claimed.rows_affected() == 0 {
            continue;
        }
        if let Err(e) = check(backend, &domain, Freshness::Daily, now).await {
            tracing::warn!(domain = %domain.name.ascii(), error = %e, "daily DNS check failed");
        }
        checked += 1;
    }
    Ok(checked)
}

/// Runs [`recheck_due`] every `interval`.
pub fn spawn_rechecks(
    backend: Backend,
    interval: std::time::Duration,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(e) = recheck_due(&backend, backend.now()).await {
                tracing::warn!(error = %e, "DNS re-checks failed, trying again later");
            }
            tokio::time::sleep(interval).await;
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty(negative_ttl: Option<u32>) -> Answer {
        Answer {
            lookup: Lookup::Answered(vec![]),
            negative_ttl,
        }
    }

    #[test]
    fn an_empty_answer_is_kept_for_the_zones_negative_ttl() {
        assert_eq!(keep_secs(&empty(Some(900))), 900);
        // Without a SOA the former five minutes; within a minute and 3 hours.
        assert_eq!(keep_secs(&empty(None)), 300);
        assert_eq!(keep_secs(&empty(Some(5))), 60);
        assert_eq!(keep_secs(&empty(Some(86_400))), 3 * 3600);
        let failed = Answer {
            lookup: Lookup::Failed(Unanswered::Timeout),
            negative_ttl: Some(900),
        };
        assert_eq!(keep_secs(&failed), 60);
    }
}
