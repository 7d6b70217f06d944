//! The mailbox list and one mailbox's page.

use crate::domain::mailbox_access::AccessSettings;
use crate::domain::domain_page::AllowView;
use crate::domain::forecast::Forecast;
use crate::domain::mailbox_list::{ListQuery, MailboxDetail, MailboxPage};
use crate::domain::quota_alerts::AlertRecord;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MailboxView {
    pub detail: MailboxDetail,
    pub forecast: Forecast,
    /// Newest first.
    pub alerts: Vec<AlertRecord>,
    /// The alert whose link led here, if it belongs to this mailbox.
    pub opened_alert: Option<String>,
    pub access: AccessSettings,
    /// The mailbox's sender allow-list; `None` when its domain's mail does
    /// not run completely through the provider (no spam filter to skip).
    pub allow_list: Option<Vec<AllowView>>,
    /// The user may change the allow-list.
    pub can_edit: bool,
    pub now: i64,
}

/// Alerts listed on a mailbox page.
pub const ALERTS_SHOWN: i64 = 20;

#[server(endpoint = "mailboxes")]
pub async fn list_mailboxes(query: ListQuery) -> Result<MailboxPage, AppError> {
    use crate::backend::mailboxes;
    use crate::domain::input_limits as limits;
    let user = crate::api::guard::current_user().await?;
    limits::check("suche", &query.search, limits::SEARCH)?;
    if let Some(after) = &query.after {
        limits::check("nach", &after.key, limits::KEY)?;
    }
    let backend = crate::api::guard::backend()?;
    mailboxes::list(&backend.db, &user.customer_id, &query)
        .await
        .map_err(AppError::internal)
}

/// One mailbox of the user's customer; `alert` (from a quota alert link) is
/// marked seen when it belongs to this mailbox.
#[server(endpoint = "mailbox")]
pub async fn get_mailbox(id: String, alert: Option<String>) -> Result<MailboxView, AppError> {
    use crate::backend::{domains, mailboxes, quota_alerts};
    use crate::domain::{forecast, input_limits as limits};
    let user = crate::api::guard::current_user().await?;
    limits::check("id", &id, limits::KEY)?;
    limits::check("alert", alert.as_deref().unwrap_or(""), limits::KEY)?;
    let backend = crate::api::guard::backend()?;
    let db = &backend.db;
    let now = backend.now();
    let detail = mailboxes::detail(db, &user.customer_id, &id, now)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(alert_id) = &alert {
        quota_alerts::mark_seen(db, &user.customer_id, &id, alert_id, now).await?;
    }
    let alerts = quota_alerts::for_mailbox(db, &user.customer_id, &id, ALERTS_SHOWN).await?;
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
