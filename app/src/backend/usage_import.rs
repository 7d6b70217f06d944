//! Importing mailbox figures exported from Exchange: all rows or none.
//!
//! A file is parsed and checked completely before anything is written; the
//! writes (figures, history, aliases, alerts and their mails) happen in one
//! transaction. A file already imported (same SHA-256) changes nothing.

use super::outbox::NewMail;
use super::quota_alert_mail;
use super::{new_id, Backend};
use crate::domain::exchange_csv::{self, LineError, Problem, StatsRow};
use crate::domain::quota::{QuotaLevel, Thresholds};
use crate::domain::quota_alerts::{evaluate, Alert, AlertState};
use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, Row};
use std::collections::HashMap;

/// Largest file accepted (a 200,000-mailbox export is about 40 MiB).
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub rows: usize,
    pub alerts: usize,
    pub mails: usize,
    /// Set when the same file was imported before (then nothing changed).
    pub already_imported_at: Option<i64>,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("Die Datei ist zu groß ({size} Bytes, höchstens {MAX_FILE_BYTES}).")]
    TooLarge { size: usize },
    #[error("Die Datei wurde nicht eingelesen, sie enthält {} Fehler.", .0.len())]
    Invalid(Vec<LineError>),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// What the import needs to know about an existing mailbox.
struct Known {
    id: String,
    customer_id: String,
    used_bytes: u64,
    thresholds: Thresholds,
    alert: AlertState,
}

/// Imports `bytes` as figures taken at `taken_at` (Unix seconds).
pub async fn import(
    backend: &Backend,
    bytes: &[u8],
    taken_at: i64,
) -> Result<ImportReport, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { size: bytes.len() });
    }
    let rows = exchange_csv::parse(bytes).map_err(ImportError::Invalid)?;
    let digest = hex::encode(Sha256::digest(bytes));
    let db = &backend.db;
    if let Some(at) = sqlx::query("SELECT imported_at FROM usage_imports WHERE file_sha256 = $1")
        .bind(&digest)
        .fetch_optional(&db.pool)
        .await?
    {
        return Ok(ImportReport {
            rows: rows.len(),
            alerts: 0,
            mails: 0,
            already_imported_at: Some(at.get(0)),
        });
    }
    let known = known_mailboxes(backend).await?;
    let unknown: Vec<LineError> = rows
        .iter()
        .filter(|r| !known.contains_key(&r.primary_address))
        .map(|r| LineError {
            line: r.line,
            column: Some("PrimarySmtpAddress".into()),
            problem: Problem::UnknownMailbox(r.primary_address.clone()),
        })
        .collect();
    if !unknown.is_empty() {
        return Err(ImportError::Invalid(unknown));
    }

    // Decide every alert first (pure), then write in a few batched statements:
    // per-row statements would cost one round trip each.
    let mut updates = Vec::with_capacity(rows.len());
    let mut raised = Vec::new();
    for row in &rows {
        let mailbox = &known[&row.primary_address];
        let thresholds = row.quotas.unwrap_or(mailbox.thresholds);
        let (state, alert) = evaluate(mailbox.alert, row.total_bytes, &thresholds, taken_at);
        updates.push((row, mailbox, state));
        if let Some(alert) = alert {
            raised.push((row, mailbox, thresholds, alert));
        }
    }
    let mut tx = db.begin_write().await?;
    store_figures(&mut tx, &updates, taken_at).await?;
    let customers: std::collections::BTreeSet<&str> = updates
        .iter()
        .map(|(_, m, _)| m.customer_id.as_str())
        .collect();
    for customer_id in customers {
        super::overview::refresh_totals(&mut tx, customer_id).await?;
    }
    let mut mails = 0;
    // Recipients are only looked up when there is something to tell them.
    let recipients = match raised.is_empty() {
        true => AlertRecipients::default(),
        false => AlertRecipients::load(&mut tx).await?,
    };
    for (row, mailbox, thresholds, alert) in &raised {
        let figures = Figures {
            address: &row.primary_address,
            used: row.total_bytes,
            thresholds: *thresholds,
        };
        mails += raise_alert(
            backend,
            &mut tx,
            &recipients,
            mailbox,
            &figures,
            *alert,
            taken_at,
        )
        .await?;
    }
    let alerts = raised.len();
    sqlx::query("INSERT INTO usage_imports (file_sha256, rows_imported, alerts_raised, imported_at) VALUES ($1, $2, $3, $4)")
        .bind(&digest)
        .bind(rows.len() as i64)
        .bind(alerts as i64)
        .bind(taken_at)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    if mails > 0 {
        backend.mail.wake();
    }
    Ok(ImportReport {
        rows: rows.len(),
        alerts,
        mails,
        already_imported_at: None,
    })
}

