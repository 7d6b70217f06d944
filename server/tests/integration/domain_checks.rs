//! Live DNS checks against the test DNS server, on both engines: each zone of
//! the fixture gives the right per-record states and conflicts, answers are
//! cached per TTL, a silent server gives "cannot be checked" (never
//! "missing"), "check now" is rate-limited, and a record that breaks mails
//! the owners and admins once. Also the allow-list rules of the storage layer.

use crate::dns_fixture::DnsFixture;
use crate::support::{
    add_domain, dns_checker, record_state as state, test_backend, Engine, ENGINES,
};
use app::backend::dns_checks::{self, Freshness};
use app::backend::domains::{self, AllowListError, DomainRow};
use app::backend::users::Role;
use app::backend::{customers, users, Backend};
use app::domain::allow_list::AllowEntry;
use app::domain::dns::evaluate::{Conflict, RecordState};
use app::domain::dns::spf::check_host::{SpfReason, SpfResult, SpfVerdict};
use app::domain::domain_page::CheckView;
use app::domain::mail_address::MailAddress;
use std::sync::Arc;

const T0: i64 = 1_790_000_000;

async fn backend(engine: Engine, fixture: &DnsFixture) -> Backend {
    let backend = Backend {
        dns: Arc::new(dns_checker(fixture.resolver())),
        ..test_backend(engine).await
    };
    let c = customers::create(&backend.db, "K-5", "Fünf GmbH")
        .await
        .unwrap();
    for (email, role) in [
        ("chefin@fuenf.de", Role::Owner),
        ("admin@fuenf.de", Role::Admin),
        ("leser@fuenf.de", Role::ReadOnly),
    ] {
        users::create(
            &backend.db,
            &c.id,
            &MailAddress::parse(email).unwrap(),
            "X",
            role,
        )
        .await
        .unwrap();
    }
    backend
}

async fn add(backend: &Backend, name: &str, fully_routed: bool) -> DomainRow {
    add_domain(backend, "K-5", name, fully_routed, T0).await
}

fn states(view: &CheckView) -> Vec<(String, String)> {
    view.check
        .records
        .iter()
        .map(|r| {
            let s = match &r.state {
                RecordState::Correct => "correct".to_string(),
                RecordState::Missing => "missing".to_string(),
                RecordState::Wrong { found } => format!("wrong {}", found.join(" | ")),
                RecordState::Unverifiable => "unverifiable".to_string(),
            };
            (r.key.clone(), s)
        })
        .collect()
}

fn all(view: &CheckView, expected: &str) -> bool {
    view.check.records.iter().all(|r| match expected {
        "correct" => r.state == RecordState::Correct,
        "unverifiable" => r.state == RecordState::Unverifiable,
        _ => false,
    })
}

