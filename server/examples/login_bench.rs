//! Benchmark: logins per second with correct credentials, and the overview's
//! p99 latency idle and during a login storm. Prints figures; asserts nothing.
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
    let hasher = PasswordHasher::new(2);
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
    let code = app::backend::totp::code_at(&seed, app::backend::now() as u64);
    owner
        .post(format!("{base}/api/confirm_enrolment"))
        .form(&[("code", code)])
        .send()
        .await?;

    let idle =
        p99(overview_latencies(&owner, &base, Instant::now() + Duration::from_secs(5)).await);

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
    let during = p99(overview_latencies(&owner, &base, until).await);
    for w in storm {
        w.await?;
    }
    let elapsed = storm_started.elapsed().as_secs_f64();
    let logins = done.load(Ordering::Relaxed);

    println!("logins with correct credentials: {logins} in {elapsed:.1} s = {:.1}/s ({CONCURRENCY} concurrent clients)", logins as f64 / elapsed);
    println!(
        "overview p99 idle:             {:.1} ms",
        idle.as_secs_f64() * 1000.0
    );
    println!(
        "overview p99 during the storm: {:.1} ms ({:.1}x idle)",
        during.as_secs_f64() * 1000.0,
        during.as_secs_f64() / idle.as_secs_f64()
    );
    server.kill()?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
