//! Benchmark: the mailbox list and the usage import with 10,000 mailboxes in
//! one customer, on SQLite and on PostgreSQL. Prints each figure next to its
//! target from the issue; asserts nothing (exits 0 whatever the figures).
//!
//!     cargo build --release -p server    # the portal binary it starts
//!     cargo run --release -p server --example mailbox_bench [-- sqlite|postgres]
//!
//! Per engine: a fresh database with the demo customer (another tenant in the
//! same tables, as in production) and a bench customer of 10,000 mailboxes
//! inserted directly; `target/release/server` on it; the bench owner logged in
//! with two-factor set-up. Then two 10,000-row usage files through
//! `POST /operator/usage-import`; page 1 and page 200 of `/postfaecher` one
//! request at a time; page 1 from 16 clients at once (throughput), then paced
//! at half that rate (latency under load); the server's resident memory.
//! PostgreSQL: a fresh database on `PORTAL_TEST_PG` (default
//! postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards.

#[path = "bench_support/mod.rs"]
mod bench_support;

use app::backend::{customers, db::Db, demo, new_id, passwords::PasswordHasher, tokens, users};
use app::domain::mail_address::MailAddress;
use app::domain::mailbox_list::PAGE_SIZE;
use app::domain::quota::Thresholds;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

const MAILBOXES: usize = 10_000;
const SEQUENTIAL: usize = 300;
const CLIENTS: usize = 16;
const LOAD: Duration = Duration::from_secs(5);
const PASSWORD: &str = "bench-passphrase-lang";
const OWNER: &str = "inhaberin@bench-kunde.de";
const DOMAIN: &str = "bench-kunde.de";
const KEY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
const OPERATOR_TOKEN: &str = "bench-operator-token-0123456789abcdef";
const GIB: u64 = 1 << 30;

// Targets from the issue.
const TARGET_IMPORT_S: f64 = 2.0;
const TARGET_RPS: f64 = 2_000.0;
const TARGET_P99_MS: f64 = 25.0;
const TARGET_PAGE_RATIO: f64 = 1.2;
const TARGET_RSS_MIB: f64 = 200.0;

/// Reproducible figures without a dependency (as in the demo data).
struct Lcg(u64);
impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[derive(Default)]
struct Figures {
    /// (seconds, the server's JSON report) per file
    imports: Vec<(f64, serde_json::Value)>,
    pages: usize,
    page1: (f64, f64),
    page200: (f64, f64),
    rps: f64,
    errors: u64,
    paced_rate: f64,
    paced: (f64, f64),
    rss_load_mib: f64,
    hwm_mib: f64,
    /// CPU seconds of the server and of this load generator during the throughput run
    cpu: (f64, f64),
}

/// p50 and p99 in milliseconds.
fn p50_p99(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let at =
        |p: usize| samples[(samples.len() * p / 100).min(samples.len() - 1)].as_secs_f64() * 1000.0;
    (at(50), at(99))
}

/// `VmRSS`, `VmHWM`, … of a process from /proc, in MiB.
fn proc_mib(pid: u32, field: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// User + system CPU seconds of `pid` ("self" for this process); Linux ticks are 1/100 s.
fn cpu_secs(pid: &str) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // After the command name (which may hold spaces), counting the state as the 1st field,
    // utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let field = |n: usize| rest.split_whitespace().nth(n)?.parse::<f64>().ok();
    field(11)
        .zip(field(12))
        .map_or(0.0, |(u, s)| (u + s) / 100.0)
}

