//! The server side of `api::two_factor`: what each server function does once
//! the adapter has checked who is asking.

use super::*;

use crate::api::guard;
use crate::api::session_state::{SessionState, REENROL_KEY};
use crate::backend::users::SessionUser;
use crate::error::AppError;
use tower_sessions::Session;

/// Who may set up an authenticator now: a pending user without one, or a
/// logged-in user who just used a recovery code.
pub async fn enrolling_user() -> Result<(Session, SessionUser, bool), AppError> {
    let session = guard::session().await?;
    let backend = guard::backend()?;
    if let Some(user) = crate::api::session_state::logged_in_user(&session, &backend).await? {
        let allowed = session.get::<bool>(REENROL_KEY).await?.unwrap_or(false);
        return if allowed {
            Ok((session, user, false))
        } else {
            Err(AppError::Forbidden)
        };
    }
    match crate::api::session_state::session_state(&session, &backend).await? {
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

pub async fn second_factor(code: String) -> Result<(), AppError> {
    use crate::api::guard::backend;
    use crate::api::login_steps::{complete_login, pending_user};
    use crate::api::reauth::counted_code_guess;
    use crate::api::security_events::record_event;
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

pub async fn recovery_login(recovery_code: String) -> Result<(), AppError> {
    use crate::api::guard::backend;
    use crate::api::login_steps::{complete_login, pending_user};
    use crate::api::reauth::counted_code_guess;
    use crate::api::security_events::record_event;
    use crate::api::session_state::REENROL_KEY;
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

pub async fn renew_enrolment() -> Result<(), AppError> {
    let (_, user, _) = ssr::enrolling_user().await?;
    let backend = crate::api::guard::backend()?;
    crate::backend::totp::discard_enrolment(&backend, &user.id).await?;
    leptos_axum::redirect("/anmelden/zwei-faktor?neuer-schluessel=1");
    Ok(())
}

pub async fn confirm_enrolment(code: String) -> Result<(), AppError> {
    use crate::api::login_steps::complete_login;
    use crate::api::reauth::counted_code_guess;
    use crate::api::security_events::record_event;
    use crate::api::session_state::{NEXT_KEY, RECOVERY_DUE_KEY, REENROL_KEY};
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

pub async fn fresh_recovery_codes(user: &SessionUser) -> Result<RecoveryCodesView, AppError> {
    use crate::api::guard::session;
    use crate::api::session_state::{NEXT_KEY, RECOVERY_DUE_KEY};
    use crate::domain::safe_redirect::same_site_path;
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
