//! The browser bundle and the stylesheet (`/pkg`), served precompressed.
//!
//! The WASM is over half a megabyte raw and about a third of that with
//! brotli. Compressing per request would cost the CPU of page requests, so
//! every compressible file gets its `.br` and `.gz` beside it once, when the
//! server starts (and again only when a build replaced the file), and
//! `ServeDir` picks the one the browser accepts.
//!
//! Caching: with fingerprinted names (cargo-leptos `hash-files`) a file's
//! name changes with its content, so browsers keep it for a year without
//! asking. Without fingerprints they revalidate each time (`no-cache`,
//! answered with 304 through `Last-Modified`).

use crate::app_state::AppState;
use app::ui::assets::AssetNames;
use axum::http::{header, HeaderValue};
use axum::Router;
use leptos::prelude::LeptosOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// Files worth compressing: text and WASM (images in `/pkg` are not).
const COMPRESSIBLE: [&str; 5] = ["wasm", "js", "css", "svg", "json"];

/// Cache lifetime of fingerprinted files.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

/// Where cargo-leptos puts the bundle: `<site-root>/<site-pkg-dir>`.
pub fn pkg_dir(options: &LeptosOptions) -> PathBuf {
    Path::new(&*options.site_root).join(&*options.site_pkg_dir)
}

/// cargo-leptos writes the fingerprints (`hash.txt`) beside the server
/// binary. `LEPTOS_HASH_FILES` decides when set (cargo-leptos sets it for
/// `serve`); otherwise the file's presence does, so the binary started by
/// hand links the same names the build wrote.
pub fn detect_fingerprints(options: &mut LeptosOptions) {
    if std::env::var_os("LEPTOS_HASH_FILES").is_none() {
        options.hash_files = hash_file(options).is_some();
    }
}

/// The names pages link: fingerprinted when the build made fingerprints.
pub fn asset_names(options: &LeptosOptions) -> AssetNames {
    let hashes = options.hash_files.then(|| hash_file(options)).flatten();
    AssetNames::new(
        &options.site_pkg_dir,
        &options.output_name,
        hashes.as_deref(),
    )
}

fn hash_file(options: &LeptosOptions) -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    std::fs::read_to_string(exe.parent()?.join(&*options.hash_file)).ok()
}

/// The `/pkg` route: precompressed files with the cache policy above.
pub fn router(pkg_dir: PathBuf, fingerprinted: bool) -> Router<AppState> {
    let cache = if fingerprinted { IMMUTABLE } else { REVALIDATE };
    let files = ServeDir::new(pkg_dir)
        .precompressed_br()
        .precompressed_gzip();
    Router::new().nest_service(
        "/pkg",
        tower::ServiceBuilder::new()
            .layer(SetResponseHeaderLayer::overriding(
                header::CACHE_CONTROL,
                HeaderValue::from_static(cache),
            ))
            .service(files),
    )
}

/// Writes `<file>.br` and `<file>.gz` for each compressible file of `dir`
/// that lacks them or whose copies are older than the file. Returns how
/// many files were compressed. A directory that cannot be written is
/// reported by the caller; the files are then served uncompressed.
pub fn precompress(dir: &Path) -> io::Result<usize> {
    let mut done = 0;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let compressible = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e));
        if !path.is_file() || !compressible {
            continue;
        }
        let mut wrote = false;
        for (suffix, compress) in [("br", brotli_bytes as Compress), ("gz", gzip_bytes)] {
            let target = with_suffix(&path, suffix);
            if is_current(&target, &path)? {
                continue;
            }
            let compressed = compress(&std::fs::read(&path)?)?;
            // Written aside and renamed: a concurrent reader sees the old
            // copy or the new one, never half a file.
            let partial = with_suffix(&path, &format!("{suffix}.partial"));
            std::fs::write(&partial, compressed)?;
            std::fs::rename(&partial, &target)?;
            wrote = true;
        }
        done += usize::from(wrote);
    }
    Ok(done)
}

type Compress = fn(&[u8]) -> io::Result<Vec<u8>>;

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

/// Whether `copy` exists and is not older than `source`.
fn is_current(copy: &Path, source: &Path) -> io::Result<bool> {
    let Ok(copy) = std::fs::metadata(copy) else {
        return Ok(false);
    };
    Ok(copy.modified()? >= std::fs::metadata(source)?.modified()?)
}

fn brotli_bytes(data: &[u8]) -> io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 3);
    {
        // Quality 11 (the densest) costs a second or two for the WASM, once.
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer.write_all(data)?;
    }
    Ok(out)
}

fn gzip_bytes(data: &[u8]) -> io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data)?;
    encoder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn compressed_copies_decode_to_the_file_and_are_made_once() {
        let dir = std::env::temp_dir().join(format!("portal-static-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let text = "fn main() { println!(\"Grüße\"); }\n".repeat(500);
        std::fs::write(dir.join("bundle.js"), &text).unwrap();
        std::fs::write(dir.join("picture.png"), [0u8, 1, 2, 3]).unwrap();

        assert_eq!(precompress(&dir).unwrap(), 1, "the script only");
        assert!(!dir.join("picture.png.br").exists());

        let mut unbrotli = String::new();
        brotli::Decompressor::new(&std::fs::read(dir.join("bundle.js.br")).unwrap()[..], 4096)
            .read_to_string(&mut unbrotli)
            .unwrap();
        assert_eq!(unbrotli, text);
        let mut ungzip = String::new();
        flate2::read::GzDecoder::new(&std::fs::read(dir.join("bundle.js.gz")).unwrap()[..])
            .read_to_string(&mut ungzip)
            .unwrap();
        assert_eq!(ungzip, text);
        assert!(std::fs::read(dir.join("bundle.js.br")).unwrap().len() < text.len() / 10);

        assert_eq!(precompress(&dir).unwrap(), 0, "nothing new");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
