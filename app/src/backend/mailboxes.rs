//! Mailboxes of one customer: the list (search, filter, sort, keyset
//! pagination) and one mailbox with its history, aliases and devices.
//!
//! Every query is scoped by the customer id: a mailbox of another customer
//! is simply not found.

use super::db::Db;
use crate::domain::mailbox_list::{
    Cursor, Device, LevelFilter, ListQuery, MailboxDetail, MailboxPage, MailboxSummary, Sort,
    PAGE_SIZE,
};
use crate::domain::quota::Thresholds;
use sqlx::any::AnyRow;
use sqlx::Row;

/// SQL conditions for "usage is at exactly this level" (a full mailbox is
/// not also "warning"), shared with the overview's counts.
pub const IS_FULL: &str =
    "(prohibit_send_receive_bytes IS NOT NULL AND used_bytes >= prohibit_send_receive_bytes)";
pub const IS_SEND_PROHIBITED: &str =
    "((prohibit_send_receive_bytes IS NULL OR used_bytes < prohibit_send_receive_bytes) \
     AND prohibit_send_bytes IS NOT NULL AND used_bytes >= prohibit_send_bytes)";
pub const IS_WARNING: &str =
    "((prohibit_send_receive_bytes IS NULL OR used_bytes < prohibit_send_receive_bytes) \
     AND (prohibit_send_bytes IS NULL OR used_bytes < prohibit_send_bytes) \
     AND issue_warning_bytes IS NOT NULL AND used_bytes >= issue_warning_bytes)";

const COLUMNS: &str = "m.id, m.primary_address, m.display_name, m.used_bytes, m.issue_warning_bytes, m.prohibit_send_bytes, \
     m.prohibit_send_receive_bytes, m.item_count, m.last_logon_at, m.stats_taken_at, \
     (SELECT COUNT(*) FROM aliases a WHERE a.mailbox_id = m.id), \
     (SELECT COUNT(*) FROM activesync_devices d WHERE d.mailbox_id = m.id)";

/// Exchange's three thresholds from three consecutive columns starting at
/// `first` (issue warning, prohibit send, prohibit send/receive; NULL = Unlimited).
pub fn thresholds_at(r: &AnyRow, first: usize) -> Thresholds {
    let size = |i: usize| r.get::<Option<i64>, _>(i).map(|b| b.max(0) as u64);
    Thresholds {
        issue_warning: size(first),
        prohibit_send: size(first + 1),
        prohibit_send_receive: size(first + 2),
    }
}

fn summary(r: &AnyRow) -> MailboxSummary {
    MailboxSummary {
        id: r.get(0),
        address: r.get(1),
        display_name: r.get(2),
        used_bytes: r.get::<i64, _>(3).max(0) as u64,
        thresholds: thresholds_at(r, 4),
        item_count: r.get::<i64, _>(7).max(0) as u64,
        last_logon_at: r.get(8),
        stats_taken_at: r.get(9),
        alias_count: r.get::<i64, _>(10) as u32,
        device_count: r.get::<i64, _>(11) as u32,
    }
}

/// Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`.
fn like_pattern(search: &str) -> String {
    let mut p = String::from("%");
    for c in search.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// One page of the customer's mailboxes.
/// A bound parameter of the list queries (text or number).
enum Param {
    Text(String),
    Int(i64),
}

/// The query with `params` bound in order (`$1`, `$2`, …).
fn bound<'q>(
    sql: &'q str,
    params: &'q [Param],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    params.iter().fold(sqlx::query(sql), |q, p| match p {
        Param::Text(t) => q.bind(t.as_str()),
        Param::Int(i) => q.bind(*i),
    })
}

