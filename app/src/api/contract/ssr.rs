//! The server side of the contract page and the cancellation wizard: the
//! rules of `domain::contract` applied to the stored contract, on the day of
//! the backend's calendar.

use super::{AddonEndView, CancellationView, ContractView, ItemView, WizardView};
use crate::backend::cancellations::{self, CancellationRow, SubmitError};
use crate::backend::contracts::{self, ContractRow};
use crate::backend::users::SessionUser;
use crate::backend::{addons, customers, Backend};
use crate::domain::addons::prices::{Money, TakeoverCost, MAILBOX_PRICE_KEY};
use crate::domain::contract::cancellation::{self, choosable, Choice, Facts, Target};
use crate::domain::contract::timeline::{minimum_term_end, takeover_possible, timeline};
use crate::error::AppError;

/// The fields of the wizard's form.
pub struct Form {
    pub target: String,
    pub end: Option<String>,
    pub takeover: bool,
    pub confirmed: bool,
    pub password: String,
    pub code: String,
    pub request_key: String,
}

async fn stored_contract(backend: &Backend, user: &SessionUser) -> Result<ContractRow, AppError> {
    contracts::get(&backend.db, &user.customer_id)
        .await?
        .ok_or(AppError::NotFound)
}

async fn facts(
    backend: &Backend,
    user: &SessionUser,
    contract: &ContractRow,
) -> Result<(Facts, Vec<CancellationRow>), AppError> {
    let today = backend.db.clock.today();
    cancellations::facts(&backend.db, &user.customer_id, contract, today)
        .await
        .map_err(AppError::internal)
}

fn cancellation_view(c: CancellationRow, vat_percent: u32) -> CancellationView {
    let takeover_cost = c.takeover_cost.map(|q| TakeoverCost {
        mailboxes: q.mailboxes,
        each: Money::from_net(q.net_cents / u64::from(q.mailboxes.max(1)), vat_percent),
        total: Money::from_net(q.net_cents, vat_percent),
    });
    CancellationView {
        label_id: c.target.label_id().to_string(),
        is_contract: c.target == Target::Contract,
        timeline: timeline(c.ends_on),
        takeover_ordered: c.takeover_ordered,
        takeover_cost,
        requested_by: c.requested_by_email,
        created_at: c.created_at,
        mail: c.mail,
        confirmed_at: c.confirmed_at,
        confirmation_note: c.confirmation_note,
    }
}

/// Mailboxes and running add-ons with their monthly net prices.
async fn items(
    backend: &Backend,
    user: &SessionUser,
    today: &str,
) -> Result<Vec<ItemView>, AppError> {
    let prices = &backend.service.prices;
    let monthly = |key: &str, units: u32| prices.quote(key, units).and_then(|q| q.monthly);
    let mailboxes = addons::mailbox_count(&backend.db, &user.customer_id).await?;
    let mut items = vec![ItemView {
        label_id: "contract-mailboxes".into(),
        quantity: mailboxes,
        monthly: monthly(MAILBOX_PRICE_KEY, mailboxes),
    }];
    let booked = addons::active(&backend.db, &user.customer_id, today).await?;
    for b in booked {
        let quantity = b.quantity.max(0) as u32;
        items.push(ItemView {
            label_id: format!("addon-{}", b.kind),
            quantity,
            monthly: monthly(&b.kind, quantity),
        });
    }
    Ok(items)
}

