//! The organisation's users, managed by its owners: invite by e-mail, change
//! roles, remove. Every function checks that the caller is an owner and that
//! the user acted on belongs to the caller's organisation.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberView {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub active: bool,
    pub totp_enabled: bool,
    pub is_you: bool,
}

#[cfg(feature = "ssr")]
fn team_error(e: crate::backend::team::TeamError) -> AppError {
    use crate::backend::team::TeamError;
    match e {
        TeamError::NotFound => AppError::NotFound,
        TeamError::AlreadyMember => AppError::validation("email", "team-email-taken"),
        TeamError::LastOwner => AppError::validation("role", "team-last-owner"),
        TeamError::Yourself => AppError::validation("user_id", "team-not-yourself"),
        TeamError::Db(e) => AppError::internal(e),
    }
}

#[cfg(feature = "ssr")]
fn parse_role(role: &str) -> Result<crate::backend::users::Role, AppError> {
    crate::backend::users::Role::parse(role)
        .ok_or_else(|| AppError::validation("role", "team-role-invalid"))
}

#[server(endpoint = "team")]
pub async fn team() -> Result<Vec<MemberView>, AppError> {
    let user = crate::api::guard::current_owner().await?;
    ssr::team(&user).await
}

/// Invitations one owner may send per hour.
pub const INVITATIONS_PER_HOUR: i64 = 20;

#[server(endpoint = "invite_user")]
pub async fn invite_user(
    email: String,
    display_name: String,
    role: String,
) -> Result<(), AppError> {
    let user = crate::api::guard::current_owner().await?;
    ssr::invite_user(&user, email, display_name, role).await
}

#[server(endpoint = "change_role")]
pub async fn change_role(user_id: String, role: String) -> Result<(), AppError> {
    let user = crate::api::guard::current_owner().await?;
    ssr::change_role(&user, user_id, role).await
}

#[server(endpoint = "remove_user")]
pub async fn remove_user(user_id: String) -> Result<(), AppError> {
    let user = crate::api::guard::current_owner().await?;
    ssr::remove_user(&user, user_id).await
}

/// Logs a colleague out everywhere (e.g. a lost laptop); owners only.
#[server(endpoint = "end_member_logins")]
pub async fn end_member_logins(user_id: String) -> Result<(), AppError> {
    let user = crate::api::guard::current_owner().await?;
    ssr::end_member_logins(&user, user_id).await
}

#[cfg(feature = "ssr")]
mod ssr;
