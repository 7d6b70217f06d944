//! The DNS check against a second, independent DNS server: BIND 9 `named`
//! from Debian, started on a loopback port with zones written here. Beside
//! the hickory fixture this shows that the verdicts hold for how a widely
//! deployed server really answers: CNAME chains across zones, wildcards,
//! TXT records split into several strings, SPF includes and redirects,
//! a zone that failed to load (SERVFAIL), a lame delegation (a referral
//! where an answer belongs) and a name that does not exist.

use crate::support::{
    add_domain, dns_checker, free_port, record_state as state, test_backend, unique, Engine,
};
use app::backend::dns_checks::{self, Freshness};
use app::backend::{customers, Backend};
use app::domain::dns::evaluate::{Conflict, RecordState};
use app::domain::dns::spf::check_host::{SpfReason, SpfResult};
use app::domain::dns::{Lookup, RecordKind, Unanswered};
use app::domain::domain_page::CheckView;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

const NAMED: &str = "/usr/sbin/named";
const T0: i64 = 1_790_000_000;

/// Every zone's head: BIND refuses a zone without SOA and NS.
const HEAD: &str = "$TTL 3600\n@ IN SOA ns1.fixture.test. hostmaster.fixture.test. ( 1 3600 600 86400 300 )\n@ IN NS ns1.fixture.test.\n";

/// The records every correctly set up domain has besides the one a case varies.
const REST: &str =
    "@ IN MX 10 mx.rhoencloud.de.\n_autodiscover._tcp IN SRV 0 0 443 autodiscover.rhoencloud.de.\n";

fn zones() -> Vec<(&'static str, String)> {
    let zone = |body: &str| format!("{HEAD}{body}");
    // 300 characters of ip4 terms: more than one TXT string can hold.
    let many_networks: String = (1..=20).map(|i| format!("ip4:198.51.100.{i} ")).collect();
    let (first, second) = many_networks.split_at(200);
    vec![
        ("fixture.test", zone("ns1 IN A 127.0.0.1\n")),
        (
            "rhoencloud.de",
            zone("spf IN TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\nmx IN A 192.0.2.25\nautodiscover IN A 192.0.2.26\n"),
        ),
        (
            "kette.test",
            zone(&format!(
                "{REST}@ IN TXT \"v=spf1 include:spf.rhoencloud.de -all\"\nautodiscover IN CNAME mail.kette.test.\nmail IN CNAME exchange.dienstleister.test.\n"
            )),
        ),
        (
            "dienstleister.test",
            zone("exchange IN CNAME autodiscover.rhoencloud.de.\n"),
        ),
        (
            "platzhalter.test",
            zone(&format!(
                "{REST}@ IN TXT \"v=spf1 include:spf.rhoencloud.de -all\"\n* IN A 203.0.113.20\n* IN AAAA 2001:db8::20\n"
            )),
        ),
        (
            "lang.test",
            zone(&format!(
                "{REST}@ IN TXT \"v=spf1 {first}\" \"{second}include:spf.rhoencloud.de -all\"\n"
            )),
        ),
        (
            "zweispf.test",
            zone(&format!(
                "{REST}@ IN TXT \"v=spf1 include:spf.rhoencloud.de -all\"\n@ IN TXT \"v=spf1 mx -all\"\n"
            )),
        ),
        (
            "allzuerst.test",
            zone(&format!(
                "{REST}@ IN TXT \"v=spf1 -all include:spf.rhoencloud.de\"\n"
            )),
        ),
        (
            "verschachtelt.test",
            zone(&format!(
                "{REST}@ IN TXT \"v=spf1 include:_spf.verschachtelt.test -all\"\n_spf IN TXT \"v=spf1 ip4:203.0.113.0/24 include:_spf2.verschachtelt.test ~all\"\n_spf2 IN TXT \"v=spf1 include:spf.rhoencloud.de ~all\"\n"
            )),
        ),
        (
            "umleitung.test",
            zone(&format!("{REST}@ IN TXT \"v=spf1 redirect=spf.rhoencloud.de\"\n")),
        ),
        (
            "umleitungall.test",
            zone(&format!(
                "{REST}@ IN TXT \"v=spf1 ?all redirect=spf.rhoencloud.de\"\n"
            )),
        ),
        // A delegation to a server that does not serve the child zone.
        (
            "eltern.test",
            zone("lahm IN NS ns1.fixture.test.\n"),
        ),
        // Not a zone file BIND can load: every question gets SERVFAIL.
        ("kaputt.test", "this is not a zone\n".to_string()),
    ]
}

/// A `named` process serving [`zones`] on 127.0.0.1; stopped when dropped.
struct Bind9 {
    child: Child,
    address: SocketAddr,
    _dir: TempDir,
}

struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Bind9 {
    async fn start() -> Bind9 {
        assert!(
            std::path::Path::new(NAMED).exists(),
            "BIND 9 is missing: `make setup` installs Debian's bind9"
        );
        let dir = std::env::temp_dir().join(unique("portal-bind9"));
        std::fs::create_dir_all(&dir).unwrap();
        let port = free_port();
        let mut config = format!(
            "options {{ directory \"{}\"; listen-on port {port} {{ 127.0.0.1; }}; listen-on-v6 {{ none; }}; \
             pid-file none; recursion no; dnssec-validation no; notify no; }};\ncontrols {{ }};\n",
            dir.display()
        );
        for (name, body) in zones() {
            std::fs::write(dir.join(format!("{name}.zone")), body).unwrap();
            config.push_str(&format!(
                "zone \"{name}\" {{ type primary; file \"{name}.zone\"; }};\n"
            ));
        }
        let config_path = dir.join("named.conf");
        std::fs::write(&config_path, config).unwrap();
        let child = Command::new(NAMED)
            .args(["-g", "-4", "-n", "1", "-c"])
            .arg(&config_path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("named starts");
        let address: SocketAddr = ([127, 0, 0, 1], port).into();
        let bind = Bind9 {
            child,
            address,
            _dir: TempDir(dir),
        };
        bind.wait_until_serving().await;
        bind
    }

    /// Polls until the server answers for a zone it loaded.
    async fn wait_until_serving(&self) {
        let client = dns_checker(self.address).client;
        for _ in 0..100 {
            let lookup = client
                .query(&[self.address], "fixture.test", RecordKind::Txt)
                .await;
            if matches!(lookup, Lookup::Answered(_)) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("named did not start serving on {}", self.address);
    }
}

impl Drop for Bind9 {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn checked(backend: &Backend, name: &str) -> CheckView {
    let row = add_domain(backend, "K-9", name, true, T0).await;
    dns_checks::check(backend, &row, Freshness::All, T0)
        .await
        .unwrap()
}

fn spf_verdicts(view: &CheckView) -> Vec<(SpfResult, SpfReason, bool)> {
    view.check
        .conflicts
        .iter()
        .filter_map(|c| match c {
            Conflict::SpfNotPassing {
                verdict,
                include_after_all,
                ..
            } => Some((verdict.result, verdict.reason.clone(), *include_after_all)),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn verdicts_hold_against_bind9() {
    let bind = Bind9::start().await;
    let backend = Backend {
        dns: Arc::new(dns_checker(bind.address)),
        ..test_backend(Engine::Sqlite).await
    };
    customers::create(&backend.db, "K-9", "Neun GmbH")
        .await
        .unwrap();

    // autodiscover → mail.kette.test → exchange.dienstleister.test → ours.
    let chain = checked(&backend, "kette.test").await;
    assert_eq!(state(&chain, "autodiscover"), &RecordState::Correct);
    assert_eq!(state(&chain, "spf"), &RecordState::Correct);
    assert_eq!(state(&chain, "mx"), &RecordState::Correct);

    let wildcard = checked(&backend, "platzhalter.test").await;
    assert_eq!(
        state(&wildcard, "autodiscover"),
        &RecordState::Wrong {
            found: vec!["203.0.113.20".into(), "2001:db8::20".into()]
        }
    );
    assert!(wildcard.check.conflicts.contains(&Conflict::Wildcard {
        addresses: vec!["203.0.113.20".into(), "2001:db8::20".into()]
    }));

    // An SPF record of two strings is one record to receivers.
    let long = checked(&backend, "lang.test").await;
    assert_eq!(state(&long, "spf"), &RecordState::Correct);

    let two = checked(&backend, "zweispf.test").await;
    assert!(two
        .check
        .conflicts
        .iter()
        .any(|c| matches!(c, Conflict::MultipleSpf { records } if records.len() == 2)));

    let all_first = checked(&backend, "allzuerst.test").await;
    assert_eq!(
        spf_verdicts(&all_first),
        [(
            SpfResult::Fail,
            SpfReason::Matched {
                domain: "allzuerst.test".into(),
                term: "-all".into()
            },
            true
        )]
    );

    let nested = checked(&backend, "verschachtelt.test").await;
    assert_eq!(state(&nested, "spf"), &RecordState::Correct);

    let redirect = checked(&backend, "umleitung.test").await;
    assert_eq!(state(&redirect, "spf"), &RecordState::Correct);
    let redirect_with_all = checked(&backend, "umleitungall.test").await;
    assert_eq!(
        spf_verdicts(&redirect_with_all),
        [(
            SpfResult::Neutral,
            SpfReason::Matched {
                domain: "umleitungall.test".into(),
                term: "?all".into()
            },
            false
        )]
    );

    // Nothing can be said where the server gives no answer: never "fehlt",
    // and the page says why.
    for (broken, why) in [
        ("kaputt.test", Unanswered::ServerFailure),
        ("lahm.eltern.test", Unanswered::Lame),
        ("nirgends.test", Unanswered::Refused),
    ] {
        let view = checked(&backend, broken).await;
        for record in &view.check.records {
            let key = &record.key;
            assert_eq!(record.state, RecordState::Unverifiable, "{broken} {key}");
            assert_eq!(record.unanswered, Some(why), "{broken} {key}");
        }
    }

    // A name that does not exist has none of the records.
    let absent = checked(&backend, "gibtsnicht.eltern.test").await;
    assert_eq!(state(&absent, "mx"), &RecordState::Missing);
}
