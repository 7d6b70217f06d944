//! The mailbox list and one mailbox's page.

use crate::domain::domain_page::AllowView;
use crate::domain::forecast::Forecast;
use crate::domain::mailbox_access::AccessSettings;
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
    let user = crate::api::guard::current_user().await?;
    ssr::list_mailboxes(&user, query).await
}

/// One mailbox of the user's customer; `alert` (from a quota alert link) is
/// marked seen when it belongs to this mailbox.
#[server(endpoint = "mailbox")]
pub async fn get_mailbox(id: String, alert: Option<String>) -> Result<MailboxView, AppError> {
    let user = crate::api::guard::current_user().await?;
    ssr::get_mailbox(&user, id, alert).await
}

#[cfg(feature = "ssr")]
mod ssr;