pub async fn list(db: &Db, customer_id: &str, q: &ListQuery) -> Result<MailboxPage, sqlx::Error> {
    // The WHERE clause is built from fixed fragments; user input only ever
    // travels as bound parameters, numbered as they are added.
    let mut params = vec![Param::Text(customer_id.to_string())];
    let mut filter = String::from("m.customer_id = $1");
    let search = q.search.trim();
    if !search.is_empty() {
        params.push(Param::Text(like_pattern(search)));
        let n = params.len();
        filter.push_str(&format!(
            " AND (LOWER(m.primary_address) LIKE ${n} ESCAPE '\\' OR LOWER(m.display_name) LIKE ${n} ESCAPE '\\')"
        ));
    }
    match q.level {
        LevelFilter::All => {}
        LevelFilter::Warning => filter.push_str(&format!(" AND {IS_WARNING}")),
        LevelFilter::SendProhibited => filter.push_str(&format!(" AND {IS_SEND_PROHIBITED}")),
        LevelFilter::Full => filter.push_str(&format!(" AND {IS_FULL}")),
    }
    // Without a search the stored totals know the count (see
    // `overview::refresh_totals`); counting 10,000 rows would cost more
    // than the page itself.
    let total = if search.is_empty() {
        let totals = super::overview::mailbox_totals(db, customer_id).await?;
        match q.level {
            LevelFilter::All => totals.count,
            LevelFilter::Warning => totals.warning,
            LevelFilter::SendProhibited => totals.send_prohibited,
            LevelFilter::Full => totals.full,
        }
    } else {
        let count_sql = format!("SELECT COUNT(*) FROM mailboxes m WHERE {filter}");
        bound(&count_sql, &params).fetch_one(&db.pool).await?.get(0)
    };

    // Row comparisons in the index's own order (customer_id, used_bytes, id),
    // read forwards or backwards: every page starts with an index seek, so
    // page 200 costs what page 1 costs.
    let order = match q.sort {
        Sort::UsageDesc => "m.used_bytes DESC, m.id DESC",
        Sort::UsageAsc => "m.used_bytes, m.id",
        Sort::Address => "m.primary_address",
    };
    if let Some(cursor) = &q.after {
        let n = params.len() + 1;
        let after = match q.sort {
            Sort::UsageDesc => format!("(m.used_bytes, m.id) < (${n}, ${})", n + 1),
            Sort::UsageAsc => format!("(m.used_bytes, m.id) > (${n}, ${})", n + 1),
            Sort::Address => format!("m.primary_address > ${n}"),
        };
        if q.sort != Sort::Address {
            params.push(Param::Int(cursor.used_bytes as i64));
        }
        params.push(Param::Text(cursor.key.clone()));
        filter.push_str(&format!(" AND {after}"));
    }
    let page_sql = format!(
        "SELECT {COLUMNS} FROM mailboxes m WHERE {filter} ORDER BY {order} LIMIT {}",
        PAGE_SIZE + 1
    );
    let rows = bound(&page_sql, &params).fetch_all(&db.pool).await?;
    let mut mailboxes: Vec<MailboxSummary> = rows.iter().map(summary).collect();
    let next = if mailboxes.len() > PAGE_SIZE {
        mailboxes.truncate(PAGE_SIZE);
        mailboxes.last().map(|m| Cursor {
            used_bytes: m.used_bytes,
            key: if q.sort == Sort::Address {
                m.address.clone()
            } else {
                m.id.clone()
            },
        })
    } else {
        None
    };
    Ok(MailboxPage {
        mailboxes,
        total: total as u64,
        next,
    })
}

/// Days of history shown on the mailbox page and used for the forecast.
pub const HISTORY_DAYS: i64 = 90;

/// One mailbox of this customer, or `None` (also for another customer's mailbox).
pub async fn detail(
    db: &Db,
    customer_id: &str,
    mailbox_id: &str,
    now: i64,
) -> Result<Option<MailboxDetail>, sqlx::Error> {
    let Some(row) = sqlx::query(&format!(
        "SELECT {COLUMNS}, m.kind FROM mailboxes m WHERE m.customer_id = $1 AND m.id = $2"
    ))
    .bind(customer_id)
    .bind(mailbox_id)
    .fetch_optional(&db.pool)
    .await?
    else {
        return Ok(None);
    };
    let history = sqlx::query(
        "SELECT taken_at, used_bytes FROM mailbox_usage_history WHERE mailbox_id = $1 AND taken_at >= $2 ORDER BY taken_at",
    )
    .bind(mailbox_id)
    .bind(now - HISTORY_DAYS * 24 * 3600)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| (r.get::<i64, _>(0), r.get::<i64, _>(1).max(0) as u64))
    .collect();
    let aliases = sqlx::query("SELECT address FROM aliases WHERE mailbox_id = $1 ORDER BY address")
        .bind(mailbox_id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let devices = sqlx::query(
        "SELECT device_model, device_id, last_sync_at FROM activesync_devices WHERE mailbox_id = $1 ORDER BY last_sync_at DESC, device_id",
    )
    .bind(mailbox_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| Device { model: r.get(0), device_id: r.get(1), last_sync_at: r.get(2) })
    .collect();
    Ok(Some(MailboxDetail {
        summary: summary(&row),
        kind: row.get(12),
        history,
        aliases,
        devices,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_match_literally() {
        assert_eq!(like_pattern("Anna"), "%anna%");
        assert_eq!(like_pattern("100%_x\\"), "%100\\%\\_x\\\\%");
    }
}
