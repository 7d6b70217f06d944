//! The server side of `api::auth`: what each server function does once
//! the adapter has checked who is asking.

use super::*;
use crate::backend::users::SessionUser;
use crate::domain::password_policy::{check_length, PasswordProblem};
use crate::domain::password_strength::{self, PasswordContext};
use crate::error::AppError;

/// Checks a new password against every rule. The strength estimate takes
/// milliseconds of CPU, so it runs off the async threads. `fields` name
/// the password field and its repetition, for the message's place.
pub async fn check_new_password(
    password: &str,
    repeated: &str,
    email: String,
    company: String,
    [field, repeat_field]: [&str; 2],
) -> Result<(), AppError> {
    // Cheap before the estimate: no copy of an oversized input.
    check_length(password).map_err(|problem| AppError::validation(field, problem.message_id()))?;
    let (password, repeated) = (password.to_string(), repeated.to_string());
    let verdict = tokio::task::spawn_blocking(move || {
        let context = PasswordContext {
            company: &company,
            email: &email,
        };
        password_strength::check_new_password(&password, &repeated, &context)
    })
    .await?;
    verdict.map_err(|problem| {
        let at = match problem {
            PasswordProblem::Mismatch => repeat_field,
            _ => field,
        };
        AppError::validation(at, problem.message_id())
    })
}

pub async fn login(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    use crate::api::guard::{backend, session};
    use crate::api::login_steps::begin_login;
    use crate::backend::login::{authenticate, LoginError};
    use crate::domain::input_limits as limits;
    use crate::domain::{mail_address::MailAddress, safe_redirect::same_site_path};

    // One answer for unknown address and wrong password, so the form does not
    // reveal who has an account.
    let email = MailAddress::parse(&email)
        .map_err(|_| AppError::validation("email", "login-email-invalid"))?;
    if password.is_empty() {
        return Err(AppError::validation("password", "login-password-missing"));
    }
    limits::check("password", &password, limits::PASSWORD)?;
    limits::check("next", next.as_deref().unwrap_or(""), limits::PATH)?;
    let backend = backend()?;
    let ip = crate::api::request_origin::client_ip().await;
    let user = match authenticate(&backend, &email, password, &ip).await {
        Ok(user) => user,
        Err(LoginError::Failed { user_id }) => {
            tracing::info!(event = "login_failed", %ip, "login failed");
            // Failed logins of real accounts go into their customer's security
            // log. For unknown addresses the same write runs and stores nothing
            // (no user row matches), so the answer takes as long either way.
            crate::api::security_events::record_event(
                user_id.as_deref().unwrap_or(""),
                crate::backend::security_log::EventKind::LoginFailed,
            )
            .await;
            return Err(AppError::validation("password", "login-failed"));
        }
        Err(LoginError::Throttled { retry_after }) => {
            tracing::warn!(event = "login_throttled", %ip, retry_after, "login throttled");
            return Err(AppError::RateLimited { retry_after });
        }
        Err(LoginError::Db(e)) => return Err(AppError::internal(e)),
    };
    // A new login starts any authenticator set-up afresh: a key that someone
    // else who knew the password saw on the set-up page does not outlive it.
    // Within one login the key stays (a mistyped code or a reload keep it).
    crate::backend::totp::discard_enrolment(&backend, &user.id).await?;
    let session = session().await?;
    // A new session id after the password: an id planted before login becomes
    // worthless. The session reaches nothing but the second factor yet.
    begin_login(
        &session,
        &user.id,
        &same_site_path(next.as_deref().unwrap_or("/")),
    )
    .await?;
    set_lang_cookie(user.language);
    tracing::info!(event = "password_ok", user_id = %user.id, "password accepted, second factor due");
    leptos_axum::redirect(if user.totp_enabled {
        "/anmelden/code"
    } else {
        "/anmelden/zwei-faktor"
    });
    Ok(())
}

