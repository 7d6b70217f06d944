//! Demo data: the customer "Muster GmbH" with three domains, 250 mailboxes of
//! realistic size, add-ons, a contract and three users (owner, admin, read-only).
//!
//! Figures come from a fixed-seed generator, so every demo looks the same and
//! tests can rely on its shape. Seeding twice changes nothing.

use super::{customers, db::Db, new_id, users};
use crate::domain::mail_address::MailAddress;
use crate::domain::quota::{QuotaLevel, Thresholds, DEFAULT_MAILBOX_BYTES};

pub const CUSTOMER_NUMBER: &str = "K-100234";
pub const OWNER_EMAIL: &str = "inhaberin@muster-gmbh.de";
pub const ADMIN_EMAIL: &str = "admin@muster-gmbh.de";
pub const READONLY_EMAIL: &str = "buchhaltung@muster-gmbh.de";
/// Password of all demo users. Demo data only; real users set their own.
pub const PASSWORD: &str = "Wanderkarte-Holunder-73";
pub const MAILBOX_COUNT: usize = 250;

const FIRST: [&str; 20] = [
    "anna", "ben", "clara", "david", "emma", "felix", "greta", "hannes", "ida", "jonas", "katrin",
    "lukas", "marie", "niklas", "olga", "paul", "rita", "stefan", "tina", "uwe",
];
const LAST: [&str; 15] = [
    "müller",
    "schmidt",
    "schneider",
    "fischer",
    "weber",
    "meyer",
    "wagner",
    "becker",
    "schulz",
    "hoffmann",
    "koch",
    "richter",
    "klein",
    "wolf",
    "neumann",
];
const DEVICES: [&str; 4] = ["iPhone 15", "Galaxy S24", "iPad Air", "Pixel 8"];

/// A small linear congruential generator: reproducible without a dependency.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn ascii_local(name: &str) -> String {
    name.replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss")
}

