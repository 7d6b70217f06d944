//! Proof that the person at the keyboard is the user: the current password
//! and second-factor codes asked again inside the portal. Every guess counts
//! against the same limits as at the login, wherever it is asked.

use crate::api::guard::backend;
use crate::api::request_origin::client_ip;
use crate::backend::throttle;
use crate::backend::users::{self, SessionUser};
use crate::error::AppError;

/// Confirms the current password of a logged-in user (throttled like a login).
pub async fn check_password(user: &SessionUser, password: String) -> Result<(), AppError> {
    use crate::domain::input_limits as limits;
    limits::check("current_password", &password, limits::PASSWORD)?;
    let backend = backend()?;
    let key = format!("reauth:{}", user.id);
    throttle::begin_attempt(&backend, &key, &client_ip().await).await?;
    let hash = users::password_hash(&backend.db, &user.id).await?;
    if !backend.passwords.verify(password, hash).await {
        return Err(AppError::validation(
            "current_password",
            "account-password-wrong",
        ));
    }
    throttle::clear(&backend, &key)
        .await
        .map_err(AppError::internal)
}

/// Checks one guess of the user's second factor (a current code or a
/// recovery code) inside the login's limits: every guess, wherever it is
/// asked, is recorded on the user's one second-factor key before `check`
/// runs, so the sixth failure in the window is refused without a check; a
/// success clears the key. A correct password never clears it.
pub async fn counted_code_guess<T>(
    user: &SessionUser,
    check: impl std::future::Future<Output = Result<T, AppError>>,
) -> Result<T, AppError> {
    use crate::backend::throttle;
    let backend = backend()?;
    let key = format!("second-factor:{}", user.id);
    throttle::begin_attempt(&backend, &key, &client_ip().await).await?;
    let checked = check.await?;
    throttle::clear(&backend, &key).await?;
    Ok(checked)
}

/// Proof that the person at the keyboard is still the user: the password and
/// a current code again (both throttled like the login). For steps that
/// cannot be undone or grant wide access.
pub async fn reauthenticate(
    user: &SessionUser,
    password: String,
    code: &str,
) -> Result<(), AppError> {
    use crate::domain::input_limits as limits;
    limits::check("code", code, limits::CODE)?;
    check_password(user, password).await?;
    let backend = backend()?;
    counted_code_guess(user, async {
        crate::backend::totp::verify_code(
            &backend,
            &user.id,
            code,
            crate::backend::clock::real_now() as u64,
        )
        .await
        .map_err(AppError::from)
    })
    .await
}
