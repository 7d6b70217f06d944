//! Benchmark: logins per second with correct credentials against the argon2
//! bound measured in the same run (two hashing threads, each as fast as one
//! verification on one thread), the server's resident memory before, at the
//! peak of and after the login storm, the overview's p99 latency idle and
//! during the storm, and the median time of a wrong password for an existing
//! and for an unknown address (which must not tell them apart). Prints
//! figures; asserts nothing.
//!
//!     cargo leptos build --release   # or any release build of the server
//!     cargo run --release -p server --example login_bench
//!
//! Starts `target/release/server` on a fresh SQLite database with the demo
//! customer plus 16 extra users, so concurrent logins do not trip the
//! per-account throttle.

use app::backend::{customers, db::Db, demo, passwords::PasswordHasher, tokens, users};
use app::domain::mail_address::MailAddress;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const USERS: usize = 16;
const CONCURRENCY: usize = 8;
const STORM: Duration = Duration::from_secs(10);
const PASSWORD: &str = "bench-passphrase-lang";

/// Wrong-password attempts per kind of address; both kinds together stay
/// under the per-address limit of 30 failures.
const TIMING_SAMPLES: usize = 14;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// How long a wrong password takes for `email`.
async fn wrong_login(client: &reqwest::Client, base: &str, email: &str) -> Duration {
    let start = Instant::now();
    let r = client
        .post(format!("{base}/api/login"))
        .form(&[("email", email), ("password", "falsch-falsch-falsch")])
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        422,
        "a wrong password is refused, not throttled"
    );
    r.bytes().await.unwrap();
    start.elapsed()
}

/// The server's resident memory in MiB (Linux), 0 where unknown.
fn rss_mib(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kib| kib / 1024.0)
}

/// Password verifications per second on one thread of this process.
async fn single_thread_verifications_per_sec(hasher: &PasswordHasher, hash: &str) -> f64 {
    let rounds = 20;
    let start = Instant::now();
    for _ in 0..rounds {
        assert!(hasher.verify(PASSWORD.into(), Some(hash.to_string())).await);
    }
    rounds as f64 / start.elapsed().as_secs_f64()
}

fn p99(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[(samples.len() * 99 / 100).min(samples.len() - 1)]
}