#[tokio::test]
async fn every_zone_yields_its_states_and_conflicts() {
    let fixture = DnsFixture::start().await;
    for engine in ENGINES {
        let b = backend(engine, &fixture).await;
        let check = |d: DomainRow| {
            let b = b.clone();
            async move {
                dns_checks::check(&b, &d, Freshness::Expired, T0)
                    .await
                    .unwrap()
            }
        };

        let correct = check(add(&b, "richtig.test", true).await).await;
        assert!(all(&correct, "correct"), "{:?}", states(&correct));
        assert!(correct.check.conflicts.is_empty());

        let missing = check(add(&b, "fehlt.test", true).await).await;
        for key in [
            "mx",
            "autodiscover",
            "autodiscover-srv",
            "spf",
            "dkim-rhoen1",
            "dkim-rhoen2",
            "dmarc",
        ] {
            assert_eq!(state(&missing, key), &RecordState::Missing, "{key}");
        }

        let wrong = check(add(&b, "falsch.test", true).await).await;
        let found = |key| match state(&wrong, key) {
            RecordState::Wrong { found } => found.clone(),
            other => panic!("{key}: {other:?}"),
        };
        assert_eq!(found("mx"), ["10 mx.anderer-anbieter.de"]);
        assert_eq!(found("autodiscover"), ["autodiscover.outlook.com"]);
        assert_eq!(found("autodiscover-srv"), ["0 0 443 mail.falsch.test"]);
        assert_eq!(found("spf"), ["v=spf1 include:_spf.google.com ~all"]);
        assert_eq!(found("dkim-rhoen1"), ["rhoen1.falsch.example"]);
        assert_eq!(state(&wrong, "dkim-rhoen2"), &RecordState::Correct);
        assert_eq!(state(&wrong, "dmarc"), &RecordState::Missing);
        // Evaluated for the sending networks of spf.rhoencloud.de: Google's
        // nested include does not cover them, so `~all` decides.
        assert!(
            wrong.check.conflicts.contains(&Conflict::SpfNotPassing {
                ips: vec!["192.0.2.0".into(), "2001:db8:25::".into()],
                verdict: SpfVerdict {
                    result: SpfResult::SoftFail,
                    reason: SpfReason::Matched {
                        domain: "falsch.test".into(),
                        term: "~all".into()
                    },
                    explanation: None,
                },
                include_after_all: false,
            }),
            "{:?}",
            wrong.check.conflicts
        );

        let old_mx = check(add(&b, "altmx.test", true).await).await;
        assert_eq!(state(&old_mx, "mx"), &RecordState::Correct);
        assert_eq!(
            old_mx.check.conflicts,
            [Conflict::ForeignMx {
                hosts: vec!["mail.alter-anbieter.de".into()]
            }]
        );

        let two_spf = check(add(&b, "zweispf.test", true).await).await;
        assert!(matches!(state(&two_spf, "spf"), RecordState::Wrong { found } if found.len() == 2));
        assert!(two_spf
            .check
            .conflicts
            .iter()
            .any(|c| matches!(c, Conflict::MultipleSpf { records } if records.len() == 2)));

        let a_record = check(add(&b, "autodiscover-a.test", true).await).await;
        assert_eq!(
            state(&a_record, "autodiscover"),
            &RecordState::Wrong {
                found: vec!["203.0.113.10".into()]
            }
        );
        assert!(a_record
            .check
            .conflicts
            .contains(&Conflict::AutodiscoverAddress {
                addresses: vec!["203.0.113.10".into()]
            }));

        let wildcard = check(add(&b, "wildcard.test", true).await).await;
        assert!(wildcard.check.conflicts.contains(&Conflict::Wildcard {
            addresses: vec!["203.0.113.20".into()]
        }));
        assert_eq!(state(&wildcard, "autodiscover-srv"), &RecordState::Correct);

        // Entered in Unicode, asked in punycode.
        let idn = check(add(&b, "Müller.TEST.", true).await).await;
        assert!(all(&idn, "correct"), "{:?}", states(&idn));

        // A partly routed domain needs no MX of ours and its own MX is no conflict.
        let partly = check(add(&b, "muster-shop.de", false).await).await;
        assert!(partly.check.records.iter().all(|r| r.key != "mx"));
        assert_eq!(state(&partly, "spf"), &RecordState::Correct);
        assert_eq!(state(&partly, "dkim-rhoen2"), &RecordState::Missing);
        assert!(partly.check.conflicts.is_empty());
    }
}

#[tokio::test]
async fn a_silent_server_gives_unverifiable_never_missing() {
    let fixture = DnsFixture::start().await;
    for engine in ENGINES {
        let b = backend(engine, &fixture).await;
        let d = add(&b, "zeitueberschreitung.test", true).await;
        let started = std::time::Instant::now();
        let view = dns_checks::check(&b, &d, Freshness::Expired, T0)
            .await
            .unwrap();
        assert!(all(&view, "unverifiable"), "{:?}", states(&view));
        assert!(view.check.conflicts.is_empty());
        // Questions are asked side by side: a few timeouts, not one per record.
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }
}

#[tokio::test]
async fn answers_are_kept_per_ttl_and_the_cache_never_waits() {
    for engine in ENGINES {
        let fixture = DnsFixture::start().await;
        let b = backend(engine, &fixture).await;
        let d = add(&b, "richtig.test", true).await;
        assert_eq!(
            dns_checks::cached(&b.db, &b.dns, &d, T0).await.unwrap(),
            None
        );
        let first = dns_checks::check(&b, &d, Freshness::Expired, T0)
            .await
            .unwrap();
        assert!(all(&first, "correct"));
        drop(fixture); // from now on nobody answers

        // Within every TTL: all from the cache.
        let cached = dns_checks::check(&b, &d, Freshness::Expired, T0 + 200)
            .await
            .unwrap();
        assert!(all(&cached, "correct"), "{:?}", states(&cached));
        // The MX answer (TTL 300) has expired, the others (3600) have not.
        let page = dns_checks::cached(&b.db, &b.dns, &d, T0 + 400)
            .await
            .unwrap()
            .unwrap();
        assert!(page.stale);
        let later = dns_checks::check(&b, &d, Freshness::Expired, T0 + 400)
            .await
            .unwrap();
        assert_eq!(state(&later, "mx"), &RecordState::Unverifiable);
        assert_eq!(state(&later, "spf"), &RecordState::Correct);
        assert_eq!(state(&later, "autodiscover"), &RecordState::Correct);
    }
}

