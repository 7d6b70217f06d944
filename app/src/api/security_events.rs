//! Writing the customer's security log from a server function, with the
//! address the request came from.

use crate::api::guard::backend;
use crate::api::request_origin::client_ip;
use crate::backend::security_log::{self, EventKind};

/// Adds an entry to the customer's security log. A failure to log does not
/// undo what happened; it is reported in the server log.
pub async fn record_event(user_id: &str, kind: EventKind) {
    record_event_about(user_id, kind, None).await
}

/// [`record_event`] for an event concerning someone else (`detail`: whom).
pub async fn record_event_about(user_id: &str, kind: EventKind, detail: Option<&str>) {
    let Ok(backend) = backend() else { return };
    let ip = client_ip().await;
    if let Err(e) = security_log::record(&backend, user_id, kind, &ip, detail).await {
        tracing::error!(error = %e, kind = kind.as_str(), "writing the security log failed");
    }
}
