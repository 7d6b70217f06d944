//! The link in a quota alert mail: never logs anyone in, leads through the
//! login back to the mailbox, which marks the alert seen; forged, altered
//! or expired links get a clear page.

use crate::support::{
    browser, fresh_url, full_login, get_page, import_usage, page_text, Engine, Portal,
    TEST_SECRET_KEY,
};
use app::backend::demo;
use app::backend::secret_box::SecretBox;
use sqlx::Row;

fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .expect("a redirect")
        .to_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn an_alert_link_leads_through_the_login_to_the_mailbox() {
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start(&url).await;
    let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
    let row = sqlx::query(
        "SELECT id, primary_address FROM mailboxes WHERE used_bytes < issue_warning_bytes LIMIT 1",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let (mailbox_id, address): (String, String) = (row.get(0), row.get(1));
    let csv =
        format!("PrimarySmtpAddress,TotalItemSize\n{address},\"92 GB (98,784,247,808 bytes)\"\n");
    import_usage(&portal, csv).await;
    let body: String =
        sqlx::query_scalar("SELECT body FROM outbox WHERE kind = 'quota-alert' LIMIT 1")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    let link = body
        .lines()
        .find(|l| l.contains("/hinweis/"))
        .expect("link in the mail")
        .trim()
        .to_string();
    assert!(link.starts_with(&portal.url("/hinweis/")), "{link}");
    let alert_id: String =
        sqlx::query_scalar("SELECT id FROM quota_alerts WHERE mailbox_id = $1 AND seen_at IS NULL")
            .bind(&mailbox_id)
            .fetch_one(&db.pool)
            .await
            .unwrap();

    // Logged out: to the mailbox, which sends to the login with the way back.
    let client = browser();
    let r = client.get(&link).send().await.unwrap();
    let target = location(&r);
    assert_eq!(
        target,
        format!("/postfaecher/{mailbox_id}?hinweis={alert_id}")
    );
    let r = get_page(&client, &portal, &target).await;
    let login = location(&r);
    assert!(login.starts_with("/anmelden?next="), "{login}");
    assert_eq!(
        app::domain::percent::decode_repeatedly(login.trim_start_matches("/anmelden?next=")),
        target
    );

    // Altered or forged: a clear page, not an error.
    let mut forged = link.clone();
    forged.pop();
    forged.push(if link.ends_with('0') { '1' } else { '0' });
    for bad in [
        forged,
        portal.url(&format!("/hinweis/{alert_id}")),
        portal.url("/hinweis/x.y.z"),
    ] {
        let r = client.get(&bad).send().await.unwrap();
        assert_eq!(location(&r), "/hinweis-ungueltig", "{bad}");
    }
    let page = get_page(&client, &portal, "/hinweis-ungueltig").await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Link ungültig"));

    // Expired (signed with the portal's key, but past its time).
    let key = SecretBox::from_hex_key(TEST_SECRET_KEY).unwrap();
    let past = crate::support::unix_now() - 60;
    let expired = format!(
        "/hinweis/{alert_id}.{past}.{}",
        key.sign(&format!("quota-alert:{alert_id}:{past}"))
    );
    let r = get_page(&client, &portal, &expired).await;
    assert_eq!(location(&r), "/hinweis-ungueltig?abgelaufen");
    let page = page_text(&client, &portal, "/hinweis-ungueltig?abgelaufen").await;
    assert!(page.contains("Link abgelaufen"));

    // Logged in: the mailbox page shows the alert and marks it seen.
    full_login(&client, &portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
    let page = get_page(&client, &portal, &target).await;
    let status = page.status();
    let html = page.text().await.unwrap();
    assert_eq!(status, 200, "{html}\n{}", portal.log());
    assert!(html.contains("id=\"opened-alert\""), "alert shown");
    // The usage chart is drawn on the server (readable without JavaScript).
    assert!(
        html.contains("<svg") && html.contains("class=\"usage-line\""),
        "server-rendered chart"
    );
    assert!(html.contains(&address));
    let seen: Option<i64> = sqlx::query_scalar("SELECT seen_at FROM quota_alerts WHERE id = $1")
        .bind(&alert_id)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(seen.is_some(), "opening the link marked the alert seen");
}
