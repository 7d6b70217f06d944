//! The portal under test: `target/release/server serve` on the bench
//! database, and the bench owner's login.

use crate::seed::{OWNER, PASSWORD};
use reqwest::cookie::CookieStore;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The secret key of the portal (the reference needs one of its own too).
pub const KEY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

/// The running portal; killed when dropped, also on an error half-way.
pub struct Portal {
    child: Child,
    pub base: String,
}

impl Portal {
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the portal with the DNS fixture as resolver and name server, so
/// its start-up check of every domain stores real answers.
pub async fn start(bin: &Path, url: &str, dir: &Path, dns_port: u16) -> anyhow::Result<Portal> {
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
        .env("PORTAL_MAIL_SPOOL_DIR", dir.join("mail"))
        .env("PORTAL_DNS_RESOLVER", format!("127.0.0.1:{dns_port}"))
        .env("PORTAL_DNS_AUTHORITATIVE_PORT", dns_port.to_string())
        .env("PORTAL_DNS_ALLOW_PRIVATE", "1")
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

/// Password, then two-factor set-up with a code computed from the handed-out
/// seed. Returns the session cookie (`name=value`), which the load
/// generator sends to the portal and to the reference alike.
pub async fn log_in(base: &str) -> anyhow::Result<String> {
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let client = reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .build()?;
    crate::bench_support::enrol(&client, base, OWNER, PASSWORD).await?;
    let cookies = jar
        .cookies(&base.parse()?)
        .ok_or_else(|| anyhow::anyhow!("no session cookie after the login"))?;
    Ok(cookies.to_str()?.to_string())
}

/// Waits until the portal's start-up check has stored answers for every
/// domain, so the domain pages render real check results.
pub async fn await_dns_checks(url: &str, domains: usize) -> anyhow::Result<()> {
    let db = app::backend::db::Db::connect(url, 1).await?;
    let deadline = Instant::now() + Duration::from_secs(60);
    let result = loop {
        let checked: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM dns_checks WHERE checked_at > 0")
                .fetch_one(&db.pool)
                .await?;
        if checked as usize >= domains {
            break Ok(());
        }
        if Instant::now() > deadline {
            break Err(anyhow::anyhow!(
                "only {checked} of {domains} domains were checked within a minute"
            ));
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    db.pool.close().await;
    result
}