#[tokio::test]
async fn check_now_is_rate_limited_per_domain() {
    let fixture = DnsFixture::start().await;
    for engine in ENGINES {
        let b = backend(engine, &fixture).await;
        let d = add(&b, "richtig.test", true).await;
        let other = add(&b, "altmx.test", true).await;
        assert_eq!(
            dns_checks::take_force_slot(&b.db, &d.id, T0).await.unwrap(),
            None
        );
        assert_eq!(
            dns_checks::take_force_slot(&b.db, &d.id, T0 + 20)
                .await
                .unwrap(),
            Some(40)
        );
        assert_eq!(
            dns_checks::take_force_slot(&b.db, &other.id, T0 + 20)
                .await
                .unwrap(),
            None
        );
        assert_eq!(
            dns_checks::take_force_slot(&b.db, &d.id, T0 + 60)
                .await
                .unwrap(),
            None
        );
    }
}

async fn dns_mails(b: &Backend) -> Vec<(String, String, String)> {
    sqlx::query_as("SELECT recipients, subject, body FROM outbox WHERE kind = 'dns-broken' ORDER BY recipients")
        .fetch_all(&b.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_record_that_breaks_mails_owners_and_admins_once() {
    let fixture = DnsFixture::start().await;
    for engine in ENGINES {
        let b = backend(engine, &fixture).await;
        let d = add(&b, "falsch.test", true).await;
        // The last check found everything correct (the zone has changed since).
        sqlx::query(
            "INSERT INTO dns_checks (domain_id, states, checked_at, full_check_at) VALUES ($1, $2, $3, $3)",
        )
        .bind(&d.id)
        .bind(r#"{"mx":"Correct","autodiscover":"Correct","dmarc":"Missing"}"#)
        .bind(T0)
        .execute(&b.db.pool)
        .await
        .unwrap();
        // Not due yet: checked less than a day ago.
        assert_eq!(dns_checks::recheck_due(&b, T0 + 3600).await.unwrap(), 0);
        assert_eq!(dns_checks::recheck_due(&b, T0 + 86_400).await.unwrap(), 1);
        let mails = dns_mails(&b).await;
        assert_eq!(mails.len(), 1, "{mails:?}");
        let (to, subject, body) = &mails[0];
        assert_eq!(to, "admin@fuenf.de,chefin@fuenf.de");
        // MX and autodiscover broke: both named, in the plural, with what
        // found them and the domain mail's own footer.
        assert_eq!(
            subject,
            "DNS von falsch.test: 2 Einträge stimmen nicht mehr"
        );
        assert!(
            body.contains("bei der täglichen Prüfung sind 2 DNS-Einträge der Domain falsch.test"),
            "{body}"
        );
        assert!(body.contains("Bis die Einträge korrigiert sind"), "{body}");
        assert!(body.contains("Freundliche Grüße"), "{body}");
        assert!(body.contains("Inhaber und Administratoren"), "{body}");
        assert!(!body.contains("Speicherhinweisen"), "{body}");
        assert!(body.contains("MX falsch.test: falsch. Gefunden: 10 mx.anderer-anbieter.de. Erwartet: 10 mx.rhoencloud.de"), "{body}");
        assert!(body.contains("CNAME autodiscover.falsch.test"), "{body}");
        // Missing before, missing now: not a change worth a mail.
        assert!(!body.contains("_dmarc"), "{body}");
        assert!(body.contains(&format!("https://portal.example.de/domains/{}", d.id)));
        // The next day nothing changed: no new mail.
        assert_eq!(
            dns_checks::recheck_due(&b, T0 + 2 * 86_400).await.unwrap(),
            1
        );
        assert_eq!(dns_mails(&b).await.len(), 1);
    }
}

#[tokio::test]
async fn allow_lists_refuse_duplicates_and_stay_with_their_owner() {
    let fixture = DnsFixture::start().await;
    for engine in ENGINES {
        let b = backend(engine, &fixture).await;
        let d = add(&b, "richtig.test", true).await;
        let owner = domains::allow_list_owner(&b.db, &d.customer_id, Some(&d.id), None)
            .await
            .unwrap()
            .unwrap();
        let entry = AllowEntry::parse(" Rechnung@Lieferant.DE ").unwrap();
        domains::add_allow_entry(&b.db, &owner, &entry, T0)
            .await
            .unwrap();
        assert!(matches!(
            domains::add_allow_entry(&b.db, &owner, &entry, T0).await,
            Err(AllowListError::Duplicate)
        ));
        let idn = AllowEntry::parse("bäcker.de").unwrap();
        domains::add_allow_entry(&b.db, &owner, &idn, T0)
            .await
            .unwrap();
        let list = domains::allow_list(&b.db, &owner).await.unwrap();
        let shown: Vec<&str> = list.iter().map(|e| e.entry.as_str()).collect();
        assert_eq!(shown, ["bäcker.de", "rechnung@lieferant.de"]);
        // Another customer neither finds the list nor removes its entries.
        assert_eq!(
            domains::allow_list_owner(&b.db, "someone-else", Some(&d.id), None)
                .await
                .unwrap(),
            None
        );
        assert!(
            !domains::remove_allow_entry(&b.db, "someone-else", &list[0].id)
                .await
                .unwrap()
        );
        assert!(
            domains::remove_allow_entry(&b.db, &d.customer_id, &list[0].id)
                .await
                .unwrap()
        );
        assert_eq!(domains::allow_list(&b.db, &owner).await.unwrap().len(), 1);

        // A mailbox on the domain has a list of its own.
        let mailbox = app::backend::new_id();
        sqlx::query(
            "INSERT INTO mailboxes (id, customer_id, domain_id, primary_address, display_name, created_at) \
             VALUES ($1, $2, $3, 'anna@richtig.test', 'Anna', 0)",
        )
        .bind(&mailbox)
        .bind(&d.customer_id)
        .bind(&d.id)
        .execute(&b.db.pool)
        .await
        .unwrap();
        let personal = domains::allow_list_owner(&b.db, &d.customer_id, None, Some(&mailbox))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (personal.domain_id.as_str(), personal.fully_routed),
            (d.id.as_str(), true)
        );
        assert!(domains::allow_list(&b.db, &personal)
            .await
            .unwrap()
            .is_empty());
        domains::add_allow_entry(&b.db, &personal, &idn, T0)
            .await
            .unwrap();
        assert_eq!(
            domains::allow_list(&b.db, &personal).await.unwrap().len(),
            1
        );
        assert_eq!(domains::allow_list(&b.db, &owner).await.unwrap().len(), 1);
        assert_eq!(
            domains::allow_list_owner(&b.db, "someone-else", None, Some(&mailbox))
                .await
                .unwrap(),
            None
        );
    }
}

/// The operator registers domains in Unicode or punycode; invalid names and
/// names already taken are refused with a non-zero exit.
#[tokio::test]
async fn the_operator_adds_domains_by_cli() {
    use crate::support::{fresh_url, portal_command};
    let url = fresh_url(Engine::Sqlite).await;
    let run = |args: &[&str]| portal_command(&url, 1).args(args).output().unwrap();
    assert!(
        run(&["create-customer", "--number", "K-9", "--name", "Neun AG"])
            .status
            .success()
    );
    let added = run(&[
        "add-domain",
        "--customer",
        "K-9",
        "--domain",
        " Müller-Bau.DE. ",
        "--fully-routed",
    ]);
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );
    assert!(String::from_utf8_lossy(&added.stdout).contains("müller-bau.de (xn--mller-bau-q9a.de)"));
    for bad in [
        vec![
            "add-domain",
            "--customer",
            "K-9",
            "--domain",
            "xn--mller-bau-q9a.de",
        ],
        vec![
            "add-domain",
            "--customer",
            "K-9",
            "--domain",
            "kein domainname",
        ],
        vec!["add-domain", "--customer", "K-404", "--domain", "neun.de"],
    ] {
        assert!(!run(&bad).status.success(), "{bad:?}");
    }
    let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
    let names: Vec<(String, i64)> = sqlx::query_as(
        "SELECT name, CAST(CASE WHEN fully_routed THEN 1 ELSE 0 END AS BIGINT) FROM domains",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(names, [("xn--mller-bau-q9a.de".to_string(), 1)]);
}

/// The allow-list and zone file over HTTP: validation answers with the
/// message id and stores nothing, partly routed domains have no list,
/// read-only users change nothing.
#[tokio::test]
async fn allow_list_requests_are_validated_and_read_only_users_refused() {
    use crate::support::{
        assert_refused, browser, call_fn, fresh_url, full_login, get_page, Portal,
    };
    use app::backend::demo;
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start(&url).await;
    let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
    let domain_id = |name: &'static str| {
        let db = db.clone();
        async move {
            sqlx::query_scalar::<_, String>("SELECT id FROM domains WHERE name = $1")
                .bind(name)
                .fetch_one(&db.pool)
                .await
                .unwrap()
        }
    };
    let (full, partly) = (
        domain_id("muster-gmbh.de").await,
        domain_id("muster-shop.de").await,
    );
    let owner = browser();
    full_login(&owner, &portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
    let add = |client: &reqwest::Client, domain: &str, entry: &str| {
        client
            .post(portal.url("/api/allow-list-add"))
            .form(&[("domain_id", domain), ("entry", entry)])
            .send()
    };
    let count = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM allow_list_entries")
            .fetch_one(&db.pool)
            .await
            .unwrap()
    };

    let bad = add(&owner, &full, "kein gültiger eintrag").await.unwrap();
    assert_refused(bad, "allow-entry-invalid", "an invalid entry").await;
    assert_eq!(
        add(&owner, &full, "Lieferant.DE").await.unwrap().status(),
        200
    );
    let again = add(&owner, &full, "lieferant.de.").await.unwrap();
    assert_refused(again, "allow-entry-duplicate", "the same entry again").await;
    let partly_routed = add(&owner, &partly, "lieferant.de").await.unwrap();
    assert_eq!(partly_routed.status(), 409);
    assert!(partly_routed
        .text()
        .await
        .unwrap()
        .contains("allow-list-partly-routed"));
    assert_eq!(count().await, 1);

    let zone = get_page(&owner, &portal, &format!("/domains/{full}/zonendatei")).await;
    assert_eq!(zone.status(), 200);
    assert_eq!(
        zone.headers()["content-disposition"],
        "attachment; filename=\"muster-gmbh.de.zone\""
    );
    let text = zone.text().await.unwrap();
    assert!(text.contains("$ORIGIN muster-gmbh.de."), "{text}");
    assert!(text.contains("MX"), "{text}");

    let reader = browser();
    full_login(&reader, &portal, demo::READONLY_EMAIL, demo::PASSWORD).await;
    assert_eq!(
        add(&reader, &full, "spam.example").await.unwrap().status(),
        403
    );
    let entry: String = sqlx::query_scalar("SELECT id FROM allow_list_entries")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let removed = call_fn(&reader, &portal, "allow-list-remove", &[("id", &entry)]).await;
    assert_eq!(removed.status(), 403);
    assert_eq!(count().await, 1);
    // Looking is allowed: the read-only user sees the domain and its records.
    let page = call_fn(&reader, &portal, "domain", &[("id", &full)]).await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("mx.rhoencloud.de"));
}

