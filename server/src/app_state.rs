//! What every handler shares: the Leptos options and the backend. Its own
//! module so that the portal's routes and the operator's API both depend on
//! it without depending on each other.

use app::backend::Backend;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub backend: Backend,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