const KNOWN_COLUMNS: &str =
    "id, customer_id, primary_address, issue_warning_bytes, prohibit_send_bytes, \
     prohibit_send_receive_bytes, alert_level, alert_mailed_at, used_bytes";

/// A row selected with [`KNOWN_COLUMNS`], as (primary address, mailbox).
fn known(r: &sqlx::any::AnyRow) -> (String, Known) {
    let known = Known {
        id: r.get(0),
        customer_id: r.get(1),
        used_bytes: r.get::<i64, _>(8).max(0) as u64,
        thresholds: super::mailboxes::thresholds_at(r, 3),
        alert: AlertState {
            level: QuotaLevel::parse(&r.get::<String, _>(6)).unwrap_or(QuotaLevel::Ok),
            alerted_at: r.get(7),
        },
    };
    (r.get(2), known)
}

async fn known_mailboxes(backend: &Backend) -> Result<HashMap<String, Known>, sqlx::Error> {
    let rows = sqlx::query(&format!("SELECT {KNOWN_COLUMNS} FROM mailboxes"))
        .fetch_all(&backend.db.pool)
        .await?;
    Ok(rows.iter().map(known).collect())
}

/// Daily reminders for mailboxes that stay above a threshold while no new
/// figures arrive. Several instances may run this at once: each reminder is
/// claimed by a conditional update of the mailbox's last alert time.
pub async fn send_due_reminders(backend: &Backend, now: i64) -> Result<usize, sqlx::Error> {
    let due = sqlx::query(&format!(
        "SELECT {KNOWN_COLUMNS} FROM mailboxes WHERE alert_level <> 'ok' AND alert_mailed_at <= $1"
    ))
    .bind(now - crate::domain::quota_alerts::REMINDER_SECS)
    .fetch_all(&backend.db.pool)
    .await?;
    if due.is_empty() {
        return Ok(0);
    }
    let mut tx = backend.db.begin_write().await?;
    let recipients = AlertRecipients::load(&mut tx).await?;
    let mut mails = 0;
    for (address, mailbox) in due.iter().map(known) {
        let (state, Some(alert)) =
            evaluate(mailbox.alert, mailbox.used_bytes, &mailbox.thresholds, now)
        else {
            continue;
        };
        let claimed = sqlx::query(
            "UPDATE mailboxes SET alert_level = $1, alert_mailed_at = $2 WHERE id = $3 AND alert_mailed_at = $4",
        )
        .bind(state.level.as_str())
        .bind(state.alerted_at)
        .bind(&mailbox.id)
        .bind(mailbox.alert.alerted_at)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if claimed {
            let figures = Figures {
                address: &address,
                used: mailbox.used_bytes,
                thresholds: mailbox.thresholds,
            };
            mails += raise_alert(
                backend,
                &mut tx,
                &recipients,
                &mailbox,
                &figures,
                alert,
                now,
            )
            .await?;
        }
    }
    tx.commit().await?;
    if mails > 0 {
        backend.mail.wake();
    }
    Ok(mails)
}

/// Runs [`send_due_reminders`] every `interval` until the process ends.
pub fn spawn_reminders(
    backend: Backend,
    interval: std::time::Duration,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(interval).await;
            if let Err(e) = send_due_reminders(&backend, backend.now()).await {
                tracing::warn!(error = %e, "quota reminders failed, trying again later");
            }
        }
    })
}

/// Rows per batched statement (SQLite allows 32,766 parameters, PostgreSQL 65,535).
const BATCH_ROWS: usize = 500;

