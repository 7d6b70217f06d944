//! Pure rules of the portal: no I/O, compiled for server and browser alike.

pub mod berlin_time;
pub mod format;
pub mod mail_address;
pub mod password_policy;
pub mod percent;
pub mod quota;
pub mod safe_redirect;
