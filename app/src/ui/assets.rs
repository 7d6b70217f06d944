//! The built stylesheet and browser bundle as pages link them.
//!
//! With fingerprinted names (cargo-leptos `hash-files`) each file's name
//! carries a hash of its content; the server reads the names once at start
//! and puts them into every render's context, so no page reads the disk.
//!
//! Only pages with islands load the bundle: `IslandScripts` sits on those
//! pages, and every other page (the login first of all) is plain HTML and CSS.

use leptos::hydration::HydrationScripts;
use leptos::prelude::*;

/// The stylesheet's path, e.g. `/pkg/rhoenmail-portal.<hash>.css`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssetNames {
    pub stylesheet: String,
}

impl AssetNames {
    /// The names cargo-leptos gives the files; `hashes` is the content of its
    /// hash file (`css: <hash>` lines), `None` without fingerprints.
    pub fn new(pkg_dir: &str, output_name: &str, hashes: Option<&str>) -> Self {
        let hash = hashes.and_then(|text| {
            text.lines()
                .filter_map(|line| line.split_once(':'))
                .find(|(kind, _)| kind.trim() == "css")
                .map(|(_, hash)| hash.trim().to_string())
        });
        let stylesheet = match hash {
            Some(hash) => format!("/{pkg_dir}/{output_name}.{hash}.css"),
            None => format!("/{pkg_dir}/{output_name}.css"),
        };
        AssetNames { stylesheet }
    }
}

/// Loads and starts the browser bundle. Put on each page that has an island.
#[component]
pub fn IslandScripts() -> impl IntoView {
    use_context::<LeptosOptions>().map(|options| view! { <HydrationScripts options islands=true/> })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stylesheet_name_carries_the_hash_when_there_is_one() {
        let hashes = "js: Abc_1\nwasm: Def-2\ncss: Ghi3\n";
        assert_eq!(
            AssetNames::new("pkg", "rhoenmail-portal", Some(hashes)).stylesheet,
            "/pkg/rhoenmail-portal.Ghi3.css"
        );
        assert_eq!(
            AssetNames::new("pkg", "rhoenmail-portal", None).stylesheet,
            "/pkg/rhoenmail-portal.css"
        );
    }
}
