//! The rhönmail customer portal as a Leptos app.
//!
//! Compiled twice: with `ssr` into the server binary, with `hydrate` into the
//! WASM bundle that makes the server-rendered pages interactive.
#![recursion_limit = "256"]

pub mod api;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod backend;

pub use ui::app::{shell, App};

/// Entry point of the WASM bundle: attaches the app to the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
}
