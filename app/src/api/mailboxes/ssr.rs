//! The server side of `api::mailboxes`: what each server function does once
//! the adapter has checked who is asking.

use super::*;
use crate::backend::users::SessionUser;

pub async fn list_mailboxes(user: &SessionUser, query: ListQuery) -> Result<MailboxPage, AppError> {
    use crate::backend::mailboxes;
    use crate::domain::input_limits as limits;
    limits::check("suche", &query.search, limits::SEARCH)?;
    if let Some(after) = &query.after {
        limits::check("nach", &after.key, limits::KEY)?;
    }
    let backend = crate::api::guard::backend()?;
    mailboxes::list(&backend.db, &user.customer_id, &query)
        .await
        .map_err(AppError::internal)
}

pub async fn get_mailbox(
    user: &SessionUser,
    id: String,
    alert: Option<String>,
) -> Result<MailboxView, AppError> {
    use crate::backend::{domains, mailboxes, quota_alerts};
    use crate::domain::ids::{AlertId, MailboxId};
    use crate::domain::{forecast, input_limits as limits};
    limits::check("id", &id, limits::KEY)?;
    limits::check("alert", alert.as_deref().unwrap_or(""), limits::KEY)?;
    let backend = crate::api::guard::backend()?;
    let db = &backend.db;
    let now = backend.now();
    let detail = mailboxes::detail(db, &user.customer_id, &id, now)
        .await?
        .ok_or(AppError::NotFound)?;
    let mailbox_id = MailboxId::new(id.as_str());
    if let Some(alert_id) = &alert {
        let alert_id = AlertId::new(alert_id.as_str());
        quota_alerts::mark_seen(db, &user.customer_id, &mailbox_id, &alert_id, now).await?;
    }
    let alerts =
        quota_alerts::for_mailbox(db, &user.customer_id, &mailbox_id, ALERTS_SHOWN).await?;
    let opened_alert = alert.filter(|a| alerts.iter().any(|r| &r.id == a));
    let owner = domains::allow_list_owner(db, &user.customer_id, None, Some(&id)).await?;
    let allow_list = match owner.filter(|o| o.fully_routed) {
        Some(owner) => Some(domains::allow_list(db, &owner).await?),
        None => None,
    };
    let forecast = forecast::full_in(&detail.history, detail.summary.thresholds.capacity(), now);
    Ok(MailboxView {
        detail,
        forecast,
        alerts,
        opened_alert,
        access: backend.service.access.clone(),
        allow_list,
        can_edit: user.role.may_edit(),
        now,
    })
}
