//! Importing Exchange figures, on both engines: all rows or none, the same
//! file twice changes nothing, crossings raise one alert with mails queued
//! in the same transaction.

use crate::support::{test_backend, Engine, ENGINES};
use app::backend::usage_import::{import, ImportError};
use app::backend::users::Role;
use app::backend::{customers, new_id, users, Backend};
use app::domain::mail_address::MailAddress;
use sqlx::Row;

const GB: i64 = 1024 * 1024 * 1024;
const T0: i64 = 1_790_000_000;

async fn backend(engine: Engine) -> Backend {
    let backend = test_backend(engine).await;
    let c = customers::create(&backend.db, "K-7", "Sieben GmbH")
        .await
        .unwrap();
    users::create(
        &backend.db,
        &c.id,
        &MailAddress::parse("chefin@sieben.de").unwrap(),
        "Chefin",
        Role::Owner,
    )
    .await
    .unwrap();
    users::create(
        &backend.db,
        &c.id,
        &MailAddress::parse("leser@sieben.de").unwrap(),
        "Leser",
        Role::ReadOnly,
    )
    .await
    .unwrap();
    let domain = new_id();
    sqlx::query(
        "INSERT INTO domains (id, customer_id, name, created_at) VALUES ($1, $2, 'sieben.de', 0)",
    )
    .bind(&domain)
    .bind(&c.id)
    .execute(&backend.db.pool)
    .await
    .unwrap();
    for local in ["anna", "ben", "chris"] {
        sqlx::query(
            "INSERT INTO mailboxes (id, customer_id, domain_id, primary_address, display_name, issue_warning_bytes, \
             prohibit_send_bytes, prohibit_send_receive_bytes, used_bytes, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0)",
        )
        .bind(new_id())
        .bind(&c.id)
        .bind(&domain)
        .bind(format!("{local}@sieben.de"))
        .bind(local)
        .bind(90 * GB)
        .bind(95 * GB)
        .bind(100 * GB)
        .bind(GB)
        .execute(&backend.db.pool)
        .await
        .unwrap();
    }
    backend
}

async fn scalar(b: &Backend, sql: &str) -> i64 {
    sqlx::query(sql).fetch_one(&b.db.pool).await.unwrap().get(0)
}

const GOOD: &str = "\
PrimarySmtpAddress,DisplayName,TotalItemSize,ItemCount,IssueWarningQuota,ProhibitSendQuota,ProhibitSendReceiveQuota,EmailAddresses
anna@sieben.de,Anna Alt,\"91 GB (97,710,505,984 bytes)\",120000,\"90 GB (96,636,764,160 bytes)\",\"95 GB (102,005,473,280 bytes)\",\"100 GB (107,374,182,400 bytes)\",\"SMTP:anna@sieben.de smtp:a.alt@sieben.de\"
ben@sieben.de,Ben Bau,\"1.5 GB (1,610,612,736 bytes)\",3000,\"90 GB (96,636,764,160 bytes)\",\"95 GB (102,005,473,280 bytes)\",\"100 GB (107,374,182,400 bytes)\",SMTP:ben@sieben.de
chris@sieben.de,Chris Chor,\"500 GB (536,870,912,000 bytes)\",9,Unlimited,Unlimited,Unlimited,SMTP:chris@sieben.de
";

