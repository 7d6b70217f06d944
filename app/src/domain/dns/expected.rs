//! The DNS records a customer domain needs for the hosted Exchange service.
//!
//! One place derives them from the provider's settings, so the record table
//! on the domain page, its copy buttons, the zone-file snippet and the live
//! check all agree on exactly the same values.

use super::domain_name::DomainName;
use super::RecordKind;
use serde::{Deserialize, Serialize};

/// The provider's side of the records (from the server configuration).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DnsSettings {
    /// Host that receives the mail of fully routed domains.
    pub mx_host: String,
    pub mx_priority: u16,
    /// Target of the `autodiscover` CNAME that Outlook looks up.
    pub autodiscover_target: String,
    /// Target of the `_autodiscover._tcp` SRV record (older clients, phones).
    pub srv_target: String,
    pub srv_priority: u16,
    pub srv_weight: u16,
    pub srv_port: u16,
    /// Domain whose SPF record lists the provider's sending servers.
    pub spf_include: String,
    /// Addresses the provider's servers send from. The SPF check evaluates
    /// each customer's record for these, as a receiver would; when empty,
    /// the `ip4`/`ip6` networks of `spf_include`'s own record are used.
    pub spf_test_ips: Vec<std::net::IpAddr>,
    /// DKIM selectors; two, so keys can be rolled over without a gap.
    pub dkim_selectors: Vec<String>,
    /// Zone where the provider publishes each domain's DKIM keys.
    pub dkim_target_zone: String,
    /// Where DMARC aggregate reports of the suggested policy go.
    pub dmarc_report_address: String,
    /// TTL suggested for every record.
    pub ttl: u32,
}

impl Default for DnsSettings {
    fn default() -> Self {
        DnsSettings {
            mx_host: "mx.rhoencloud.de".into(),
            mx_priority: 10,
            autodiscover_target: "autodiscover.rhoencloud.de".into(),
            srv_target: "autodiscover.rhoencloud.de".into(),
            srv_priority: 0,
            srv_weight: 0,
            srv_port: 443,
            spf_include: "spf.rhoencloud.de".into(),
            spf_test_ips: Vec::new(),
            dkim_selectors: vec!["rhoen1".into(), "rhoen2".into()],
            dkim_target_zone: "dkim.rhoencloud.de".into(),
            dmarc_report_address: "dmarc-reports@rhoencloud.de".into(),
            ttl: 3600,
        }
    }
}

/// What a record is for (the page explains each purpose).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RecordPurpose {
    Mx,
    Autodiscover,
    AutodiscoverSrv,
    Spf,
    Dkim,
    Dmarc,
}

/// One record the customer has to set at their DNS provider.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpectedRecord {
    /// Stable identifier (`mx`, `spf`, `dkim-rhoen1`, …): the check's states
    /// are stored under it.
    pub key: String,
    pub purpose: RecordPurpose,
    /// Owner relative to the domain, `@` for the domain itself.
    pub host: String,
    /// Owner as a full ASCII name without trailing dot (what is queried).
    pub fqdn: String,
    pub kind: RecordKind,
    /// Exactly what the copy button copies: the value as DNS provider web
    /// forms want it, without trailing dots and without quotes.
    pub value: String,
    pub ttl: u32,
    /// `false` for suggestions the customer may replace by their own.
    pub required: bool,
}

/// Owner of records at the domain itself.
const APEX: &str = "@";

