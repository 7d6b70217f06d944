//! The passkey functions' work: session checks, ceremony state in the
//! server-side session, storage and the security log.

use super::{PasskeyView, PasskeysView};
use crate::api::security_events::{self, record_event_about};
use crate::api::{guard, login_steps};
use crate::backend::passkeys::{self, AddError};
use crate::backend::security_log::EventKind;
use crate::backend::Backend;
use crate::domain::input_limits as limits;
use crate::error::AppError;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use tower_sessions::Session;
use webauthn_rs::prelude::{
    PasskeyAuthentication, PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential,
    Webauthn,
};

/// Password and code were confirmed for adding a passkey with this name.
const PREPARED_KEY: &str = "passkey_prepared";
/// The registration ceremony under way.
const REGISTRATION_KEY: &str = "passkey_registration";
/// The login ceremony under way.
const AUTHENTICATION_KEY: &str = "passkey_authentication";

/// How long the confirmation of password and code allows adding a passkey.
const PREPARED_SECS: i64 = 5 * 60;
/// The browser's JSON for a credential is a few kilobytes at most.
const CREDENTIAL_JSON: usize = 16 * 1024;

#[derive(Debug, Serialize, Deserialize)]
struct Prepared {
    name: String,
    until: i64,
}

fn relying_party(backend: &Backend) -> Result<Arc<Webauthn>, AppError> {
    backend
        .passkeys
        .clone()
        .ok_or_else(|| AppError::validation("passkey", "passkeys-unavailable"))
}

fn to_json(value: &impl Serialize) -> Result<String, AppError> {
    serde_json::to_string(value).map_err(AppError::internal)
}

/// The browser's credential JSON; anything else is a failed ceremony.
fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, AppError> {
    limits::check("credential", text, CREDENTIAL_JSON)?;
    serde_json::from_str(text).map_err(|e| {
        tracing::info!(error = %e, "unreadable passkey credential");
        AppError::validation("passkey", "passkey-failed")
    })
}

async fn take<T: serde::de::DeserializeOwned>(
    session: &Session,
    key: &str,
) -> Result<Option<T>, AppError> {
    session.remove::<T>(key).await.map_err(AppError::internal)
}

impl Prepared {
    fn is_current(&self, now: i64) -> bool {
        self.until > now
    }
}

async fn prepared(session: &Session, now: i64) -> Result<Option<Prepared>, AppError> {
    let prepared = session.get::<Prepared>(PREPARED_KEY).await?;
    Ok(prepared.filter(|p| p.is_current(now)))
}

async fn passkey_count(backend: &Backend, user_id: &str) -> Result<i64, AppError> {
    let mut conn = backend.db.pool.acquire().await?;
    passkeys::count(&mut conn, user_id)
        .await
        .map_err(AppError::internal)
}

pub async fn overview() -> Result<PasskeysView, AppError> {
    let user = guard::current_user().await?;
    let backend = guard::backend()?;
    let passkeys = passkeys::list(&backend.db, &user.id).await?;
    Ok(PasskeysView {
        available: backend.passkeys.is_some(),
        prepared_name: prepared(&guard::session().await?, backend.now())
            .await?
            .map(|p| p.name),
        passkeys: passkeys
            .into_iter()
            .map(|p| PasskeyView {
                id: p.id,
                name: p.name,
                created_at: p.created_at,
                last_used_at: p.last_used_at,
            })
            .collect(),
    })
}

pub async fn prepare(password: String, code: String, name: String) -> Result<(), AppError> {
    let user = guard::current_user().await?;
    let backend = guard::backend()?;
    relying_party(&backend)?;
    let name = crate::domain::passkey_name::parse(&name)
        .map_err(|problem| AppError::validation("name", problem.message_id()))?;
    crate::api::reauth::reauthenticate(&user, password, &code).await?;
    if passkey_count(&backend, &user.id).await? >= passkeys::MAX_PER_USER {
        return Err(AppError::validation("name", "passkey-too-many"));
    }
    let prepared = Prepared {
        name,
        until: backend.now() + PREPARED_SECS,
    };
    guard::session()
        .await?
        .insert(PREPARED_KEY, prepared)
        .await
        .map_err(AppError::internal)
}

pub async fn registration_options() -> Result<String, AppError> {
    let user = guard::current_user().await?;
    let backend = guard::backend()?;
    let webauthn = relying_party(&backend)?;
    let session = guard::session().await?;
    if prepared(&session, backend.now()).await?.is_none() {
        return Err(AppError::validation("passkey", "passkey-expired"));
    }
    let existing = passkeys::credentials(&backend.db, &user.id).await?;
    let exclude = existing.iter().map(|p| p.cred_id().clone()).collect();
    let (options, state) = webauthn
        .start_passkey_registration(
            passkeys::user_handle(&user.id),
            &user.email,
            &user.display_name,
            Some(exclude),
        )
        .map_err(AppError::internal)?;
    session.insert(REGISTRATION_KEY, state).await?;
    to_json(&options)
}

