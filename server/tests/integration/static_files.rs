//! The browser bundle goes out precompressed, with its cache policy, and
//! pages are compressed for browsers that accept it.

use crate::support::*;
use app::backend::demo;
use std::io::Read;
use std::time::Duration;

/// A site directory with a bundle file, as cargo-leptos would leave it.
fn site_with_bundle() -> (std::path::PathBuf, Vec<u8>) {
    let root = std::env::temp_dir()
        .join("portal-tests")
        .join(unique("site"));
    std::fs::create_dir_all(root.join("pkg")).unwrap();
    let bundle: Vec<u8> = (0..40_000u32)
        .flat_map(|i| format!("island-{} ", i % 97).into_bytes())
        .collect();
    std::fs::write(root.join("pkg").join("rhoenmail-portal.wasm"), &bundle).unwrap();
    (root, bundle)
}

async fn fetch(portal: &Portal, path: &str, accept: Option<&str>) -> reqwest::Response {
    let mut request = reqwest::Client::new().get(portal.url(path));
    if let Some(accept) = accept {
        request = request.header("accept-encoding", accept);
    }
    request.send().await.unwrap()
}

fn header<'r>(response: &'r reqwest::Response, name: &str) -> Option<&'r str> {
    response.headers().get(name).and_then(|v| v.to_str().ok())
}

#[tokio::test]
async fn the_bundle_is_served_precompressed_and_revalidated() {
    let (root, bundle) = site_with_bundle();
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start_with(
        &url,
        &[
            ("LEPTOS_SITE_ROOT", root.display().to_string()),
            ("LEPTOS_HASH_FILES", "false".into()),
        ],
    )
    .await;
    // Compressed in the background after the start.
    let br_file = root.join("pkg").join("rhoenmail-portal.wasm.br");
    for _ in 0..100 {
        if br_file.exists() && root.join("pkg").join("rhoenmail-portal.wasm.gz").exists() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let path = "/pkg/rhoenmail-portal.wasm";

    let br = fetch(&portal, path, Some("gzip, deflate, br")).await;
    assert_eq!(br.status(), 200);
    assert_eq!(header(&br, "content-encoding"), Some("br"));
    assert_eq!(header(&br, "cache-control"), Some("no-cache"));
    assert!(
        header(&br, "last-modified").is_some(),
        "a validator for the revalidation"
    );
    let body = br.bytes().await.unwrap();
    assert!(
        body.len() < bundle.len() / 10,
        "{} of {} bytes",
        body.len(),
        bundle.len()
    );
    let mut unpacked = Vec::new();
    brotli::Decompressor::new(&body[..], 4096)
        .read_to_end(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, bundle);

    let gz = fetch(&portal, path, Some("gzip")).await;
    assert_eq!(header(&gz, "content-encoding"), Some("gzip"));
    let mut unpacked = Vec::new();
    flate2::read::GzDecoder::new(&gz.bytes().await.unwrap()[..])
        .read_to_end(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, bundle);

    let plain = fetch(&portal, path, None).await;
    assert_eq!(header(&plain, "content-encoding"), None);
    assert_eq!(plain.bytes().await.unwrap().to_vec(), bundle);
    std::fs::remove_dir_all(&root).ok();
}

#[tokio::test]
async fn pages_are_compressed_for_browsers_that_accept_it() {
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start(&url).await;
    let page = fetch(&portal, "/anmelden", Some("gzip")).await;
    assert_eq!(page.status(), 200);
    assert_eq!(header(&page, "content-encoding"), Some("gzip"));
    let mut html = String::new();
    flate2::read::GzDecoder::new(&page.bytes().await.unwrap()[..])
        .read_to_string(&mut html)
        .unwrap();
    assert!(html.contains("<form"), "{html}");

    let plain = fetch(&portal, "/anmelden", None).await;
    assert_eq!(header(&plain, "content-encoding"), None);
    assert!(plain.text().await.unwrap().contains("<form"));
}

#[tokio::test]
async fn fingerprinted_files_are_linked_and_kept_for_a_year() {
    let (root, _) = site_with_bundle();
    let css = ".notice { color: #333; }\n";
    std::fs::write(root.join("pkg").join("rhoenmail-portal.Xyz_9.css"), css).unwrap();
    // cargo-leptos's hash file (an absolute name: this test's own).
    let hashes = root.join("hash.txt");
    std::fs::write(&hashes, "js: Jq1\nwasm: Wq2\ncss: Xyz_9\n").unwrap();
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start_with(
        &url,
        &[
            ("LEPTOS_SITE_ROOT", root.display().to_string()),
            ("LEPTOS_HASH_FILES", "true".into()),
            ("LEPTOS_HASH_FILE_NAME", hashes.display().to_string()),
        ],
    )
    .await;
    let login = fetch(&portal, "/anmelden", None)
        .await
        .text()
        .await
        .unwrap();
    assert!(
        login.contains(r#"href="/pkg/rhoenmail-portal.Xyz_9.css""#),
        "{login}"
    );
    let sheet = fetch(&portal, "/pkg/rhoenmail-portal.Xyz_9.css", None).await;
    assert_eq!(sheet.status(), 200);
    assert_eq!(
        header(&sheet, "cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(sheet.text().await.unwrap(), css);
    std::fs::remove_dir_all(&root).ok();
}

#[tokio::test]
async fn only_pages_with_islands_load_the_bundle() {
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start(&url).await;
    let client = browser();
    let login = get_page(&client, &portal, "/anmelden")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !login.contains(".wasm"),
        "the login page loads no WASM: {login}"
    );
    assert!(!login.contains("modulepreload"), "{login}");
    full_login(&client, &portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
    // The overview has an island (the expandable attention list)...
    let overview = page_text(&client, &portal, "/").await;
    assert!(overview.contains(".wasm"), "{overview}");
    // ...the mailbox list has none.
    let list = page_text(&client, &portal, "/postfaecher").await;
    assert!(list.contains("<table"), "{list}");
    assert!(!list.contains(".wasm"), "{list}");
}
