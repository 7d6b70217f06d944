//! One module per page, following the URLs.

pub mod account;
pub mod addons;
pub mod cancellation;
pub mod contract;
pub mod domain;
pub mod domains;
pub mod enrol;
pub mod forgot_password;
pub mod link_problem;
pub mod login;
pub mod mailbox;
pub mod mailboxes;
pub mod not_found;
pub mod overview;
pub mod passkeys;
pub mod recovery_codes;
pub mod second_factor;
pub mod set_password;
pub mod team;
