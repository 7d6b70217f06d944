//! The database the pages are measured on: the demo customer (another
//! tenant in the same tables, as in production) and a bench customer with
//! 10,000 mailboxes and everything its pages show, inserted directly.

use app::backend::{customers, db::Db, demo, new_id, passwords::PasswordHasher, tokens, users};
use app::domain::mail_address::MailAddress;
use app::domain::quota::{QuotaLevel, Thresholds};

pub const MAILBOXES: usize = 10_000;
pub const OWNER: &str = "inhaberin@richtig.test";
pub const PASSWORD: &str = "bench-passphrase-lang";
const GIB: u64 = 1 << 30;
const DAY: i64 = 86_400;
/// Days of usage history of every tenth mailbox (the mailbox page shows 90).
const HISTORY_DAYS: i64 = 90;

/// The bench customer's domains, named after zones of the DNS fixture so the
/// portal's start-up check stores real answers: name, fully routed, mailboxes.
pub const DOMAINS: [(&str, bool, usize); 4] = [
    ("richtig.test", true, 9_000),
    ("falsch.test", true, 700),
    ("fehlt.test", false, 200),
    ("xn--mller-kva.test", true, 100),
];

/// Domains of the demo customer, also checked at start.
const DEMO_DOMAINS: usize = 3;

/// What the measured URLs point at.
pub struct Seeded {
    /// A mailbox above its warning threshold, with history, alerts, an
    /// alias, a device and an allow-list.
    pub mailbox_id: String,
    /// The domain with most of the mailboxes.
    pub big_domain_id: String,
    /// The smallest domain (100 mailboxes, an IDN).
    pub small_domain_id: String,
    /// Domains in the database, of both customers.
    pub domain_count: usize,
}

/// Reproducible figures without a dependency (as in the demo data).
struct Lcg(u64);
impl Lcg {
    /// The upper 53 bits of the state: wide enough for sizes of many GB
    /// (the low bits of a power-of-two LCG repeat quickly).
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) % n
    }
}

/// Rows of one table, as SQL value tuples (literals made here: no input
/// from outside reaches the SQL).
#[derive(Default)]
struct Rows {
    mailboxes: Vec<String>,
    aliases: Vec<String>,
    devices: Vec<String>,
    history: Vec<String>,
    alerts: Vec<String>,
}