pub async fn page(user: &SessionUser) -> Result<ContractView, AppError> {
    let backend = crate::api::guard::backend()?;
    let contract = stored_contract(&backend, user).await?;
    let customer = customers::get(&backend.db, &user.customer_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (facts, filed) = facts(&backend, user, &contract).await?;
    let today = facts.today;
    let items = items(&backend, user, &today.to_string()).await?;
    let total_net = items
        .iter()
        .filter_map(|i| i.monthly.map(|m| m.net_cents))
        .sum();
    let prices = &backend.service.prices;
    let contract_cancelled = facts.contract_ends.is_some();
    let earliest = cancellation::earliest(Target::Contract, &facts);
    // Add-ons that still have an end of their own (not filed, not ending
    // with a cancelled contract anyway).
    let m365 = facts
        .addons
        .iter()
        .filter(|k| k.is_m365() && !facts.filed.contains(&Target::Addon(**k)))
        .filter_map(|&k| {
            let earliest = *cancellation::end_choices(Target::Addon(k), &facts).first()?;
            Some(AddonEndView {
                label_id: k.label_id().to_string(),
                earliest_end: earliest.to_string(),
            })
        })
        .collect();
    Ok(ContractView {
        customer_number: customer.number,
        customer_name: customer.name,
        signed_on: contract.signed_on.to_string(),
        starts_on: contract.starts_on.to_string(),
        minimum_term_months: contract.minimum_term_months,
        minimum_term_end: minimum_term_end(contract.starts_on, contract.minimum_term_months)
            .to_string(),
        notice_months: contract.notice_months,
        items,
        monthly_total: Money::from_net(total_net, prices.vat_percent),
        vat_percent: prices.vat_percent,
        today: today.to_string(),
        if_cancelled_today: (!contract_cancelled).then(|| timeline(earliest)),
        takeover_possible_today: takeover_possible(today, earliest),
        m365,
        can_cancel: user.role.may_edit()
            && !choosable(&facts, user.role.may_cancel_contract()).is_empty(),
        cancellations: filed
            .into_iter()
            .map(|c| cancellation_view(c, backend.service.prices.vat_percent))
            .collect(),
        contract_address: backend.service.contract_address.clone(),
    })
}

pub async fn wizard(user: &SessionUser) -> Result<WizardView, AppError> {
    let backend = crate::api::guard::backend()?;
    let contract = stored_contract(&backend, user).await?;
    let (facts, _) = facts(&backend, user, &contract).await?;
    let may_cancel_contract = user.role.may_cancel_contract();
    Ok(WizardView {
        targets: choosable(&facts, may_cancel_contract)
            .into_iter()
            .map(|t| t.as_str().to_string())
            .collect(),
        facts,
        may_cancel_contract,
        // The stored totals know the count; the cancellation itself counts
        // again in its transaction, so the stored quote is exact.
        takeover_cost: {
            let totals =
                crate::backend::overview::mailbox_totals(&backend.db, &user.customer_id).await?;
            backend
                .service
                .prices
                .takeover(u32::try_from(totals.count).unwrap_or(u32::MAX))
        },
        contract_address: backend.service.contract_address.clone(),
        form_key: crate::backend::new_id(),
    })
}

/// Whether this form was stored already (a double submit or a retry).
async fn already_filed(backend: &Backend, user: &SessionUser, key: &str) -> Result<bool, AppError> {
    cancellations::filed_under_key(&backend.db, &user.customer_id, key)
        .await
        .map_err(AppError::internal)
}

pub async fn cancel(user: &SessionUser, form: Form) -> Result<(), AppError> {
    let backend = crate::api::guard::backend()?;
    let key = form.request_key.trim();
    if key.is_empty() || key.len() > 100 {
        return Err(AppError::validation("request_key", "error-transport"));
    }
    // The same form again: the first submit was stored, this one changes nothing.
    if already_filed(&backend, user, key).await? {
        return Ok(());
    }
    let contract = stored_contract(&backend, user).await?;
    let (facts, _) = facts(&backend, user, &contract).await?;
    let choice = Choice {
        target: &form.target,
        end: form.end.as_deref(),
        takeover: form.takeover,
    };
    let checked = cancellation::check(&choice, &facts, user.role.may_cancel_contract())
        .map_err(|e| AppError::validation(e.field, e.message_id))?;
    if !form.confirmed {
        return Err(AppError::validation("confirm", "cancel-confirm-required"));
    }
    // The password and a current code again; the code is used up together
    // with storing the cancellation.
    crate::api::reauth::check_password(user, form.password).await?;
    let step = crate::api::reauth::counted_code_guess(user, async {
        crate::backend::totp::valid_step(
            &backend,
            &user.id,
            &form.code,
            crate::backend::clock::real_now() as u64,
        )
        .await
        .map_err(AppError::from)
    })
    .await?;
    let submitted = cancellations::submit(
        &backend,
        user,
        &checked,
        facts.today,
        key,
        Some(step),
        backend.now(),
    )
    .await;
    let (_, created) = match submitted {
        Ok(done) => done,
        // A double submit racing the first one: its code was just used by
        // the first, which stored the cancellation (committed by now).
        Err(SubmitError::CodeUsed) if already_filed(&backend, user, key).await? => return Ok(()),
        Err(SubmitError::CodeUsed) => return Err(crate::backend::totp::TotpError::Replayed.into()),
        Err(SubmitError::AlreadyFiled) => {
            return Err(AppError::validation("target", "cancel-already-filed"))
        }
        Err(SubmitError::Db(e)) => return Err(AppError::internal(e)),
    };
    if created {
        crate::api::security_events::record_event_about(
            &user.id,
            crate::backend::security_log::EventKind::Cancellation,
            Some(&format!(
                "{} {}",
                checked.target.as_str(),
                checked.timeline.end
            )),
        )
        .await;
    }
    Ok(())
}