#[tokio::test]
async fn a_crossing_raises_one_alert_with_mails_and_the_same_file_changes_nothing() {
    for engine in ENGINES {
        let b = backend(engine).await;
        let report = import(&b, GOOD.as_bytes(), T0).await.unwrap();
        assert_eq!(
            (
                report.rows,
                report.alerts,
                report.mails,
                report.already_imported_at
            ),
            (3, 1, 2, None),
            "{engine:?}"
        );
        assert_eq!(
            scalar(
                &b,
                "SELECT used_bytes FROM mailboxes WHERE primary_address = 'anna@sieben.de'"
            )
            .await,
            91 * GB
        );
        assert_eq!(
            scalar(
                &b,
                "SELECT COUNT(*) FROM mailboxes WHERE issue_warning_bytes IS NULL"
            )
            .await,
            1,
            "Unlimited stored as NULL"
        );
        assert_eq!(scalar(&b, "SELECT COUNT(*) FROM aliases").await, 1);
        // the mailbox itself and the owner; not the read-only user
        let recipients: Vec<String> =
            sqlx::query("SELECT recipients FROM outbox ORDER BY recipients")
                .fetch_all(&b.db.pool)
                .await
                .unwrap()
                .iter()
                .map(|r| r.get(0))
                .collect();
        assert_eq!(
            recipients,
            vec!["anna@sieben.de", "chefin@sieben.de"],
            "{engine:?}"
        );
        let body: String = sqlx::query("SELECT body FROM outbox LIMIT 1")
            .fetch_one(&b.db.pool)
            .await
            .unwrap()
            .get(0);
        assert!(
            body.contains("https://portal.example.de/hinweis/"),
            "{body}"
        );

        let before = (
            scalar(&b, "SELECT COUNT(*) FROM mailbox_usage_history").await,
            scalar(&b, "SELECT COUNT(*) FROM quota_alerts").await,
            scalar(&b, "SELECT COUNT(*) FROM outbox").await,
        );
        let again = import(&b, GOOD.as_bytes(), T0 + 3600).await.unwrap();
        assert_eq!(again.already_imported_at, Some(T0), "{engine:?}");
        let after = (
            scalar(&b, "SELECT COUNT(*) FROM mailbox_usage_history").await,
            scalar(&b, "SELECT COUNT(*) FROM quota_alerts").await,
            scalar(&b, "SELECT COUNT(*) FROM outbox").await,
        );
        assert_eq!(before, after, "{engine:?}: re-import changed something");
        assert_eq!(before, (3, 1, 2));

        // Same figures in a new file an hour later: no second alert (no repeat per crossing).
        let reexport = GOOD.replace("120000", "120001");
        let later = import(&b, reexport.as_bytes(), T0 + 3600).await.unwrap();
        assert_eq!((later.alerts, later.mails), (0, 0), "{engine:?}");
        // A day later: the daily reminder.
        let next_day = GOOD.replace("120000", "120002");
        assert_eq!(
            import(&b, next_day.as_bytes(), T0 + 86_400)
                .await
                .unwrap()
                .alerts,
            1,
            "{engine:?}"
        );
    }
}

#[tokio::test]
async fn a_file_with_bad_lines_is_rejected_whole_naming_every_line() {
    for engine in ENGINES {
        let b = backend(engine).await;
        let bad = "\
PrimarySmtpAddress,TotalItemSize,IssueWarningQuota,ProhibitSendQuota,ProhibitSendReceiveQuota
anna@sieben.de,\"95 GB (102,005,473,280 bytes)\",Unlimited,Unlimited,Unlimited
nobody@sieben.de,\"1 GB (1,073,741,824 bytes)\",Unlimited,Unlimited,Unlimited
ben@sieben.de,viel,Unlimited,Unlimited,Unlimited
chris@sieben.de,\"1 GB (1,073,741,824 bytes)\",\"99 GB (106,300,440,576 bytes)\",\"95 GB (102,005,473,280 bytes)\",Unlimited
";
        let Err(ImportError::Invalid(errors)) = import(&b, bad.as_bytes(), T0).await else {
            panic!("{engine:?}: bad file accepted");
        };
        let mut lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        lines.dedup();
        // parse errors (lines 4 and 5) are reported before lookups; the unknown
        // mailbox (line 3) once the file parses
        assert!(
            lines == vec![4, 5] || lines == vec![3, 4, 5],
            "{engine:?}: {errors:?}"
        );
        assert_eq!(
            scalar(
                &b,
                "SELECT used_bytes FROM mailboxes WHERE primary_address = 'anna@sieben.de'"
            )
            .await,
            GB,
            "nothing written"
        );
        assert_eq!(
            scalar(&b, "SELECT COUNT(*) FROM mailbox_usage_history").await,
            0
        );

        let unknown_only = "PrimarySmtpAddress,TotalItemSize\nanna@sieben.de,0 B (0 bytes)\nnobody@sieben.de,0 B (0 bytes)\n";
        let Err(ImportError::Invalid(errors)) = import(&b, unknown_only.as_bytes(), T0).await
        else {
            panic!()
        };
        assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), vec![3]);
        assert!(
            errors[0].to_string().contains("nobody@sieben.de"),
            "{}",
            errors[0]
        );
        assert_eq!(
            scalar(&b, "SELECT COUNT(*) FROM usage_imports").await,
            0,
            "{engine:?}"
        );
    }
}

