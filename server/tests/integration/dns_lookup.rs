//! The DNS client against a real name server (the DNS fixture): finding a
//! domain's authoritative servers, each record type, wildcards, NXDOMAIN, a
//! server that never answers, and answers too long for UDP.

use crate::dns_fixture::DnsFixture;
use app::backend::dns_lookup::{DnsClient, DnsLookupSettings, LookupError};
use app::domain::dns::{FoundRecord, Lookup, RecordKind, Unanswered};
use hickory_proto::op::{Message, MessageType, OpCode, Query};
use hickory_proto::rr::{Name, RecordType};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::net::UdpSocket;

const TIMEOUT: Duration = Duration::from_millis(300);

fn client_settings(fixture: &DnsFixture) -> DnsLookupSettings {
    DnsLookupSettings {
        resolver: fixture.resolver(),
        authoritative_port: fixture.port,
        timeout: TIMEOUT,
        allow_private_servers: true,
    }
}

fn client(fixture: &DnsFixture) -> DnsClient {
    DnsClient::new(client_settings(fixture))
}

fn answering(fixture: &DnsFixture) -> Vec<SocketAddr> {
    vec![fixture.resolver()]
}

fn record(name: &str, kind: RecordKind, value: &str, ttl: u32) -> FoundRecord {
    FoundRecord {
        name: name.into(),
        kind,
        value: value.into(),
        ttl,
    }
}

fn answered(lookup: Lookup) -> Vec<FoundRecord> {
    match lookup {
        Lookup::Answered(records) => records,
        Lookup::Failed(reason) => panic!("expected an answer, the lookup failed: {reason:?}"),
    }
}

#[tokio::test]
async fn finds_the_authoritative_servers_of_a_domain() {
    let fixture = DnsFixture::start().await;
    let servers = client(&fixture)
        .authoritative_servers("richtig.test")
        .await
        .unwrap();
    assert_eq!(servers, answering(&fixture));
}

#[tokio::test]
async fn name_servers_at_loopback_are_not_asked_unless_allowed() {
    let fixture = DnsFixture::start().await;
    // The fixture's NS records point at 127.0.0.1, as a hostile zone could.
    let production = DnsClient::new(DnsLookupSettings {
        allow_private_servers: false,
        ..client_settings(&fixture)
    });
    let refused = production.authoritative_servers("richtig.test").await;
    assert!(
        matches!(refused, Err(LookupError::NonPublicServers(ref d)) if d == "richtig.test"),
        "{refused:?}"
    );
}

#[tokio::test]
async fn walks_up_from_a_name_below_the_zone() {
    let fixture = DnsFixture::start().await;
    let servers = client(&fixture)
        .authoritative_servers("x.richtig.test")
        .await
        .unwrap();
    assert_eq!(servers, answering(&fixture));
}

#[tokio::test]
async fn an_unknown_domain_has_no_servers() {
    let fixture = DnsFixture::start().await;
    // The fixture refuses names outside its zones, as a resolver would fail.
    let result = client(&fixture)
        .authoritative_servers("unbekannt.example")
        .await;
    assert!(result.is_err(), "{result:?}");
}

#[tokio::test]
async fn reads_mx_with_its_ttl() {
    let fixture = DnsFixture::start().await;
    let lookup = client(&fixture)
        .query(&answering(&fixture), "richtig.test", RecordKind::Mx)
        .await;
    assert_eq!(
        answered(lookup),
        vec![record(
            "richtig.test",
            RecordKind::Mx,
            "10 mx.rhoencloud.de",
            300
        )]
    );
}

#[tokio::test]
async fn reads_every_txt_record() {
    let fixture = DnsFixture::start().await;
    let lookup = client(&fixture)
        .query(&answering(&fixture), "richtig.test", RecordKind::Txt)
        .await;
    let mut values: Vec<String> = answered(lookup).into_iter().map(|r| r.value).collect();
    values.sort();
    assert_eq!(
        values,
        [
            "google-site-verification=abc",
            "v=spf1 include:spf.rhoencloud.de ~all"
        ]
    );
}

#[tokio::test]
async fn reads_a_cname() {
    let fixture = DnsFixture::start().await;
    let lookup = client(&fixture)
        .query(
            &answering(&fixture),
            "rhoen1._domainkey.richtig.test",
            RecordKind::Cname,
        )
        .await;
    assert_eq!(
        answered(lookup),
        vec![record(
            "rhoen1._domainkey.richtig.test",
            RecordKind::Cname,
            "rhoen1.richtig.test.dkim.rhoencloud.de",
            3600
        )]
    );
}

#[tokio::test]
async fn reads_an_srv_record() {
    let fixture = DnsFixture::start().await;
    let lookup = client(&fixture)
        .query(
            &answering(&fixture),
            "_autodiscover._tcp.richtig.test",
            RecordKind::Srv,
        )
        .await;
    let records = answered(lookup);
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0].value, "0 0 443 autodiscover.rhoencloud.de");
}

