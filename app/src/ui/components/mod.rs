//! Building blocks shared by the pages.

pub mod action_error;
pub mod error_view;
pub mod language_switch;
pub mod layout;
pub mod usage_meter;
