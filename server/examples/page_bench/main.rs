//! Benchmark: every page behind the login, each beside a hand-written
//! reference handler that runs the same queries, measured in the same run
//! with the same client code. Prints each figure next to its target;
//! asserts nothing (exits 0 whatever the figures).
//!
//!     cargo build --release -p server    # the portal binary it starts
//!     cargo run --release -p server --example page_bench [-- sqlite|postgres]
//!
//! Per engine: a fresh database with the demo customer and a bench customer
//! of 10,000 mailboxes (`seed`); `target/release/server` on it, with the
//! test DNS server as resolver so the domain pages show real check results;
//! the bench owner logged in with two-factor set-up. The reference
//! (`reference`) runs in this process on the same database. Per page: p50/p99
//! one request at a time (portal and reference alternating), throughput with
//! 16 clients (portal, reference, reference, portal: drift hits both alike),
//! p99 of the portal paced at half its rate; the portal's resident memory
//! throughout. `PAGE_BENCH_SECS` (default 5) is the length of each run;
//! `PAGE_BENCH_SERVER` names another portal binary than the release build;
//! `PAGE_BENCH_DUMP=DIR` writes both servers' HTML of each page there.
//! PostgreSQL: a fresh database on `PORTAL_TEST_PG` (default
//! postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards.
//!
//! The machine is shared and small, so absolute rates move from run to
//! run; the ratio to the reference measured alongside is the figure to read.

#[path = "../bench_support/mod.rs"]
mod bench_support;
mod load;
mod portal;
mod reference;
mod seed;

#[allow(dead_code)] // Only part of the fixture's API is needed here.
#[path = "../../tests/integration/dns_fixture.rs"]
mod dns_fixture;

use load::{RssProbe, Throughput, CLIENTS};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

// Targets (printed, never asserted).
const TARGET_RPS_SQLITE: f64 = 2_500.0;
const TARGET_RPS_POSTGRES: f64 = 1_500.0;
const TARGET_RATIO: f64 = 0.70;
const TARGET_P99_MS: f64 = 10.0;
const TARGET_RSS_MIB: f64 = 200.0;

/// A page as the user opens it.
struct PageSpec {
    label: &'static str,
    path: String,
}

fn pages(s: &seed::Seeded) -> Vec<PageSpec> {
    let page = |label, path: &str| PageSpec {
        label,
        path: path.to_string(),
    };
    vec![
        page("overview", "/"),
        page("mailbox list, page 1", "/postfaecher"),
        page("one mailbox", &format!("/postfaecher/{}", s.mailbox_id)),
        page("domains", "/domains"),
        page(
            "domain, 9,000 mailboxes",
            &format!("/domains/{}", s.big_domain_id),
        ),
        page(
            "domain, 100 mailboxes",
            &format!("/domains/{}", s.small_domain_id),
        ),
        page("add-ons", "/add-ons"),
        page("contract", "/vertrag"),
        page("cancellation wizard", "/vertrag/kuendigen"),
        page("account (with team)", "/konto"),
    ]
}

/// What one server did for one page.
#[derive(Default)]
struct Side {
    load: Throughput,
    /// p50/p99 in ms, one request at a time
    sequential: (f64, f64),
    bytes: usize,
}

struct PageFigures {
    label: &'static str,
    portal: Side,
    reference: Side,
    paced_rate: f64,
    /// p50/p99 in ms of the portal at `paced_rate`
    paced: (f64, f64),
    paced_errors: u64,
    /// The portal's highest resident memory while this page was measured
    rss_mib: f64,
}

impl PageFigures {
    fn ratio(&self) -> f64 {
        self.portal.load.rps() / self.reference.load.rps().max(1e-9)
    }

    /// The targets this page misses, by name.
    fn misses(&self, target_rps: f64) -> Vec<&'static str> {
        let mut missed = vec![];
        if self.portal.load.rps() < target_rps {
            missed.push("rate");
        }
        if self.ratio() < TARGET_RATIO {
            missed.push("ratio");
        }
        if self.paced.1 > TARGET_P99_MS {
            missed.push("p99");
        }
        if self.portal.load.errors + self.paced_errors > 0 {
            missed.push("errors");
        }
        missed
    }
}

