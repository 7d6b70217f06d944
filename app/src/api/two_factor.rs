//! The second login step and setting up two-factor login.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the set-up page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnrolmentView {
    pub account: String,
    /// The seed in groups of four characters, for typing into an app.
    pub secret_grouped: String,
    pub otpauth_uri: String,
    /// The QR code as an SVG data URI.
    pub qr_data_uri: String,
}

#[cfg(feature = "ssr")]
mod ssr {
    use crate::api::guard::{self, SessionState, REENROL_KEY};
    use crate::backend::users::SessionUser;
    use crate::error::AppError;
    use tower_sessions::Session;

    /// Who may set up an authenticator now: a pending user without one, or a
    /// logged-in user who just used a recovery code.
    pub async fn enrolling_user() -> Result<(Session, SessionUser, bool), AppError> {
        let session = guard::session().await?;
        let backend = guard::backend()?;
        if let Some(user) = guard::logged_in_user(&session, &backend).await? {
            let allowed = session.get::<bool>(REENROL_KEY).await?.unwrap_or(false);
            return if allowed {
                Ok((session, user, false))
            } else {
                Err(AppError::Forbidden)
            };
        }
        match guard::session_state(&session, &backend).await? {
            SessionState::Pending { user_id } => {
                let user = guard::load_user(&session, &user_id).await?;
                if user.totp_enabled {
                    return Err(AppError::Forbidden);
                }
                Ok((session, user, true))
            }
            _ => Err(AppError::Unauthorized),
        }
    }
}

/// Second login step: the code from the authenticator app.
#[server(endpoint = "second_factor")]
pub async fn second_factor(code: String) -> Result<(), AppError> {
    use crate::api::guard::{backend, complete_login, pending_user, record_event};
    use crate::api::reauth::counted_code_guess;
    use crate::backend::security_log::EventKind;
    use crate::backend::totp;
    let (session, user) = pending_user().await?;
    crate::domain::input_limits::check("code", &code, crate::domain::input_limits::CODE)?;
    let backend = backend()?;
    counted_code_guess(&user, async {
        if let Err(e) = totp::verify_code(
            &backend,
            &user.id,
            &code,
            crate::backend::clock::real_now() as u64,
        )
        .await
        {
            record_event(&user.id, EventKind::SecondFactorFailed).await;
            return Err(AppError::from(e));
        }
        Ok(())
    })
    .await?;
    let next = complete_login(&session, &user).await?;
    tracing::info!(event = "login", user_id = %user.id, "login completed with one-time code");
    record_event(&user.id, EventKind::Login).await;
    leptos_axum::redirect(&next);
    Ok(())
}

/// Second login step with a recovery code (lost device). Logs in once and
/// leads to setting up a new authenticator.
#[server(endpoint = "recovery_login")]
pub async fn recovery_login(recovery_code: String) -> Result<(), AppError> {
    use crate::api::guard::{backend, complete_login, pending_user, record_event, REENROL_KEY};
    use crate::api::reauth::counted_code_guess;
    use crate::backend::security_log::EventKind;
    use crate::backend::totp;
    let (session, user) = pending_user().await?;
    crate::domain::input_limits::check(
        "recovery_code",
        &recovery_code,
        crate::domain::input_limits::CODE,
    )?;
    let backend = backend()?;
    counted_code_guess(&user, async {
        if let Err(e) = totp::use_recovery_code(&backend, &user.id, &recovery_code).await {
            record_event(&user.id, EventKind::SecondFactorFailed).await;
            return Err(AppError::from(e));
        }
        Ok(())
    })
    .await?;
    complete_login(&session, &user).await?;
    session.insert(REENROL_KEY, true).await?;
    tracing::warn!(event = "recovery_code_used", user_id = %user.id, "login with a recovery code");
    record_event(&user.id, EventKind::RecoveryCodeUsed).await;
    leptos_axum::redirect("/anmelden/zwei-faktor?wiederherstellung=1");
    Ok(())
}