#[tokio::test]
async fn reminders_go_out_daily_without_new_figures_and_once_with_two_instances() {
    use app::backend::usage_import::send_due_reminders;
    for engine in ENGINES {
        let b = backend(engine).await;
        import(&b, GOOD.as_bytes(), T0).await.unwrap();
        assert_eq!(
            send_due_reminders(&b, T0 + 3600).await.unwrap(),
            0,
            "{engine:?}: not yet a day"
        );
        // Two instances look at the same moment: one reminder, mailed to two recipients.
        let (a, c) = tokio::join!(
            send_due_reminders(&b, T0 + 86_400),
            send_due_reminders(&b, T0 + 86_400)
        );
        assert_eq!(a.unwrap() + c.unwrap(), 2, "{engine:?}");
        assert_eq!(
            scalar(&b, "SELECT COUNT(*) FROM quota_alerts WHERE reminder").await,
            1,
            "{engine:?}"
        );
        assert_eq!(send_due_reminders(&b, T0 + 86_400 + 60).await.unwrap(), 0);
        assert_eq!(
            send_due_reminders(&b, T0 + 2 * 86_400).await.unwrap(),
            2,
            "{engine:?}: the next day again"
        );
    }
}

/// The customer of the test mailboxes.
async fn customer_id(b: &Backend) -> String {
    sqlx::query("SELECT id FROM customers WHERE number = 'K-7'")
        .fetch_one(&b.db.pool)
        .await
        .unwrap()
        .get(0)
}

#[tokio::test]
async fn an_import_refreshes_the_stored_totals_that_overview_and_list_read() {
    use app::backend::{mailboxes, overview};
    use app::domain::mailbox_list::{LevelFilter, ListQuery};
    for engine in ENGINES {
        let b = backend(engine).await;
        let cid = customer_id(&b).await;
        // Never imported: added up live, nothing stored.
        let before = overview::mailbox_totals(&b.db, &cid).await.unwrap();
        assert_eq!(
            (before.count, before.used_bytes, before.warning),
            (3, 3 * GB, 0)
        );
        assert_eq!(scalar(&b, "SELECT COUNT(*) FROM mailbox_totals").await, 0);

        import(&b, GOOD.as_bytes(), T0).await.unwrap();
        let stored = overview::mailbox_totals(&b.db, &cid).await.unwrap();
        assert_eq!(scalar(&b, "SELECT COUNT(*) FROM mailbox_totals").await, 1);
        assert_eq!(stored.count, 3, "{engine:?}");
        assert_eq!(stored.used_bytes, 91 * GB + 1_610_612_736 + 500 * GB);
        // anna at 91 GB is over her warning threshold; chris is unlimited.
        assert_eq!(
            (stored.warning, stored.send_prohibited, stored.full),
            (1, 0, 0)
        );
        assert_eq!(stored.capacity_bytes, 200 * GB, "two mailboxes of 100 GB");
        assert_eq!(stored.stats_taken_at, Some(T0));
        assert_eq!(stored.min_warning_bytes, Some(90 * GB));
        let over = overview::mailboxes_over_warning(&b.db, &cid, &stored, 10)
            .await
            .unwrap();
        assert_eq!(over.len(), 1);
        assert_eq!(over[0].address, "anna@sieben.de");

        // The list's counts come from the same row and agree with its rows.
        for (level, expected) in [(LevelFilter::All, 3), (LevelFilter::Warning, 1)] {
            let query = ListQuery {
                level,
                ..ListQuery::default()
            };
            let page = mailboxes::list(&b.db, &cid, &query).await.unwrap();
            assert_eq!(page.total, expected, "{engine:?} {level:?}");
            assert_eq!(page.mailboxes.len() as u64, expected);
        }
        // A search still counts its matches.
        let query = ListQuery {
            search: "chris".into(),
            ..ListQuery::default()
        };
        assert_eq!(mailboxes::list(&b.db, &cid, &query).await.unwrap().total, 1);
    }
}
