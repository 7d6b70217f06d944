//! A customer's domains: the list, one domain with the mailboxes and aliases
//! on it, registering a domain (operator), and the sender allow-lists.
//!
//! Every query is scoped by the customer id: another customer's domain or
//! mailbox is simply not found.

use super::db::{violates, Db};
use super::new_id;
use crate::domain::allow_list::{AllowEntry, MAX_ENTRIES};
use crate::domain::dns::domain_name::DomainName;
use crate::domain::domain_page::AllowView;
use sqlx::Row;

/// A domain as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainRow {
    pub id: String,
    pub customer_id: String,
    pub name: DomainName,
    pub fully_routed: bool,
}

const DOMAIN_COLUMNS: &str =
    "id, customer_id, name, CAST(CASE WHEN fully_routed THEN 1 ELSE 0 END AS BIGINT)";

fn domain_row(r: &sqlx::any::AnyRow) -> Option<DomainRow> {
    let name: String = r.get(2);
    Some(DomainRow {
        id: r.get(0),
        customer_id: r.get(1),
        // Stored names were parsed on the way in; a row that no longer parses is skipped.
        name: DomainName::parse(&name).ok()?,
        fully_routed: r.get::<i64, _>(3) != 0,
    })
}

/// The customer's domains, by name.
pub async fn list(db: &Db, customer_id: &str) -> Result<Vec<DomainRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {DOMAIN_COLUMNS} FROM domains WHERE customer_id = $1 ORDER BY name"
    ))
    .bind(customer_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows.iter().filter_map(domain_row).collect())
}

/// One domain of the customer.
pub async fn get(db: &Db, customer_id: &str, id: &str) -> Result<Option<DomainRow>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {DOMAIN_COLUMNS} FROM domains WHERE customer_id = $1 AND id = $2"
    ))
    .bind(customer_id)
    .bind(id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.as_ref().and_then(domain_row))
}

/// Every domain of every customer (the daily re-check).
pub async fn all(db: &Db) -> Result<Vec<DomainRow>, sqlx::Error> {
    let rows = sqlx::query(&format!("SELECT {DOMAIN_COLUMNS} FROM domains ORDER BY id"))
        .fetch_all(&db.pool)
        .await?;
    Ok(rows.iter().filter_map(domain_row).collect())
}

/// A mailbox's primary address or an alias on a domain, as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AddressRow {
    pub mailbox_id: String,
    pub address: String,
    /// The mailbox's display name (for an alias: the mailbox it leads to).
    pub mailbox_name: String,
    /// 1 for an alias, 0 for a primary address.
    pub alias: i64,
}

/// How many addresses a domain has, per kind and matching a search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AddressCounts {
    pub mailboxes: u64,
    pub aliases: u64,
    pub matching: u64,
}

/// The domain's addresses as one table: primary addresses of the mailboxes
/// on it, and aliases on it of any of the customer's mailboxes.
const ADDRESSES: &str = "SELECT m.id AS mailbox_id, m.primary_address AS address, m.display_name AS mailbox_name, \
     CAST(0 AS BIGINT) AS alias FROM mailboxes m WHERE m.customer_id = $1 AND m.domain_id = $2 \
     UNION ALL \
     SELECT m.id, a.address, m.display_name, CAST(1 AS BIGINT) \
     FROM aliases a JOIN mailboxes m ON m.id = a.mailbox_id WHERE m.customer_id = $1 AND a.address LIKE $3";

/// Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`.
fn like_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The LIKE patterns of a search: (address, mailbox name). A search without
/// `@` is looked for before the `@`, so "muster" does not find every address
/// of muster-gmbh.de; one with `@` anywhere in the address.
fn search_patterns(search: &str, domain_ascii: &str) -> (String, String) {
    let text = like_escaped(&search.to_lowercase());
    let address = if search.contains('@') {
        format!("%{text}%")
    } else {
        format!("%{text}%@{}", like_escaped(domain_ascii))
    };
    (address, format!("%{text}%"))
}

/// The domain's addresses that match `search` (empty: all), as a query
/// with its parameters bound; `select` reads from the table `t`.
fn address_query<'q>(
    select: &'q str,
    domain: &'q DomainRow,
    search: &str,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    let query = sqlx::query(select)
        .bind(domain.customer_id.as_str())
        .bind(domain.id.as_str())
        .bind(format!("%@{}", domain.name.ascii()));
    if search.is_empty() {
        query
    } else {
        let (address, name) = search_patterns(search, domain.name.ascii());
        query.bind(address).bind(name)
    }
}

