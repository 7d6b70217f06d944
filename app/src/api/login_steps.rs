//! The steps of a login as changes of the session: after the password it is
//! pending, after the second factor it is logged in, each time under a new
//! session id so that an id seen before the login is worth nothing after it.

use crate::api::guard::{backend, load_user, session};
use crate::api::request_origin::{client_ip, user_agent};
use crate::api::session_state::*;
use crate::backend::users::SessionUser;
use crate::error::AppError;
use tower_sessions::Session;

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
    session.cycle_id().await?;
    session.insert(PENDING_USER_KEY, user_id).await?;
    session
        .insert(PENDING_SINCE_KEY, crate::backend::clock::real_now())
        .await?;
    session.insert(NEXT_KEY, next).await?;
    Ok(())
}

/// After the second factor: a new session id again, now logged in, and a
/// row in `login_sessions` for it. Returns where the user wanted to go.
pub async fn complete_login(session: &Session, user: &SessionUser) -> Result<String, AppError> {
    let login_id = crate::backend::login_sessions::start(
        &backend()?,
        &user.id,
        &client_ip().await,
        &user_agent(),
        crate::backend::clock::real_now(),
    )
    .await?;
    session.cycle_id().await?;
    session.insert(LOGIN_ID_KEY, &login_id).await?;
    session.remove::<String>(PENDING_USER_KEY).await?;
    session.remove::<i64>(PENDING_SINCE_KEY).await?;
    let next = session
        .remove::<String>(NEXT_KEY)
        .await?
        .unwrap_or_else(|| "/".into());
    session.insert(USER_ID_KEY, &user.id).await?;
    let at = crate::backend::clock::real_now();
    session.insert(LOGIN_AT_KEY, at).await?;
    session.insert(SEEN_AT_KEY, at).await?;
    session.insert(EPOCH_KEY, user.session_epoch).await?;
    Ok(next)
}

/// The `login_sessions` row of the current session.
pub async fn current_login_id(session: &Session) -> Result<Option<String>, AppError> {
    Ok(session.get::<String>(LOGIN_ID_KEY).await?)
}

/// Keeps this session valid after the user's epoch moved on (the session
/// that changed the password stays logged in).
pub async fn adopt_epoch(session: &Session, epoch: i64) -> Result<(), AppError> {
    Ok(session.insert(EPOCH_KEY, epoch).await?)
}
