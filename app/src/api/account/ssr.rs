//! The server side of `api::account`: what each server function does once
//! the adapter has checked who is asking.

use super::*;
use crate::backend::users::SessionUser;

pub async fn account_overview(user: &SessionUser) -> Result<AccountView, AppError> {
    use crate::backend::totp;
    let backend = crate::api::guard::backend()?;
    let unused = totp::unused_recovery_codes(&backend, &user.id).await?;
    let alternative_email = crate::backend::alternative_email::of(&backend, &user.id).await?;
    Ok(AccountView {
        alternative_email,
        display_name: user.display_name.clone(),
        email: user.email.clone(),
        role: user.role.as_str().to_string(),
        totp_enabled: user.totp_enabled,
        unused_recovery_codes: unused,
        is_owner: user.role.may_manage_team(),
    })
}

pub async fn change_password(
    user: &SessionUser,
    current_password: String,
    new_password: String,
    new_password_repeat: String,
    end_other_sessions: Option<String>,
) -> Result<(), AppError> {
    use crate::api::guard::{backend, session};
    use crate::api::login_steps::adopt_epoch;
    use crate::api::security_events::record_event;
    use crate::backend::{security_log::EventKind, users};

    let company = crate::backend::customers::get(&backend()?.db, &user.customer_id)
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    crate::api::auth::ssr::check_new_password(
        &new_password,
        &new_password_repeat,
        user.email.clone(),
        company,
        ["new_password", "new_password_repeat"],
    )
    .await?;
    crate::api::reauth::check_password(user, current_password).await?;
    let backend = backend()?;
    let hash = backend.passwords.hash(new_password).await?;
    let end_others = end_other_sessions.is_some();
    let epoch = users::change_password(&backend.db, &user.id, &hash, end_others).await?;
    if end_others {
        let current = crate::api::login_steps::current_login_id(&session().await?).await?;
        crate::backend::login_sessions::end_all(
            &backend,
            &user.id,
            current.as_deref(),
            crate::backend::clock::real_now(),
        )
        .await?;
    }
    adopt_epoch(&session().await?, epoch).await?;
    record_event(&user.id, EventKind::PasswordChanged).await;
    if end_others {
        record_event(&user.id, EventKind::OtherSessionsEnded).await;
    }
    leptos_axum::redirect(if end_others {
        "/konto?passwort=geaendert&sitzungen=beendet"
    } else {
        "/konto?passwort=geaendert"
    });
    Ok(())
}

pub async fn start_reenrolment(
    user: &SessionUser,
    password: String,
    code: String,
) -> Result<(), AppError> {
    use crate::api::guard::session;
    use crate::api::reauth::reauthenticate;
    use crate::api::session_state::REENROL_KEY;
    reauthenticate(user, password, &code).await?;
    session().await?.insert(REENROL_KEY, true).await?;
    leptos_axum::redirect("/anmelden/zwei-faktor");
    Ok(())
}

pub async fn security_log(user: &SessionUser) -> Result<Vec<SecurityEventView>, AppError> {
    use crate::backend::security_log;
    if !user.role.may_manage_team() {
        return Err(AppError::Forbidden);
    }
    let backend = crate::api::guard::backend()?;
    let events = security_log::recent(&backend, &user.customer_id, SECURITY_LOG_LIMIT).await?;
    Ok(events
        .into_iter()
        .map(|e| SecurityEventView {
            kind: e.kind,
            detail: e.detail,
            actor_email: e.actor_email,
            ip: e.ip,
            at: e.at,
        })
        .collect())
}

pub async fn my_logins(user: &SessionUser) -> Result<Vec<LoginView>, AppError> {
    use crate::api::guard::{backend, session};
    use crate::api::login_steps::current_login_id;
    use crate::backend::login_sessions;
    let backend = backend()?;
    let current = current_login_id(&session().await?).await?;
    let logins = login_sessions::active(
        &backend,
        &user.id,
        backend.sessions,
        crate::backend::clock::real_now(),
    )
    .await?;
    Ok(logins
        .into_iter()
        .map(|l| {
            let (browser, system) = crate::domain::user_agent::summary(&l.user_agent);
            LoginView {
                current: current.as_deref() == Some(l.id.as_str()),
                id: l.id,
                browser: browser.map(str::to_string),
                system: system.map(str::to_string),
                ip: l.ip,
                started_at: l.started_at,
                last_seen_at: l.last_seen_at,
            }
        })
        .collect())
}

pub async fn end_login(user: &SessionUser, id: String) -> Result<(), AppError> {
    use crate::api::guard::{backend, session};
    use crate::api::login_steps::current_login_id;
    use crate::api::security_events::record_event;
    use crate::backend::{login_sessions, security_log::EventKind};
    use crate::domain::input_limits as limits;
    limits::check("id", &id, limits::KEY)?;
    if current_login_id(&session().await?).await?.as_deref() == Some(id.as_str()) {
        return Err(AppError::validation("id", "logins-end-current"));
    }
    if !login_sessions::end(
        &backend()?,
        &user.id,
        &id,
        crate::backend::clock::real_now(),
    )
    .await?
    {
        return Err(AppError::NotFound);
    }
    record_event(&user.id, EventKind::OtherSessionsEnded).await;
    leptos_axum::redirect("/konto?sitzungen=beendet#anmeldungen");
    Ok(())
}

pub async fn end_other_logins(user: &SessionUser) -> Result<(), AppError> {
    use crate::api::guard::{backend, session};
    use crate::api::login_steps::current_login_id;
    use crate::api::security_events::record_event;
    use crate::backend::{login_sessions, security_log::EventKind};
    let current = current_login_id(&session().await?).await?;
    login_sessions::end_all(
        &backend()?,
        &user.id,
        current.as_deref(),
        crate::backend::clock::real_now(),
    )
    .await?;
    record_event(&user.id, EventKind::OtherSessionsEnded).await;
    leptos_axum::redirect("/konto?sitzungen=beendet#anmeldungen");
    Ok(())
}

pub async fn change_alternative_email(
    user: &SessionUser,
    password: String,
    code: String,
    alternative_email: String,
) -> Result<(), AppError> {
    use crate::api::guard::backend;
    use crate::api::reauth::reauthenticate;
    use crate::api::request_origin::client_ip;
    use crate::domain::mail_address::MailAddress;
    let wanted = alternative_email.trim();
    let new = if wanted.is_empty() {
        None
    } else {
        let address = MailAddress::parse(wanted)
            .map_err(|_| AppError::validation("alternative_email", "alt-email-invalid"))?;
        if address.as_str() == user.email {
            return Err(AppError::validation("alternative_email", "alt-email-same"));
        }
        Some(address)
    };
    reauthenticate(user, password, &code).await?;
    crate::backend::alternative_email::change(
        &backend()?,
        &user.id,
        new.as_ref(),
        &client_ip().await,
    )
    .await?;
    leptos_axum::redirect("/konto?alternativ=geaendert#alternative-adresse");
    Ok(())
}
