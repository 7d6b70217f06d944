//! The states of a session and their time limits. A session is in one of
//! three states: nobody; *pending* (the password was right, the second factor is still due: such a session reaches only the
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
use tower_sessions::Session;

/// Session key holding the logged-in user's id.
pub(super) const USER_ID_KEY: &str = "user_id";
pub(super) const LOGIN_AT_KEY: &str = "login_at";
pub(super) const EPOCH_KEY: &str = "session_epoch";
pub(super) const PENDING_USER_KEY: &str = "pending_user_id";
pub(super) const PENDING_SINCE_KEY: &str = "pending_since";
/// When the logged-in session was last touched (see the module comment).
pub(super) const SEEN_AT_KEY: &str = "seen_at";
/// The session's row in `login_sessions`.
pub(super) const LOGIN_ID_KEY: &str = "login_id";
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
