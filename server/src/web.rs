//! The HTTP side: Leptos pages and server functions, the language switch,
//! health probes, and the middleware around them (request ids, sessions,
//! login guard, logging without secrets).

use crate::app_state::AppState;
use crate::security;
use crate::sessions::PortalSessionStore;
use app::api::guard::RequestUser;
use app::api::session_state::{logged_in_user, session_state, SessionState};
use app::backend::quota_alert_mail::{self, LinkCheck};
use app::backend::{quota_alerts, users};
use app::domain::ids::AlertId;
use app::domain::percent;
use app::domain::safe_redirect::same_site_path;
use app::error::AppError;
use app::i18n::Lang;
use app::ui::components::layout::AREAS;
use app::{shell, App};
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use serde::Deserialize;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::request_id::{
    MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::timeout::RequestBodyTimeoutLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::{time::Duration, SameSite};
use tower_sessions::{Expiry, Session, SessionManagerLayer};

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "portal_session";
const REQUEST_ID: &str = "x-request-id";

/// What the router needs beside the state and the session store.
pub struct RouterSettings {
    pub secure_cookies: bool,
    pub operator_token: Option<String>,
    /// Routes that only some builds have (the test clock), inside the same middleware.
    pub extra_routes: Router<AppState>,
    pub body_timeout: std::time::Duration,
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

pub fn router(state: AppState, sessions: PortalSessionStore, settings: RouterSettings) -> Router {
    let RouterSettings {
        secure_cookies,
        operator_token,
        extra_routes,
        body_timeout,
        trusted_proxies,
    } = settings;
    let trusted_proxies = std::sync::Arc::new(trusted_proxies);
    let pkg_dir = crate::static_files::pkg_dir(&state.leptos_options);
    let public_origin = state.backend.public_url.clone();
    let routes = generate_route_list(App);
    let backend = state.backend.clone();
    let assets = state.assets.clone();
    let context = move || {
        provide_context(backend.clone());
        provide_context(assets.clone());
    };
    let session_layer = SessionManagerLayer::new(sessions)
        .with_name(SESSION_COOKIE)
        .with_secure(secure_cookies)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_expiry(Expiry::OnInactivity(Duration::seconds(
            state.backend.sessions.idle_secs,
        )));
    let request_id = axum::http::HeaderName::from_static(REQUEST_ID);

    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/sprache", post(switch_language))
        .route("/hinweis/{token}", get(quota_alert_link))
        .route("/domains/{id}/zonendatei", get(zone_file))
        .merge(crate::operator_api::router(state.clone(), operator_token))
        .merge(crate::static_files::router(pkg_dir, state.leptos_options.hash_files))
        .merge(extra_routes)
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(context, shell))
        .layer(middleware::from_fn(error_status))
        .layer(middleware::from_fn_with_state(state.clone(), require_login))
        .layer(session_layer)
        .layer(middleware::from_fn(move |req, next| security::refuse_cross_site(public_origin.clone(), req, next)))
        .layer(middleware::from_fn(security::security_headers))
        // Pages and answers, compressed per request at a quick level; the
        // static files come precompressed (`static_files`) and pass unchanged.
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
        .layer(middleware::from_fn(move |req, next| {
            crate::client_ip::resolve(trusted_proxies.clone(), req, next)
        }))
        .layer(RequestBodyTimeoutLayer::new(body_timeout))
        .layer(
            TraceLayer::new_for_http().make_span_with(|req: &Request| {
                let id = req.extensions().get::<RequestId>().and_then(|id| id.header_value().to_str().ok()).unwrap_or("-");
                // The path only: query strings can carry one-time tokens.
                tracing::info_span!("request", request_id = %id, method = %req.method(), path = %req.uri().path())
            }),
        )
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .with_state(state)
}

async fn readyz(State(state): State<AppState>) -> Response {
    if state.backend.db.ping().await {
        (StatusCode::OK, "ready").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

/// Server functions answer every error with 500; this gives each `AppError`
/// its proper status (401, 404, 422, …) in one place. leptos_axum would take
/// a status from `ResponseOptions` set inside a function, but the same
/// functions also run while a page renders, where that status would become
/// the page's; and no single place sees every function's error. So only
/// `/api/` answers with 500 are read here, at most 64 KB of them.
async fn error_status(req: Request, next: Next) -> Response {
    if !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let response = next.run(req).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, 64 * 1024)
        .await
        .unwrap_or_default();
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = error.http_status();
        if let AppError::RateLimited { retry_after } = error {
            parts
                .headers
                .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
        }
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

/// Whether a page path belongs to the logged-in part of the portal.
fn is_portal_page(path: &str) -> bool {
    AREAS
        .iter()
        .any(|(area, _)| path == *area || (*area != "/" && path.starts_with(&format!("{area}/"))))
}

/// Pages behind the login send a logged-out browser to the login, and back
/// to the page afterwards; a browser between password and second factor goes
/// to the second step. Server functions check the session themselves.
async fn require_login(
    State(state): State<AppState>,
    session: Session,
    mut req: Request,
    next: Next,
) -> Response {
    if req.method() == axum::http::Method::GET && is_portal_page(req.uri().path()) {
        if let Ok(Some(user)) = logged_in_user(&session, &state.backend).await {
            req.extensions_mut().insert(RequestUser(user));
            return next.run(req).await;
        }
        match session_state(&session, &state.backend).await {
            Ok(SessionState::Pending { user_id }) => {
                let enrolled = users::session_user(&state.backend.db, &user_id)
                    .await
                    .ok()
                    .flatten()
                    .is_some_and(|u| u.totp_enabled);
                return Redirect::to(if enrolled {
                    "/anmelden/code"
                } else {
                    "/anmelden/zwei-faktor"
                })
                .into_response();
            }
            _ => {
                let target = req
                    .uri()
                    .path_and_query()
                    .map(|p| p.as_str())
                    .unwrap_or("/");
                let login = if target == "/" {
                    "/anmelden".to_string()
                } else {
                    format!("/anmelden?next={}", percent::encode(target))
                };
                return Redirect::to(&login).into_response();
            }
        }
    }
    next.run(req).await
}

/// The link in a quota alert mail: checked here, then on to the mailbox's
/// page (which is behind the login as usual and marks the alert seen).
async fn quota_alert_link(State(state): State<AppState>, Path(token): Path<String>) -> Response {
    let target = match quota_alert_mail::check(&state.backend, &token, state.backend.now()) {
        LinkCheck::Valid { alert_id } => {
            match quota_alerts::mailbox_of(&state.backend.db, &AlertId::new(alert_id.as_str()))
                .await
            {
                Ok(Some(mailbox_id)) => format!("/postfaecher/{mailbox_id}?hinweis={alert_id}"),
                Ok(None) => "/hinweis-ungueltig".to_string(),
                Err(e) => {
                    tracing::error!(error = %e, "quota alert lookup failed");
                    return StatusCode::SERVICE_UNAVAILABLE.into_response();
                }
            }
        }
        LinkCheck::Expired => "/hinweis-ungueltig?abgelaufen".to_string(),
        LinkCheck::Invalid => "/hinweis-ungueltig".to_string(),
    };
    Redirect::to(&target).into_response()
}

/// The records a domain needs as a BIND zone file snippet, for the
/// logged-in user's own domains only.
async fn zone_file(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
) -> Response {
    use app::backend::domains;
    use app::domain::dns::expected::{expected_records, zone_snippet};
    let backend = &state.backend;
    let user = match logged_in_user(&session, backend).await {
        Ok(Some(user)) => user,
        Ok(None) => return StatusCode::UNAUTHORIZED.into_response(),
        Err(_) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    };
    match domains::get(&backend.db, &user.customer_id, &id).await {
        Ok(Some(domain)) => {
            let records =
                expected_records(&domain.name, domain.fully_routed, &backend.dns.settings);
            let disposition = format!("attachment; filename=\"{}.zone\"", domain.name.ascii());
            (
                [
                    (
                        header::CONTENT_TYPE,
                        "text/plain; charset=utf-8".to_string(),
                    ),
                    (header::CONTENT_DISPOSITION, disposition),
                ],
                zone_snippet(&domain.name, &records),
            )
                .into_response()
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "zone file lookup failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

#[derive(Deserialize)]
struct LanguageForm {
    lang: String,
    #[serde(default)]
    back: String,
}

/// Remembers the chosen language in a cookie (and for a logged-in user in
/// their settings) and reloads the page the user came from.
async fn switch_language(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<LanguageForm>,
) -> Response {
    let Some(lang) = Lang::parse(&form.lang) else {
        return (
            StatusCode::BAD_REQUEST,
            "unknown language / unbekannte Sprache",
        )
            .into_response();
    };
    if let Ok(Some(user)) = logged_in_user(&session, &state.backend).await {
        if let Err(e) = users::set_language(&state.backend.db, &user.id, lang).await {
            tracing::warn!(error = %e, "saving the language setting failed");
        }
    }
    let mut response = Redirect::to(&same_site_path(&form.back)).into_response();
    if let Ok(value) = HeaderValue::from_str(&lang.cookie()) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portal_pages_are_the_navigation_areas() {
        assert!(is_portal_page("/"));
        assert!(is_portal_page("/postfaecher"));
        assert!(is_portal_page("/postfaecher/123"));
        assert!(!is_portal_page("/anmelden"));
        assert!(!is_portal_page("/postfaecherx"));
        assert!(!is_portal_page("/pkg/rhoenmail-portal.wasm"));
    }
}
