//! Service requests: bookings, cancellations and support jobs as numbered
//! requests with a status.
//!
//! A request, the mail to the provider's support and the confirmation to the
//! requester are written in one transaction. The customer's idempotency key
//! makes a double submit or a retried request the same request (one row, one
//! pair of mails). Status changes come from the operator and notify the
//! requester; a finished booking or cancellation updates the add-ons.

use super::db::{violates, Db};
use super::outbox::NewMail;
use super::users::SessionUser;
use super::{new_id, Backend};
use crate::domain::service_request::{RequestStatus, RequestView};
use crate::i18n::Lang;
use sqlx::AnyConnection;
use std::collections::BTreeMap;

/// A checked request, ready to be stored.
#[derive(Debug, Clone)]
pub struct NewRequest {
    /// `book:public-folders`, `pst-export`, ...
    pub kind: String,
    pub mailbox_id: Option<String>,
    /// What it is about, as support reads it (an address, "Öffentliche Ordner").
    pub object: String,
    /// Checked details by name (`date`, `file_name`, `quantity`, `end`, ...).
    pub details: BTreeMap<String, String>,
    pub idempotency_key: String,
}

const COLUMNS: &str =
    "number, kind, object, details, status, reason, requested_by_email, created_at, updated_at";

/// A request as `COLUMNS` reads it.
#[derive(sqlx::FromRow)]
struct StoredRequest {
    number: String,
    kind: String,
    object: String,
    /// JSON object of the details.
    details: String,
    status: String,
    reason: Option<String>,
    requested_by_email: String,
    created_at: i64,
    updated_at: i64,
}