/// The records `domain` needs. MX only when its mail is fully routed through
/// the provider; a partly routed domain keeps receiving at its own server.
pub fn expected_records(
    domain: &DomainName,
    fully_routed: bool,
    settings: &DnsSettings,
) -> Vec<ExpectedRecord> {
    let new = |key: String, purpose, host: &str, kind, value: String, required| ExpectedRecord {
        key,
        purpose,
        host: host.to_string(),
        fqdn: fqdn(host, domain),
        kind,
        value,
        ttl: settings.ttl,
        required,
    };
    let mut records = Vec::new();
    if fully_routed {
        records.push(new(
            "mx".into(),
            RecordPurpose::Mx,
            APEX,
            RecordKind::Mx,
            mx_value(settings),
            true,
        ));
    }
    records.push(new(
        "autodiscover".into(),
        RecordPurpose::Autodiscover,
        "autodiscover",
        RecordKind::Cname,
        host_name(&settings.autodiscover_target),
        true,
    ));
    records.push(new(
        "autodiscover-srv".into(),
        RecordPurpose::AutodiscoverSrv,
        "_autodiscover._tcp",
        RecordKind::Srv,
        srv_value(settings),
        true,
    ));
    records.push(new(
        "spf".into(),
        RecordPurpose::Spf,
        APEX,
        RecordKind::Txt,
        spf_value(settings, fully_routed),
        true,
    ));
    for selector in &settings.dkim_selectors {
        records.push(new(
            format!("dkim-{selector}"),
            RecordPurpose::Dkim,
            &format!("{selector}._domainkey"),
            RecordKind::Cname,
            dkim_target(selector, domain, settings),
            true,
        ));
    }
    records.push(new(
        "dmarc".into(),
        RecordPurpose::Dmarc,
        "_dmarc",
        RecordKind::Txt,
        dmarc_value(settings),
        false,
    ));
    records
}

/// The full owner name of a relative `host`.
fn fqdn(host: &str, domain: &DomainName) -> String {
    if host == APEX {
        domain.ascii().to_string()
    } else {
        format!("{host}.{}", domain.ascii())
    }
}

/// Configured host names in the form records use: lower case, no trailing
/// dot (a configuration may well write `MX.rhoencloud.de.`).
fn host_name(name: &str) -> String {
    let trimmed = name.trim();
    trimmed
        .strip_suffix('.')
        .unwrap_or(trimmed)
        .to_ascii_lowercase()
}

fn mx_value(settings: &DnsSettings) -> String {
    format!("{} {}", settings.mx_priority, host_name(&settings.mx_host))
}

fn srv_value(settings: &DnsSettings) -> String {
    format!(
        "{} {} {} {}",
        settings.srv_priority,
        settings.srv_weight,
        settings.srv_port,
        host_name(&settings.srv_target)
    )
}

/// A partly routed domain still sends from its own server too, which its MX
/// names: `mx` keeps that mail passing SPF.
fn spf_value(settings: &DnsSettings, fully_routed: bool) -> String {
    let own_server = if fully_routed { "" } else { "mx " };
    format!(
        "v=spf1 {own_server}include:{} ~all",
        host_name(&settings.spf_include)
    )
}

/// The provider publishes each domain's key below its own zone, named after
/// the domain (`rhoen1.muster-gmbh.de.dkim.rhoencloud.de`), so the customer's
/// CNAME never changes when the key is rolled over. Keeping the domain's own
/// labels avoids collisions (`a-b.c.de` / `a.b-c.de`) and keeps punycode
/// labels valid.
fn dkim_target(selector: &str, domain: &DomainName, settings: &DnsSettings) -> String {
    format!(
        "{selector}.{}.{}",
        domain.ascii(),
        host_name(&settings.dkim_target_zone)
    )
}

/// A suggestion: quarantine is strict enough to stop spoofing and lenient
/// enough not to lose mail while the customer reads the reports.
fn dmarc_value(settings: &DnsSettings) -> String {
    format!(
        "v=DMARC1; p=quarantine; rua=mailto:{}",
        settings.dmarc_report_address.trim()
    )
}

/// The records as a BIND zone-file fragment for customers who edit zone
/// files (or whose provider imports them).
pub fn zone_snippet(domain: &DomainName, records: &[ExpectedRecord]) -> String {
    let ttl = records.first().map_or(3600, |r| r.ttl);
    let owner_width = records.iter().map(|r| r.host.len()).max().unwrap_or(0);
    let mut lines = vec![
        format!("; {}", domain.unicode()),
        format!("$ORIGIN {}.", domain.ascii()),
        format!("$TTL {ttl}"),
    ];
    lines.extend(records.iter().map(|record| {
        format!(
            "{:<owner_width$} {} IN {} {}",
            record.host,
            record.ttl,
            record.kind.as_str(),
            rdata(record)
        )
    }));
    lines.join("\n") + "\n"
}