/// Starts setting up an authenticator: a new seed, shown as QR code and text.
#[server(endpoint = "begin_enrolment")]
pub async fn begin_enrolment() -> Result<EnrolmentView, AppError> {
    use crate::backend::totp;
    let (_, user, _) = ssr::enrolling_user().await?;
    let backend = crate::api::guard::backend()?;
    let enrolment = totp::begin_enrolment(&backend, &user.id, &user.email).await?;
    let secret_grouped = enrolment
        .secret_base32
        .trim_end_matches('=')
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    Ok(EnrolmentView {
        account: user.email,
        secret_grouped,
        otpauth_uri: enrolment.otpauth_uri,
        qr_data_uri: {
            use base64::Engine;
            format!(
                "data:image/svg+xml;base64,{}",
                base64::engine::general_purpose::STANDARD.encode(&enrolment.qr_svg)
            )
        },
    })
}

/// Throws the pending key away (the user lost it or wants another one); the
/// set-up page then shows a new one.
#[server(endpoint = "renew_enrolment")]
pub async fn renew_enrolment() -> Result<(), AppError> {
    let (_, user, _) = ssr::enrolling_user().await?;
    let backend = crate::api::guard::backend()?;
    crate::backend::totp::discard_enrolment(&backend, &user.id).await?;
    leptos_axum::redirect("/anmelden/zwei-faktor?neuer-schluessel=1");
    Ok(())
}

/// Switches two-factor login on with the first code from the app.
#[server(endpoint = "confirm_enrolment")]
pub async fn confirm_enrolment(code: String) -> Result<(), AppError> {
    use crate::api::guard::{
        complete_login, record_event, NEXT_KEY, RECOVERY_DUE_KEY, REENROL_KEY,
    };
    use crate::api::reauth::counted_code_guess;
    use crate::backend::security_log::EventKind;
    use crate::backend::totp;
    let (session, user, pending) = ssr::enrolling_user().await?;
    crate::domain::input_limits::check("code", &code, crate::domain::input_limits::CODE)?;
    let backend = crate::api::guard::backend()?;
    counted_code_guess(&user, async {
        totp::confirm_enrolment(
            &backend,
            &user.id,
            &code,
            crate::backend::clock::real_now() as u64,
        )
        .await
        .map_err(AppError::from)
    })
    .await?;
    if pending {
        // Where the user was going: the recovery-codes page continues there.
        let next = complete_login(&session, &user).await?;
        session.insert(NEXT_KEY, next).await?;
    }
    session.remove::<bool>(REENROL_KEY).await?;
    session.insert(RECOVERY_DUE_KEY, true).await?;
    tracing::info!(event = "totp_enabled", user_id = %user.id, "two-factor login set up");
    record_event(&user.id, EventKind::TotpEnabled).await;
    if pending {
        record_event(&user.id, EventKind::Login).await;
    }
    leptos_axum::redirect("/anmelden/wiederherstellungscodes");
    Ok(())
}

/// The recovery-codes page: the codes (once) and where to continue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecoveryCodesView {
    /// `None` when they have been shown already.
    pub codes: Option<Vec<String>>,
    pub continue_to: String,
}

/// New recovery codes, once, right after setting up two-factor login.
#[server(endpoint = "fresh_recovery_codes")]
pub async fn fresh_recovery_codes() -> Result<RecoveryCodesView, AppError> {
    use crate::api::guard::{current_user, session, NEXT_KEY, RECOVERY_DUE_KEY};
    use crate::domain::safe_redirect::same_site_path;
    let user = current_user().await?;
    let session = session().await?;
    let internal = AppError::internal;
    let continue_to = same_site_path(
        &session
            .remove::<String>(NEXT_KEY)
            .await
            .map_err(internal)?
            .unwrap_or_else(|| "/".into()),
    );
    let due = session
        .remove::<bool>(RECOVERY_DUE_KEY)
        .await
        .map_err(internal)?
        .unwrap_or(false);
    if !due {
        return Ok(RecoveryCodesView {
            codes: None,
            continue_to,
        });
    }
    let backend = crate::api::guard::backend()?;
    let codes = crate::backend::totp::issue_recovery_codes(&backend, &user.id).await?;
    Ok(RecoveryCodesView {
        codes: Some(codes),
        continue_to,
    })
}
