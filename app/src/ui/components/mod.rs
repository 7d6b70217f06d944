//! Building blocks shared by the pages.

pub mod action_error;
pub mod allow_list;
pub mod attention_note;
pub mod code_input;
pub mod dns_records;
pub mod empty_state;
pub mod error_view;
pub mod language_switch;
pub mod layout;
pub mod loaded;
pub mod monthly_total;
pub mod page_header;
pub mod page_title;
pub mod pager;
pub mod reauth_inputs;
pub mod row_button;
pub mod timeline;
pub mod usage_chart;
pub mod usage_meter;
