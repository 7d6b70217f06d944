//! The server side of the add-ons page: gather the facts the rules need,
//! check the request with the rules, store it as a service request.

use super::{AddonsView, BookedView, OfferView, REQUESTS_SHOWN};
use crate::backend::service_requests::{self, NewRequest};
use crate::backend::users::SessionUser;
use crate::backend::{addons, Backend};
use crate::domain::addons::catalogue::{AddonKind, RequestKind};
use crate::domain::addons::dates;
use crate::domain::addons::prices::{Money, REQUEST_PRICE_KEYS};
use crate::domain::addons::rules::{self, Context, RuleError};
use crate::error::AppError;
use std::collections::BTreeMap;
use time::Date;

/// Later month ends offered besides the earliest one.
const LATER_ENDS: usize = 5;

fn rule_error(e: RuleError) -> AppError {
    AppError::validation(e.field, e.message_id)
}

/// The facts the rules need about the customer, today (the backend's calendar).
async fn context(
    backend: &Backend,
    user: &SessionUser,
    mailbox_id: Option<&str>,
) -> Result<(Context, Vec<addons::BookedRow>), AppError> {
    let db = &backend.db;
    let today = backend.db.clock.today();
    let booked = addons::active(db, &user.customer_id, &today.to_string()).await?;
    let exchange_mailboxes = addons::mailbox_count(db, &user.customer_id).await?;
    let mailbox_address = match mailbox_id {
        // Another customer's mailbox, or none at all: not found.
        Some(id) => Some(
            addons::mailbox_address(db, &user.customer_id, id)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    let contract_ends = crate::backend::cancellations::contract_end(db, &user.customer_id).await?;
    let ctx = Context {
        today,
        contract_ends,
        exchange_mailboxes,
        booked: booked
            .iter()
            .filter_map(|b| AddonKind::parse(&b.kind))
            .collect(),
        mailbox_address,
    };
    Ok((ctx, booked))
}

pub async fn page(user: &SessionUser) -> Result<AddonsView, AppError> {
    let backend = crate::api::guard::backend()?;
    let (ctx, booked) = context(&backend, user, None).await?;
    let today = ctx.today;
    let prices = &backend.service.prices;
    let monthly = |kind: &str, units: u32| prices.quote(kind, units).and_then(|q| q.monthly);
    let booked: Vec<BookedView> = booked
        .into_iter()
        .map(|b| {
            let kind = AddonKind::parse(&b.kind);
            // Microsoft 365 add-ons are cancelled in the contract's wizard.
            let ends = if kind.is_some_and(AddonKind::is_m365) {
                Vec::new()
            } else {
                let earliest = dates::monthly_earliest_end(today);
                let mut ends = vec![earliest];
                ends.extend(dates::later_month_ends(earliest, LATER_ENDS));
                // After the contract's cancellation only ends before it are offered.
                ends.retain(|end| ctx.contract_ends.is_none_or(|c| *end < c));
                ends
            };
            BookedView {
                monthly: monthly(&b.kind, b.quantity.max(0) as u32),
                is_m365: kind.is_some_and(AddonKind::is_m365),
                quantity: b.quantity.max(0) as u32,
                ends: ends.iter().map(Date::to_string).collect(),
                kind: b.kind,
                booked_on: b.booked_on,
                ends_on: b.ends_on,
            }
        })
        .collect();
    let total_net: u64 = booked
        .iter()
        .filter_map(|b| b.monthly.map(|m| m.net_cents))
        .sum();
    let offers = AddonKind::ALL
        .iter()
        .map(|&kind| OfferView {
            kind: kind.as_str().to_string(),
            monthly: monthly(kind.as_str(), 1),
            max_quantity: *kind.quantity_range().end(),
            unavailable: rules::check_booking(kind, 1, true, &ctx)
                .err()
                .map(|e| e.message_id.to_string()),
        })
        .collect();
    let request_prices = REQUEST_PRICE_KEYS
        .iter()
        .map(|k| (k.to_string(), prices.quote(k, 1).and_then(|q| q.once)))
        .collect();
    let requests = service_requests::list(&backend.db, &user.customer_id, REQUESTS_SHOWN).await?;
    let mailboxes = addons::mailbox_choices(&backend.db, &user.customer_id).await?;
    Ok(AddonsView {
        monthly_total: Money::from_net(total_net, prices.vat_percent),
        vat_percent: prices.vat_percent,
        public_folders_booked: ctx.booked.contains(&AddonKind::PublicFolders),
        booked,
        offers,
        request_prices,
        mailboxes,
        requests,
        can_edit: user.role.may_edit(),
        contract_ends: ctx.contract_ends.map(|d| d.to_string()),
        export_earliest: rules::export_window(today).0.to_string(),
        restore_earliest: rules::restore_window(today).0.to_string(),
        today: today.to_string(),
        form_key: crate::backend::new_id(),
    })
}

/// Stores a checked request and returns its number.
async fn submit(
    backend: &Backend,
    user: &SessionUser,
    kind: RequestKind,
    mailbox_id: Option<String>,
    object: String,
    details: BTreeMap<String, String>,
    request_key: String,
) -> Result<String, AppError> {
    let key = request_key.trim();
    if key.is_empty() || key.len() > 100 {
        return Err(AppError::validation("request_key", "error-transport"));
    }
    let request = NewRequest {
        kind: kind.as_str(),
        mailbox_id,
        object,
        details,
        idempotency_key: key.to_string(),
    };
    let (stored, created) =
        service_requests::submit(backend, user, &request, backend.now()).await?;
    if created {
        crate::api::security_events::record_event_about(
            &user.id,
            crate::backend::security_log::EventKind::ServiceRequest,
            Some(&format!("{} {}", stored.number, stored.kind)),
        )
        .await;
    }
    Ok(stored.number)
}

fn details(pairs: &[(&str, String)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

pub async fn book(
    user: &SessionUser,
    kind: &str,
    quantity: Option<String>,
    confirmed: bool,
    password: Option<String>,
    code: Option<String>,
    request_key: String,
) -> Result<String, AppError> {
    let backend = crate::api::guard::backend()?;
    let kind = AddonKind::parse(kind).ok_or(AppError::NotFound)?;
    let quantity = match quantity.as_deref().map(str::trim) {
        None | Some("") => 1,
        Some(q) => q
            .parse::<u32>()
            .map_err(|_| AppError::validation("quantity", "addon-quantity-invalid"))?,
    };
    let (ctx, _) = context(&backend, user, None).await?;
    rules::check_booking(kind, quantity, confirmed, &ctx).map_err(rule_error)?;
    if kind == AddonKind::Impersonation {
        // Full access to every mailbox: proof that it is really the user.
        crate::api::reauth::reauthenticate(
            user,
            password.unwrap_or_default(),
            code.as_deref().unwrap_or_default(),
        )
        .await?;
    }
    let mut pairs = vec![("quantity", quantity.to_string())];
    if kind == AddonKind::Impersonation {
        pairs.push(("full_access_confirmed", "ja".into()));
    }
    let object = crate::i18n::Lang::De.t(&format!("addon-{}", kind.as_str()));
    submit(
        &backend,
        user,
        RequestKind::Book(kind),
        None,
        object,
        details(&pairs),
        request_key,
    )
    .await
}

pub async fn cancel(
    user: &SessionUser,
    kind: &str,
    end: Option<String>,
    request_key: String,
) -> Result<String, AppError> {
    let backend = crate::api::guard::backend()?;
    let kind = AddonKind::parse(kind).ok_or(AppError::NotFound)?;
    let (ctx, _) = context(&backend, user, None).await?;
    let end = rules::check_cancellation(kind, end.as_deref().filter(|e| !e.is_empty()), &ctx)
        .map_err(rule_error)?;
    let object = crate::i18n::Lang::De.t(&format!("addon-{}", kind.as_str()));
    submit(
        &backend,
        user,
        RequestKind::Cancel(kind),
        None,
        object,
        details(&[("end", end.to_string())]),
        request_key,
    )
    .await
}

pub async fn pst_import(
    user: &SessionUser,
    mailbox_id: &str,
    file_name: &str,
    download_url: &str,
    request_key: String,
) -> Result<String, AppError> {
    let backend = crate::api::guard::backend()?;
    let (ctx, _) = context(&backend, user, Some(mailbox_id)).await?;
    let checked = rules::check_pst_import(file_name, download_url, &ctx).map_err(rule_error)?;
    let address = ctx.mailbox_address.clone().unwrap_or_default();
    submit(
        &backend,
        user,
        RequestKind::PstImport,
        Some(mailbox_id.to_string()),
        address,
        details(&[
            ("file_name", checked.file_name),
            ("download_url", checked.download_url),
        ]),
        request_key,
    )
    .await
}

pub async fn pst_export(
    user: &SessionUser,
    object: &str,
    date: &str,
    request_key: String,
) -> Result<String, AppError> {
    let backend = crate::api::guard::backend()?;
    let public_folders = object == "public-folders";
    let mailbox = (!public_folders).then_some(object);
    let (ctx, _) = context(&backend, user, mailbox).await?;
    if public_folders && !ctx.booked.contains(&AddonKind::PublicFolders) {
        return Err(AppError::validation("object", "addon-not-booked"));
    }
    let date = rules::check_pst_export(date, &ctx).map_err(rule_error)?;
    let label = match &ctx.mailbox_address {
        Some(address) => address.clone(),
        None => crate::i18n::Lang::De.t("addon-public-folders"),
    };
    submit(
        &backend,
        user,
        RequestKind::PstExport,
        mailbox.map(str::to_string),
        label,
        details(&[("date", date.to_string())]),
        request_key,
    )
    .await
}

pub async fn restore(
    user: &SessionUser,
    mailbox_id: &str,
    date: &str,
    request_key: String,
) -> Result<String, AppError> {
    let backend = crate::api::guard::backend()?;
    let (ctx, _) = context(&backend, user, Some(mailbox_id)).await?;
    let date = rules::check_restore(date, &ctx).map_err(rule_error)?;
    let address = ctx.mailbox_address.clone().unwrap_or_default();
    submit(
        &backend,
        user,
        RequestKind::Restore,
        Some(mailbox_id.to_string()),
        address,
        details(&[("point_in_time", date.to_string())]),
        request_key,
    )
    .await
}

pub async fn password_reset(
    user: &SessionUser,
    mailbox_id: &str,
    delivery: &str,
    phone: &str,
    alt_email: &str,
    request_key: String,
) -> Result<String, AppError> {
    let backend = crate::api::guard::backend()?;
    let (ctx, _) = context(&backend, user, Some(mailbox_id)).await?;
    let checked =
        rules::check_password_reset(delivery, phone, alt_email, &ctx).map_err(rule_error)?;
    let address = ctx.mailbox_address.clone().unwrap_or_default();
    submit(
        &backend,
        user,
        RequestKind::PasswordReset,
        Some(mailbox_id.to_string()),
        address,
        checked.details(),
        request_key,
    )
    .await
}
