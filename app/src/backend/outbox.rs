//! The mail outbox: mails are rows first and SMTP deliveries second.
//!
//! `enqueue` runs inside the caller's transaction, so a mail exists exactly
//! when the event that causes it was stored. Senders of any number of portal
//! instances take due mails with a conditional update (`claim`), so each mail
//! has one owner at a time; a sender that dies releases it when its lock expires.

use super::db::Db;
use super::new_id;
use sqlx::{AnyConnection, Row};

/// A mail to be queued. Texts are final: rendered in the recipient's language.
#[derive(Debug, Clone)]
pub struct NewMail {
    pub customer_id: Option<String>,
    pub kind: &'static str,
    /// Queuing the same key twice queues one mail (retried requests, re-runs).
    pub dedupe_key: Option<String>,
    pub recipients: Vec<String>,
    /// Copies (Cc), e.g. the customer's copy of a cancellation.
    pub cc: Vec<String>,
    pub subject: String,
    pub body: String,
}

/// A mail taken by a sender for one delivery attempt.
#[derive(Debug, Clone)]
pub struct DueMail {
    pub id: String,
    pub message_id: String,
    pub recipients: Vec<String>,
    pub cc: Vec<String>,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
    pub created_at: i64,
}

/// A queued mail as stored: addresses as comma-separated lists.
#[derive(sqlx::FromRow)]
struct StoredMail {
    message_id: String,
    recipients: String,
    cc: Option<String>,
    subject: String,
    body: String,
    attempts: i64,
    created_at: i64,
}

/// One row of the operator's view of the outbox.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxEntry {
    pub id: String,
    pub kind: String,
    pub recipients: String,
    pub subject: String,
    pub state: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

/// What queuing needs to know, shared by all server functions of an instance.
#[derive(Debug, Default)]
pub struct Mailer {
    /// Right-hand side of Message-IDs: the host of the portal's public URL.
    pub message_domain: String,
    /// Notified after a commit that queued mail, so this instance's sender starts at once.
    pub wake: std::sync::Arc<tokio::sync::Notify>,
}

impl Mailer {
    pub fn new(public_url: &str) -> Self {
        let host = public_url
            .split("://")
            .nth(1)
            .unwrap_or(public_url)
            .split(['/', ':'])
            .next()
            .unwrap_or("localhost");
        Mailer {
            message_domain: host.to_string(),
            wake: Default::default(),
        }
    }

    /// Queues a mail in the caller's transaction (see [`enqueue`]).
    pub async fn queue(
        &self,
        conn: &mut AnyConnection,
        mail: &NewMail,
        now: i64,
    ) -> Result<String, sqlx::Error> {
        enqueue(conn, mail, &self.message_domain, now).await
    }

    /// Call after the transaction that queued mail has committed.
    pub fn wake(&self) {
        self.wake.notify_one();
    }
}

/// How long a sender owns a mail it took; longer than any SMTP timeout.
pub const CLAIM_SECS: i64 = 120;

/// Queues a mail in the caller's transaction. Returns the mail's id, or the id
/// of the mail already queued under the same dedupe key.
pub async fn enqueue(
    conn: &mut AnyConnection,
    mail: &NewMail,
    message_domain: &str,
    now: i64,
) -> Result<String, sqlx::Error> {
    if let Some(key) = &mail.dedupe_key {
        if let Some(row) = sqlx::query("SELECT id FROM outbox WHERE dedupe_key = $1")
            .bind(key)
            .fetch_optional(&mut *conn)
            .await?
        {
            return Ok(row.get(0));
        }
    }
    let id = new_id();
    let message_id = format!("<{id}@{message_domain}>");
    // A concurrent transaction with the same key fails on the unique
    // constraint and rolls back as a whole; its retry then finds this mail.
    sqlx::query(
        "INSERT INTO outbox (id, message_id, customer_id, kind, dedupe_key, recipients, cc, subject, body, next_attempt_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)",
    )
    .bind(&id)
    .bind(&message_id)
    .bind(&mail.customer_id)
    .bind(mail.kind)
    .bind(&mail.dedupe_key)
    .bind(mail.recipients.join(","))
    .bind((!mail.cc.is_empty()).then(|| mail.cc.join(",")))
    .bind(&mail.subject)
    .bind(&mail.body)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(id)
}

