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
    let backend = crate::api::guard::backend()?;
    let members = crate::backend::team::members(&backend, &user.customer_id).await?;
    Ok(members
        .into_iter()
        .map(|m| MemberView {
            is_you: m.id == user.id,
            id: m.id,
            email: m.email,
            display_name: m.display_name,
            role: m.role.as_str().to_string(),
            active: m.active,
            totp_enabled: m.totp_enabled,
        })
        .collect())
}

/// Invitations one owner may send per hour.
pub const INVITATIONS_PER_HOUR: i64 = 20;

#[server(endpoint = "invite_user")]
pub async fn invite_user(
    email: String,
    display_name: String,
    role: String,
) -> Result<(), AppError> {
    use crate::backend::security_log::EventKind;
    use crate::domain::mail_address::MailAddress;
    let user = crate::api::guard::current_owner().await?;
    let email = MailAddress::parse(&email)
        .map_err(|_| AppError::validation("email", "login-email-invalid"))?;
    let name = display_name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AppError::validation("display_name", "team-name-invalid"));
    }
    let role = parse_role(&role)?;
    let backend = crate::api::guard::backend()?;
    // Bounds how many addresses one owner can try (and how much mail they cause).
    crate::backend::throttle::begin_action(
        &backend,
        &format!("invite:{}", user.id),
        INVITATIONS_PER_HOUR,
        3600,
    )
    .await?;
    crate::backend::team::invite(
        &backend,
        &user.customer_id,
        &user.display_name,
        &email,
        name,
        role,
        user.language,
    )
    .await
    .map_err(team_error)?;
    crate::api::guard::record_event_about(&user.id, EventKind::UserInvited, Some(email.as_str()))
        .await;
    leptos_axum::redirect("/konto?team=eingeladen");
    Ok(())
}

#[server(endpoint = "change_role")]
pub async fn change_role(user_id: String, role: String) -> Result<(), AppError> {
    use crate::backend::security_log::EventKind;
    let user = crate::api::guard::current_owner().await?;
    let role = parse_role(&role)?;
    let backend = crate::api::guard::backend()?;
    let email = crate::backend::team::change_role(&backend, &user.customer_id, &user_id, role)
        .await
        .map_err(team_error)?;
    ssr::end_logins_of(&backend, &user_id).await?;
    let detail = format!("{email} → {}", role.as_str());
    crate::api::guard::record_event_about(&user.id, EventKind::RoleChanged, Some(&detail)).await;
    leptos_axum::redirect("/konto?team=geaendert");
    Ok(())
}

#[server(endpoint = "remove_user")]
pub async fn remove_user(user_id: String) -> Result<(), AppError> {
    use crate::backend::security_log::EventKind;
    let user = crate::api::guard::current_owner().await?;
    let backend = crate::api::guard::backend()?;
    let email = crate::backend::team::remove(&backend, &user.customer_id, &user.id, &user_id)
        .await
        .map_err(team_error)?;
    ssr::end_logins_of(&backend, &user_id).await?;
    crate::api::guard::record_event_about(&user.id, EventKind::UserRemoved, Some(&email)).await;
    leptos_axum::redirect("/konto?team=entfernt");
    Ok(())
}

/// Logs a colleague out everywhere (e.g. a lost laptop); owners only.
#[server(endpoint = "end_member_logins")]
pub async fn end_member_logins(user_id: String) -> Result<(), AppError> {
    use crate::backend::security_log::EventKind;
    let user = crate::api::guard::current_owner().await?;
    let backend = crate::api::guard::backend()?;
    let member = crate::backend::users::session_user(&backend.db, &user_id)
        .await?
        .filter(|m| m.customer_id == user.customer_id)
        .ok_or(AppError::NotFound)?;
    ssr::end_logins_of(&backend, &member.id).await?;
    crate::api::guard::record_event_about(
        &user.id,
        EventKind::OtherSessionsEnded,
        Some(&member.email),
    )
    .await;
    leptos_axum::redirect("/konto?team=abgemeldet");
    Ok(())
}

#[cfg(feature = "ssr")]
mod ssr {
    use crate::backend::Backend;
    use crate::error::AppError;

    /// Ends every login of `user_id` but the caller's own current one (an
    /// owner changing their own role stays logged in here).
    pub async fn end_logins_of(backend: &Backend, user_id: &str) -> Result<(), AppError> {
        let session = crate::api::guard::session().await?;
        let keep = crate::api::guard::current_login_id(&session).await?;
        crate::backend::login_sessions::end_all(
            backend,
            user_id,
            keep.as_deref(),
            crate::backend::clock::real_now(),
        )
        .await
        .map(|_| ())
        .map_err(AppError::internal)
    }
}
