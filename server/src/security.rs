//! Browser-facing protections that apply to every response and request:
//! security headers with a per-request CSP nonce, and refusal of cross-site
//! state-changing requests (Leptos has no CSRF protection of its own).

use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rand::RngCore;

fn new_nonce() -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The Content-Security-Policy for a response whose inline scripts carry `nonce`.
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// Adds CSP (with a fresh nonce), HSTS, nosniff, Referrer-Policy and framing protection.
pub async fn security_headers(mut req: Request, next: Next) -> Response {
    let nonce = new_nonce();
    // The shell hands it to Leptos, which puts it on its inline scripts.
    req.extensions_mut()
        .insert(leptos::nonce::Nonce::from_value(nonce.clone()));
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    let mut set = |name: header::HeaderName, value: &str| {
        if let Ok(v) = HeaderValue::from_str(value) {
            headers.insert(name, v);
        }
    };
    set(
        header::CONTENT_SECURITY_POLICY,
        &content_security_policy(&nonce),
    );
    set(
        header::STRICT_TRANSPORT_SECURITY,
        "max-age=31536000; includeSubDomains",
    );
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    // same-origin keeps the Referer that no-JavaScript form posts are redirected back to.
    set(header::REFERRER_POLICY, "same-origin");
    set(header::X_FRAME_OPTIONS, "DENY");
    response
}

/// Whether a request that changes state comes from another site.
pub fn is_cross_site(method: &Method, headers: &HeaderMap, public_origin: &str) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        // "none" is a user typing the address or using a bookmark.
        return !matches!(site, "same-origin" | "none");
    }
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        let host = headers
            .get(header::HOST)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let authority = origin.split_once("://").map(|(_, rest)| rest).unwrap_or("");
        return !(origin == public_origin || (!host.is_empty() && authority == host));
    }
    // Neither header: not a browser's cross-site request (browsers send at least Origin on POST).
    false
}

/// Refuses cross-site state-changing requests with 403.
pub async fn refuse_cross_site(public_origin: String, req: Request, next: Next) -> Response {
    if is_cross_site(req.method(), req.headers(), &public_origin) {
        tracing::warn!(path = %req.uri().path(), "cross-site request refused");
        return (
            StatusCode::FORBIDDEN,
            "Anfrage von einer fremden Website abgelehnt / cross-site request refused",
        )
            .into_response();
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    const ORIGIN: &str = "https://portal.rhoencloud.de";

    #[test]
    fn reading_is_never_refused() {
        assert!(!is_cross_site(
            &Method::GET,
            &headers(&[("sec-fetch-site", "cross-site")]),
            ORIGIN
        ));
    }

    #[test]
    fn fetch_metadata_decides_when_present() {
        let post = Method::POST;
        assert!(is_cross_site(
            &post,
            &headers(&[("sec-fetch-site", "cross-site")]),
            ORIGIN
        ));
        assert!(is_cross_site(
            &post,
            &headers(&[("sec-fetch-site", "same-site")]),
            ORIGIN
        ));
        assert!(!is_cross_site(
            &post,
            &headers(&[("sec-fetch-site", "same-origin")]),
            ORIGIN
        ));
        assert!(!is_cross_site(
            &post,
            &headers(&[("sec-fetch-site", "none")]),
            ORIGIN
        ));
    }

    #[test]
    fn origin_must_match_the_portal() {
        let post = Method::POST;
        assert!(!is_cross_site(
            &post,
            &headers(&[("origin", ORIGIN)]),
            ORIGIN
        ));
        assert!(!is_cross_site(
            &post,
            &headers(&[
                ("origin", "http://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000")
            ]),
            ORIGIN
        ));
        assert!(is_cross_site(
            &post,
            &headers(&[
                ("origin", "https://evil.example"),
                ("host", "portal.rhoencloud.de")
            ]),
            ORIGIN
        ));
        assert!(is_cross_site(
            &post,
            &headers(&[("origin", "null"), ("host", "portal.rhoencloud.de")]),
            ORIGIN
        ));
    }

    #[test]
    fn csp_has_the_nonce_and_no_unsafe_inline() {
        let csp = content_security_policy("abc123");
        assert!(csp.contains("'nonce-abc123'") && csp.contains("frame-ancestors 'none'"));
        assert!(!csp.contains("unsafe-inline"));
    }
}