/// Multi-row INSERTs of 500 rows each: one round trip per batch, not per row.
async fn insert_rows(
    conn: &mut sqlx::AnyConnection,
    table: &str,
    rows: &[String],
) -> anyhow::Result<()> {
    for batch in rows.chunks(500) {
        sqlx::query(&format!("INSERT INTO {table} VALUES {}", batch.join(", ")))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub async fn seed(url: &str) -> anyhow::Result<Seeded> {
    let db = Db::connect(url, 2).await?;
    let hasher = PasswordHasher::new(2);
    demo::seed(&db, &hasher).await?;
    let customer = customers::create(&db, "K-BENCH", "Bench GmbH").await?.id;
    let owner = user(&db, &customer, OWNER, "Inhaberin Bench", users::Role::Owner).await?;
    let token = tokens::create(&db, &owner, "set", 60).await?;
    tokens::redeem(&db, &token, &hasher.hash(PASSWORD.into()).await?).await?;
    for (i, role) in [
        users::Role::Admin,
        users::Role::ReadOnly,
        users::Role::Admin,
    ]
    .into_iter()
    .enumerate()
    {
        let email = format!("kollegin{i}@richtig.test");
        user(&db, &customer, &email, &format!("Kollegin {i}"), role).await?;
    }

    let now = db.now();
    let domain_ids: Vec<String> = DOMAINS.iter().map(|_| new_id()).collect();
    let rows = mailbox_rows(&customer, &domain_ids, now);
    let mailbox_id = first_id(&rows.mailboxes);

    let mut tx = db.begin_write().await?;
    let conn = &mut *tx;
    let domains: Vec<String> = DOMAINS
        .iter()
        .zip(&domain_ids)
        .map(|((name, routed, _), id)| format!("('{id}', '{customer}', '{name}', {routed}, {now})"))
        .collect();
    insert_rows(
        conn,
        "domains (id, customer_id, name, fully_routed, created_at)",
        &domains,
    )
    .await?;
    insert_rows(conn, "mailboxes (id, customer_id, domain_id, primary_address, display_name, \
        issue_warning_bytes, prohibit_send_bytes, prohibit_send_receive_bytes, used_bytes, item_count, \
        last_logon_at, stats_taken_at, created_at)", &rows.mailboxes).await?;
    insert_rows(conn, "aliases (id, mailbox_id, address)", &rows.aliases).await?;
    let devices = "activesync_devices (id, mailbox_id, device_id, device_model, last_sync_at)";
    insert_rows(conn, devices, &rows.devices).await?;
    let history = "mailbox_usage_history (mailbox_id, taken_at, used_bytes, item_count)";
    insert_rows(conn, history, &rows.history).await?;
    insert_rows(conn, "quota_alerts (id, customer_id, mailbox_id, level, reminder, used_bytes, limit_bytes, created_at)", &rows.alerts).await?;
    insert_rows(
        conn,
        "allow_list_entries (id, customer_id, domain_id, mailbox_id, entry, created_at)",
        &allow_list(&customer, &domain_ids[0], &mailbox_id, now),
    )
    .await?;
    contract_and_addons(conn, &customer, now).await?;
    insert_rows(
        conn,
        "service_requests (id, number, customer_id, kind, object, details, status, \
        requested_by, requested_by_email, idempotency_key, created_at, updated_at)",
        &service_requests(&customer, &owner, now),
    )
    .await?;
    insert_rows(
        conn,
        "security_events (id, customer_id, user_id, actor_email, kind, ip, at)",
        &security_events(&customer, &owner, now),
    )
    .await?;
    insert_rows(
        conn,
        "login_sessions (id, user_id, ip, user_agent, started_at, last_seen_at)",
        &other_logins(&owner, now),
    )
    .await?;
    // As a usage import does: the overview and the list read these.
    app::backend::overview::refresh_totals(&mut tx, &customer).await?;
    tx.commit().await?;
    // A production PostgreSQL has statistics (autovacuum); without them the planner
    // guesses, and whether autovacuum ran before the measurements would be luck.
    if url.starts_with("postgres") {
        sqlx::query("ANALYZE").execute(&db.pool).await?;
    }
    db.pool.close().await;
    Ok(Seeded {
        mailbox_id,
        big_domain_id: domain_ids[0].clone(),
        small_domain_id: domain_ids[DOMAINS.len() - 1].clone(),
        domain_count: DOMAINS.len() + DEMO_DOMAINS,
    })
}

async fn user(
    db: &Db,
    customer: &str,
    email: &str,
    name: &str,
    role: users::Role,
) -> anyhow::Result<String> {
    let email = MailAddress::parse(email).map_err(|e| anyhow::anyhow!("{email}: {e:?}"))?;
    Ok(users::create(db, customer, &email, name, role).await?)
}

/// The id in the first value tuple of `rows` (`('<id>', …`).
fn first_id(rows: &[String]) -> String {
    rows[0]
        .trim_start_matches("('")
        .split('\'')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// 10,000 mailboxes with standard quotas spread over the domains: most hold
/// 1–60 GB, about 1 % are above the warning threshold (some full), each with
/// an alert. Every second has an alias, every third a device, every tenth
/// 90 days of history. Mailbox 0 is above its warning threshold.
fn mailbox_rows(customer: &str, domain_ids: &[String], now: i64) -> Rows {
    let t = Thresholds::standard();
    let q = [t.issue_warning, t.prohibit_send, t.prohibit_send_receive].map(Option::unwrap);
    let taken = now - now % 3600;
    let mut rng = Lcg(10_000);
    let mut rows = Rows::default();
    let domain_of = |i: usize| {
        let mut start = 0;
        DOMAINS
            .iter()
            .zip(domain_ids)
            .find(|((_, _, n), _)| {
                start += n;
                i < start
            })
            .map(|((name, _, _), id)| (*name, id.as_str()))
            .unwrap_or((DOMAINS[0].0, &domain_ids[0]))
    };
    for i in 0..MAILBOXES {
        let (domain, domain_id) = domain_of(i);
        let (id, address) = (new_id(), format!("nutzer{i:05}@{domain}"));
        let used = if i % 97 == 0 {
            q[0] + rng.below(12 * GIB)
        } else {
            GIB + rng.below(59 * GIB)
        };
        let items = used / (70 * 1024);
        let logon = taken - rng.below(30 * DAY as u64) as i64;
        rows.mailboxes.push(format!(
            "('{id}', '{customer}', '{domain_id}', '{address}', 'Nutzer {i}', {}, {}, {}, {used}, {items}, {logon}, {taken}, {now})",
            q[0], q[1], q[2]
        ));
        if i % 2 == 0 {
            rows.aliases
                .push(format!("('{}', '{id}', 'n{i:05}@{domain}')", new_id()));
        }
        if i % 3 == 0 {
            let sync = taken - rng.below(7 * DAY as u64) as i64;
            rows.devices.push(format!(
                "('{}', '{id}', 'dev{i}', 'iPhone 15', {sync})",
                new_id()
            ));
        }
        if i % 10 == 0 {
            for day in (0..HISTORY_DAYS).rev() {
                let earlier = used - (day as u64) * (used / 400);
                rows.history.push(format!(
                    "('{id}', {}, {earlier}, {})",
                    taken - day * DAY,
                    earlier / (70 * 1024)
                ));
            }
        }
        let level = QuotaLevel::of(used, &t);
        if let Some(limit) = level.limit(&t) {
            // The crossing, and for mailbox 0 a reminder a day since.
            let reminders = if i == 0 { 25 } else { 0 };
            for day in 0..=reminders {
                rows.alerts.push(format!(
                    "('{}', '{customer}', '{id}', '{}', {}, {used}, {limit}, {})",
                    new_id(),
                    level.as_str(),
                    day > 0,
                    taken - (reminders - day) * DAY
                ));
            }
        }
    }
    rows
}

fn allow_list(customer: &str, domain_id: &str, mailbox_id: &str, now: i64) -> Vec<String> {
    let domain_wide = ["partner.example", "lieferant.example", "bank.example"].map(|entry| {
        format!(
            "('{}', '{customer}', '{domain_id}', NULL, '{entry}', {now})",
            new_id()
        )
    });
    let mailbox = ["chef@partner.example", "newsletter@verband.example"].map(|entry| {
        format!(
            "('{}', '{customer}', '{domain_id}', '{mailbox_id}', '{entry}', {now})",
            new_id()
        )
    });
    domain_wide.into_iter().chain(mailbox).collect()
}

async fn contract_and_addons(
    conn: &mut sqlx::AnyConnection,
    customer: &str,
    now: i64,
) -> anyhow::Result<()> {
    let contract = format!(
        "('{}', '{customer}', '2025-01-10', '2025-02-01', 12, {now})",
        new_id()
    );
    insert_rows(
        conn,
        "contracts (id, customer_id, signed_on, starts_on, min_term_months, created_at)",
        &[contract],
    )
    .await?;
    let addons: Vec<String> = [
        ("archive", 1, "2025-03-01"),
        ("public-folders", 1, "2025-03-01"),
        ("m365-business-basic", 120, "2025-04-01"),
        ("m365-business-standard", 40, "2025-06-01"),
    ]
    .iter()
    .map(|(kind, n, on)| {
        format!(
            "('{}', '{customer}', '{kind}', {n}, '{on}', {now})",
            new_id()
        )
    })
    .collect();
    insert_rows(
        conn,
        "addons (id, customer_id, kind, quantity, booked_on, created_at)",
        &addons,
    )
    .await
}

/// 60 finished and open support requests (the page lists the newest 50).
fn service_requests(customer: &str, owner: &str, now: i64) -> Vec<String> {
    let statuses = ["done", "in_progress", "received", "done"];
    (0..60)
        .map(|n| {
            let at = now - (60 - n) * DAY;
            format!(
                "('{}', 'A-2025-{n:05}', '{customer}', 'pst-export', 'nutzer{n:05}@richtig.test', \
                 '{{\"date\":\"2026-03-0{}\"}}', '{}', '{owner}', '{OWNER}', 'bench-{n}', {at}, {at})",
                new_id(),
                1 + n % 9,
                statuses[n as usize % statuses.len()],
            )
        })
        .collect()
}

/// 300 logins of the owner (the account page lists the newest 200).
fn security_events(customer: &str, owner: &str, now: i64) -> Vec<String> {
    (0..300)
        .map(|n| {
            format!(
                "('{}', '{customer}', '{owner}', '{OWNER}', 'login', '192.0.2.{}', {})",
                new_id(),
                n % 250,
                now - (300 - n) * 3600
            )
        })
        .collect()
}

/// Three other devices the owner is logged in on.
fn other_logins(owner: &str, now: i64) -> Vec<String> {
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
    ]
    .iter()
    .enumerate()
    .map(|(n, agent)| {
        format!(
            "('{}', '{owner}', '198.51.100.{n}', '{agent}', {}, {})",
            new_id(),
            now - 3600 * (n as i64 + 1),
            now - 60 * (n as i64 + 1)
        )
    })
    .collect()
}
