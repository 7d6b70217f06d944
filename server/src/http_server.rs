//! Accepting HTTP connections with limits, so that clients that connect and
//! then send slowly (or nothing) cannot hold the process's file descriptors:
//!
//! - a request's header must arrive within `header_timeout`; hyper starts
//!   that clock whenever it waits for a request head, so an idle keep-alive
//!   connection is closed after the same time;
//! - a request body may pause at most `body_timeout` between two pieces
//!   (`web::router`);
//! - at most `max_connections` connections are open at once, kept below the
//!   descriptor limit so the database, DNS and SMTP always get descriptors.
//!   Past the cap new connections wait in the listen backlog.
//!
//! axum's own `serve` sets no timer, so hyper's header timeout never fires
//! there; this loop is `axum::serve` with those limits and the same graceful
//! shutdown (stop accepting, let running requests finish). It speaks HTTP/1.1
//! only: HTTP/2 detection would first wait for a preface without a timeout,
//! and the portal sits behind a proxy or is reached directly by browsers,
//! which both speak HTTP/1.1.

use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

/// Limits of the HTTP side (see the module comment).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub header_timeout: Duration,
    pub max_connections: usize,
}

/// How long shutdown waits for running requests.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// Descriptors kept free for everything that is not an HTTP connection.
const RESERVED_DESCRIPTORS: u64 = 512;

/// `wanted` connections, or fewer when the process's descriptor limit
/// (raised to its hard limit first) leaves less room.
pub fn connection_cap(wanted: usize) -> usize {
    let limit = raise_descriptor_limit();
    let room = limit.saturating_sub(RESERVED_DESCRIPTORS).max(64);
    wanted.min(room as usize)
}

/// Raises the soft limit of open files to the hard limit and returns it.
#[allow(unsafe_code)]
fn raise_descriptor_limit() -> u64 {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit only read and write the struct passed.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return 1024;
        }
        if limit.rlim_cur < limit.rlim_max {
            let raised = libc::rlimit {
                rlim_cur: limit.rlim_max,
                rlim_max: limit.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                limit = raised;
            }
        }
    }
    limit.rlim_cur
}

/// Serves `app` on `listener` until `shutdown` resolves, then waits for the
/// connections' running requests to finish.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // E.g. EMFILE: wait instead of spinning; the slot is returned.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        // What `into_make_service_with_connect_info` would add: the peer address.
        let service = app
            .clone()
            .map_request(move |mut req: axum::http::Request<Incoming>| {
                req.extensions_mut().insert(ConnectInfo(peer));
                req.map(axum::body::Body::new)
            });
        let connection =
            builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, %peer, "connection ended with an error");
            }
            drop(slot);
        });
    }
    drop(listener);
    // Running requests get this long to finish; a client that stopped
    // reading a response does not hold the process forever.
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("connections still open after the shutdown grace period; closing them");
    }
}