pub async fn logout() -> Result<(), AppError> {
    use crate::api::guard::{backend, session};
    use crate::api::login_steps::current_login_id;
    let session = session().await?;
    // The login's row ends first: even if a request of this session that is
    // still running saved the session again, the login stays over.
    if let Some(login_id) = current_login_id(&session).await? {
        crate::backend::login_sessions::end_by_id(
            &backend()?,
            &login_id,
            crate::backend::clock::real_now(),
        )
        .await?;
    }
    // Deletes the session record: the old cookie is worthless afterwards.
    session.flush().await?;
    leptos_axum::redirect("/anmelden?abgemeldet=1");
    Ok(())
}

pub async fn current_user(user: &SessionUser) -> Result<UserView, AppError> {
    use crate::backend::customers;
    let backend = crate::api::guard::backend()?;
    let customer = customers::get(&backend.db, &user.customer_id)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let contract_ends =
        crate::backend::cancellations::contract_end(&backend.db, &user.customer_id).await?;
    Ok(UserView {
        contract_ends: contract_ends.map(|d| d.to_string()),
        display_name: user.display_name.clone(),
        email: user.email.clone(),
        role: user.role.as_str().to_string(),
        customer_name: customer.name,
        customer_number: customer.number,
    })
}

pub async fn password_link_valid(token: String) -> Result<bool, AppError> {
    use crate::domain::input_limits as limits;
    limits::check("token", &token, limits::CODE)?;
    let backend = crate::api::guard::backend()?;
    let holder = crate::backend::tokens::holder(&backend.db, &token).await?;
    Ok(holder.is_some())
}

pub async fn set_password(
    token: String,
    password: String,
    password_repeat: String,
) -> Result<(), AppError> {
    use crate::backend::tokens::{self, TokenError};
    use crate::domain::input_limits as limits;

    limits::check("token", &token, limits::CODE)?;
    let backend = crate::api::guard::backend()?;
    let Some(holder) = tokens::holder(&backend.db, &token).await? else {
        return Err(AppError::validation("token", "password-link-invalid"));
    };
    ssr::check_new_password(
        &password,
        &password_repeat,
        holder.email,
        holder.company,
        ["password", "password_repeat"],
    )
    .await?;
    let hash = backend.passwords.hash(password).await?;
    match tokens::redeem(&backend.db, &token, &hash).await {
        Ok(redeemed) => {
            use crate::backend::security_log::EventKind;
            tracing::info!(event = "password_set", user_id = %redeemed.user_id, reset = redeemed.was_reset, "password set from link");
            // A set-up begun before (perhaps by someone who knew the old
            // password) starts afresh.
            crate::backend::totp::discard_enrolment(&backend, &redeemed.user_id).await?;
            if redeemed.was_reset {
                // The reset ended every session (epoch); the login list says so too.
                crate::backend::login_sessions::end_all(
                    &backend,
                    &redeemed.user_id,
                    None,
                    crate::backend::clock::real_now(),
                )
                .await?;
            }
            let kind = if redeemed.was_reset {
                EventKind::PasswordReset
            } else {
                EventKind::PasswordSet
            };
            crate::api::security_events::record_event(&redeemed.user_id, kind).await;
            leptos_axum::redirect("/anmelden?passwort=gesetzt");
            Ok(())
        }
        Err(TokenError::Invalid) => Err(AppError::validation("token", "password-link-invalid")),
        Err(TokenError::Db(e)) => Err(AppError::internal(e)),
    }
}

pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    use crate::domain::mail_address::MailAddress;
    let email = MailAddress::parse(&email)
        .map_err(|_| AppError::validation("email", "login-email-invalid"))?;
    let backend = crate::api::guard::backend()?;
    let ip = crate::api::request_origin::client_ip().await;
    crate::backend::password_reset::request(&backend, &email, &ip).await?;
    leptos_axum::redirect("/passwort-vergessen?gesendet");
    Ok(())
}
