//! Integration tests: the storage layer and the running server, each on
//! SQLite and on the local PostgreSQL (127.0.0.1:5432).

mod support;

mod account;
mod account_security;
mod bind9;
mod cancellation_confirm;
mod cancellations;
mod contract_cli;
mod dns_fixture;
mod dns_lookup;
mod domain_checks;
mod hardening;
mod logins;
mod mail_delivery;
mod mailbox_list;
mod operator_api;
mod outbox;
mod password_reset;
mod process;
mod quota_links;
mod security;
mod service_requests;
mod session_http;
mod session_lifetime;
mod static_files;
mod storage;
mod team;
mod tenant_isolation;
mod test_clock;
mod throttling;
mod two_factor;
mod usage_import;
