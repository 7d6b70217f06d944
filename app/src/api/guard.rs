//! Session checks shared by all server functions and the page guard.
//!
//! A session is in one of three states: nobody; *pending* (the password was
//! right, the second factor is still due: such a session reaches only the
//! two-factor steps and expires after 5 minutes); or *logged in* (for at most
//! 12 hours, and 30 minutes of inactivity, see the session layer).

use crate::backend::users::{self, SessionUser};
use crate::backend::{now, Backend};
use crate::error::AppError;
use leptos::prelude::*;
use tower_sessions::Session;

/// Session key holding the logged-in user's id.
const USER_ID_KEY: &str = "user_id";
const LOGIN_AT_KEY: &str = "login_at";
const EPOCH_KEY: &str = "session_epoch";
const PENDING_USER_KEY: &str = "pending_user_id";
const PENDING_SINCE_KEY: &str = "pending_since";
/// Where to go once the login is complete.
pub const NEXT_KEY: &str = "next";
/// The user may set up a new authenticator without the old one's code (after
/// logging in with a recovery code).
pub const REENROL_KEY: &str = "may_reenrol";
/// New recovery codes are due to be shown once.
pub const RECOVERY_DUE_KEY: &str = "recovery_codes_due";

pub const PENDING_TTL_SECS: i64 = 5 * 60;
pub const ABSOLUTE_TTL_SECS: i64 = 12 * 3600;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionState {
    Anonymous,
    /// Password checked; the second factor is due.
    Pending {
        user_id: String,
    },
    LoggedIn {
        user_id: String,
    },
}

/// Reads the state of `session`, ending it when a time limit has passed.
pub async fn session_state(
    session: &Session,
) -> Result<SessionState, tower_sessions::session::Error> {
    session_state_at(session, now()).await
}

/// `session_state` at the instant `at` (Unix seconds).
async fn session_state_at(
    session: &Session,
    at: i64,
) -> Result<SessionState, tower_sessions::session::Error> {
    if let Some(user_id) = session.get::<String>(USER_ID_KEY).await? {
        let login_at = session.get::<i64>(LOGIN_AT_KEY).await?.unwrap_or(0);
        if at - login_at <= ABSOLUTE_TTL_SECS {
            return Ok(SessionState::LoggedIn { user_id });
        }
        session.flush().await?;
        return Ok(SessionState::Anonymous);
    }
    if let Some(user_id) = session.get::<String>(PENDING_USER_KEY).await? {
        let since = session.get::<i64>(PENDING_SINCE_KEY).await?.unwrap_or(0);
        if at - since <= PENDING_TTL_SECS {
            return Ok(SessionState::Pending { user_id });
        }
        session.flush().await?;
    }
    Ok(SessionState::Anonymous)
}

pub fn backend() -> Result<Backend, AppError> {
    use_context::<Backend>().ok_or_else(|| AppError::internal("backend missing from context"))
}

pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>()
        .await
        .map_err(AppError::internal)
}

pub async fn load_user(session: &Session, user_id: &str) -> Result<SessionUser, AppError> {
    let backend = backend()?;
    match users::session_user(&backend.db, user_id)
        .await
        .map_err(AppError::internal)?
    {
        Some(user) => Ok(user),
        None => {
            // Disabled or deleted since the session began.
            session.flush().await.map_err(AppError::internal)?;
            Err(AppError::Unauthorized)
        }
    }
}

/// The user of a logged-in session, or `None` (the session is ended) when the
/// user is gone or the session belongs to an ended epoch (e.g. the password
/// was changed with "end all other sessions").
pub async fn logged_in_user(
    session: &Session,
    backend: &Backend,
) -> Result<Option<SessionUser>, AppError> {
    let SessionState::LoggedIn { user_id } =
        session_state(session).await.map_err(AppError::internal)?
    else {
        return Ok(None);
    };
    let epoch = session
        .get::<i64>(EPOCH_KEY)
        .await
        .map_err(AppError::internal)?
        .unwrap_or(0);
    match users::session_user(&backend.db, &user_id)
        .await
        .map_err(AppError::internal)?
    {
        Some(user) if user.session_epoch == epoch => Ok(Some(user)),
        _ => {
            session.flush().await.map_err(AppError::internal)?;
            Ok(None)
        }
    }
}

/// The logged-in user; `TotpRequired` for a pending session, else `Unauthorized`.
/// The current user, if they may manage the organisation's users (owners).
pub async fn current_owner() -> Result<SessionUser, AppError> {
    let user = current_user().await?;
    if user.role != crate::backend::users::Role::Owner {
        return Err(AppError::Forbidden);
    }
    Ok(user)
}

/// The current user, if they may book, cancel or change anything: read-only
/// users may look at everything but change nothing.
pub async fn current_editor() -> Result<SessionUser, AppError> {
    let user = current_user().await?;
    if user.role == crate::backend::users::Role::ReadOnly {
        return Err(AppError::Forbidden);
    }
    Ok(user)
}

pub async fn current_user() -> Result<SessionUser, AppError> {
    let session = session().await?;
    if let Some(user) = logged_in_user(&session, &backend()?).await? {
        return Ok(user);
    }
    match session_state(&session).await.map_err(AppError::internal)? {
        SessionState::Pending { .. } => Err(AppError::TotpRequired),
        _ => Err(AppError::Unauthorized),
    }
}

/// Keeps this session valid after the user's epoch moved on (the session
/// that changed the password stays logged in).
pub async fn adopt_epoch(session: &Session, epoch: i64) -> Result<(), AppError> {
    session
        .insert(EPOCH_KEY, epoch)
        .await
        .map_err(AppError::internal)
}

