//! The operator's HTTP API (token-protected): what the CLI does, for the
//! provider's automation. Off unless an operator token is configured.

use crate::app_state::AppState;
use app::backend::usage_import::{self, ImportError, MAX_FILE_BYTES};
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::json;
use sha2::{Digest, Sha256};

pub fn router(state: AppState, token: Option<String>) -> Router<AppState> {
    let routes = Router::new()
        .route("/operator/usage-import", post(usage_import))
        .route("/operator/requests/{number}/status", post(request_status))
        .route(
            "/operator/cancellations/{customer_number}/{target}/confirmation",
            post(confirm_cancellation),
        )
        .layer(DefaultBodyLimit::max(MAX_FILE_BYTES));
    require_token(routes, token).with_state(state)
}

/// Lets only requests with the operator's bearer token reach `routes`; without
/// a configured token they answer 404.
pub fn require_token<S: Clone + Send + Sync + 'static>(
    routes: Router<S>,
    token: Option<String>,
) -> Router<S> {
    let expected = token.map(|t| Sha256::digest(t.as_bytes()));
    routes.layer(middleware::from_fn(move |req: Request, next: Next| {
        let expected = expected;
        async move {
            let Some(expected) = expected else {
                return (
                    StatusCode::NOT_FOUND,
                    Json(json!({ "error": "Die Operator-Schnittstelle ist nicht eingerichtet." })),
                )
                    .into_response();
            };
            let given = req
                .headers()
                .get(header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.strip_prefix("Bearer "))
                .map(|t| Sha256::digest(t.trim().as_bytes()));
            // Digests of equal length: comparing them leaks nothing about the token.
            if given != Some(expected) {
                return (
                    StatusCode::UNAUTHORIZED,
                    [(header::WWW_AUTHENTICATE, "Bearer")],
                    Json(json!({ "error": "Token fehlt oder ist falsch." })),
                )
                    .into_response();
            }
            next.run(req).await
        }
    }))
}

/// `POST /operator/usage-import` with the CSV file as body.
async fn usage_import(State(state): State<AppState>, body: Bytes) -> Response {
    match usage_import::import(&state.backend, &body, state.backend.now()).await {
        Ok(report) => Json(json!({
            "rows": report.rows,
            "alerts": report.alerts,
            "mails": report.mails,
            "already_imported_at": report.already_imported_at,
        }))
        .into_response(),
        Err(ImportError::Invalid(errors)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(json!({
                "error": format!("Die Datei wurde nicht eingelesen, sie enthält {} Fehler.", errors.len()),
                "lines": errors.iter().map(|e| json!({
                    "line": e.line,
                    "column": e.column,
                    "message": e.problem.to_string(),
                })).collect::<Vec<_>>(),
            })),
        )
            .into_response(),
        Err(e @ ImportError::TooLarge { .. }) => {
            (StatusCode::PAYLOAD_TOO_LARGE, Json(json!({ "error": e.to_string() }))).into_response()
        }
        Err(ImportError::Db(e)) => {
            tracing::error!(error = %e, "usage import failed");
            (StatusCode::INTERNAL_SERVER_ERROR, Json(json!({ "error": "Interner Fehler, nichts eingelesen." }))).into_response()
        }
    }
}

#[derive(serde::Deserialize)]
struct StatusChange {
    status: String,
    #[serde(default)]
    reason: Option<String>,
}

/// `POST /operator/requests/{number}/status` with `{"status", "reason"}`:
/// moves a service request on and notifies the requester.
async fn request_status(
    State(state): State<AppState>,
    Path(number): Path<String>,
    body: Bytes,
) -> Response {
    use app::backend::service_requests::{self, StatusError};
    use app::domain::service_request::RequestStatus;
    let bad = |message: &str| {
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(json!({ "error": message })),
        )
            .into_response()
    };
    let Ok(change) = serde_json::from_slice::<StatusChange>(&body) else {
        return bad("Erwartet wird JSON wie {\"status\": \"done\", \"reason\": \"…\"}.");
    };
    let Some(status) = RequestStatus::parse(&change.status) else {
        return bad("Unbekannter Status: erlaubt sind received, in_progress, done, rejected.");
    };
    match service_requests::set_status(
        &state.backend,
        &number,
        status,
        change.reason.as_deref(),
        state.backend.now(),
    )
    .await
    {
        Ok(request) => Json(json!({
            "number": request.number,
            "status": request.status.as_str(),
            "reason": request.reason,
        }))
        .into_response(),
        Err(StatusError::UnknownNumber(_)) => (
            StatusCode::NOT_FOUND,
            Json(json!({ "error": "Keine Anfrage mit dieser Nummer." })),
        )
            .into_response(),
        Err(StatusError::ReasonRequired) => bad("Eine Ablehnung braucht eine Begründung (reason)."),
        Err(StatusError::Final(current)) => (
            StatusCode::CONFLICT,
            Json(json!({ "error": format!("Die Anfrage ist bereits abgeschlossen ({current}).") })),
        )
            .into_response(),
        Err(StatusError::Db(e)) => {
            tracing::error!(error = %e, "request status change failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

#[derive(serde::Deserialize)]
struct Confirmation {
    #[serde(default)]
    note: Option<String>,
}

/// `POST /operator/cancellations/{customer_number}/{target}/confirmation`,
/// optionally with `{"note": "…"}`: records that the provider confirmed a
/// cancellation (`target` is `contract` or an add-on such as
/// `m365-business-basic`). Answers `{"confirmed": false}` when it was
/// confirmed before.
async fn confirm_cancellation(
    State(state): State<AppState>,
    Path((customer_number, target)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    use app::backend::cancellations::{self, ConfirmError};
    let confirmation = if body.iter().all(u8::is_ascii_whitespace) {
        Confirmation { note: None }
    } else {
        match serde_json::from_slice::<Confirmation>(&body) {
            Ok(c) => c,
            Err(_) => {
                return (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Json(json!({ "error": "Erwartet wird kein Inhalt oder JSON wie {\"note\": \"…\"}." })),
                )
                    .into_response()
            }
        }
    };
    match cancellations::confirm(
        &state.backend.db,
        &customer_number,
        &target,
        confirmation.note.as_deref(),
        state.backend.now(),
    )
    .await
    {
        Ok(confirmed) => Json(json!({ "confirmed": confirmed })).into_response(),
        Err(ConfirmError::UnknownCustomer(_)) => (
            StatusCode::NOT_FOUND,
            Json(json!({ "error": "Kein Kunde mit dieser Kundennummer." })),
        )
            .into_response(),
        Err(ConfirmError::NoCancellation(_, target)) => (
            StatusCode::NOT_FOUND,
            Json(json!({ "error": format!("Für diesen Kunden liegt keine Kündigung von „{target}“ vor.") })),
        )
            .into_response(),
        Err(ConfirmError::Db(e)) => {
            tracing::error!(error = %e, "cancellation confirmation failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
