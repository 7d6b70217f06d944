//! The test clock exists only in builds with the cargo feature `test-clock`
//! (made for the browser tests). The binary these tests run is a normal build:
//! it must refuse the setting loudly and must not serve the route.

use crate::support::{fresh_url, portal_command, Engine, Portal, OPERATOR_TOKEN};

#[test]
fn a_normal_build_refuses_to_start_with_the_test_clock_on() {
    for command in ["serve", "outbox"] {
        let out = portal_command("sqlite://unused.db", 1)
            .env("PORTAL_TEST_CLOCK", "1")
            .arg(command)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{command}: {stderr}");
        assert!(
            stderr.contains("Fehler in der Konfiguration")
                && stderr.contains("keine Testuhr")
                && stderr.contains("nur für Test-Builds"),
            "{command}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[tokio::test]
async fn a_normal_build_has_no_test_clock_route() {
    // Routing does not depend on the database engine: SQLite is enough.
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start_with(&url, &[("PORTAL_TEST_CLOCK", "0".into())]).await;
    let client = reqwest::Client::new();
    let set = client
        .put(portal.url("/operator/test-clock"))
        .bearer_auth(OPERATOR_TOKEN)
        .json(&serde_json::json!({ "today": "2027-01-31" }))
        .send()
        .await
        .unwrap();
    assert_eq!(set.status(), 404);
    // Not even another method of the path exists (that would be a 405).
    let get = client
        .get(portal.url("/operator/test-clock"))
        .bearer_auth(OPERATOR_TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(get.status(), 404);
}
