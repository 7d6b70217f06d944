//! Session checks shared by all server functions.

use crate::backend::users::{self, SessionUser};
use crate::backend::Backend;
use crate::error::AppError;
use leptos::prelude::*;
use tower_sessions::Session;

/// Session key holding the logged-in user's id.
pub const USER_ID_KEY: &str = "user_id";

pub fn backend() -> Result<Backend, AppError> {
    use_context::<Backend>().ok_or_else(|| AppError::internal("backend missing from context"))
}

pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(AppError::internal)
}

/// The logged-in user, or `Unauthorized`. A session of a user who has been
/// disabled or deleted since is ended here.
pub async fn current_user() -> Result<SessionUser, AppError> {
    let session = session().await?;
    let user_id: Option<String> = session.get(USER_ID_KEY).await.map_err(AppError::internal)?;
    let Some(user_id) = user_id else { return Err(AppError::Unauthorized) };
    let backend = backend()?;
    match users::session_user(&backend.db, &user_id).await.map_err(AppError::internal)? {
        Some(user) => Ok(user),
        None => {
            session.flush().await.map_err(AppError::internal)?;
            Err(AppError::Unauthorized)
        }
    }
}
