//! Server functions: the only door from the browser to the data.
//!
//! Each one is a thin adapter: check the session and the customer it belongs
//! to (`guard`), call the backend, map rows to view types. View types are the
//! only data that crosses the wire.

pub mod account;
pub mod addons;
pub mod auth;
pub mod contract;
pub mod domains;
pub mod mailboxes;
pub mod overview;
pub mod passkeys;
pub mod team;
pub mod two_factor;

#[cfg(feature = "ssr")]
pub mod guard;
#[cfg(feature = "ssr")]
pub mod login_steps;
#[cfg(feature = "ssr")]
pub mod reauth;
#[cfg(feature = "ssr")]
pub mod request_origin;
#[cfg(feature = "ssr")]
pub mod security_events;
#[cfg(feature = "ssr")]
pub mod session_state;
