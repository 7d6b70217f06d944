//! One module per page, following the URLs.

pub mod area;
pub mod login;
pub mod not_found;
pub mod overview;
pub mod set_password;