#[derive(Default)]
struct EngineFigures {
    pages: Vec<PageFigures>,
    /// Pages one of the two servers did not answer with 200.
    failed: Vec<(&'static str, String)>,
    rss_load_mib: f64,
    hwm_mib: f64,
}

/// One engine from a fresh database to its figures; the database is removed afterwards.
async fn bench(
    engine: &str,
    bin: &Path,
    dns_port: u16,
    length: Duration,
) -> anyhow::Result<EngineFigures> {
    let dir =
        std::env::temp_dir().join(format!("portal-page-bench-{}-{engine}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let admin = std::env::var("PORTAL_TEST_PG")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let pg_name = format!("portal_bench_{}", uuid::Uuid::new_v4().simple());
    let url = if engine == "sqlite" {
        format!("sqlite://{}", dir.join("bench.db").display())
    } else {
        use sqlx::Connection;
        let mut conn = sqlx::PgConnection::connect(&admin).await?;
        sqlx::query(&format!("CREATE DATABASE {pg_name}"))
            .execute(&mut conn)
            .await?;
        format!("{}/{pg_name}", admin.rsplit_once('/').unwrap().0)
    };
    let result = async {
        eprintln!("{engine}: seeding {} mailboxes …", seed::MAILBOXES);
        let seeded = seed::seed(&url).await?;
        let portal = portal::start(bin, &url, &dir, dns_port).await?;
        let cookie = portal::log_in(&portal.base).await?;
        portal::await_dns_checks(&url, seeded.domain_count).await?;
        let reference = reference::start(&url, &portal.base).await?;
        measure(&portal, &reference, &cookie, &pages(&seeded), length).await
    }
    .await;
    if engine == "postgres" {
        use sqlx::Connection;
        if let Ok(mut conn) = sqlx::PgConnection::connect(&admin).await {
            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {pg_name} WITH (FORCE)"))
                .execute(&mut conn)
                .await;
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    result
}

async fn measure(
    portal: &portal::Portal,
    reference: &reference::Reference,
    cookie: &str,
    pages: &[PageSpec],
    length: Duration,
) -> anyhow::Result<EngineFigures> {
    let client = load::client(cookie)?;
    let mut rss = RssProbe::new(portal.pid());
    let mut figures = EngineFigures::default();
    for page in pages {
        eprintln!("  {} ({})", page.label, page.path);
        rss.next_page();
        let urls = [&portal.base, &reference.base].map(|base| format!("{base}{}", page.path));
        match measure_page(&client, page, &urls, length, &mut rss).await {
            Ok(f) => figures.pages.push(f),
            Err(e) => figures.failed.push((page.label, e)),
        }
    }
    figures.rss_load_mib = rss.peak_mib;
    figures.hwm_mib = rss.high_water_mib();
    Ok(figures)
}

async fn measure_page(
    client: &reqwest::Client,
    page: &PageSpec,
    [portal, reference]: &[String; 2],
    length: Duration,
    rss: &mut RssProbe,
) -> Result<PageFigures, String> {
    // Both must show the page before either is timed.
    let (portal_html, reference_html) = (
        load::page(client, portal).await?,
        load::page(client, reference).await?,
    );
    if let Some(dir) = std::env::var_os("PAGE_BENCH_DUMP") {
        dump(Path::new(&dir), page.label, &portal_html, &reference_html)?;
    }
    let bytes = (portal_html.len(), reference_html.len());
    let [seq_portal, seq_reference] = load::sequential(client, [portal, reference], length).await?;
    let half = length / 2;
    let p1 = load::throughput(client, portal, half, rss).await;
    let r1 = load::throughput(client, reference, half, rss).await;
    let r2 = load::throughput(client, reference, half, rss).await;
    let p2 = load::throughput(client, portal, half, rss).await;
    let portal_load = p1.add(p2);
    let paced_rate = (portal_load.rps() / 2.0).max(1.0);
    let (paced, paced_errors) = load::paced(client, portal, paced_rate, length, rss).await;
    Ok(PageFigures {
        label: page.label,
        portal: Side {
            load: portal_load,
            sequential: seq_portal,
            bytes: bytes.0,
        },
        reference: Side {
            load: r1.add(r2),
            sequential: seq_reference,
            bytes: bytes.1,
        },
        paced_rate,
        paced,
        paced_errors,
        rss_mib: rss.page_peak_mib,
    })
}

/// Both servers' HTML of a page, to compare what they show.
fn dump(dir: &Path, label: &str, portal: &[u8], reference: &[u8]) -> Result<(), String> {
    let name: String = label
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let write = |side: &str, html: &[u8]| {
        std::fs::write(dir.join(format!("{name}.{side}.html")), html).map_err(|e| e.to_string())
    };
    write("portal", portal)?;
    write("reference", reference)
}

fn report(engine: &str, f: &EngineFigures, length: Duration) {
    let target_rps = if engine == "sqlite" {
        TARGET_RPS_SQLITE
    } else {
        TARGET_RPS_POSTGRES
    };
    println!(
        "\n{engine}: {} mailboxes in one customer; {CLIENTS} clients, {} s per side and page",
        seed::MAILBOXES,
        length.as_secs_f64()
    );
    println!(
        "targets: >= {target_rps:.0} req/s, >= {:.0} % of the reference, p99 <= {TARGET_P99_MS:.0} ms at half the rate",
        TARGET_RATIO * 100.0
    );
    println!(
        "  {:<26} {:>8} {:>9} {:>6}  {:>17}  {:>20}  {:>15}  {:>7}  target met?",
        "page",
        "portal/s",
        "ref/s",
        "ratio",
        "p99 seq (ref) ms",
        "p99 at half rate",
        "KiB (ref)",
        "RSS MiB"
    );
    for p in &f.pages {
        let misses = p.misses(target_rps);
        let verdict = if misses.is_empty() {
            "yes".to_string()
        } else {
            format!("no: {}", misses.join(", "))
        };
        println!(
            "  {:<26} {:>8.0} {:>9.0} {:>5.0}%  {:>17}  {:>20}  {:>15}  {:>7.0}  {verdict}",
            p.label,
            p.portal.load.rps(),
            p.reference.load.rps(),
            p.ratio() * 100.0,
            format!(
                "{:.1} ({:.1})",
                p.portal.sequential.1, p.reference.sequential.1
            ),
            format!("{:.1} ms @ {:.0}/s", p.paced.1, p.paced_rate),
            format!(
                "{:.0} ({:.0})",
                p.portal.bytes as f64 / 1024.0,
                p.reference.bytes as f64 / 1024.0
            ),
            p.rss_mib,
        );
    }
    for (label, error) in &f.failed {
        println!("  {label:<26} not measured: {error}");
    }
    let rate = |label: &str| {
        f.pages
            .iter()
            .find(|p| p.label == label)
            .map(|p| p.portal.load.rps())
    };
    if let (Some(overview), Some(list)) = (rate("overview"), rate("mailbox list, page 1")) {
        println!(
            "  overview {overview:.0} req/s vs. mailbox list {list:.0} req/s: {}",
            verdict(overview >= list)
        );
    }
    println!(
        "  server RSS under load (max sampled): {:.0} MiB, peak (VmHWM) {:.0} MiB; target <= {TARGET_RSS_MIB:.0} MiB: {}",
        f.rss_load_mib,
        f.hwm_mib,
        verdict(f.hwm_mib <= TARGET_RSS_MIB)
    );
    let errors: u64 = f
        .pages
        .iter()
        .map(|p| p.portal.load.errors + p.reference.load.errors + p.paced_errors)
        .sum();
    println!("  failed requests under load: {errors}");
    println!("  (pages are fetched without Accept-Encoding, so neither server compresses)");
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "PASS"
    } else {
        "MISS"
    }
}

/// Newest modification time of the files below `dir`.
fn newest(dir: &Path) -> Option<SystemTime> {
    std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .filter_map(|e| {
            let meta = e.metadata().ok()?;
            if meta.is_dir() {
                newest(&e.path())
            } else {
                meta.modified().ok()
            }
        })
        .max()
}

/// The length of each run: `PAGE_BENCH_SECS` seconds, 5 by default.
fn run_length() -> Duration {
    std::env::var("PAGE_BENCH_SECS")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| *s > 0.0)
        .map_or(Duration::from_secs(5), Duration::from_secs_f64)
}

// One thread for the load generator: on a small machine it leaves the rest
// to the two servers (the portal and the reference have runtimes of their own).
#[tokio::main(flavor = "current_thread")]
async fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    // Another build of the portal (e.g. a debug one for a quick try) by path.
    let bin: PathBuf = std::env::var_os("PAGE_BENCH_SERVER")
        .map_or_else(|| root.join("target/release/server"), PathBuf::from);
    let Ok(built) = std::fs::metadata(&bin).and_then(|m| m.modified()) else {
        eprintln!(
            "{} is missing; build it first: cargo build --release -p server",
            bin.display()
        );
        std::process::exit(1);
    };
    let sources = ["app/src", "app/migrations", "app/locales", "server/src"]
        .iter()
        .filter_map(|d| newest(&root.join(d)))
        .max();
    if sources.is_some_and(|s| s > built) {
        println!(
            "note: {} is older than the sources; figures are for the old build (cargo build --release -p server)",
            bin.display()
        );
    }
    let length = run_length();
    let dns = dns_fixture::DnsFixture::start().await;
    let only = std::env::args().nth(1);
    for engine in ["sqlite", "postgres"] {
        if only.as_deref().is_some_and(|o| o != engine) {
            continue;
        }
        match bench(engine, &bin, dns.port, length).await {
            Ok(figures) => report(engine, &figures, length),
            Err(e) => println!("\n{engine}: not measured: {e:#}"),
        }
    }
    Ok(())
}
