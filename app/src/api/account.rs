//! The user's own account: password, two-factor device, and (for owners)
//! the organisation's security log.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountView {
    pub display_name: String,
    pub email: String,
    pub role: String,
    pub totp_enabled: bool,
    pub unused_recovery_codes: i64,
    pub is_owner: bool,
    /// Where password links go instead of the account's own address.
    pub alternative_email: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecurityEventView {
    pub kind: String,
    /// Whom the event concerned, when someone else than the actor.
    pub detail: Option<String>,
    pub actor_email: String,
    pub ip: String,
    pub at: i64,
}

/// One login of the user, as the account page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoginView {
    pub id: String,
    /// Browser and system, when recognised from the User-Agent header.
    pub browser: Option<String>,
    pub system: Option<String>,
    pub ip: String,
    pub started_at: i64,
    pub last_seen_at: i64,
    /// The login this page is shown in.
    pub current: bool,
}

/// Entries of the security log shown.
pub const SECURITY_LOG_LIMIT: i64 = 200;

#[server(endpoint = "account")]
pub async fn account_overview() -> Result<AccountView, AppError> {
    use crate::backend::totp;
    let user = crate::api::guard::current_user().await?;
    let backend = crate::api::guard::backend()?;
    let unused = totp::unused_recovery_codes(&backend, &user.id).await?;
    let alternative_email = crate::backend::alternative_email::of(&backend, &user.id).await?;
    Ok(AccountView {
        alternative_email,
        display_name: user.display_name,
        email: user.email,
        role: user.role.as_str().to_string(),
        totp_enabled: user.totp_enabled,
        unused_recovery_codes: unused,
        is_owner: user.role.may_manage_team(),
    })
}

/// Changes the password; needs the current one. Optionally ends every other
/// session of the user (e.g. after a device was lost).
#[server(endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    new_password_repeat: String,
    end_other_sessions: Option<String>,
) -> Result<(), AppError> {
    use crate::api::guard::{adopt_epoch, backend, current_user, record_event, session};
    use crate::backend::{security_log::EventKind, users};

    let user = current_user().await?;
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
    crate::api::reauth::check_password(&user, current_password).await?;
    let backend = backend()?;
    let hash = backend.passwords.hash(new_password).await?;
    let end_others = end_other_sessions.is_some();
    let epoch = users::change_password(&backend.db, &user.id, &hash, end_others).await?;
    if end_others {
        let current = crate::api::guard::current_login_id(&session().await?).await?;
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

/// Setting up a new authenticator (new phone): needs the password and a code
/// from the current one, then leads to the set-up page.
#[server(endpoint = "start_reenrolment")]
pub async fn start_reenrolment(password: String, code: String) -> Result<(), AppError> {
    use crate::api::guard::{current_user, session, REENROL_KEY};
    use crate::api::reauth::reauthenticate;
    let user = current_user().await?;
    reauthenticate(&user, password, &code).await?;
    session().await?.insert(REENROL_KEY, true).await?;
    leptos_axum::redirect("/anmelden/zwei-faktor");
    Ok(())
}

/// The organisation's security log; owners only.
#[server(endpoint = "security_log")]
pub async fn security_log() -> Result<Vec<SecurityEventView>, AppError> {
    use crate::backend::security_log;
    let user = crate::api::guard::current_user().await?;
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

/// Where the user is logged in (logins not ended and within the time limits).
#[server(endpoint = "logins")]
pub async fn my_logins() -> Result<Vec<LoginView>, AppError> {
    use crate::api::guard::{backend, current_login_id, current_user, session};
    use crate::backend::login_sessions;
    let user = current_user().await?;
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

/// Ends one of the user's other logins (this one ends with "Abmelden").
#[server(endpoint = "end_login")]
pub async fn end_login(id: String) -> Result<(), AppError> {
    use crate::api::guard::{backend, current_login_id, current_user, record_event, session};
    use crate::backend::{login_sessions, security_log::EventKind};
    use crate::domain::input_limits as limits;
    let user = current_user().await?;
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

/// Ends every login of the user but this one.
#[server(endpoint = "end_other_logins")]
pub async fn end_other_logins() -> Result<(), AppError> {
    use crate::api::guard::{backend, current_login_id, current_user, record_event, session};
    use crate::backend::{login_sessions, security_log::EventKind};
    let user = current_user().await?;
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

/// Sets or removes the alternative address for password links. Whoever holds
/// it can reset the password, so it needs the password and a current code,
/// like a new authenticator.
#[server(endpoint = "change_alternative_email")]
pub async fn change_alternative_email(
    password: String,
    code: String,
    alternative_email: String,
) -> Result<(), AppError> {
    use crate::api::guard::{backend, client_ip, current_user};
    use crate::api::reauth::reauthenticate;
    use crate::domain::mail_address::MailAddress;
    let user = current_user().await?;
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
    reauthenticate(&user, password, &code).await?;
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
