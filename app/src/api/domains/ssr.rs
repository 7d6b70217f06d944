//! The server side of `api::domains`: what each server function does once
//! the adapter has checked who is asking.

use super::*;
use crate::backend::users::SessionUser;

pub async fn list_domains(user: &SessionUser) -> Result<Vec<DomainListItem>, AppError> {
    use crate::backend::{dns_checks, domains};
    use crate::domain::dns::evaluate::RecordState;
    let backend = crate::api::guard::backend()?;
    let rows = domains::list(&backend.db, &user.customer_id).await?;
    let mut checks = dns_checks::cached_for_customer(
        &backend.db,
        &backend.dns,
        &user.customer_id,
        &rows,
        backend.now(),
    )
    .await?;
    let mut items = Vec::with_capacity(rows.len());
    for d in rows {
        let cached = checks.remove(&d.id);
        let summary = cached.map(|c| {
            let count = |wanted: fn(&RecordState) -> bool| {
                c.check.records.iter().filter(|r| wanted(&r.state)).count()
            };
            DnsSummary {
                correct: count(|s| *s == RecordState::Correct),
                problems: count(|s| matches!(s, RecordState::Missing | RecordState::Wrong { .. })),
                unverifiable: count(|s| *s == RecordState::Unverifiable),
                checked_at: c.checked_at,
                last_known: c.last_known,
            }
        });
        items.push(DomainListItem {
            id: d.id,
            name: d.name.unicode(),
            fully_routed: d.fully_routed,
            summary,
        });
    }
    Ok(items)
}

pub async fn get_domain(
    user: &SessionUser,
    id: String,
    addresses: AddressQuery,
) -> Result<DomainView, AppError> {
    use crate::backend::{dns_checks, domains};
    use crate::domain::dns::expected::expected_records;
    use crate::domain::input_limits as limits;
    limits::check("id", &id, limits::KEY)?;
    limits::check("suche", &addresses.search, limits::SEARCH)?;
    let backend = crate::api::guard::backend()?;
    let db = &backend.db;
    let domain = domains::get(db, &user.customer_id, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let check = dns_checks::cached(db, &backend.dns, &domain, backend.now()).await?;
    let addresses = address_list(db, &domain, addresses).await?;
    let allow_list = domains::allow_list(db, &domains::AllowListOwner::of_domain(&domain)).await?;
    Ok(DomainView {
        expected: expected_records(&domain.name, domain.fully_routed, &backend.dns.settings),
        name: domain.name.unicode(),
        ascii: domain.name.ascii().to_string(),
        id: domain.id,
        fully_routed: domain.fully_routed,
        check,
        addresses,
        allow_list,
        can_edit: user.role.may_edit(),
    })
}

/// One page of the domain's addresses; a page past the end shows the last.
async fn address_list(
    db: &crate::backend::db::Db,
    domain: &crate::backend::domains::DomainRow,
    query: AddressQuery,
) -> Result<AddressList, AppError> {
    use crate::backend::domains;
    let search = query.search.trim().to_string();
    let counts = domains::address_counts(db, domain, &search).await?;
    let pages = counts.matching.div_ceil(ADDRESSES_PER_PAGE).max(1);
    let page = query.page.clamp(1, pages);
    let rows = domains::address_page(
        db,
        domain,
        &search,
        ADDRESSES_PER_PAGE,
        (page - 1) * ADDRESSES_PER_PAGE,
    )
    .await?;
    Ok(AddressList {
        query: AddressQuery { search, page },
        mailboxes: counts.mailboxes,
        aliases: counts.aliases,
        matching: counts.matching,
        pages,
        entries: rows
            .into_iter()
            .map(|r| DomainAddress {
                mailbox_id: r.mailbox_id,
                address: r.address,
                mailbox_name: r.mailbox_name,
                alias: r.alias != 0,
            })
            .collect(),
    })
}

pub async fn check_domain(
    user: &SessionUser,
    id: String,
    force: bool,
) -> Result<CheckView, AppError> {
    use crate::backend::dns_checks::{self, Freshness};
    use crate::backend::domains;
    let backend = crate::api::guard::backend()?;
    let domain = domains::get(&backend.db, &user.customer_id, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = backend.now();
    let freshness = if force {
        if let Some(retry_after) = dns_checks::take_force_slot(&backend.db, &domain.id, now).await?
        {
            return Err(AppError::RateLimited { retry_after });
        }
        Freshness::All
    } else {
        Freshness::Expired
    };
    dns_checks::check(&backend, &domain, freshness, now)
        .await
        .map_err(AppError::internal)
}

pub async fn add_allow_entry(
    user: &SessionUser,
    domain_id: Option<String>,
    mailbox_id: Option<String>,
    entry: String,
) -> Result<(), AppError> {
    use crate::backend::domains::{self, AllowListError};
    use crate::domain::allow_list::AllowEntry;
    let backend = crate::api::guard::backend()?;
    let owner = domains::allow_list_owner(
        &backend.db,
        &user.customer_id,
        domain_id.as_deref().filter(|d| !d.is_empty()),
        mailbox_id.as_deref().filter(|m| !m.is_empty()),
    )
    .await?
    .ok_or(AppError::NotFound)?;
    if !owner.fully_routed {
        return Err(AppError::Conflict {
            message: "allow-list-partly-routed".into(),
        });
    }
    let entry =
        AllowEntry::parse(&entry).map_err(|e| AppError::validation("entry", e.message_id()))?;
    match domains::add_allow_entry(&backend.db, &owner, &entry, backend.now()).await {
        Ok(_) => Ok(()),
        Err(AllowListError::Duplicate) => {
            Err(AppError::validation("entry", "allow-entry-duplicate"))
        }
        Err(AllowListError::Full) => Err(AppError::validation("entry", "allow-list-full")),
        Err(AllowListError::Db(e)) => Err(AppError::internal(e)),
    }
}

pub async fn remove_allow_entry(user: &SessionUser, id: String) -> Result<(), AppError> {
    let backend = crate::api::guard::backend()?;
    if crate::backend::domains::remove_allow_entry(&backend.db, &user.customer_id, &id).await? {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