/// The user of a pending session (between password and second factor).
pub async fn pending_user() -> Result<(Session, SessionUser), AppError> {
    let session = session().await?;
    match session_state(&session).await.map_err(AppError::internal)? {
        SessionState::Pending { user_id } => {
            let user = load_user(&session, &user_id).await?;
            Ok((session, user))
        }
        _ => Err(AppError::Unauthorized),
    }
}

/// After the password: a new session id, marked pending, remembering `next`.
pub async fn begin_login(session: &Session, user_id: &str, next: &str) -> Result<(), AppError> {
    let internal = AppError::internal;
    session.cycle_id().await.map_err(internal)?;
    session
        .insert(PENDING_USER_KEY, user_id)
        .await
        .map_err(internal)?;
    session
        .insert(PENDING_SINCE_KEY, now())
        .await
        .map_err(internal)?;
    session.insert(NEXT_KEY, next).await.map_err(internal)?;
    Ok(())
}

/// After the second factor: a new session id again, now logged in.
/// Returns where the user wanted to go.
pub async fn complete_login(session: &Session, user: &SessionUser) -> Result<String, AppError> {
    let internal = AppError::internal;
    session.cycle_id().await.map_err(internal)?;
    session
        .remove::<String>(PENDING_USER_KEY)
        .await
        .map_err(internal)?;
    session
        .remove::<i64>(PENDING_SINCE_KEY)
        .await
        .map_err(internal)?;
    let next = session
        .remove::<String>(NEXT_KEY)
        .await
        .map_err(internal)?
        .unwrap_or_else(|| "/".into());
    session
        .insert(USER_ID_KEY, &user.id)
        .await
        .map_err(internal)?;
    session
        .insert(LOGIN_AT_KEY, now())
        .await
        .map_err(internal)?;
    session
        .insert(EPOCH_KEY, user.session_epoch)
        .await
        .map_err(internal)?;
    Ok(next)
}

/// The address the request came from (the TCP peer).
pub async fn client_ip() -> String {
    use axum::extract::ConnectInfo;
    leptos_axum::extract::<ConnectInfo<std::net::SocketAddr>>()
        .await
        .map(|ConnectInfo(addr)| addr.ip().to_string())
        .unwrap_or_else(|_| "unknown".to_string())
}

/// Adds an entry to the customer's security log. A failure to log does not
/// undo what happened; it is reported in the server log.
pub async fn record_event(user_id: &str, kind: crate::backend::security_log::EventKind) {
    record_event_about(user_id, kind, None).await
}

/// [`record_event`] for an event concerning someone else (`detail`: whom).
pub async fn record_event_about(
    user_id: &str,
    kind: crate::backend::security_log::EventKind,
    detail: Option<&str>,
) {
    let Ok(backend) = backend() else { return };
    let ip = client_ip().await;
    if let Err(e) = crate::backend::security_log::record(&backend, user_id, kind, &ip, detail).await
    {
        tracing::error!(error = %e, kind = kind.as_str(), "writing the security log failed");
    }
}

/// Proof that the person at the keyboard is still the user: the password and
/// a current code again (throttled like the login). For steps that cannot be
/// undone or grant wide access.
pub async fn reauthenticate(
    user: &SessionUser,
    password: String,
    code: &str,
) -> Result<(), AppError> {
    crate::api::account::ssr::check_password(user, password).await?;
    crate::backend::totp::verify_code(&backend()?, &user.id, code, now() as u64).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use tower_sessions::MemoryStore;

    fn session() -> Session {
        Session::new(None, Arc::new(MemoryStore::default()), None)
    }

    #[tokio::test]
    async fn a_pending_session_expires_after_five_minutes() {
        let s = session();
        s.insert(PENDING_USER_KEY, "u1").await.unwrap();
        s.insert(PENDING_SINCE_KEY, 1_000_i64).await.unwrap();
        let pending = SessionState::Pending {
            user_id: "u1".into(),
        };
        assert_eq!(
            session_state_at(&s, 1_000 + PENDING_TTL_SECS)
                .await
                .unwrap(),
            pending
        );
        assert_eq!(
            session_state_at(&s, 1_001 + PENDING_TTL_SECS)
                .await
                .unwrap(),
            SessionState::Anonymous
        );
        // Ended for good, not just for that moment.
        assert_eq!(
            session_state_at(&s, 1_000).await.unwrap(),
            SessionState::Anonymous
        );
    }

    #[tokio::test]
    async fn a_login_lasts_twelve_hours_at_most() {
        let s = session();
        s.insert(USER_ID_KEY, "u1").await.unwrap();
        s.insert(LOGIN_AT_KEY, 5_000_i64).await.unwrap();
        let logged_in = SessionState::LoggedIn {
            user_id: "u1".into(),
        };
        assert_eq!(
            session_state_at(&s, 5_000 + ABSOLUTE_TTL_SECS)
                .await
                .unwrap(),
            logged_in
        );
        assert_eq!(
            session_state_at(&s, 5_001 + ABSOLUTE_TTL_SECS)
                .await
                .unwrap(),
            SessionState::Anonymous
        );
        assert_eq!(
            session_state_at(&s, 5_000).await.unwrap(),
            SessionState::Anonymous
        );
    }

    #[tokio::test]
    async fn an_empty_session_is_anonymous() {
        assert_eq!(
            session_state_at(&session(), 0).await.unwrap(),
            SessionState::Anonymous
        );
    }
}
