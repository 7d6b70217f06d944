//! Where a request comes from: the client's address and its browser, as
//! shown in the login list and the security log.

use leptos::prelude::*;

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

/// The browser's own description of itself (empty when it sent none).
pub fn user_agent() -> String {
    use_context::<http::request::Parts>()
        .and_then(|parts| {
            parts
                .headers
                .get(http::header::USER_AGENT)
                .and_then(|v| v.to_str().ok().map(str::to_string))
        })
        .unwrap_or_default()
}