#[tokio::test]
async fn a_wildcard_answers_under_the_asked_name() {
    let fixture = DnsFixture::start().await;
    let lookup = client(&fixture)
        .query(
            &answering(&fixture),
            "autodiscover.wildcard.test",
            RecordKind::A,
        )
        .await;
    assert_eq!(
        answered(lookup),
        vec![record(
            "autodiscover.wildcard.test",
            RecordKind::A,
            "203.0.113.20",
            3600
        )]
    );
}

#[tokio::test]
async fn a_name_that_does_not_exist_is_answered_empty() {
    let fixture = DnsFixture::start().await;
    let lookup = client(&fixture)
        .query(&answering(&fixture), "_dmarc.falsch.test", RecordKind::Txt)
        .await;
    assert_eq!(lookup, Lookup::Answered(vec![]));
}

#[tokio::test]
async fn a_missing_type_is_answered_empty() {
    let fixture = DnsFixture::start().await;
    let lookup = client(&fixture)
        .query(&answering(&fixture), "fehlt.test", RecordKind::Mx)
        .await;
    assert_eq!(lookup, Lookup::Answered(vec![]));
}

#[tokio::test]
async fn a_silent_server_fails_within_two_timeouts() {
    let fixture = DnsFixture::start().await;
    let client = client(&fixture);
    let servers = client
        .authoritative_servers("zeitueberschreitung.test")
        .await
        .unwrap();
    assert_eq!(
        servers,
        vec![SocketAddr::from(([127, 0, 0, 2], fixture.port))]
    );

    let started = Instant::now();
    let lookup = client
        .query(&servers, "zeitueberschreitung.test", RecordKind::Mx)
        .await;
    let took = started.elapsed();
    assert_eq!(lookup, Lookup::Failed(Unanswered::Timeout));
    assert!(took >= TIMEOUT * 2, "gave up after {took:?}");
    assert!(
        took < TIMEOUT * 2 + Duration::from_millis(700),
        "took {took:?}"
    );
}

#[tokio::test]
async fn the_next_server_answers_when_the_first_is_silent() {
    let fixture = DnsFixture::start().await;
    let silent = SocketAddr::from(([127, 0, 0, 2], fixture.port));
    let lookup = client(&fixture)
        .query(&[silent, fixture.resolver()], "altmx.test", RecordKind::Mx)
        .await;
    let mut values: Vec<String> = answered(lookup).into_iter().map(|r| r.value).collect();
    values.sort();
    assert_eq!(values, ["10 mx.rhoencloud.de", "20 mail.alter-anbieter.de"]);
}

#[tokio::test]
async fn a_refusing_server_fails() {
    let fixture = DnsFixture::start().await;
    // The fixture is authoritative for none of this, so it refuses.
    let lookup = client(&fixture)
        .query(&answering(&fixture), "example.org", RecordKind::Mx)
        .await;
    assert_eq!(lookup, Lookup::Failed(Unanswered::Refused));
}

#[tokio::test]
async fn a_long_answer_arrives_complete_over_tcp() {
    let fixture = DnsFixture::start().await;
    let lookup = client(&fixture)
        .query(&answering(&fixture), "long.richtig.test", RecordKind::Txt)
        .await;
    let records = answered(lookup);
    assert_eq!(records.len(), 1, "{records:?}");
    let expected = format!("v=DKIM1; k=rsa; p={}", "0123456789".repeat(60));
    assert_eq!(records[0].value, expected);
    // Over UDP the fixture truncates this answer, so the client used TCP.
    assert!(udp_answer_is_truncated(fixture.resolver(), "long.richtig.test.").await);
}

/// Asks once over plain UDP and tells whether the answer has the TC bit.
async fn udp_answer_is_truncated(server: SocketAddr, name: &str) -> bool {
    let mut request = Message::new(4711, MessageType::Query, OpCode::Query);
    request.add_query(Query::query(
        Name::from_ascii(name).unwrap(),
        RecordType::TXT,
    ));
    let socket = UdpSocket::bind("127.0.0.1:0").await.unwrap();
    socket
        .send_to(&request.to_vec().unwrap(), server)
        .await
        .unwrap();
    let mut buffer = [0u8; 4096];
    let (len, _) = tokio::time::timeout(TIMEOUT, socket.recv_from(&mut buffer))
        .await
        .unwrap()
        .unwrap();
    let response = Message::from_vec(&buffer[..len]).unwrap();
    assert!(len <= 512, "UDP answer of {len} bytes");
    response.metadata.truncation
}

/// The values the fixture answers with, sorted.
async fn values(fixture: &DnsFixture, name: &str, kind: RecordKind) -> Vec<String> {
    let lookup = client(fixture).query(&answering(fixture), name, kind).await;
    let mut values: Vec<String> = answered(lookup).into_iter().map(|r| r.value).collect();
    values.sort();
    values
}

