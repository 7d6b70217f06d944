//! Pure rules of the portal: no I/O, compiled for server and browser alike.

pub mod addons;
pub mod allow_list;
pub mod berlin_time;
pub mod chart_scale;
pub mod contract;
pub mod dns;
pub mod domain_page;
#[cfg(feature = "ssr")]
pub mod exchange_csv;
pub mod forecast;
pub mod format;
pub mod html;
pub mod ids;
pub mod input_limits;
pub mod mail_address;
pub mod mail_state;
pub mod mailbox_access;
pub mod mailbox_list;
pub mod passkey_name;
pub mod password_policy;
// Server only: its dictionaries would add about 800 KB to the browser bundle.
#[cfg(feature = "ssr")]
pub mod password_strength;
pub mod percent;
pub mod quota;
pub mod quota_alerts;
pub mod role;
pub mod safe_redirect;
pub mod security_event_detail;
pub mod service_request;
pub mod user_agent;
