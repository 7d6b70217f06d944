//! The operator records the provider's confirmation of a cancellation, by CLI
//! (`confirm-cancellation`) and by API
//! (`POST /operator/cancellations/{customer}/{target}/confirmation`).
//! Unknown customers and customers without such a cancellation are refused
//! clearly. (The positive path is tested where cancellations are created.)

use crate::support::{fresh_url, portal_command, Portal, ENGINES, OPERATOR_TOKEN};
use std::process::Output;

/// A customer that exists but has cancelled nothing.
const CUSTOMER: &str = "K-701";

/// Runs `server confirm-cancellation CUSTOMER TARGET [--note NOTE]` on `database_url`.
pub fn confirm_via_cli(
    database_url: &str,
    customer: &str,
    target: &str,
    note: Option<&str>,
) -> Output {
    let mut cmd = portal_command(database_url, 1);
    cmd.args(["confirm-cancellation", customer, target]);
    if let Some(note) = note {
        cmd.args(["--note", note]);
    }
    cmd.output().unwrap()
}

/// `POST /operator/cancellations/{customer}/{target}/confirmation` with the
/// operator token, with `{"note": …}` when a note is given, else without a body.
pub async fn confirm_via_api(
    portal: &Portal,
    customer: &str,
    target: &str,
    note: Option<&str>,
) -> reqwest::Response {
    let request = reqwest::Client::new()
        .post(portal.url(&format!(
            "/operator/cancellations/{customer}/{target}/confirmation"
        )))
        .bearer_auth(OPERATOR_TOKEN);
    let request = match note {
        Some(note) => request.json(&serde_json::json!({ "note": note })),
        None => request,
    };
    request.send().await.unwrap()
}

fn assert_refused(out: &Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(needle), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

async fn assert_not_found(response: reqwest::Response, needle: &str) {
    assert_eq!(response.status(), 404);
    let body: serde_json::Value = response.json().await.unwrap();
    let error = body["error"].as_str().unwrap_or_default();
    assert!(error.contains(needle), "{body}");
}

#[tokio::test]
async fn unknown_customers_and_missing_cancellations_are_refused() {
    for engine in ENGINES {
        let url = fresh_url(engine).await;
        let created = portal_command(&url, 1)
            .args([
                "create-customer",
                "--number",
                CUSTOMER,
                "--name",
                "Ohne Kündigung GmbH",
            ])
            .output()
            .unwrap();
        assert!(
            created.status.success(),
            "{}",
            String::from_utf8_lossy(&created.stderr)
        );

        // The CLI.
        assert_refused(
            &confirm_via_cli(&url, "K-404", "contract", None),
            "Kein Kunde mit der Kundennummer \"K-404\"",
        );
        for target in ["contract", "m365-business-basic", "gibt-es-nicht"] {
            assert_refused(
                &confirm_via_cli(&url, CUSTOMER, target, Some("Bestätigt per Brief")),
                &format!("Kunde {CUSTOMER} hat keine Kündigung von \"{target}\""),
            );
        }

        // The API.
        let portal = Portal::start(&url).await;
        assert_not_found(
            confirm_via_api(&portal, "K-404", "contract", None).await,
            "Kein Kunde mit dieser Kundennummer",
        )
        .await;
        assert_not_found(
            confirm_via_api(&portal, CUSTOMER, "contract", Some("Ref. 4711")).await,
            "keine Kündigung von „contract“",
        )
        .await;
        assert_not_found(
            confirm_via_api(&portal, CUSTOMER, "m365-business-basic", None).await,
            "keine Kündigung von „m365-business-basic“",
        )
        .await;
        let unauthorised = reqwest::Client::new()
            .post(portal.url(&format!(
                "/operator/cancellations/{CUSTOMER}/contract/confirmation"
            )))
            .bearer_auth("wrong-token-wrong-token-wrong-token")
            .send()
            .await
            .unwrap();
        assert_eq!(unauthorised.status(), 401);
        let bad_body = reqwest::Client::new()
            .post(portal.url(&format!(
                "/operator/cancellations/{CUSTOMER}/contract/confirmation"
            )))
            .bearer_auth(OPERATOR_TOKEN)
            .body("kein json")
            .send()
            .await
            .unwrap();
        assert_eq!(bad_body.status(), 422);
    }
}