/// The record's data in zone-file syntax: host names fully qualified (a
/// name without the final dot would be read relative to `$ORIGIN`), TXT
/// quoted.
fn rdata(record: &ExpectedRecord) -> String {
    match record.kind {
        // The host name is the last field of all three.
        RecordKind::Mx | RecordKind::Srv | RecordKind::Cname => absolute(&record.value),
        RecordKind::Txt => quoted_txt(&record.value),
        RecordKind::A | RecordKind::Aaaa | RecordKind::Ptr => record.value.clone(),
    }
}

fn absolute(value: &str) -> String {
    if value.ends_with('.') {
        value.to_string()
    } else {
        format!("{value}.")
    }
}

/// Longest character string a TXT record holds; longer values are split
/// into several strings, which receivers join again.
const TXT_CHUNK: usize = 255;

/// The value as one or more quoted strings, `"` and `\` escaped.
fn quoted_txt(value: &str) -> String {
    txt_chunks(value)
        .iter()
        .map(|chunk| format!("\"{}\"", chunk.replace('\\', "\\\\").replace('"', "\\\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits into pieces of at most [`TXT_CHUNK`] bytes, never inside a
/// character. The limit counts the bytes on the wire, before escaping.
fn txt_chunks(value: &str) -> Vec<&str> {
    let mut chunks = Vec::new();
    let mut rest = value;
    while rest.len() > TXT_CHUNK {
        let mut at = TXT_CHUNK;
        while !rest.is_char_boundary(at) {
            at -= 1;
        }
        let (chunk, tail) = rest.split_at(at);
        chunks.push(chunk);
        rest = tail;
    }
    chunks.push(rest);
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn domain(name: &str) -> DomainName {
        DomainName::parse(name).unwrap()
    }

    fn find<'a>(records: &'a [ExpectedRecord], key: &str) -> &'a ExpectedRecord {
        records
            .iter()
            .find(|r| r.key == key)
            .unwrap_or_else(|| panic!("no record {key}"))
    }

    fn record(
        key: &str,
        purpose: RecordPurpose,
        host: &str,
        fqdn: &str,
        kind: RecordKind,
        value: &str,
        required: bool,
    ) -> ExpectedRecord {
        ExpectedRecord {
            key: key.into(),
            purpose,
            host: host.into(),
            fqdn: fqdn.into(),
            kind,
            value: value.into(),
            ttl: 3600,
            required,
        }
    }

    #[test]
    fn default_settings() {
        let s = DnsSettings::default();
        assert_eq!(s.mx_host, "mx.rhoencloud.de");
        assert_eq!(s.mx_priority, 10);
        assert_eq!(s.autodiscover_target, "autodiscover.rhoencloud.de");
        assert_eq!(s.srv_target, "autodiscover.rhoencloud.de");
        assert_eq!((s.srv_priority, s.srv_weight, s.srv_port), (0, 0, 443));
        assert_eq!(s.spf_include, "spf.rhoencloud.de");
        assert_eq!(s.dkim_selectors, vec!["rhoen1", "rhoen2"]);
        assert_eq!(s.dkim_target_zone, "dkim.rhoencloud.de");
        assert_eq!(s.dmarc_report_address, "dmarc-reports@rhoencloud.de");
        assert_eq!(s.ttl, 3600);
    }

    #[test]
    fn fully_routed_domain_needs_every_record() {
        let d = domain("muster-gmbh.de");
        let records = expected_records(&d, true, &DnsSettings::default());
        use RecordKind::*;
        use RecordPurpose as P;
        assert_eq!(
            records,
            vec![
                record(
                    "mx",
                    P::Mx,
                    "@",
                    "muster-gmbh.de",
                    Mx,
                    "10 mx.rhoencloud.de",
                    true
                ),
                record(
                    "autodiscover",
                    P::Autodiscover,
                    "autodiscover",
                    "autodiscover.muster-gmbh.de",
                    Cname,
                    "autodiscover.rhoencloud.de",
                    true
                ),
                record(
                    "autodiscover-srv",
                    P::AutodiscoverSrv,
                    "_autodiscover._tcp",
                    "_autodiscover._tcp.muster-gmbh.de",
                    Srv,
                    "0 0 443 autodiscover.rhoencloud.de",
                    true
                ),
                record(
                    "spf",
                    P::Spf,
                    "@",
                    "muster-gmbh.de",
                    Txt,
                    "v=spf1 include:spf.rhoencloud.de ~all",
                    true
                ),
                record(
                    "dkim-rhoen1",
                    P::Dkim,
                    "rhoen1._domainkey",
                    "rhoen1._domainkey.muster-gmbh.de",
                    Cname,
                    "rhoen1.muster-gmbh.de.dkim.rhoencloud.de",
                    true
                ),
                record(
                    "dkim-rhoen2",
                    P::Dkim,
                    "rhoen2._domainkey",
                    "rhoen2._domainkey.muster-gmbh.de",
                    Cname,
                    "rhoen2.muster-gmbh.de.dkim.rhoencloud.de",
                    true
                ),
                record(
                    "dmarc",
                    P::Dmarc,
                    "_dmarc",
                    "_dmarc.muster-gmbh.de",
                    Txt,
                    "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@rhoencloud.de",
                    false
                ),
            ]
        );
    }

    #[test]
    fn partly_routed_domain_has_no_mx_and_keeps_its_own_server_in_spf() {
        let d = domain("muster-gmbh.de");
        let records = expected_records(&d, false, &DnsSettings::default());
        let keys: Vec<&str> = records.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(
            keys,
            vec![
                "autodiscover",
                "autodiscover-srv",
                "spf",
                "dkim-rhoen1",
                "dkim-rhoen2",
                "dmarc"
            ]
        );
        assert!(records.iter().all(|r| r.purpose != RecordPurpose::Mx));
        assert_eq!(
            find(&records, "spf").value,
            "v=spf1 mx include:spf.rhoencloud.de ~all"
        );
        // Everything else is the same as for a fully routed domain.
        let full = expected_records(&d, true, &DnsSettings::default());
        for r in records.iter().filter(|r| r.key != "spf") {
            assert_eq!(r, find(&full, &r.key));
        }
    }

    #[test]
    fn idn_domain_uses_punycode_in_names_and_dkim_targets() {
        let d = domain("Müller.de");
        let records = expected_records(&d, true, &DnsSettings::default());
        assert_eq!(find(&records, "mx").fqdn, "xn--mller-kva.de");
        assert_eq!(
            find(&records, "autodiscover").fqdn,
            "autodiscover.xn--mller-kva.de"
        );
        let dkim = find(&records, "dkim-rhoen1");
        assert_eq!(dkim.fqdn, "rhoen1._domainkey.xn--mller-kva.de");
        assert_eq!(dkim.value, "rhoen1.xn--mller-kva.de.dkim.rhoencloud.de");
        assert!(records
            .iter()
            .all(|r| r.fqdn.is_ascii() && r.value.is_ascii()));
    }

    #[test]
    fn follows_the_settings() {
        let settings = DnsSettings {
            mx_host: "MX2.Example.NET.".into(),
            mx_priority: 5,
            autodiscover_target: "ad.example.net.".into(),
            srv_target: "srv.example.net".into(),
            srv_priority: 1,
            srv_weight: 2,
            srv_port: 8443,
            spf_include: "_spf.example.net".into(),
            spf_test_ips: vec![],
            dkim_selectors: vec!["k1".into()],
            dkim_target_zone: "keys.example.net".into(),
            dmarc_report_address: "reports@example.net".into(),
            ttl: 300,
        };
        let records = expected_records(&domain("a.b.de"), true, &settings);
        assert_eq!(find(&records, "mx").value, "5 mx2.example.net");
        assert_eq!(find(&records, "autodiscover").value, "ad.example.net");
        assert_eq!(
            find(&records, "autodiscover-srv").value,
            "1 2 8443 srv.example.net"
        );
        assert_eq!(
            find(&records, "spf").value,
            "v=spf1 include:_spf.example.net ~all"
        );
        assert_eq!(
            find(&records, "dkim-k1").value,
            "k1.a.b.de.keys.example.net"
        );
        assert!(records.iter().all(|r| !r.key.starts_with("dkim-rhoen")));
        assert_eq!(
            find(&records, "dmarc").value,
            "v=DMARC1; p=quarantine; rua=mailto:reports@example.net"
        );
        assert!(records.iter().all(|r| r.ttl == 300));
    }

    #[test]
    fn only_dmarc_is_optional() {
        let records = expected_records(&domain("muster.de"), true, &DnsSettings::default());
        for r in &records {
            assert_eq!(r.required, r.key != "dmarc", "{}", r.key);
        }
    }

    #[test]
    fn zone_snippet_for_a_fully_routed_idn_domain() {
        let d = domain("müller.de");
        let records = expected_records(&d, true, &DnsSettings::default());
        let snippet = zone_snippet(&d, &records);
        let lines: Vec<&str> = snippet.lines().collect();
        assert_eq!(lines[0], "; müller.de");
        assert_eq!(lines[1], "$ORIGIN xn--mller-kva.de.");
        assert_eq!(lines[2], "$TTL 3600");
        assert_eq!(lines.len(), 3 + records.len());
        let rows: Vec<Vec<&str>> = lines[3..]
            .iter()
            .map(|l| l.split_whitespace().collect())
            .collect();
        assert_eq!(
            rows[0],
            ["@", "3600", "IN", "MX", "10", "mx.rhoencloud.de."]
        );
        assert_eq!(
            rows[1],
            [
                "autodiscover",
                "3600",
                "IN",
                "CNAME",
                "autodiscover.rhoencloud.de."
            ]
        );
        assert_eq!(
            rows[2],
            [
                "_autodiscover._tcp",
                "3600",
                "IN",
                "SRV",
                "0",
                "0",
                "443",
                "autodiscover.rhoencloud.de."
            ]
        );
        assert_eq!(
            rows[3],
            [
                "@",
                "3600",
                "IN",
                "TXT",
                "\"v=spf1",
                "include:spf.rhoencloud.de",
                "~all\""
            ]
        );
        assert_eq!(
            rows[4],
            [
                "rhoen1._domainkey",
                "3600",
                "IN",
                "CNAME",
                "rhoen1.xn--mller-kva.de.dkim.rhoencloud.de."
            ]
        );
        assert_eq!(rows[5][0], "rhoen2._domainkey");
        assert!(lines[9].starts_with("_dmarc "));
        assert!(lines[9].ends_with(
            " 3600 IN TXT \"v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@rhoencloud.de\""
        ));
        assert!(snippet.ends_with('\n'));
    }

    #[test]
    fn zone_snippet_aligns_owners() {
        let d = domain("muster.de");
        let records = expected_records(&d, false, &DnsSettings::default());
        let snippet = zone_snippet(&d, &records);
        let ttl_columns: Vec<usize> = snippet
            .lines()
            .skip(3)
            .map(|l| l.find(" 3600 IN ").unwrap())
            .collect();
        assert!(ttl_columns.iter().all(|c| *c == ttl_columns[0]));
        assert!(snippet.contains("\"v=spf1 mx include:spf.rhoencloud.de ~all\""));
        assert!(!snippet.contains(" MX "));
    }

    #[test]
    fn long_txt_values_are_split_into_255_byte_strings() {
        let value = "x".repeat(600);
        assert_eq!(
            quoted_txt(&value),
            format!(
                "\"{}\" \"{}\" \"{}\"",
                "x".repeat(255),
                "x".repeat(255),
                "x".repeat(90)
            )
        );
    }

    #[test]
    fn txt_chunks_never_split_a_character() {
        let value = format!("{}ü{}", "a".repeat(254), "b".repeat(10));
        let chunks = txt_chunks(&value);
        assert_eq!(
            chunks,
            vec!["a".repeat(254), format!("ü{}", "b".repeat(10))]
        );
        assert_eq!(txt_chunks(""), vec![""]);
        assert_eq!(txt_chunks(&"c".repeat(255)), vec!["c".repeat(255)]);
    }

    #[test]
    fn txt_quotes_and_backslashes_are_escaped() {
        assert_eq!(quoted_txt(r#"a "b" \c"#), r#""a \"b\" \\c""#);
    }

    #[test]
    fn rdata_keeps_an_existing_trailing_dot() {
        assert_eq!(absolute("mx.example.net."), "mx.example.net.");
        assert_eq!(absolute("mx.example.net"), "mx.example.net.");
    }
}