#[tokio::test]
async fn while_nothing_answers_the_last_complete_check_is_shown() {
    let fixture = DnsFixture::start().await;
    for engine in ENGINES {
        let b = backend(engine, &fixture).await;
        let d = add(&b, "falsch.test", true).await;
        let first = dns_checks::check(&b, &d, Freshness::All, T0).await.unwrap();
        assert_eq!(first.last_known, None);
        // The same domain, but its name servers fall silent.
        let silent = std::net::SocketAddr::from(([127, 0, 0, 2], fixture.port));
        let b_silent = Backend {
            dns: Arc::new(dns_checker(silent)),
            ..b.clone()
        };
        let later = T0 + 3600;
        let view = dns_checks::check(&b_silent, &d, Freshness::All, later)
            .await
            .unwrap();
        assert!(all(&view, "unverifiable"), "{:?}", states(&view));
        let known = view.last_known.expect("the first check knew every record");
        assert_eq!(
            (known.correct, known.problems, known.complete_at),
            (1, 6, T0)
        );
        // The cached view, as the domain list reads it, says the same.
        let cached = dns_checks::cached(&b.db, &b.dns, &d, later + 1)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(cached.last_known, Some(known));
        // No mail: nothing was seen to break.
        assert!(dns_mails(&b).await.is_empty());
    }
}