/// What a search adds to the WHERE clause. Its parameters are bound only
/// when it is used: PostgreSQL refuses parameters a statement does not name.
fn matching(search: &str) -> &'static str {
    if search.is_empty() {
        "1 = 1"
    } else {
        "(LOWER(t.address) LIKE $4 ESCAPE '\\' OR LOWER(t.mailbox_name) LIKE $5 ESCAPE '\\')"
    }
}

/// How many mailboxes and aliases the domain has, and how many match `search`.
pub async fn address_counts(
    db: &Db,
    domain: &DomainRow,
    search: &str,
) -> Result<AddressCounts, sqlx::Error> {
    let search = search.trim();
    let sql = format!(
        "SELECT COUNT(CASE WHEN t.alias = 0 THEN 1 END), COUNT(CASE WHEN t.alias = 1 THEN 1 END), \
         COUNT(CASE WHEN {} THEN 1 END) FROM ({ADDRESSES}) t",
        matching(search)
    );
    let row = address_query(&sql, domain, search)
        .fetch_one(&db.pool)
        .await?;
    let count = |i: usize| row.get::<i64, _>(i).max(0) as u64;
    Ok(AddressCounts {
        mailboxes: count(0),
        aliases: count(1),
        matching: count(2),
    })
}

/// The addresses matching `search`, by address: `limit` of them from `offset`.
pub async fn address_page(
    db: &Db,
    domain: &DomainRow,
    search: &str,
    limit: u64,
    offset: u64,
) -> Result<Vec<AddressRow>, sqlx::Error> {
    use sqlx::FromRow;
    let search = search.trim();
    // Limit and offset are numbers, written into the text.
    let sql = format!(
        "SELECT t.mailbox_id, t.address, t.mailbox_name, t.alias FROM ({ADDRESSES}) t \
         WHERE {} ORDER BY t.address, t.alias LIMIT {limit} OFFSET {offset}",
        matching(search)
    );
    let rows = address_query(&sql, domain, search)
        .fetch_all(&db.pool)
        .await?;
    rows.iter().map(AddressRow::from_row).collect()
}

