//! Session checks shared by all server functions and the page guard.
//!
//! A session is in one of three states: nobody; *pending* (the password was
//! right, the second factor is still due: such a session reaches only the
//! two-factor steps and expires after 5 minutes); or *logged in* (for at most
//! 12 hours, and 30 minutes of inactivity: `SessionLimits`).
//!
//! The session layer stores a session, and so moves its inactivity expiry,
//! only when the session changed. A logged-in session is therefore touched
//! (its last-seen time rewritten) once less than half of the idle time is
//! left, so an active user stays logged in without a write per request.

use crate::backend::users::{self, SessionUser};
use crate::backend::{Backend, SessionLimits};
use crate::error::AppError;
use leptos::prelude::*;
use tower_sessions::Session;

/// Session key holding the logged-in user's id.
const USER_ID_KEY: &str = "user_id";
const LOGIN_AT_KEY: &str = "login_at";
const EPOCH_KEY: &str = "session_epoch";
const PENDING_USER_KEY: &str = "pending_user_id";
const PENDING_SINCE_KEY: &str = "pending_since";
/// When the logged-in session was last touched (see the module comment).
const SEEN_AT_KEY: &str = "seen_at";
/// The session's row in `login_sessions`.
const LOGIN_ID_KEY: &str = "login_id";
/// Where to go once the login is complete.
pub const NEXT_KEY: &str = "next";
/// The user may set up a new authenticator without the old one's code (after
/// logging in with a recovery code).
pub const REENROL_KEY: &str = "may_reenrol";
/// New recovery codes are due to be shown once.
pub const RECOVERY_DUE_KEY: &str = "recovery_codes_due";

pub const PENDING_TTL_SECS: i64 = 5 * 60;

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
    backend: &Backend,
) -> Result<SessionState, tower_sessions::session::Error> {
    session_state_at(session, backend.sessions, crate::backend::clock::real_now()).await
}