/// Takes up to `limit` due mails for this sender. A mail taken by another
/// sender (of this or another instance) is skipped until its lock expires.
pub async fn claim(db: &Db, now: i64, limit: i64) -> Result<Vec<DueMail>, sqlx::Error> {
    let candidates = sqlx::query(
        "SELECT id FROM outbox WHERE state = 'queued' AND next_attempt_at <= $1 \
         AND (locked_until IS NULL OR locked_until < $1) ORDER BY next_attempt_at, created_at LIMIT $2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    let mut taken = Vec::new();
    for row in candidates {
        let id: String = row.get(0);
        let won = sqlx::query(
            "UPDATE outbox SET locked_until = $1, attempts = attempts + 1 \
             WHERE id = $2 AND state = 'queued' AND (locked_until IS NULL OR locked_until < $3)",
        )
        .bind(now + CLAIM_SECS)
        .bind(&id)
        .bind(now)
        .execute(&db.pool)
        .await?
        .rows_affected()
            == 1;
        if !won {
            continue;
        }
        let mail = sqlx::query_as::<_, StoredMail>(
            "SELECT message_id, recipients, subject, body, attempts, created_at, cc FROM outbox WHERE id = $1",
        )
        .bind(&id)
        .fetch_one(&db.pool)
        .await?;
        taken.push(DueMail {
            id,
            message_id: mail.message_id,
            recipients: split_addresses(Some(mail.recipients)),
            cc: split_addresses(mail.cc),
            subject: mail.subject,
            body: mail.body,
            attempts: mail.attempts,
            created_at: mail.created_at,
        });
    }
    Ok(taken)
}

/// A comma-separated address column as a list (`None`: no addresses).
fn split_addresses(column: Option<String>) -> Vec<String> {
    column
        .iter()
        .flat_map(|c| c.split(','))
        .filter(|a| !a.is_empty())
        .map(str::to_string)
        .collect()
}

pub async fn mark_sent(db: &Db, id: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE outbox SET state = 'sent', sent_at = $1, locked_until = NULL, last_error = NULL WHERE id = $2")
        .bind(now)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Records a failed attempt: retried at `retry_at`, or dead-lettered when `None`.
pub async fn mark_failed(
    db: &Db,
    id: &str,
    error: &str,
    retry_at: Option<i64>,
) -> Result<(), sqlx::Error> {
    let (state, next) = match retry_at {
        Some(at) => ("queued", Some(at)),
        None => ("dead", None),
    };
    sqlx::query(
        "UPDATE outbox SET state = $1, next_attempt_at = COALESCE($2, next_attempt_at), locked_until = NULL, last_error = $3 \
         WHERE id = $4",
    )
    .bind(state)
    .bind(next)
    .bind(error)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Puts a dead-lettered mail back into the queue (operator, after fixing the cause).
pub async fn requeue(db: &Db, id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = $1 WHERE id = $2 AND state = 'dead'")
        .bind(now)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Mails per state, for the operator and `/readyz`-style checks.
pub async fn counts(db: &Db) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let rows = sqlx::query("SELECT state, COUNT(*) FROM outbox GROUP BY state ORDER BY state")
        .fetch_all(&db.pool)
        .await?;
    Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
}

/// The most recent mails in one state (`dead` for the operator's dead letters).
pub async fn list(db: &Db, state: &str, limit: i64) -> Result<Vec<OutboxEntry>, sqlx::Error> {
    let rows = sqlx::query_as::<_, OutboxEntry>(
        "SELECT id, kind, recipients, subject, state, attempts, last_error, created_at, sent_at FROM outbox \
         WHERE state = $1 ORDER BY created_at DESC LIMIT $2",
    )
    .bind(state)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows)
}