async fn overview_latencies(client: &reqwest::Client, base: &str, until: Instant) -> Vec<Duration> {
    let mut samples = vec![];
    while Instant::now() < until {
        let start = Instant::now();
        let r = client
            .post(format!("{base}/api/overview"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        r.bytes().await.unwrap();
        samples.push(start.elapsed());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    samples
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = std::env::temp_dir().join(format!("portal-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let url = format!("sqlite://{}", dir.join("bench.db").display());
    let key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    // Users, made directly in the database.
    let db = Db::connect(&url, 2).await?;
    let hasher = PasswordHasher::new(1);
    demo::seed(&db, &hasher).await?;
    let customer = customers::find_by_number(&db, demo::CUSTOMER_NUMBER)
        .await?
        .expect("demo customer");
    let hash = hasher.hash(PASSWORD.into()).await?;
    let mut emails = vec![];
    for i in 0..USERS {
        let email = MailAddress::parse(&format!("bench{i}@muster-gmbh.de")).unwrap();
        let id = users::create(&db, &customer.id, &email, "Bench", users::Role::Admin).await?;
        let token = tokens::create(&db, &id, "set", 60).await?;
        tokens::redeem(&db, &token, &hash).await?;
        emails.push(email.to_string());
    }
    db.pool.close().await;

    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = Command::new("target/release/server")
        .arg("serve")
        .env("DATABASE_URL", &url)
        .env("PORTAL_SECRET_KEY", key)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_OUTPUT_NAME", "rhoenmail-portal")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| anyhow::anyhow!("start target/release/server (build it first): {e}"))?;
    let probe = reqwest::Client::new();
    while probe
        .get(format!("{base}/readyz"))
        .send()
        .await
        .map(|r| r.status().is_success())
        .ok()
        != Some(true)
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // A logged-in owner for the overview (password + two-factor set-up).
    let owner = reqwest::Client::builder().cookie_store(true).build()?;
    owner
        .post(format!("{base}/api/login"))
        .form(&[("email", demo::OWNER_EMAIL), ("password", demo::PASSWORD)])
        .send()
        .await?;
    let enrolment: serde_json::Value = owner
        .post(format!("{base}/api/begin_enrolment"))
        .send()
        .await?
        .json()
        .await?;
    let secret = enrolment["otpauth_uri"]
        .as_str()
        .unwrap()
        .split("secret=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    let seed = totp_rs::Secret::try_from_base32(secret)
        .unwrap()
        .as_bytes()
        .to_vec();
    let code = app::backend::totp::code_at(&seed, unix_now());
    owner
        .post(format!("{base}/api/confirm_enrolment"))
        .form(&[("code", code)])
        .send()
        .await?;

    let idle =
        p99(overview_latencies(&owner, &base, Instant::now() + Duration::from_secs(5)).await);
    let bound = 2.0 * single_thread_verifications_per_sec(&hasher, &hash).await;
    let rss_before = rss_mib(server.id());

    let done = Arc::new(AtomicU64::new(0));
    let until = Instant::now() + STORM;
    let storm: Vec<_> = (0..CONCURRENCY)
        .map(|worker| {
            let (base, done, emails) = (base.clone(), done.clone(), emails.clone());
            tokio::spawn(async move {
                let client = reqwest::Client::new();
                let mut i = worker;
                while Instant::now() < until {
                    let email = &emails[i % emails.len()];
                    let r = client
                        .post(format!("{base}/api/login"))
                        .form(&[("email", email.as_str()), ("password", PASSWORD)])
                        .send()
                        .await;
                    if r.is_ok_and(|r| r.status().is_success()) {
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                    i += CONCURRENCY;
                }
            })
        })
        .collect();
    let storm_started = Instant::now();
    let pid = server.id();
    let peak_watch = tokio::spawn(async move {
        let mut peak = 0.0_f64;
        while Instant::now() < until {
            peak = peak.max(rss_mib(pid));
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        peak
    });
    let during = p99(overview_latencies(&owner, &base, until).await);
    for w in storm {
        w.await?;
    }
    let rss_peak = peak_watch.await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let rss_after = rss_mib(server.id());
    let elapsed = storm_started.elapsed().as_secs_f64();
    let logins = done.load(Ordering::Relaxed);

    let rate = logins as f64 / elapsed;
    println!("logins with correct credentials: {logins} in {elapsed:.1} s = {rate:.1}/s ({CONCURRENCY} concurrent clients)");
    println!(
        "argon2 bound (2 x one thread's verifications/s, this run): {bound:.1}/s; logins reach {:.0} % of it",
        100.0 * rate / bound
    );
    println!(
        "server RSS: before {rss_before:.0} MiB, peak {rss_peak:.0} MiB, after {rss_after:.0} MiB"
    );
    println!(
        "overview p99 idle:             {:.1} ms",
        idle.as_secs_f64() * 1000.0
    );
    println!(
        "overview p99 during the storm: {:.1} ms ({:.1}x idle)",
        during.as_secs_f64() * 1000.0,
        during.as_secs_f64() / idle.as_secs_f64()
    );

    // Known and unknown addresses in turn, so both see the same machine load.
    let (mut known, mut unknown) = (vec![], vec![]);
    for i in 0..TIMING_SAMPLES {
        known.push(wrong_login(&probe, &base, &emails[i % emails.len()]).await);
        unknown.push(wrong_login(&probe, &base, &format!("niemand{i}@muster-gmbh.de")).await);
    }
    let (known, unknown) = (median(known), median(unknown));
    println!(
        "wrong password, median of {TIMING_SAMPLES}: existing address {:.1} ms, unknown address {:.1} ms (ratio {:.2})",
        known.as_secs_f64() * 1000.0,
        unknown.as_secs_f64() * 1000.0,
        known.as_secs_f64() / unknown.as_secs_f64()
    );
    server.kill()?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

/// The real time as Unix seconds, as the server under test reads it.
fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