fn title_case(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Seeds the demo customer unless it exists. Returns whether it seeded.
pub async fn seed(db: &Db, hasher: &super::passwords::PasswordHasher) -> anyhow::Result<bool> {
    if customers::find_by_number(db, CUSTOMER_NUMBER)
        .await?
        .is_some()
    {
        return Ok(false);
    }
    let customer = customers::create(db, CUSTOMER_NUMBER, "Muster GmbH").await?;
    let hash = hasher.hash(PASSWORD.to_string()).await?;
    for (email, name, role) in [
        (OWNER_EMAIL, "Martina Muster", users::Role::Owner),
        (ADMIN_EMAIL, "Alex Admin", users::Role::Admin),
        (READONLY_EMAIL, "Bernd Buchhaltung", users::Role::ReadOnly),
    ] {
        let email = MailAddress::parse(email).expect("demo addresses are valid");
        let id = users::create(db, &customer.id, &email, name, role).await?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(&hash)
            .bind(&id)
            .execute(&db.pool)
            .await?;
    }

    let mut tx = db.begin_write().await?;
    let created = db.now();
    sqlx::query("INSERT INTO contracts (id, customer_id, signed_on, starts_on, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(new_id())
        .bind(&customer.id)
        .bind("2024-02-12")
        .bind("2024-03-01")
        .bind(created)
        .execute(&mut *tx)
        .await?;

    let domains = [
        ("muster-gmbh.de", true),
        ("muster-shop.de", false),
        ("muster-service.de", true),
    ];
    let mut domain_ids = vec![];
    for (name, fully_routed) in domains {
        let id = new_id();
        sqlx::query("INSERT INTO domains (id, customer_id, name, fully_routed, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(&id)
            .bind(&customer.id)
            .bind(name)
            .bind(fully_routed)
            .bind(created)
            .execute(&mut *tx)
            .await?;
        domain_ids.push((id, name));
    }

    for (kind, quantity, booked_on) in [
        ("archive", 1_i64, "2024-06-01"),
        ("m365-business-basic", 12, "2025-01-01"),
        ("m365-apps-for-business", 3, "2025-09-01"),
    ] {
        sqlx::query(
            "INSERT INTO addons (id, customer_id, kind, quantity, booked_on, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(new_id())
        .bind(&customer.id)
        .bind(kind)
        .bind(quantity)
        .bind(booked_on)
        .bind(created)
        .execute(&mut *tx)
        .await?;
    }

    let mut rng = Lcg(20_240_301);
    let standard = Thresholds::standard();
    let gb = 1024_i64 * 1024 * 1024;
    let taken_at = created - (created % 3600);
    for i in 0..MAILBOX_COUNT {
        let first = FIRST[i % FIRST.len()];
        let last = LAST[(i / FIRST.len()) % LAST.len()];
        let (domain_id, domain) = &domain_ids[if i % 10 == 9 {
            1
        } else if i % 10 == 8 {
            2
        } else {
            0
        }];
        let suffix = if i >= FIRST.len() * LAST.len() {
            format!("{}", i / (FIRST.len() * LAST.len()))
        } else {
            String::new()
        };
        let address = format!("{}.{}{}@{}", first, ascii_local(last), suffix, domain);
        let display = format!("{} {}", title_case(first), title_case(last));
        // Most mailboxes hold 1-60 GB; a few sit at or above the thresholds.
        let used = match i {
            3 => DEFAULT_MAILBOX_BYTES as i64 + gb / 10,      // full
            17 | 42 => 96 * gb + rng.below(gb as u64) as i64, // sending blocked
            5 | 61 | 88 | 120 | 199 => 91 * gb + rng.below(3 * gb as u64) as i64,
            _ => gb + rng.below(59 * gb as u64) as i64,
        };
        let level = QuotaLevel::of(used as u64, &standard);
        let items = used / (70 * 1024) + rng.below(2000) as i64;
        let last_logon = (i % 23 != 0).then(|| taken_at - rng.below(30 * 86_400) as i64);
        let id = new_id();
        sqlx::query(
            "INSERT INTO mailboxes (id, customer_id, domain_id, primary_address, display_name, issue_warning_bytes,
               prohibit_send_bytes, prohibit_send_receive_bytes, used_bytes, item_count, last_logon_at, stats_taken_at, created_at,
               alert_level, alert_mailed_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
        )
        .bind(&id)
        .bind(&customer.id)
        .bind(domain_id)
        .bind(&address)
        .bind(&display)
        .bind(standard.issue_warning.map(|v| v as i64))
        .bind(standard.prohibit_send.map(|v| v as i64))
        .bind(standard.prohibit_send_receive.map(|v| v as i64))
        .bind(used)
        .bind(items)
        .bind(last_logon)
        .bind(taken_at)
        .bind(created)
        .bind(level.as_str())
        .bind((level != QuotaLevel::Ok).then_some(taken_at))
        .execute(&mut *tx)
        .await?;
        // Mailboxes above a threshold were alerted when it was crossed.
        if let Some(limit) = level.limit(&standard) {
            sqlx::query(
                "INSERT INTO quota_alerts (id, customer_id, mailbox_id, level, reminder, used_bytes, limit_bytes, created_at)
                 VALUES ($1, $2, $3, $4, FALSE, $5, $6, $7)",
            )
            .bind(new_id())
            .bind(&customer.id)
            .bind(&id)
            .bind(level.as_str())
            .bind(used)
            .bind(limit as i64)
            .bind(taken_at)
            .execute(&mut *tx)
            .await?;
        }
        // 30 days of history growing towards today's figure.
        for day in (0..30_i64).rev() {
            let earlier = (used - day * (used / 400)).max(0);
            sqlx::query("INSERT INTO mailbox_usage_history (mailbox_id, taken_at, used_bytes, item_count) VALUES ($1, $2, $3, $4)")
                .bind(&id)
                .bind(taken_at - day * 86_400)
                .bind(earlier)
                .bind(items * earlier / used.max(1))
                .execute(&mut *tx)
                .await?;
        }
        for n in 0..(i % 4) {
            sqlx::query("INSERT INTO aliases (id, mailbox_id, address) VALUES ($1, $2, $3)")
                .bind(new_id())
                .bind(&id)
                .bind(format!(
                    "{}{}{}@{}",
                    &first[..1],
                    ascii_local(last),
                    n + 1 + i * 10,
                    domain
                ))
                .execute(&mut *tx)
                .await?;
        }
        for n in 0..(i % 3) {
            sqlx::query(
                "INSERT INTO activesync_devices (id, mailbox_id, device_id, device_model, last_sync_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(new_id())
            .bind(&id)
            .bind(format!("DEV{:04}{}", i, n))
            .bind(DEVICES[(i + n) % DEVICES.len()])
            .bind(taken_at - rng.below(7 * 86_400) as i64)
            .execute(&mut *tx)
            .await?;
        }
    }
    super::overview::refresh_totals(&mut tx, &customer.id).await?;
    tx.commit().await?;
    Ok(true)
}