/// `($first, $first+1, …), (…)`: placeholders for `rows` rows of `columns` values.
fn placeholders(first: usize, rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|r| {
            let cells: Vec<String> = (0..columns)
                .map(|c| format!("${}", first + r * columns + c))
                .collect();
            format!("({})", cells.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Current figures and alert state, one history point, and (when the file
/// has them) quotas and aliases, in batched statements.
async fn store_figures(
    tx: &mut AnyConnection,
    updates: &[(&StatsRow, &Known, AlertState)],
    taken_at: i64,
) -> Result<(), sqlx::Error> {
    let bytes = |v: Option<u64>| v.map(|b| b as i64);
    for chunk in updates.chunks(BATCH_ROWS) {
        // VALUES columns are named column1, column2, … on both engines.
        let sql = format!(
            "UPDATE mailboxes SET used_bytes = v.column2, item_count = COALESCE(v.column3, mailboxes.item_count), \
             last_logon_at = COALESCE(v.column4, mailboxes.last_logon_at), \
             display_name = COALESCE(v.column5, mailboxes.display_name), \
             alert_level = v.column6, alert_mailed_at = v.column7, stats_taken_at = $1 \
             FROM (VALUES {}) AS v WHERE mailboxes.id = v.column1",
            placeholders(2, chunk.len(), 7)
        );
        let mut q = sqlx::query(&sql).bind(taken_at);
        for (row, mailbox, state) in chunk {
            q = q
                .bind(&mailbox.id)
                .bind(row.total_bytes as i64)
                .bind(row.item_count.map(|c| c as i64))
                .bind(row.last_logon)
                .bind(&row.display_name)
                .bind(state.level.as_str())
                .bind(state.alerted_at);
        }
        q.execute(&mut *tx).await?;

        let sql = format!(
            "INSERT INTO mailbox_usage_history (mailbox_id, taken_at, used_bytes, item_count) VALUES {} \
             ON CONFLICT (mailbox_id, taken_at) DO NOTHING",
            placeholders(1, chunk.len(), 4)
        );
        let mut q = sqlx::query(&sql);
        for (row, mailbox, _) in chunk {
            q = q
                .bind(&mailbox.id)
                .bind(taken_at)
                .bind(row.total_bytes as i64)
                .bind(row.item_count.unwrap_or(0) as i64);
        }
        q.execute(&mut *tx).await?;

        let with_quotas: Vec<_> = chunk
            .iter()
            .filter_map(|(row, m, _)| row.quotas.map(|q| (&m.id, q)))
            .collect();
        if !with_quotas.is_empty() {
            let sql = format!(
                "UPDATE mailboxes SET issue_warning_bytes = v.column2, prohibit_send_bytes = v.column3, \
                 prohibit_send_receive_bytes = v.column4 FROM (VALUES {}) AS v WHERE mailboxes.id = v.column1",
                placeholders(1, with_quotas.len(), 4)
            );
            let mut q = sqlx::query(&sql);
            for (id, t) in with_quotas {
                q = q
                    .bind(id)
                    .bind(bytes(t.issue_warning))
                    .bind(bytes(t.prohibit_send))
                    .bind(bytes(t.prohibit_send_receive));
            }
            q.execute(&mut *tx).await?;
        }
    }
    // Aliases: all old ones of the mailboxes in the file go first, so that an
    // alias moving from one mailbox to another within the file is no conflict.
    let with_aliases: Vec<_> = updates
        .iter()
        .filter_map(|(row, m, _)| row.aliases.as_ref().map(|a| (&m.id, a)))
        .collect();
    for chunk in with_aliases.chunks(BATCH_ROWS) {
        let sql = format!(
            "DELETE FROM aliases WHERE mailbox_id IN ({})",
            (1..=chunk.len())
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mut q = sqlx::query(&sql);
        for (id, _) in chunk {
            q = q.bind(*id);
        }
        q.execute(&mut *tx).await?;
    }
    let aliases: Vec<(&String, &String)> = with_aliases
        .iter()
        .flat_map(|(id, list)| list.iter().map(move |a| (*id, a)))
        .collect();
    for chunk in aliases.chunks(BATCH_ROWS) {
        let sql = format!(
            "INSERT INTO aliases (id, mailbox_id, address) VALUES {}",
            placeholders(1, chunk.len(), 3)
        );
        let mut q = sqlx::query(&sql);
        for (mailbox_id, address) in chunk {
            q = q.bind(new_id()).bind(*mailbox_id).bind(*address);
        }
        q.execute(&mut *tx).await?;
    }
    Ok(())
}

/// Who gets quota alert mails, per customer: the setting and the admins.
#[derive(Default)]
struct AlertRecipients {
    setting: HashMap<String, String>,
    /// (address, language) of each customer's owners and admins
    admins: HashMap<String, Vec<(String, crate::i18n::Lang)>>,
}

impl AlertRecipients {
    async fn load(tx: &mut AnyConnection) -> Result<Self, sqlx::Error> {
        let setting = sqlx::query("SELECT id, quota_alert_recipients FROM customers")
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        let mut admins: HashMap<String, Vec<_>> = HashMap::new();
        for r in sqlx::query(
            "SELECT customer_id, email, language FROM users WHERE role IN ('owner', 'admin') AND disabled_at IS NULL ORDER BY email",
        )
        .fetch_all(&mut *tx)
        .await?
        {
            let lang = crate::i18n::Lang::parse(&r.get::<String, _>(2)).unwrap_or_default();
            admins.entry(r.get(0)).or_default().push((r.get(1), lang));
        }
        Ok(AlertRecipients { setting, admins })
    }

    fn for_mailbox(
        &self,
        customer_id: &str,
        mailbox_address: &str,
    ) -> Vec<(String, crate::i18n::Lang)> {
        let setting = self
            .setting
            .get(customer_id)
            .map(String::as_str)
            .unwrap_or("both");
        let mut to = Vec::new();
        if setting != "admins" {
            // The mailbox's own user has no portal language setting: the customer default.
            to.push((mailbox_address.to_string(), crate::i18n::Lang::default()));
        }
        if setting != "mailbox" {
            for admin in self.admins.get(customer_id).into_iter().flatten() {
                if admin.0 != mailbox_address {
                    to.push(admin.clone());
                }
            }
        }
        to
    }
}

/// The figures an alert is raised for.
struct Figures<'a> {
    address: &'a str,
    used: u64,
    thresholds: Thresholds,
}

/// Stores the alert and queues one mail per recipient (each in their language).
async fn raise_alert(
    backend: &Backend,
    tx: &mut AnyConnection,
    recipients: &AlertRecipients,
    mailbox: &Known,
    figures: &Figures<'_>,
    alert: Alert,
    now: i64,
) -> Result<usize, sqlx::Error> {
    let alert_id = new_id();
    sqlx::query(
        "INSERT INTO quota_alerts (id, customer_id, mailbox_id, level, reminder, used_bytes, limit_bytes, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&alert_id)
    .bind(&mailbox.customer_id)
    .bind(&mailbox.id)
    .bind(alert.level.as_str())
    .bind(alert.kind == crate::domain::quota_alerts::AlertKind::Reminder)
    .bind(figures.used as i64)
    .bind(alert.limit as i64)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let link = quota_alert_mail::link(backend, &alert_id, now);
    let to = recipients.for_mailbox(&mailbox.customer_id, figures.address);
    let capacity = figures.thresholds.capacity();
    for (address, lang) in &to {
        let (subject, body) = quota_alert_mail::render(
            *lang,
            &quota_alert_mail::Facts {
                mailbox: figures.address,
                alert,
                used: figures.used,
                capacity,
                link: &link,
            },
        );
        let mail = NewMail {
            customer_id: Some(mailbox.customer_id.clone()),
            kind: "quota-alert",
            dedupe_key: Some(format!("quota-alert:{alert_id}:{address}")),
            recipients: vec![address.clone()],
            cc: Vec::new(),
            subject,
            body,
        };
        backend.mail.queue(tx, &mail, now).await?;
    }
    Ok(to.len())
}
