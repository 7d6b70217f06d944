//! Cancellations of the contract or a Microsoft 365 add-on.
//!
//! The provider accepts a cancellation only by e-mail, so a cancellation is a
//! row plus its mail in the outbox, written in one transaction: once the user
//! has confirmed, the cancellation is stored and its mail goes out even if
//! SMTP is down at that moment. The customer's idempotency key makes a double
//! submit or a retried request the same cancellation, and the unique target
//! per customer refuses a second cancellation of the same thing.

use super::cancellation_mail::{self, MailFacts};
use super::contracts::ContractRow;
use super::db::{violates, Db};
use super::outbox::NewMail;
use super::users::SessionUser;
use super::{new_id, Backend};
use crate::domain::addons::catalogue::AddonKind;
use crate::domain::addons::dates::parse_iso as date;
use crate::domain::addons::prices::TakeoverCost;
use crate::domain::contract::cancellation::{Checked, Facts, Target};
use crate::domain::mail_state::MailState;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use time::Date;

/// A stored cancellation with the state of its mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancellationRow {
    pub id: String,
    pub target: Target,
    pub received_on: Date,
    pub ends_on: Date,
    pub takeover_ordered: bool,
    /// What the takeover was quoted at when it was ordered.
    pub takeover_cost: Option<TakeoverQuote>,
    pub requested_by_email: String,
    pub created_at: i64,
    pub mail: MailState,
    pub confirmed_at: Option<i64>,
    pub confirmation_note: Option<String>,
}

const COLUMNS: &str = "c.id, c.target, c.received_on, c.ends_on, \
    CAST(CASE WHEN c.takeover_ordered THEN 1 ELSE 0 END AS BIGINT), c.requested_by_email, c.created_at, \
    c.confirmed_at, c.confirmation_note, o.state, o.attempts, o.next_attempt_at, o.sent_at, o.message_id, \
    c.takeover_mailboxes, c.takeover_net_cents";

/// The stored quote of an ordered takeover: mailboxes and net total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TakeoverQuote {
    pub mailboxes: u32,
    pub net_cents: u64,
}

fn row(r: &AnyRow) -> Option<CancellationRow> {
    let mail = match r.get::<String, _>(9).as_str() {
        "sent" => MailState::Sent {
            at: r.get::<Option<i64>, _>(12).unwrap_or_default(),
            message_id: r.get(13),
        },
        "dead" => MailState::Failed,
        _ => match r.get::<i64, _>(10) {
            0 => MailState::Queued,
            attempts => MailState::Retrying {
                attempts,
                next_attempt_at: r.get(11),
            },
        },
    };
    Some(CancellationRow {
        id: r.get(0),
        target: Target::parse(&r.get::<String, _>(1))?,
        received_on: date(&r.get::<String, _>(2))?,
        ends_on: date(&r.get::<String, _>(3))?,
        takeover_ordered: r.get::<i64, _>(4) != 0,
        takeover_cost: match (r.get::<Option<i64>, _>(14), r.get::<Option<i64>, _>(15)) {
            (Some(mailboxes), Some(net)) => Some(TakeoverQuote {
                mailboxes: u32::try_from(mailboxes).unwrap_or(0),
                net_cents: u64::try_from(net).unwrap_or(0),
            }),
            _ => None,
        },
        requested_by_email: r.get(5),
        created_at: r.get(6),
        confirmed_at: r.get(7),
        confirmation_note: r.get(8),
        mail,
    })
}

/// The customer's cancellations, newest first.
pub async fn list(db: &Db, customer_id: &str) -> Result<Vec<CancellationRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM cancellations c JOIN outbox o ON o.id = c.mail_id \
         WHERE c.customer_id = $1 ORDER BY c.created_at DESC, c.id"
    ))
    .bind(customer_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.iter().filter_map(row).collect())
}