/// `session_state` at the instant `at` (Unix seconds). A logged-in session
/// that is still valid is touched when half its idle time has passed.
async fn session_state_at(
    session: &Session,
    limits: SessionLimits,
    at: i64,
) -> Result<SessionState, tower_sessions::session::Error> {
    if let Some(user_id) = session.get::<String>(USER_ID_KEY).await? {
        let login_at = session.get::<i64>(LOGIN_AT_KEY).await?.unwrap_or(0);
        let seen_at = session.get::<i64>(SEEN_AT_KEY).await?.unwrap_or(login_at);
        // The store ends idle sessions too; checking here as well keeps the
        // rule exact to the second and independent of the store.
        if at - login_at <= limits.absolute_secs && at - seen_at <= limits.idle_secs {
            if at - seen_at >= limits.idle_secs / 2 {
                session.insert(SEEN_AT_KEY, at).await?;
            }
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
    match users::session_user(&backend.db, user_id).await? {
        Some(user) => Ok(user),
        None => {
            // Disabled or deleted since the session began.
            session.flush().await?;
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
    let seen_before = session.get::<i64>(SEEN_AT_KEY).await?;
    let SessionState::LoggedIn { user_id } = session_state(session, backend).await? else {
        return Ok(None);
    };
    let epoch = session.get::<i64>(EPOCH_KEY).await?.unwrap_or(0);
    let login_id = session
        .get::<String>(LOGIN_ID_KEY)
        .await?
        .unwrap_or_default();
    match users::session_user_of_login(&backend.db, &user_id, &login_id).await? {
        Some(user) if user.session_epoch == epoch => {
            // Touched by `session_state` just now: the login list shows it too.
            let seen = session.get::<i64>(SEEN_AT_KEY).await?;
            if let Some(seen) = seen.filter(|_| seen != seen_before) {
                if let Err(e) =
                    crate::backend::login_sessions::touch(backend, &login_id, seen).await
                {
                    tracing::warn!(error = %e, "noting a login's activity failed");
                }
            }
            Ok(Some(user))
        }
        _ => {
            session.flush().await?;
            Ok(None)
        }
    }
}

/// The logged-in user; `TotpRequired` for a pending session, else `Unauthorized`.
/// The current user, if they may manage the organisation's users (owners).
pub async fn current_owner() -> Result<SessionUser, AppError> {
    let user = current_user().await?;
    if !user.role.may_manage_team() {
        return Err(AppError::Forbidden);
    }
    Ok(user)
}

/// The current user, if they may book, cancel or change anything: read-only
/// users may look at everything but change nothing.
pub async fn current_editor() -> Result<SessionUser, AppError> {
    let user = current_user().await?;
    if !user.role.may_edit() {
        return Err(AppError::Forbidden);
    }
    Ok(user)
}

pub async fn current_user() -> Result<SessionUser, AppError> {
    if let Some(RequestUser(user)) = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<RequestUser>().cloned())
    {
        return Ok(user);
    }
    let session = session().await?;
    let backend = backend()?;
    if let Some(user) = logged_in_user(&session, &backend).await? {
        return Ok(user);
    }
    match session_state(&session, &backend).await? {
        SessionState::Pending { .. } => Err(AppError::TotpRequired),
        _ => Err(AppError::Unauthorized),
    }
}

/// The user the page guard found for this request: the server functions a
/// page calls while it renders take it from here instead of loading the
/// same record again (one query per page instead of one per call).
#[derive(Debug, Clone)]
pub struct RequestUser(pub SessionUser);

/// The `login_sessions` row of the current session.
pub async fn current_login_id(session: &Session) -> Result<Option<String>, AppError> {
    session
        .get::<String>(LOGIN_ID_KEY)
        .await
        .map_err(AppError::internal)
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
    match session_state(&session, &backend()?).await? {
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
        .insert(PENDING_SINCE_KEY, crate::backend::clock::real_now())
        .await
        .map_err(internal)?;
    session.insert(NEXT_KEY, next).await.map_err(internal)?;
    Ok(())
}

/// After the second factor: a new session id again, now logged in, and a
/// row in `login_sessions` for it. Returns where the user wanted to go.
pub async fn complete_login(session: &Session, user: &SessionUser) -> Result<String, AppError> {
    let internal = AppError::internal;
    let user_agent = use_context::<http::request::Parts>()
        .and_then(|parts| {
            parts
                .headers
                .get(http::header::USER_AGENT)
                .and_then(|v| v.to_str().ok().map(str::to_string))
        })
        .unwrap_or_default();
    let login_id = crate::backend::login_sessions::start(
        &backend()?,
        &user.id,
        &client_ip().await,
        &user_agent,
        crate::backend::clock::real_now(),
    )
    .await?;
    session.cycle_id().await.map_err(internal)?;
    session
        .insert(LOGIN_ID_KEY, &login_id)
        .await
        .map_err(internal)?;
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
    let at = crate::backend::clock::real_now();
    session.insert(LOGIN_AT_KEY, at).await.map_err(internal)?;
    session.insert(SEEN_AT_KEY, at).await.map_err(internal)?;
    session
        .insert(EPOCH_KEY, user.session_epoch)
        .await
        .map_err(internal)?;
    Ok(next)
}

/// The client's address as the server worked it out (the TCP peer, or what
/// a trusted reverse proxy says); put into each request by the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub std::net::IpAddr);

/// The address the request came from (see [`ClientIp`]).
pub async fn client_ip() -> String {
    leptos_axum::extract::<axum::Extension<ClientIp>>()
        .await
        .map(|axum::Extension(ClientIp(ip))| ip.to_string())
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use tower_sessions::MemoryStore;

    const LIMITS: SessionLimits = SessionLimits {
        idle_secs: 1800,
        absolute_secs: 12 * 3600,
    };

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
            session_state_at(&s, LIMITS, 1_000 + PENDING_TTL_SECS)
                .await
                .unwrap(),
            pending
        );
        assert_eq!(
            session_state_at(&s, LIMITS, 1_001 + PENDING_TTL_SECS)
                .await
                .unwrap(),
            SessionState::Anonymous
        );
        // Ended for good, not just for that moment.
        assert_eq!(
            session_state_at(&s, LIMITS, 1_000).await.unwrap(),
            SessionState::Anonymous
        );
    }

    #[tokio::test]
    async fn activity_keeps_a_login_alive_and_idleness_ends_it() {
        let s = session();
        s.insert(USER_ID_KEY, "u1").await.unwrap();
        s.insert(LOGIN_AT_KEY, 0_i64).await.unwrap();
        let logged_in = SessionState::LoggedIn {
            user_id: "u1".into(),
        };
        // A request a minute for 45 minutes: still logged in, touched about
        // every quarter of an hour rather than on every request.
        let mut touched = 0;
        for minute in 1..=45 {
            let before = s.get::<i64>(SEEN_AT_KEY).await.unwrap();
            assert_eq!(
                session_state_at(&s, LIMITS, minute * 60).await.unwrap(),
                logged_in,
                "minute {minute}"
            );
            if s.get::<i64>(SEEN_AT_KEY).await.unwrap() != before {
                touched += 1;
            }
        }
        assert_eq!(touched, 3, "touched at minutes 15, 30 and 45");
        // Then 31 minutes without a request: logged out, for good.
        assert_eq!(
            session_state_at(&s, LIMITS, (45 + 31) * 60).await.unwrap(),
            SessionState::Anonymous
        );
        assert_eq!(
            session_state_at(&s, LIMITS, 46 * 60).await.unwrap(),
            SessionState::Anonymous
        );
    }

    #[tokio::test]
    async fn twelve_hours_end_a_login_however_active() {
        let s = session();
        s.insert(USER_ID_KEY, "u1").await.unwrap();
        s.insert(LOGIN_AT_KEY, 0_i64).await.unwrap();
        let logged_in = SessionState::LoggedIn {
            user_id: "u1".into(),
        };
        // A request a minute up to the last second of the twelfth hour.
        for at in (60..=LIMITS.absolute_secs).step_by(60) {
            assert_eq!(
                session_state_at(&s, LIMITS, at).await.unwrap(),
                logged_in,
                "{at}"
            );
        }
        assert_eq!(
            session_state_at(&s, LIMITS, LIMITS.absolute_secs + 1)
                .await
                .unwrap(),
            SessionState::Anonymous
        );
    }

    #[tokio::test]
    async fn an_empty_session_is_anonymous() {
        assert_eq!(
            session_state_at(&session(), LIMITS, 0).await.unwrap(),
            SessionState::Anonymous
        );
    }
}
