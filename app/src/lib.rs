//! The rhönmail customer portal as a Leptos app.
//!
//! Compiled twice: with `ssr` into the server binary, with `hydrate` into the
//! WASM bundle. Pages render on the server; components marked `#[island]`
//! are the only parts hydrated in the browser.
#![recursion_limit = "256"]

pub mod api;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod backend;

pub use ui::app::{shell, App};

/// Entry point of the WASM bundle: makes the interactive islands of the
/// server-rendered page live. Everything else stays plain HTML, which keeps
/// the bundle small however many pages the portal grows.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