/// The end of the whole contract if its cancellation is filed (for the
/// header of every page).
pub async fn contract_end(db: &Db, customer_id: &str) -> Result<Option<Date>, sqlx::Error> {
    let end: Option<String> = sqlx::query_scalar(
        "SELECT ends_on FROM cancellations WHERE customer_id = $1 AND target = 'contract'",
    )
    .bind(customer_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(end.as_deref().and_then(date))
}

/// Add-ons still running on `today`.
async fn running_addons(
    db: &Db,
    customer_id: &str,
    today: Date,
) -> Result<Vec<AddonKind>, sqlx::Error> {
    let rows = super::addons::active(db, customer_id, &today.to_string()).await?;
    Ok(rows
        .iter()
        .filter_map(|r| AddonKind::parse(&r.kind))
        .collect())
}

/// What the cancellation rules need to know about the customer on `today`.
pub async fn facts(
    db: &Db,
    customer_id: &str,
    contract: &ContractRow,
    today: Date,
) -> Result<(Facts, Vec<CancellationRow>), sqlx::Error> {
    let filed = list(db, customer_id).await?;
    let facts = Facts {
        today,
        contract_start: contract.starts_on,
        minimum_term_months: contract.minimum_term_months,
        addons: running_addons(db, customer_id, today).await?,
        contract_ends: filed
            .iter()
            .find(|c| c.target == Target::Contract)
            .map(|c| c.ends_on)
            .or(contract.ends_on),
        filed: filed.iter().map(|c| c.target).collect(),
    };
    Ok((facts, filed))
}

#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    /// Another request (another key) filed the same target first.
    #[error("this is cancelled already")]
    AlreadyFiled,
    /// The second factor's code was used by another request meanwhile.
    #[error("the code was used already")]
    CodeUsed,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// Stores the cancellation and queues its mail, or returns the cancellation
/// already stored under the same key. `Ok((id, created))`.
///
/// With `totp_step`, the user's second-factor code of that step is used up in
/// the same transaction: a racing twin with the same code and key finds the
/// code used only once the cancellation is stored (`SubmitError::CodeUsed`,
/// and then [`filed_under_key`] is true).
pub async fn submit(
    backend: &Backend,
    user: &SessionUser,
    checked: &Checked,
    received_on: Date,
    idempotency_key: &str,
    totp_step: Option<u64>,
    now: i64,
) -> Result<(String, bool), SubmitError> {
    let submission = Submission {
        user,
        checked,
        received_on,
        idempotency_key,
        totp_step,
        now,
    };
    // A racing twin on PostgreSQL fails on a unique key; the retry tells
    // whether it was the same request (same key) or another one.
    for _ in 0..3 {
        match try_submit(backend, &submission).await {
            Ok(None) => return Err(SubmitError::CodeUsed),
            Ok(Some(done)) => return Ok(done),
            Err(e) if violates(&e, "cancellations_idempotency", "idempotency_key") => continue,
            Err(e) if violates(&e, "cancellations_target_unique", "target") => {
                let mut conn = backend.db.pool.acquire().await?;
                return match id_under_key(&mut conn, &user.customer_id, idempotency_key).await? {
                    Some(id) => Ok((id, false)),
                    None => Err(SubmitError::AlreadyFiled),
                };
            }
            Err(e) => return Err(SubmitError::from(e)),
        }
    }
    Err(SubmitError::Db(sqlx::Error::RowNotFound))
}

/// Whether a cancellation was filed under this idempotency key.
pub async fn filed_under_key(db: &Db, customer_id: &str, key: &str) -> Result<bool, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    Ok(id_under_key(&mut conn, customer_id, key).await?.is_some())
}

async fn id_under_key(
    conn: &mut AnyConnection,
    customer_id: &str,
    key: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT id FROM cancellations WHERE customer_id = $1 AND idempotency_key = $2",
    )
    .bind(customer_id)
    .bind(key)
    .fetch_optional(&mut *conn)
    .await
}

/// A cancellation as the user confirmed it; [`submit`] may try to store it
/// more than once.
struct Submission<'a> {
    user: &'a SessionUser,
    checked: &'a Checked,
    received_on: Date,
    idempotency_key: &'a str,
    totp_step: Option<u64>,
    now: i64,
}

