//! Who is asking: the backend and session of the request, and the user a
//! server function acts for, checked for being logged in and for the role
//! the function needs. The session's states live in `session_state`.

use crate::api::session_state::{logged_in_user, session_state, SessionState};
use crate::backend::users::{self, SessionUser};
use crate::backend::Backend;
use crate::error::AppError;
use leptos::prelude::*;
use tower_sessions::Session;

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

/// The logged-in user; `TotpRequired` for a pending session, else `Unauthorized`.
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