#[tokio::test]
async fn the_zones_hold_the_documented_cases() {
    use RecordKind::*;
    let fixture = DnsFixture::start().await;
    let cases: &[(&str, RecordKind, &[&str])] = &[
        ("ns-silent.dns-fixture.test", A, &["127.0.0.2"]),
        // An address question at a CNAME gets the CNAME (owner: the asked name).
        (
            "autodiscover.richtig.test",
            A,
            &["autodiscover.rhoencloud.de"],
        ),
        (
            "_dmarc.richtig.test",
            Txt,
            &["v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@rhoencloud.de"],
        ),
        (
            "rhoen2._domainkey.richtig.test",
            Cname,
            &["rhoen2.richtig.test.dkim.rhoencloud.de"],
        ),
        ("fehlt.test", A, &["203.0.113.5"]),
        ("fehlt.test", Mx, &[]),
        ("fehlt.test", Txt, &[]),
        ("autodiscover.fehlt.test", Cname, &[]),
        ("falsch.test", Mx, &["10 mx.anderer-anbieter.de"]),
        ("falsch.test", Txt, &["v=spf1 include:_spf.google.com ~all"]),
        (
            "autodiscover.falsch.test",
            Cname,
            &["autodiscover.outlook.com"],
        ),
        (
            "_autodiscover._tcp.falsch.test",
            Srv,
            &["0 0 443 mail.falsch.test"],
        ),
        (
            "rhoen1._domainkey.falsch.test",
            Cname,
            &["rhoen1.falsch.example"],
        ),
        (
            "rhoen2._domainkey.falsch.test",
            Cname,
            &["rhoen2.falsch.test.dkim.rhoencloud.de"],
        ),
        (
            "rhoen1._domainkey.altmx.test",
            Cname,
            &["rhoen1.altmx.test.dkim.rhoencloud.de"],
        ),
        (
            "zweispf.test",
            Txt,
            &["v=spf1 a mx -all", "v=spf1 include:spf.rhoencloud.de ~all"],
        ),
        ("autodiscover.autodiscover-a.test", Cname, &[]),
        ("autodiscover.autodiscover-a.test", A, &["203.0.113.10"]),
        ("autodiscover.wildcard.test", Cname, &[]),
        (
            "rhoen1._domainkey.xn--mller-kva.test",
            Cname,
            &["rhoen1.xn--mller-kva.test.dkim.rhoencloud.de"],
        ),
        ("muster-gmbh.de", Mx, &["10 mx.rhoencloud.de"]),
        (
            "rhoen2._domainkey.muster-gmbh.de",
            Cname,
            &["rhoen2.muster-gmbh.de.dkim.rhoencloud.de"],
        ),
        ("muster-shop.de", Mx, &["10 mail.muster-shop.de"]),
        (
            "muster-shop.de",
            Txt,
            &["v=spf1 mx include:spf.rhoencloud.de ~all"],
        ),
        (
            "autodiscover.muster-shop.de",
            Cname,
            &["autodiscover.rhoencloud.de"],
        ),
        (
            "_autodiscover._tcp.muster-shop.de",
            Srv,
            &["0 0 443 autodiscover.rhoencloud.de"],
        ),
        (
            "rhoen1._domainkey.muster-shop.de",
            Cname,
            &["rhoen1.muster-shop.de.dkim.rhoencloud.de"],
        ),
        ("rhoen2._domainkey.muster-shop.de", Cname, &[]),
        ("muster-service.de", Mx, &[]),
        (
            "muster-service.de",
            Txt,
            &["v=spf1 include:spf.rhoencloud.de ~all"],
        ),
        (
            "autodiscover.muster-service.de",
            Cname,
            &["autodiscover.rhoencloud.de"],
        ),
        ("_autodiscover._tcp.muster-service.de", Srv, &[]),
        (
            "rhoen2._domainkey.muster-service.de",
            Cname,
            &["rhoen2.muster-service.de.dkim.rhoencloud.de"],
        ),
    ];
    for (name, kind, expected) in cases {
        assert_eq!(
            values(&fixture, name, *kind).await,
            *expected,
            "{name} {kind:?}"
        );
    }
}

#[tokio::test]
async fn punycode_domains_are_asked_as_given() {
    let fixture = DnsFixture::start().await;
    let client = client(&fixture);
    let servers = client
        .authoritative_servers("xn--mller-kva.test")
        .await
        .unwrap();
    let lookup = client
        .query(
            &servers,
            "rhoen2._domainkey.xn--mller-kva.test",
            RecordKind::Cname,
        )
        .await;
    assert_eq!(
        answered(lookup)[0].value,
        "rhoen2.xn--mller-kva.test.dkim.rhoencloud.de"
    );
}
