//! The server side of `api::team`: what each server function does once
//! the adapter has checked who is asking.

use super::*;
use crate::backend::users::SessionUser;
use crate::backend::Backend;
use crate::error::AppError;

/// Ends every login of `user_id` but the caller's own current one (an
/// owner changing their own role stays logged in here).
pub async fn end_logins_of(backend: &Backend, user_id: &str) -> Result<(), AppError> {
    let session = crate::api::guard::session().await?;
    let keep = crate::api::login_steps::current_login_id(&session).await?;
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

pub async fn team(user: &SessionUser) -> Result<Vec<MemberView>, AppError> {
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

pub async fn invite_user(
    user: &SessionUser,
    email: String,
    display_name: String,
    role: String,
) -> Result<(), AppError> {
    use crate::backend::security_log::EventKind;
    use crate::domain::mail_address::MailAddress;
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
    crate::api::security_events::record_event_about(
        &user.id,
        EventKind::UserInvited,
        Some(email.as_str()),
    )
    .await;
    leptos_axum::redirect("/konto?team=eingeladen");
    Ok(())
}

pub async fn change_role(
    user: &SessionUser,
    user_id: String,
    role: String,
) -> Result<(), AppError> {
    use crate::backend::security_log::EventKind;
    let role = parse_role(&role)?;
    let backend = crate::api::guard::backend()?;
    let email = crate::backend::team::change_role(&backend, &user.customer_id, &user_id, role)
        .await
        .map_err(team_error)?;
    ssr::end_logins_of(&backend, &user_id).await?;
    let detail = format!("{email} → {}", role.as_str());
    crate::api::security_events::record_event_about(
        &user.id,
        EventKind::RoleChanged,
        Some(&detail),
    )
    .await;
    leptos_axum::redirect("/konto?team=geaendert");
    Ok(())
}

pub async fn remove_user(user: &SessionUser, user_id: String) -> Result<(), AppError> {
    use crate::backend::security_log::EventKind;
    let backend = crate::api::guard::backend()?;
    let email = crate::backend::team::remove(&backend, &user.customer_id, &user.id, &user_id)
        .await
        .map_err(team_error)?;
    ssr::end_logins_of(&backend, &user_id).await?;
    crate::api::security_events::record_event_about(&user.id, EventKind::UserRemoved, Some(&email))
        .await;
    leptos_axum::redirect("/konto?team=entfernt");
    Ok(())
}

pub async fn end_member_logins(user: &SessionUser, user_id: String) -> Result<(), AppError> {
    use crate::backend::security_log::EventKind;
    let backend = crate::api::guard::backend()?;
    let member = crate::backend::users::session_user(&backend.db, &user_id)
        .await?
        .filter(|m| m.customer_id == user.customer_id)
        .ok_or(AppError::NotFound)?;
    ssr::end_logins_of(&backend, &member.id).await?;
    crate::api::security_events::record_event_about(
        &user.id,
        EventKind::OtherSessionsEnded,
        Some(&member.email),
    )
    .await;
    leptos_axum::redirect("/konto?team=abgemeldet");
    Ok(())
}