pub async fn finish_registration(credential: String) -> Result<(), AppError> {
    let user = guard::current_user().await?;
    let backend = guard::backend()?;
    let webauthn = relying_party(&backend)?;
    let session = guard::session().await?;
    // Both are used up whatever the outcome: a new attempt starts afresh.
    let state = take::<PasskeyRegistration>(&session, REGISTRATION_KEY).await?;
    let prepared = take::<Prepared>(&session, PREPARED_KEY)
        .await?
        .filter(|p| p.is_current(backend.now()));
    let (Some(state), Some(prepared)) = (state, prepared) else {
        return Err(AppError::validation("passkey", "passkey-expired"));
    };
    let credential: RegisterPublicKeyCredential = from_json(&credential)?;
    let passkey = webauthn
        .finish_passkey_registration(&credential, &state)
        .map_err(|e| {
            tracing::info!(user_id = %user.id, error = %e, "passkey registration refused");
            AppError::validation("passkey", "passkey-failed")
        })?;
    match passkeys::add(&backend, &user.id, &prepared.name, &passkey, backend.now()).await {
        Ok(()) => {}
        Err(AddError::TooMany) => return Err(AppError::validation("name", "passkey-too-many")),
        Err(AddError::Duplicate) => {
            return Err(AppError::validation("passkey", "passkey-duplicate"))
        }
        Err(AddError::Db(e)) => return Err(AppError::internal(e)),
    }
    record_event_about(&user.id, EventKind::PasskeyAdded, Some(&prepared.name)).await;
    Ok(())
}

pub async fn remove(id: String) -> Result<(), AppError> {
    let user = guard::current_user().await?;
    limits::check("id", &id, limits::KEY)?;
    let backend = guard::backend()?;
    // The authenticator app stays a factor, so removing a passkey never
    // leaves the account without a second factor.
    let Some(name) = passkeys::remove(&backend.db, &user.id, &id).await? else {
        return Err(AppError::NotFound);
    };
    record_event_about(&user.id, EventKind::PasskeyRemoved, Some(&name)).await;
    Ok(())
}

pub async fn login_offered() -> Result<bool, AppError> {
    let (_, user) = login_steps::pending_user().await?;
    let backend = guard::backend()?;
    if backend.passkeys.is_none() || !user.totp_enabled {
        return Ok(false);
    }
    Ok(passkey_count(&backend, &user.id).await? > 0)
}

pub async fn login_options() -> Result<String, AppError> {
    let (session, user) = login_steps::pending_user().await?;
    let backend = guard::backend()?;
    let webauthn = relying_party(&backend)?;
    let credentials = passkeys::credentials(&backend.db, &user.id).await?;
    if credentials.is_empty() || !user.totp_enabled {
        return Err(AppError::validation("passkey", "passkey-none"));
    }
    let (options, state) = webauthn
        .start_passkey_authentication(&credentials)
        .map_err(AppError::internal)?;
    session.insert(AUTHENTICATION_KEY, state).await?;
    to_json(&options)
}

pub async fn finish_login(credential: String) -> Result<String, AppError> {
    let (session, user) = login_steps::pending_user().await?;
    let backend = guard::backend()?;
    let webauthn = relying_party(&backend)?;
    let state = take::<PasskeyAuthentication>(&session, AUTHENTICATION_KEY).await?;
    // A failed passkey counts like a wrong code, in the same limits.
    let result = crate::api::reauth::counted_code_guess(&user, async {
        let Some(state) = state else {
            return Err(AppError::validation("passkey", "passkey-expired"));
        };
        // A throttled attempt never gets here, so it is not logged as a failure.
        let verified = from_json::<PublicKeyCredential>(&credential).and_then(|credential| {
            webauthn
                .finish_passkey_authentication(&credential, &state)
                .map_err(|e| {
                    tracing::info!(user_id = %user.id, error = %e, "passkey login refused");
                    AppError::validation("passkey", "passkey-failed")
                })
        });
        if verified.is_err() {
            security_events::record_event(&user.id, EventKind::SecondFactorFailed).await;
        }
        verified
    })
    .await?;
    passkeys::mark_used(&backend.db, &user.id, &result, backend.now()).await?;
    let next = login_steps::complete_login(&session, &user).await?;
    tracing::info!(event = "login", user_id = %user.id, "login completed with a passkey");
    security_events::record_event(&user.id, EventKind::Login).await;
    Ok(next)
}