async fn try_submit(
    backend: &Backend,
    submission: &Submission<'_>,
) -> Result<Option<(String, bool)>, sqlx::Error> {
    let user = submission.user;
    let mut tx = backend.db.begin_write().await?;
    if let Some(id) = id_under_key(&mut tx, &user.customer_id, submission.idempotency_key).await? {
        return Ok(Some((id, false)));
    }
    // The code is used up in the same transaction as the cancellation is
    // stored: a twin that finds it used finds the cancellation stored.
    if let Some(step) = submission.totp_step {
        if !super::totp::use_step(&mut tx, &user.id, step).await? {
            return Ok(None);
        }
    }
    let id = new_id();
    let takeover_cost = match submission.checked.takeover {
        true => takeover_cost(&mut tx, backend, &user.customer_id).await?,
        false => None,
    };
    let facts = mail_facts(&mut tx, submission, takeover_cost).await?;
    let (subject, body) = cancellation_mail::render(&facts);
    let mut cc = vec![user.email.clone()];
    for owner in &facts.owners {
        if !cc.iter().any(|a| a.eq_ignore_ascii_case(owner)) {
            cc.push(owner.clone());
        }
    }
    let mail = NewMail {
        customer_id: Some(user.customer_id.to_string()),
        kind: "cancellation",
        dedupe_key: Some(format!("cancellation:{id}")),
        recipients: vec![backend.service.contract_address.clone()],
        cc,
        subject,
        body,
    };
    let mail_id = backend.mail.queue(&mut tx, &mail, submission.now).await?;
    sqlx::query(
        "INSERT INTO cancellations (id, customer_id, target, received_on, ends_on, takeover_ordered, mail_id, \
         requested_by, requested_by_email, idempotency_key, created_at, takeover_mailboxes, takeover_net_cents) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(&id)
    .bind(&user.customer_id)
    .bind(submission.checked.target.as_str())
    .bind(submission.received_on.to_string())
    .bind(submission.checked.timeline.end.to_string())
    .bind(submission.checked.takeover)
    .bind(&mail_id)
    .bind(&user.id)
    .bind(&user.email)
    .bind(submission.idempotency_key)
    .bind(submission.now)
    .bind(takeover_cost.map(|c| i64::from(c.mailboxes)))
    .bind(takeover_cost.map(|c| c.total.net_cents as i64))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    backend.mail.wake();
    Ok(Some((id, true)))
}

/// The takeover's price for the customer's mailboxes as they are now, in the
/// cancelling transaction: the figure the customer confirmed is the one
/// stored and mailed.
pub async fn takeover_cost(
    conn: &mut AnyConnection,
    backend: &Backend,
    customer_id: &str,
) -> Result<Option<TakeoverCost>, sqlx::Error> {
    let mailboxes: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM mailboxes WHERE customer_id = $1")
            .bind(customer_id)
            .fetch_one(&mut *conn)
            .await?;
    Ok(backend
        .service
        .prices
        .takeover(u32::try_from(mailboxes).unwrap_or(u32::MAX)))
}

/// Everything the mail names, read in the cancelling transaction.
async fn mail_facts(
    conn: &mut AnyConnection,
    submission: &Submission<'_>,
    takeover_cost: Option<TakeoverCost>,
) -> Result<MailFacts, sqlx::Error> {
    let user = submission.user;
    let (customer_number, customer_name) =
        super::customers::number_and_name(conn, &user.customer_id).await?;
    let starts_on: Option<String> = sqlx::query_scalar(
        "SELECT starts_on FROM contracts WHERE customer_id = $1 ORDER BY created_at LIMIT 1",
    )
    .bind(&user.customer_id)
    .fetch_optional(&mut *conn)
    .await?;
    let domains: Vec<String> =
        sqlx::query_scalar("SELECT name FROM domains WHERE customer_id = $1 ORDER BY name")
            .bind(&user.customer_id)
            .fetch_all(&mut *conn)
            .await?;
    let owners: Vec<String> = sqlx::query_scalar(
        "SELECT email FROM users WHERE customer_id = $1 AND role = 'owner' AND disabled_at IS NULL ORDER BY email",
    )
    .bind(&user.customer_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(MailFacts {
        customer_number,
        customer_name,
        contract_start: starts_on.as_deref().and_then(date),
        domains,
        owners,
        checked: submission.checked.clone(),
        takeover_cost,
        received_on: submission.received_on,
        requested_by_name: user.display_name.clone(),
        requested_by_email: user.email.clone(),
        requested_by_role: user.role,
        sent_at: submission.now,
    })
}

#[derive(Debug, thiserror::Error)]
pub enum ConfirmError {
    #[error("no customer with number {0}")]
    UnknownCustomer(String),
    #[error("customer {0} has no cancellation of {1}")]
    NoCancellation(String, String),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// The operator records the provider's confirmation. From then on the end is
/// the contract's (or the add-on's) end; add-ons end with the contract at the
/// latest. Returns `false` when it was confirmed before (nothing changes).
pub async fn confirm(
    db: &Db,
    customer_number: &str,
    target: &str,
    note: Option<&str>,
    now: i64,
) -> Result<bool, ConfirmError> {
    let customer = super::customers::find_by_number(db, customer_number)
        .await?
        .ok_or_else(|| ConfirmError::UnknownCustomer(customer_number.to_string()))?;
    let missing = || ConfirmError::NoCancellation(customer_number.to_string(), target.to_string());
    let target = Target::parse(target).ok_or_else(missing)?;
    let mut tx = db.begin_write().await?;
    let end: Option<String> = sqlx::query_scalar(
        "SELECT ends_on FROM cancellations WHERE customer_id = $1 AND target = $2",
    )
    .bind(&customer.id)
    .bind(target.as_str())
    .fetch_optional(&mut *tx)
    .await?;
    let end = end.ok_or_else(missing)?;
    let changed = sqlx::query(
        "UPDATE cancellations SET confirmed_at = $1, confirmation_note = $2 \
         WHERE customer_id = $3 AND target = $4 AND confirmed_at IS NULL",
    )
    .bind(now)
    .bind(note.map(str::trim).filter(|n| !n.is_empty()))
    .bind(&customer.id)
    .bind(target.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if changed {
        match target {
            Target::Contract => {
                sqlx::query("UPDATE contracts SET ends_on = $1 WHERE customer_id = $2")
                    .bind(&end)
                    .bind(&customer.id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(
                    "UPDATE addons SET ends_on = $1 WHERE customer_id = $2 AND (ends_on IS NULL OR ends_on > $1)",
                )
                .bind(&end)
                .bind(&customer.id)
                .execute(&mut *tx)
                .await?;
            }
            Target::Addon(kind) => {
                sqlx::query(
                    "UPDATE addons SET ends_on = $1 WHERE customer_id = $2 AND kind = $3 AND (ends_on IS NULL OR ends_on > $1)",
                )
                .bind(&end)
                .bind(&customer.id)
                .bind(kind.as_str())
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(changed)
}
