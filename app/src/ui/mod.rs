//! The user interface: the app shell, shared components and one module per area.

pub mod app;
pub mod assets;
pub mod components;
pub mod pages;
