//! The one error type that crosses from server functions to the browser.
//!
//! It never carries database or library text: unexpected failures become
//! `Internal` with a reference id that also appears in the server log, so
//! support can find the cause without the user seeing internals.

use crate::i18n::{has_message, translate, Arg, Lang};
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("not logged in")]
    Unauthorized,
    #[error("second factor required")]
    TotpRequired,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// `message` is a message id from the locale files.
    #[error("invalid {field}: {message}")]
    Validation { field: String, message: String },
    #[error("conflict: {message}")]
    Conflict { message: String },
    #[error("rate limited for {retry_after} s")]
    RateLimited { retry_after: u64 },
    #[error("internal error {ref_id}")]
    Internal { ref_id: String },
    /// Transport problems between browser and server (network down, bad request).
    #[error("request failed")]
    Transport,
}

impl AppError {
    pub fn validation(field: &str, message_id: &str) -> Self {
        AppError::Validation {
            field: field.to_string(),
            message: message_id.to_string(),
        }
    }

    /// The message shown to the user, in their language.
    pub fn user_message(&self, lang: Lang) -> String {
        match self {
            AppError::Unauthorized => translate(lang, "error-unauthorized", &[]),
            AppError::TotpRequired => translate(lang, "error-totp-required", &[]),
            AppError::Forbidden => translate(lang, "error-forbidden", &[]),
            AppError::NotFound => translate(lang, "error-not-found", &[]),
            // The error can come back through the URL (`?__err=…` after a form
            // posted without JavaScript), so its text is attacker-chosen: only
            // message ids of our own become text.
            AppError::Validation { message, .. } | AppError::Conflict { message }
                if has_message(lang, message) =>
            {
                translate(lang, message, &[])
            }
            AppError::Validation { .. } | AppError::Conflict { .. } => {
                translate(lang, "error-unknown", &[])
            }
            AppError::RateLimited { retry_after } => {
                let minutes = retry_after.div_ceil(60).max(1) as i64;
                translate(
                    lang,
                    "error-rate-limited",
                    &[("minutes", Arg::Number(minutes))],
                )
            }
            AppError::Internal { ref_id } if is_reference_id(ref_id) => translate(
                lang,
                "error-internal",
                &[("ref", Arg::Text(ref_id.clone()))],
            ),
            AppError::Internal { .. } => translate(lang, "error-unknown", &[]),
            AppError::Transport => translate(lang, "error-transport", &[]),
        }
    }
}

/// Length of the reference ids [`AppError::internal`] makes.
const REFERENCE_ID_LEN: usize = 8;

/// Whether `ref_id` has the form of the ids the server makes (eight
/// lower-case hex digits), so nothing else is shown as one.
fn is_reference_id(ref_id: &str) -> bool {
    ref_id.len() == REFERENCE_ID_LEN
        && ref_id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        // Request/response problems carry library text: log it, show a generic message.
        #[cfg(feature = "ssr")]
        tracing::warn!(error = %value, "server function transport error");
        #[cfg(not(feature = "ssr"))]
        let _ = value;
        AppError::Transport
    }
}

#[cfg(feature = "ssr")]
impl AppError {
    /// The HTTP status a server function answers with for this error.
    pub fn http_status(&self) -> http::StatusCode {
        use http::StatusCode;
        match self {
            AppError::Unauthorized | AppError::TotpRequired => StatusCode::UNAUTHORIZED,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Validation { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict { .. } => StatusCode::CONFLICT,
            AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
            AppError::Transport => StatusCode::BAD_REQUEST,
        }
    }

    /// Logs an unexpected failure with a fresh reference id and returns the
    /// error the user sees (only the id).
    pub fn internal(err: impl std::fmt::Display) -> Self {
        let ref_id = uuid::Uuid::new_v4().simple().to_string()[..REFERENCE_ID_LEN].to_string();
        tracing::error!(ref_id = %ref_id, error = %err, "internal error");
        AppError::Internal { ref_id }
    }
}

/// Failures of the layers below are unexpected here: logged with a
/// reference id, shown as that id (see [`AppError::internal`]).
#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        AppError::internal(e)
    }
}

#[cfg(feature = "ssr")]
impl From<anyhow::Error> for AppError {
    fn from(e: anyhow::Error) -> Self {
        AppError::internal(format!("{e:#}"))
    }
}

/// A blocking task (password hashing, strength estimate) that panicked.
#[cfg(feature = "ssr")]
impl From<tokio::task::JoinError> for AppError {
    fn from(e: tokio::task::JoinError) -> Self {
        AppError::internal(e)
    }
}

#[cfg(feature = "ssr")]
impl From<tower_sessions::session::Error> for AppError {
    fn from(e: tower_sessions::session::Error) -> Self {
        AppError::internal(e)
    }
}

impl From<crate::domain::input_limits::TooLong> for AppError {
    fn from(e: crate::domain::input_limits::TooLong) -> Self {
        AppError::validation(e.field, "input-too-long")
    }
}

#[cfg(feature = "ssr")]
impl From<crate::backend::totp::TotpError> for AppError {
    fn from(e: crate::backend::totp::TotpError) -> Self {
        use crate::backend::totp::TotpError;
        match e {
            TotpError::InvalidCode | TotpError::Replayed => {
                AppError::validation("code", "totp-invalid")
            }
            TotpError::NotEnrolled => AppError::validation("code", "totp-not-enrolled"),
            TotpError::Crypto(e) => AppError::internal(e),
            TotpError::Db(e) => AppError::internal(e),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<crate::backend::throttle::ThrottleError> for AppError {
    fn from(e: crate::backend::throttle::ThrottleError) -> Self {
        use crate::backend::throttle::ThrottleError;
        match e {
            ThrottleError::Throttled { retry_after } => AppError::RateLimited { retry_after },
            ThrottleError::Db(e) => AppError::internal(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_message_ids_become_text() {
        let known = AppError::validation("code", "totp-invalid");
        assert_eq!(
            known.user_message(Lang::De),
            translate(Lang::De, "totp-invalid", &[])
        );
        let generic = translate(Lang::De, "error-unknown", &[]);
        for made_up in [
            "Ihr Konto wurde gesperrt. Rufen Sie 0900 123456 an.",
            "",
            "totp-invalid ",
        ] {
            let v = AppError::validation("x", made_up).user_message(Lang::De);
            assert_eq!(v, generic, "{made_up:?}");
            let c = AppError::Conflict {
                message: made_up.into(),
            }
            .user_message(Lang::En);
            assert_eq!(c, translate(Lang::En, "error-unknown", &[]), "{made_up:?}");
        }
    }

    #[test]
    fn only_well_formed_reference_ids_are_shown() {
        let shown = AppError::Internal {
            ref_id: "0a1b2c3d".into(),
        }
        .user_message(Lang::De);
        assert!(shown.contains("0a1b2c3d"), "{shown}");
        for forged in [
            "Bitte rufen Sie an",
            "0A1B2C3D",
            "0a1b2c3",
            "0a1b2c3d4",
            "0a1b2c3g",
        ] {
            let text = AppError::Internal {
                ref_id: forged.into(),
            }
            .user_message(Lang::De);
            assert_eq!(text, translate(Lang::De, "error-unknown", &[]), "{forged}");
        }
    }
}
