//! The operator API: only with the right token; a bad or oversize file is
//! refused with a clear answer and nothing stored.

use crate::support::{fresh_url, Engine, Portal, OPERATOR_TOKEN};

#[tokio::test]
async fn the_usage_import_needs_the_token_and_refuses_bad_files_whole() {
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start(&url).await;
    let client = reqwest::Client::new();
    let import = |token: &'static str, body: Vec<u8>| {
        client
            .post(portal.url("/operator/usage-import"))
            .bearer_auth(token)
            .body(body)
            .send()
    };
    let file = b"PrimarySmtpAddress,TotalItemSize\nnobody@example.de,-5 B (-5 bytes)\nniemand@example.de,viel\n".to_vec();

    let wrong = import("wrong-token-wrong-token-wrong-token", file.clone())
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);

    let bad = import(OPERATOR_TOKEN, file).await.unwrap();
    assert_eq!(bad.status(), 422);
    let report: serde_json::Value = bad.json().await.unwrap();
    let lines: Vec<u64> = report["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![2, 3], "{report}");
    assert!(
        report["lines"][0]["message"]
            .as_str()
            .unwrap()
            .contains("negativ"),
        "{report}"
    );

    let oversize = import(OPERATOR_TOKEN, vec![b'a'; 65 * 1024 * 1024])
        .await
        .unwrap();
    assert_eq!(oversize.status(), 413);

    let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
    let imports: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM usage_imports")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let history_after_seed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM quota_alerts")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(imports, 0);
    assert_eq!(history_after_seed, 8, "only the demo's own alerts");
}