/// `1325124567` → `1,325,124,567`, as Exchange's English culture writes it.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A usage export as `Export-Csv` writes it on an English system, for all bench mailboxes.
fn usage_file(addresses: &[String], sizes: &[u64], rng: &mut Lcg) -> Vec<u8> {
    let mut csv =
        String::from("DisplayName,PrimarySmtpAddress,ItemCount,TotalItemSize,LastLogonTime\n");
    for (i, (address, &bytes)) in addresses.iter().zip(sizes).enumerate() {
        let gb = bytes as f64 / GIB as f64;
        let (day, hour) = (1 + rng.below(28), 1 + rng.below(12));
        csv.push_str(&format!(
            "Nutzer {i},{address},{},\"{gb:.3} GB ({} bytes)\",3/{day}/2026 {hour}:15:00 AM\n",
            bytes / (70 * 1024),
            grouped(bytes)
        ));
    }
    csv.into_bytes()
}

/// Multi-row INSERTs of 500 rows each: one round trip per batch, not per row.
/// The values are literals made here (no input from outside reaches the SQL).
async fn insert_rows(
    tx: &mut sqlx::AnyConnection,
    table: &str,
    rows: &[String],
) -> anyhow::Result<()> {
    for batch in rows.chunks(500) {
        sqlx::query(&format!("INSERT INTO {table} VALUES {}", batch.join(", ")))
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

/// The demo customer, and the bench customer with its owner and 10,000 mailboxes
/// (standard quotas, 1–60 GB) with aliases and devices, which the list counts.
/// Returns the addresses and sizes the usage files start from.
async fn seed(url: &str) -> anyhow::Result<(Vec<String>, Vec<u64>)> {
    let db = Db::connect(url, 2).await?;
    let hasher = PasswordHasher::new(2);
    demo::seed(&db, &hasher).await?;
    let customer = customers::create(&db, "K-BENCH", "Bench GmbH").await?;
    let email = MailAddress::parse(OWNER).unwrap();
    let owner = users::create(&db, &customer.id, &email, "Inhaberin", users::Role::Owner).await?;
    let token = tokens::create(&db, &owner, "set", 60).await?;
    tokens::redeem(&db, &token, &hasher.hash(PASSWORD.into()).await?).await?;

    let (created, customer, domain) = (db.now(), customer.id, new_id());
    let t = Thresholds::standard();
    let q = [t.issue_warning, t.prohibit_send, t.prohibit_send_receive].map(Option::unwrap);
    let mut rng = Lcg(10_000);
    let (mut mailboxes, mut aliases, mut devices) = (vec![], vec![], vec![]);
    let (mut addresses, mut sizes) = (vec![], vec![]);
    for i in 0..MAILBOXES {
        let (id, address, used) = (
            new_id(),
            format!("nutzer{i:05}@{DOMAIN}"),
            GIB + rng.below(59 * GIB),
        );
        mailboxes.push(format!(
            "('{id}', '{customer}', '{domain}', '{address}', 'Nutzer {i}', {}, {}, {}, {used}, {created})",
            q[0], q[1], q[2]
        ));
        if i % 2 == 0 {
            aliases.push(format!("('{}', '{id}', 'n{i:05}@{DOMAIN}')", new_id()));
        }
        if i % 3 == 0 {
            devices.push(format!(
                "('{}', '{id}', 'dev{i}', 'iPhone 15', {created})",
                new_id()
            ));
        }
        addresses.push(address);
        sizes.push(used);
    }
    let mut tx = db.pool.begin().await?;
    let domains = [format!(
        "('{domain}', '{customer}', '{DOMAIN}', TRUE, {created})"
    )];
    insert_rows(
        &mut tx,
        "domains (id, customer_id, name, fully_routed, created_at)",
        &domains,
    )
    .await?;
    insert_rows(&mut tx, "mailboxes (id, customer_id, domain_id, primary_address, display_name, \
        issue_warning_bytes, prohibit_send_bytes, prohibit_send_receive_bytes, used_bytes, created_at)", &mailboxes).await?;
    insert_rows(&mut tx, "aliases (id, mailbox_id, address)", &aliases).await?;
    let columns = "activesync_devices (id, mailbox_id, device_id, device_model, last_sync_at)";
    insert_rows(&mut tx, columns, &devices).await?;
    tx.commit().await?;
    // A production PostgreSQL has statistics (autovacuum); without them the planner
    // guesses, and whether autovacuum ran before the measurements would be luck.
    if url.starts_with("postgres") {
        sqlx::query("ANALYZE").execute(&db.pool).await?;
    }
    db.pool.close().await;
    Ok((addresses, sizes))
}

/// The running portal; killed when dropped, also on an error half-way.
struct Portal {
    child: Child,
    base: String,
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start(bin: &Path, url: &str, dir: &Path) -> anyhow::Result<Portal> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let log = dir.join("server.log");
    let child = Command::new(bin)
        .arg("serve")
        .env("DATABASE_URL", url)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_OUTPUT_NAME", "rhoenmail-portal")
        .env("LEPTOS_SITE_ROOT", dir.join("site"))
        .env("PORTAL_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .env("PORTAL_SECRET_KEY", KEY)
        .env("PORTAL_OPERATOR_TOKEN", OPERATOR_TOKEN)
        .env("PORTAL_MAIL_SPOOL_DIR", dir.join("mail"))
        .env("PORTAL_SEED_DEMO", "1")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log)?)
        .spawn()?;
    let mut portal = Portal {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    let probe = reqwest::Client::new();
    for _ in 0..300 {
        if probe
            .get(format!("{}/readyz", portal.base))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return Ok(portal);
        }
        if portal.child.try_wait()?.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    anyhow::bail!(
        "the portal did not become ready:\n{}",
        std::fs::read_to_string(log).unwrap_or_default()
    )
}

/// Password, then two-factor set-up with a code computed from the handed-out seed.
async fn log_in(base: &str) -> anyhow::Result<reqwest::Client> {
    let client = reqwest::Client::builder().cookie_store(true).build()?;
    bench_support::enrol(&client, base, OWNER, PASSWORD).await?;
    Ok(client)
}

async fn fetch(client: &reqwest::Client, url: &str) -> Result<String, String> {
    let r = client.get(url).send().await.map_err(|e| e.to_string())?;
    if r.status() != 200 {
        return Err(format!("GET {url}: {}", r.status()));
    }
    r.text().await.map_err(|e| e.to_string())
}

/// The href of the page's `rel="next"` link, if any.
fn next_link(html: &str) -> Option<String> {
    let rel = html.find(r#"rel="next""#)?;
    let tag = &html[html[..rel].rfind("<a ")?..rel];
    let href = tag.split(r#"href=""#).nth(1)?.split('"').next()?;
    Some(href.replace("&amp;", "&"))
}

async fn import(
    client: &reqwest::Client,
    base: &str,
    file: Vec<u8>,
) -> anyhow::Result<(f64, serde_json::Value)> {
    let started = Instant::now();
    let r = client
        .post(format!("{base}/operator/usage-import"))
        .bearer_auth(OPERATOR_TOKEN)
        .body(file)
        .send()
        .await?;
    let status = r.status();
    let report: serde_json::Value = r.json().await?;
    let secs = started.elapsed().as_secs_f64();
    let shown: String = report.to_string().chars().take(500).collect();
    anyhow::ensure!(status.is_success(), "usage import: {status} {shown}");
    Ok((secs, report))
}

async fn measure(
    portal: &Portal,
    addresses: Vec<String>,
    mut sizes: Vec<u64>,
) -> anyhow::Result<Figures> {
    let (base, pid) = (portal.base.as_str(), portal.child.id());
    let mut f = Figures::default();
    let client = log_in(base).await?;

    // Two files: new figures for every mailbox; in the second, about 1 % cross the warning threshold (alerts and mails, as in real imports).
    let mut rng = Lcg(2026);
    let warning = Thresholds::standard().issue_warning.unwrap();
    for round in 0..2 {
        for (i, s) in sizes.iter_mut().enumerate() {
            *s = if round == 1 && i % 97 == 0 {
                warning + rng.below(2 * GIB)
            } else {
                *s + *s * rng.below(30) / 1000
            };
        }
        let file = usage_file(&addresses, &sizes, &mut rng);
        f.imports.push(import(&client, base, file).await?);
        // History is keyed by the second of the import: a new second makes the second file write its own history rows.
        tokio::time::sleep(Duration::from_millis(1100)).await;
    }

    // Page 200 is reached by following the rel="next" links, as a user would.
    let mut url = format!("{base}/postfaecher");
    f.pages = 1;
    while let Some(href) = next_link(&fetch(&client, &url).await.map_err(anyhow::Error::msg)?) {
        url = format!("{base}{href}");
        f.pages += 1;
        anyhow::ensure!(
            f.pages <= 2 * MAILBOXES / PAGE_SIZE,
            "the next links do not end"
        );
    }
    let (first, last) = (format!("{base}/postfaecher"), url);

    // One request at a time, page 1 and the last page alternating so drift hits both alike.
    let (mut a, mut b) = (vec![], vec![]);
    for i in 0..SEQUENTIAL + 20 {
        for (url, samples) in [(&first, &mut a), (&last, &mut b)] {
            let started = Instant::now();
            fetch(&client, url).await.map_err(anyhow::Error::msg)?;
            if i >= 20 {
                samples.push(started.elapsed()); // the first 20 warm caches up
            }
        }
    }
    (f.page1, f.page200) = (p50_p99(a), p50_p99(b));

    // Throughput: CLIENTS clients request page 1 back to back.
    let (done, errors) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
    let (cpu_server, cpu_self) = (cpu_secs(&pid.to_string()), cpu_secs("self"));
    let started = Instant::now();
    let until = started + LOAD;
    let workers: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let (client, url, done, errors) =
                (client.clone(), first.clone(), done.clone(), errors.clone());
            tokio::spawn(async move {
                while Instant::now() < until {
                    let counter = if fetch(&client, &url).await.is_ok() {
                        &done
                    } else {
                        &errors
                    };
                    counter.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    while Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(100)).await;
        f.rss_load_mib = f.rss_load_mib.max(proc_mib(pid, "VmRSS"));
    }
    for w in workers {
        w.await?;
    }
    let elapsed = started.elapsed().as_secs_f64();
    f.rps = done.load(Ordering::Relaxed) as f64 / elapsed;
    f.errors = errors.load(Ordering::Relaxed);
    f.cpu = (
        cpu_secs(&pid.to_string()) - cpu_server,
        cpu_secs("self") - cpu_self,
    );

    // Half that rate, paced (open loop): latency counts from when a request was due,
    // so a stalled server cannot hide its queue by slowing the sender down.
    f.paced_rate = (f.rps / 2.0).max(1.0);
    let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / f.paced_rate));
    let (until, mut requests, mut sampled) = (Instant::now() + LOAD, vec![], Instant::now());
    while Instant::now() < until {
        let due = tick.tick().await;
        let (client, url) = (client.clone(), first.clone());
        requests.push(tokio::spawn(async move {
            fetch(&client, &url).await.map(|_| due.elapsed())
        }));
        if sampled.elapsed() > Duration::from_millis(100) {
            f.rss_load_mib = f.rss_load_mib.max(proc_mib(pid, "VmRSS"));
            sampled = Instant::now();
        }
    }
    let mut samples = vec![];
    for r in requests {
        match r.await? {
            Ok(d) => samples.push(d),
            Err(_) => f.errors += 1,
        }
    }
    f.paced = p50_p99(samples);
    f.hwm_mib = proc_mib(pid, "VmHWM");
    Ok(f)
}

/// One engine from a fresh database to its figures; the database is removed afterwards.
async fn bench(engine: &str, bin: &Path) -> anyhow::Result<Figures> {
    let dir = std::env::temp_dir().join(format!(
        "portal-mailbox-bench-{}-{engine}",
        std::process::id()
    ));
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
        let (addresses, sizes) = seed(&url).await?;
        let portal = start(bin, &url, &dir).await?;
        measure(&portal, addresses, sizes).await
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

fn report(engine: &str, f: &Figures) {
    let ms = |(p50, p99): (f64, f64)| format!("{p50:.1} / {p99:.1} ms");
    let mib = |v: f64| format!("{v:.0} MiB");
    let ratio = f.page200.0 / f.page1.0;
    let mut rows: Vec<(String, String, &str, Option<bool>)> = vec![];
    for (i, (secs, r)) in f.imports.iter().enumerate() {
        let (rows_, alerts, mails) = (&r["rows"], &r["alerts"], &r["mails"]);
        let label = format!(
            "import {} ({rows_} rows, {alerts} alerts, {mails} mails)",
            i + 1
        );
        rows.push((
            label,
            format!("{secs:.2} s"),
            "< 2 s",
            Some(*secs < TARGET_IMPORT_S),
        ));
    }
    let paced = format!("paced at {:.0} req/s, p50 / p99", f.paced_rate);
    let load = format!("{:.0} req/s", f.rps);
    rows.extend([
        (
            "page 1, sequential, p50 / p99".into(),
            ms(f.page1),
            "",
            None,
        ),
        (
            "page 200, sequential, p50 / p99".into(),
            ms(f.page200),
            "",
            None,
        ),
        (
            "page 200 / page 1 (p50)".into(),
            format!("{ratio:.2}x"),
            "<= 1.2x",
            Some(ratio <= TARGET_PAGE_RATIO),
        ),
        (
            format!("throughput, page 1, {CLIENTS} clients"),
            load,
            ">= 2000",
            Some(f.rps >= TARGET_RPS),
        ),
        (
            paced,
            ms(f.paced),
            "p99 <= 25 ms",
            Some(f.paced.1 <= TARGET_P99_MS),
        ),
        (
            "server RSS under load (max sampled)".into(),
            mib(f.rss_load_mib),
            "<= 200 MiB",
            Some(f.rss_load_mib <= TARGET_RSS_MIB),
        ),
        (
            "server peak RSS (VmHWM, incl. imports)".into(),
            mib(f.hwm_mib),
            "<= 200 MiB",
            Some(f.hwm_mib <= TARGET_RSS_MIB),
        ),
    ]);
    println!(
        "\n{engine}: {MAILBOXES} mailboxes in one customer, {} list pages",
        f.pages
    );
    for (label, measured, target, ok) in rows {
        let verdict = ok.map_or("", |ok| if ok { "PASS" } else { "MISS" });
        println!("  {label:<44} {measured:>18}  {target:<13} {verdict}");
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "  CPU in the {} s throughput run ({cores} cores): server {:.1} s, load generator {:.1} s; {} failed requests",
        LOAD.as_secs(), f.cpu.0, f.cpu.1, f.errors
    );
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

// One thread for the load generator: on a small machine it leaves the rest to the server.
#[tokio::main(flavor = "current_thread")]
async fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let bin: PathBuf = root.join("target/release/server");
    let Ok(built) = std::fs::metadata(&bin).and_then(|m| m.modified()) else {
        eprintln!(
            "{} is missing; build it first: cargo build --release -p server",
            bin.display()
        );
        std::process::exit(1);
    };
    let sources = ["app/src", "app/migrations", "server/src"]
        .iter()
        .filter_map(|d| newest(&root.join(d)))
        .max();
    if sources.is_some_and(|s| s > built) {
        println!("note: target/release/server is older than the sources; figures are for the old build (cargo build --release -p server)");
    }
    let only = std::env::args().nth(1);
    for engine in ["sqlite", "postgres"] {
        if only.as_deref().is_some_and(|o| o != engine) {
            continue;
        }
        match bench(engine, &bin).await {
            Ok(figures) => report(engine, &figures),
            Err(e) => println!("\n{engine}: not measured: {e:#}"),
        }
    }
    Ok(())
}