#[derive(Debug, thiserror::Error)]
pub enum AddDomainError {
    #[error("no customer with number {0}")]
    UnknownCustomer(String),
    #[error("the domain {0} is already registered")]
    Taken(String),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// Registers a domain for the customer with the given customer number (operator).
pub async fn add(
    db: &Db,
    customer_number: &str,
    name: &DomainName,
    fully_routed: bool,
    now: i64,
) -> Result<String, AddDomainError> {
    let mut tx = db.begin_write().await?;
    let customer: Option<String> = sqlx::query_scalar("SELECT id FROM customers WHERE number = $1")
        .bind(customer_number)
        .fetch_optional(&mut *tx)
        .await?;
    let customer =
        customer.ok_or_else(|| AddDomainError::UnknownCustomer(customer_number.into()))?;
    let id = new_id();
    let inserted = sqlx::query(
        "INSERT INTO domains (id, customer_id, name, fully_routed, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&id)
    .bind(&customer)
    .bind(name.ascii())
    .bind(fully_routed)
    .bind(now)
    .execute(&mut *tx)
    .await;
    match inserted {
        Err(e) if violates(&e, "domains_name_unique", "domains.name") => {
            return Err(AddDomainError::Taken(name.unicode()))
        }
        other => other?,
    };
    tx.commit().await?;
    Ok(id)
}

/// Where an allow-list belongs: a whole domain or one mailbox on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllowListOwner {
    pub customer_id: String,
    pub domain_id: String,
    pub mailbox_id: Option<String>,
    pub fully_routed: bool,
}

impl AllowListOwner {
    /// The list of a whole domain already loaded for its customer.
    pub fn of_domain(domain: &DomainRow) -> Self {
        AllowListOwner {
            customer_id: domain.customer_id.clone(),
            domain_id: domain.id.clone(),
            mailbox_id: None,
            fully_routed: domain.fully_routed,
        }
    }
}

/// The allow-list owner for a domain (`mailbox_id` None) or a mailbox of the
/// customer; `None` when not the customer's.
pub async fn allow_list_owner(
    db: &Db,
    customer_id: &str,
    domain_id: Option<&str>,
    mailbox_id: Option<&str>,
) -> Result<Option<AllowListOwner>, sqlx::Error> {
    let row =
        match (domain_id, mailbox_id) {
            (_, Some(mailbox)) => sqlx::query(
                "SELECT d.id, m.id, CAST(CASE WHEN d.fully_routed THEN 1 ELSE 0 END AS BIGINT) \
                 FROM mailboxes m JOIN domains d ON d.id = m.domain_id \
                 WHERE m.customer_id = $1 AND m.id = $2",
            )
            .bind(customer_id)
            .bind(mailbox)
            .fetch_optional(&db.pool)
            .await?,
            (Some(domain), None) => {
                sqlx::query(
                    "SELECT id, NULL, CAST(CASE WHEN fully_routed THEN 1 ELSE 0 END AS BIGINT) \
                 FROM domains WHERE customer_id = $1 AND id = $2",
                )
                .bind(customer_id)
                .bind(domain)
                .fetch_optional(&db.pool)
                .await?
            }
            (None, None) => None,
        };
    Ok(row.map(|r| AllowListOwner {
        customer_id: customer_id.to_string(),
        domain_id: r.get(0),
        mailbox_id: r.get(1),
        fully_routed: r.get::<i64, _>(2) != 0,
    }))
}

/// The entries of one allow-list, alphabetical as shown.
pub async fn allow_list(db: &Db, owner: &AllowListOwner) -> Result<Vec<AllowView>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, entry FROM allow_list_entries \
         WHERE customer_id = $1 AND domain_id = $2 AND COALESCE(mailbox_id, '') = $3",
    )
    .bind(&owner.customer_id)
    .bind(&owner.domain_id)
    .bind(owner.mailbox_id.clone().unwrap_or_default())
    .fetch_all(&db.pool)
    .await?;
    let mut entries: Vec<AllowView> = rows
        .iter()
        .map(|r| {
            let stored: String = r.get(1);
            let entry = AllowEntry::parse(&stored)
                .map(|e| e.display())
                .unwrap_or(stored);
            AllowView {
                id: r.get(0),
                entry,
            }
        })
        .collect();
    // Alphabetical as shown (Unicode), not as stored (punycode).
    entries.sort_by(|a, b| a.entry.cmp(&b.entry));
    Ok(entries)
}

#[derive(Debug, thiserror::Error)]
pub enum AllowListError {
    #[error("the list is full")]
    Full,
    #[error("already on the list")]
    Duplicate,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// Adds `entry` to the owner's list; the count check and the insert share
/// one write transaction, so two racing requests cannot pass the limit.
pub async fn add_allow_entry(
    db: &Db,
    owner: &AllowListOwner,
    entry: &AllowEntry,
    now: i64,
) -> Result<String, AllowListError> {
    let mut tx = db.begin_write().await?;
    let count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM allow_list_entries WHERE domain_id = $1 AND COALESCE(mailbox_id, '') = $2",
    )
    .bind(&owner.domain_id)
    .bind(owner.mailbox_id.clone().unwrap_or_default())
    .fetch_one(&mut *tx)
    .await?;
    if count as usize >= MAX_ENTRIES {
        return Err(AllowListError::Full);
    }
    let id = new_id();
    let inserted = sqlx::query(
        "INSERT INTO allow_list_entries (id, customer_id, domain_id, mailbox_id, entry, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(&owner.customer_id)
    .bind(&owner.domain_id)
    .bind(&owner.mailbox_id)
    .bind(entry.as_str())
    .bind(now)
    .execute(&mut *tx)
    .await;
    match inserted {
        Err(e) if violates(&e, "allow_list_unique", "index 'allow_list_unique'") => {
            return Err(AllowListError::Duplicate)
        }
        other => other?,
    };
    tx.commit().await?;
    Ok(id)
}

/// Removes one entry of the customer's lists; false when there was none.
pub async fn remove_allow_entry(db: &Db, customer_id: &str, id: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM allow_list_entries WHERE customer_id = $1 AND id = $2")
        .bind(customer_id)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_without_at_sign_looks_before_it() {
        assert_eq!(
            search_patterns("Anna_M", "muster-gmbh.de"),
            (
                "%anna\\_m%@muster-gmbh.de".to_string(),
                "%anna\\_m%".to_string()
            )
        );
        assert_eq!(
            search_patterns("anna@muster", "muster-gmbh.de").0,
            "%anna@muster%"
        );
    }
}
