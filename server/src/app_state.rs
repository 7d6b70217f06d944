//! What every handler shares: the Leptos options and the backend. Its own
//! module so that the portal's routes and the operator's API both depend on
//! it without depending on each other.

use app::backend::Backend;
use app::ui::assets::AssetNames;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub backend: Backend,
    /// The stylesheet's (fingerprinted) name, read once at start.
    pub assets: AssetNames,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
