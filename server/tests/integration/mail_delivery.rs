//! Mail delivery through a real SMTP server (maildev): an import during an
//! SMTP outage queues its alert mails, and once the server is back every
//! mail arrives exactly once, with its own fixed Message-ID.

use crate::support::{fresh_url, import_usage, portal_command, Engine, Maildev, Portal};
use sqlx::Row;
use std::collections::HashSet;
use std::time::Duration;

const GB: u64 = 1024 * 1024 * 1024;

/// Exchange's way of printing a size: `92 GB (98,784,247,808 bytes)`.
fn exchange_size(bytes: u64) -> String {
    let digits = bytes.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("\"{} GB ({grouped} bytes)\"", bytes / GB)
}

#[tokio::test]
async fn alert_mails_survive_an_smtp_outage_and_arrive_exactly_once() {
    let url = fresh_url(Engine::Sqlite).await;
    let mut smtp = Maildev::stopped();
    let portal = Portal::start_with(&url, &smtp.portal_env()).await;
    let db = app::backend::db::Db::connect(&url, 2).await.unwrap();
    // Only the mailboxes themselves get the alerts: one mail per alert.
    let set = portal_command(&url, 1)
        .args([
            "alert-recipients",
            "--customer",
            "K-100234",
            "--to",
            "mailbox",
        ])
        .output()
        .unwrap();
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );
    let wrong = portal_command(&url, 1)
        .args(["alert-recipients", "--customer", "K-100234", "--to", "alle"])
        .output()
        .unwrap();
    assert!(!wrong.status.success());
    let below: Vec<String> = sqlx::query("SELECT primary_address FROM mailboxes WHERE used_bytes < issue_warning_bytes ORDER BY primary_address LIMIT 100")
        .fetch_all(&db.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(below.len(), 100);
    let mut csv = String::from("PrimarySmtpAddress,TotalItemSize\n");
    for address in &below {
        csv.push_str(&format!("{address},{}\n", exchange_size(92 * GB)));
    }

    let report = import_usage(&portal, csv).await;
    assert_eq!(
        (report["alerts"].as_u64(), report["mails"].as_u64()),
        (Some(100), Some(100))
    );

    // SMTP is down: the mails wait in the outbox, with failed attempts recorded.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (queued, tried): (i64, i64) = {
        let r = sqlx::query("SELECT COUNT(*), COALESCE(SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END), 0) FROM outbox WHERE state = 'queued'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        (r.get(0), r.get(1))
    };
    assert_eq!(queued, 100);
    assert!(tried > 0, "the sender tried while SMTP was down");

    smtp.run().await;
    let received = smtp.wait_for(100, 90).await;
    // Give a duplicate every chance to show up.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let received_later = smtp.messages().await;
    assert_eq!(
        (received.len(), received_later.len()),
        (100, 100),
        "every mail exactly once"
    );
    let ids: HashSet<String> = received_later
        .iter()
        .map(|m| m["messageId"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(ids.len(), 100, "one Message-ID per mail");
    let to: HashSet<String> = received_later
        .iter()
        .map(|m| m["to"][0]["address"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(to, below.iter().cloned().collect::<HashSet<_>>());
    let sent: i64 = sqlx::query("SELECT COUNT(*) FROM outbox WHERE state = 'sent'")
        .fetch_one(&db.pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(sent, 100);
    drop(portal);
}