impl From<StoredRequest> for RequestView {
    fn from(r: StoredRequest) -> Self {
        RequestView {
            number: r.number,
            kind: r.kind,
            object: r.object,
            details: serde_json::from_str(&r.details).unwrap_or_default(),
            status: RequestStatus::parse(&r.status).unwrap_or(RequestStatus::Received),
            reason: r.reason,
            requested_by: r.requested_by_email,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

/// What the operator's status change needs of a request.
#[derive(sqlx::FromRow)]
struct StatusTarget {
    id: String,
    customer_id: String,
    status: String,
    requested_by_email: String,
    requested_by_language: String,
    kind: String,
    mailbox_id: Option<String>,
    details: String,
}

/// The customer's requests, newest first.
pub async fn list(db: &Db, customer_id: &str, limit: i64) -> Result<Vec<RequestView>, sqlx::Error> {
    let rows = sqlx::query_as::<_, StoredRequest>(&format!(
        "SELECT {COLUMNS} FROM service_requests WHERE customer_id = $1 ORDER BY created_at DESC, number DESC LIMIT $2"
    ))
    .bind(customer_id)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.into_iter().map(RequestView::from).collect())
}

async fn by_key(
    conn: &mut AnyConnection,
    customer_id: &str,
    key: &str,
) -> Result<Option<RequestView>, sqlx::Error> {
    let row = sqlx::query_as::<_, StoredRequest>(&format!(
        "SELECT {COLUMNS} FROM service_requests WHERE customer_id = $1 AND idempotency_key = $2"
    ))
    .bind(customer_id)
    .bind(key)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(RequestView::from))
}

/// The next number of `year`, e.g. `A-2026-00017`.
async fn next_number(conn: &mut AnyConnection, year: i32) -> Result<String, sqlx::Error> {
    let last: i64 = sqlx::query_scalar(
        "INSERT INTO request_numbers (year, last) VALUES ($1, 1) \
         ON CONFLICT (year) DO UPDATE SET last = request_numbers.last + 1 RETURNING last",
    )
    .bind(i64::from(year))
    .fetch_one(&mut *conn)
    .await?;
    Ok(format!("A-{year}-{last:05}"))
}

/// Stores the request with its two mails, or returns the request already
/// stored under the same idempotency key. `Ok((request, created))`.
pub async fn submit(
    backend: &Backend,
    user: &SessionUser,
    request: &NewRequest,
    now: i64,
) -> Result<(RequestView, bool), sqlx::Error> {
    // A racing twin on PostgreSQL fails on the unique key; the retry finds it.
    for _ in 0..3 {
        match try_submit(backend, user, request, now).await {
            Err(e) if violates(&e, "service_requests_idempotency", "idempotency_key") => continue,
            other => return other,
        }
    }
    Err(sqlx::Error::RowNotFound)
}

async fn try_submit(
    backend: &Backend,
    user: &SessionUser,
    request: &NewRequest,
    now: i64,
) -> Result<(RequestView, bool), sqlx::Error> {
    let mut tx = backend.db.begin_write().await?;
    if let Some(existing) = by_key(&mut tx, &user.customer_id, &request.idempotency_key).await? {
        return Ok((existing, false));
    }
    let year = time::OffsetDateTime::from_unix_timestamp(now)
        .map(|t| t.year())
        .unwrap_or(2026);
    let number = next_number(&mut tx, year).await?;
    let id = new_id();
    sqlx::query(
        "INSERT INTO service_requests (id, number, customer_id, kind, mailbox_id, object, details, status, \
         requested_by, requested_by_email, requested_by_language, idempotency_key, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'received', $8, $9, $10, $11, $12, $12)",
    )
    .bind(&id)
    .bind(&number)
    .bind(&user.customer_id)
    .bind(&request.kind)
    .bind(&request.mailbox_id)
    .bind(&request.object)
    .bind(serde_json::to_string(&request.details).unwrap_or_else(|_| "{}".into()))
    .bind(&user.id)
    .bind(&user.email)
    .bind(user.language.code())
    .bind(&request.idempotency_key)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let stored = by_key(&mut tx, &user.customer_id, &request.idempotency_key)
        .await?
        .ok_or(sqlx::Error::RowNotFound)?;
    let (customer_number, customer_name) =
        super::customers::number_and_name(&mut tx, &user.customer_id).await?;
    let facts = super::request_mail::Facts {
        request: &stored,
        customer_number: &customer_number,
        customer_name: &customer_name,
        public_url: &backend.public_url,
    };
    let support = super::request_mail::to_support(&facts);
    let confirmation = super::request_mail::confirmation(user.language, &facts);
    for (mail, recipient, key) in [
        (support, backend.service.support_address.clone(), "support"),
        (confirmation, user.email.clone(), "confirmation"),
    ] {
        let mail = NewMail {
            customer_id: Some(user.customer_id.to_string()),
            kind: "service-request",
            dedupe_key: Some(format!("request-{key}:{id}")),
            recipients: vec![recipient],
            cc: Vec::new(),
            subject: mail.0,
            body: mail.1,
        };
        backend.mail.queue(&mut tx, &mail, now).await?;
    }
    tx.commit().await?;
    backend.mail.wake();
    Ok((stored, true))
}

#[derive(Debug, thiserror::Error)]
pub enum StatusError {
    #[error("no request with number {0}")]
    UnknownNumber(String),
    #[error("a rejection needs a reason")]
    ReasonRequired,
    #[error("the request is already {0} and cannot change any more")]
    Final(&'static str),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// The operator moves a request on; the requester is told by mail. A
/// booking that is done becomes an add-on; a cancellation that is done sets
/// the add-on's end.
pub async fn set_status(
    backend: &Backend,
    number: &str,
    status: RequestStatus,
    reason: Option<&str>,
    now: i64,
) -> Result<RequestView, StatusError> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if status == RequestStatus::Rejected && reason.is_none() {
        return Err(StatusError::ReasonRequired);
    }
    let mut tx = backend.db.begin_write().await?;
    let row = sqlx::query_as::<_, StatusTarget>(
        "SELECT id, customer_id, status, requested_by_email, requested_by_language, kind, mailbox_id, details \
         FROM service_requests WHERE number = $1",
    )
    .bind(number)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or_else(|| StatusError::UnknownNumber(number.to_string()))?;
    let id = &row.id;
    let current = RequestStatus::parse(&row.status).unwrap_or(RequestStatus::Received);
    if current.is_final() {
        return Err(StatusError::Final(current.as_str()));
    }
    sqlx::query(
        "UPDATE service_requests SET status = $2, reason = $3, updated_at = $4 WHERE id = $1",
    )
    .bind(id)
    .bind(status.as_str())
    .bind(reason)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if status == RequestStatus::Done {
        let details: BTreeMap<String, String> =
            serde_json::from_str(&row.details).unwrap_or_default();
        apply_done(
            &mut tx,
            &row.customer_id,
            &row.kind,
            row.mailbox_id.clone(),
            &details,
            now,
        )
        .await?;
    }
    let stored: RequestView = sqlx::query_as::<_, StoredRequest>(&format!(
        "SELECT {COLUMNS} FROM service_requests WHERE id = $1"
    ))
    .bind(id)
    .fetch_one(&mut *tx)
    .await?
    .into();
    let lang = Lang::parse(&row.requested_by_language).unwrap_or_default();
    let (subject, body) = super::request_mail::status_changed(lang, &stored, &backend.public_url);
    let mail = NewMail {
        customer_id: Some(row.customer_id.clone()),
        kind: "service-request-status",
        dedupe_key: Some(format!("request-status:{id}:{}", status.as_str())),
        recipients: vec![row.requested_by_email.clone()],
        cc: Vec::new(),
        subject,
        body,
    };
    backend.mail.queue(&mut tx, &mail, now).await?;
    tx.commit().await?;
    backend.mail.wake();
    Ok(stored)
}

/// A finished booking adds the add-on (from today); a finished cancellation
/// ends it on the date the request named.
async fn apply_done(
    conn: &mut AnyConnection,
    customer_id: &str,
    kind: &str,
    mailbox_id: Option<String>,
    details: &BTreeMap<String, String>,
    now: i64,
) -> Result<(), sqlx::Error> {
    let today = crate::domain::berlin_time::from_unix(now)
        .map(|t| t.date().to_string())
        .unwrap_or_default();
    if let Some(addon) = kind.strip_prefix("book:") {
        let quantity: i64 = details
            .get("quantity")
            .and_then(|q| q.parse().ok())
            .unwrap_or(1);
        sqlx::query(
            "INSERT INTO addons (id, customer_id, kind, quantity, mailbox_id, booked_on, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(new_id())
        .bind(customer_id)
        .bind(addon)
        .bind(quantity)
        .bind(mailbox_id)
        .bind(&today)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    } else if let Some(addon) = kind.strip_prefix("cancel:") {
        if let Some(end) = details.get("end") {
            sqlx::query(
                "UPDATE addons SET ends_on = $3 WHERE customer_id = $1 AND kind = $2 AND ends_on IS NULL",
            )
            .bind(customer_id)
            .bind(addon)
            .bind(end)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}
