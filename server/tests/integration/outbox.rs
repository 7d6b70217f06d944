//! The mail outbox in the storage layer, on both engines: a mail exists
//! exactly when its transaction commits, once per dedupe key; two senders
//! never take the same mail; failures back off and dead letters can be retried.

use crate::support::{fresh_db, ENGINES};
use app::backend::db::Db;
use app::backend::outbox::{self, Mailer, NewMail, CLAIM_SECS};
use sqlx::Row;
use std::collections::HashSet;

fn mail(key: Option<&str>) -> NewMail {
    NewMail {
        customer_id: None,
        kind: "test",
        dedupe_key: key.map(str::to_string),
        recipients: vec!["anna@muster-gmbh.de".into(), "ben@muster-gmbh.de".into()],
        cc: Vec::new(),
        subject: "Betreff".into(),
        body: "Text".into(),
    }
}

async fn count(db: &Db, state: &str) -> i64 {
    sqlx::query("SELECT COUNT(*) FROM outbox WHERE state = $1")
        .bind(state)
        .fetch_one(&db.pool)
        .await
        .unwrap()
        .get(0)
}

async fn queue(db: &Db, mailer: &Mailer, mail: &NewMail, now: i64) -> String {
    let mut tx = db.pool.begin().await.unwrap();
    let id = mailer.queue(&mut tx, mail, now).await.unwrap();
    tx.commit().await.unwrap();
    id
}

#[tokio::test]
async fn a_mail_exists_only_with_its_transaction_and_once_per_key() {
    for engine in ENGINES {
        let db = fresh_db(engine).await;
        let mailer = Mailer::new("https://portal.example.de/");
        let mut tx = db.pool.begin().await.unwrap();
        mailer
            .queue(&mut tx, &mail(Some("event-1")), 100)
            .await
            .unwrap();
        tx.rollback().await.unwrap();
        assert_eq!(
            count(&db, "queued").await,
            0,
            "{engine:?}: rolled back with its event"
        );

        let first = queue(&db, &mailer, &mail(Some("event-1")), 100).await;
        let again = queue(&db, &mailer, &mail(Some("event-1")), 101).await;
        assert_eq!(first, again, "{engine:?}");
        queue(&db, &mailer, &mail(None), 102).await;
        assert_eq!(count(&db, "queued").await, 2, "{engine:?}");

        let taken = outbox::claim(&db, 200, 10).await.unwrap();
        assert_eq!(taken.len(), 2);
        let m = taken.iter().find(|m| m.id == first).unwrap();
        assert_eq!(m.message_id, format!("<{first}@portal.example.de>"));
        assert_eq!(
            m.recipients,
            vec!["anna@muster-gmbh.de", "ben@muster-gmbh.de"]
        );
        assert_eq!((m.attempts, m.created_at), (1, 100));
    }
}

#[tokio::test]
async fn two_senders_never_take_the_same_mail() {
    for engine in ENGINES {
        let db = fresh_db(engine).await;
        let mailer = Mailer::new("http://127.0.0.1:3000");
        for _ in 0..40 {
            queue(&db, &mailer, &mail(None), 100).await;
        }
        let (a, b) = tokio::join!(outbox::claim(&db, 200, 40), outbox::claim(&db, 200, 40));
        let (a, b) = (a.unwrap(), b.unwrap());
        let ids: HashSet<_> = a.iter().chain(b.iter()).map(|m| m.id.clone()).collect();
        assert_eq!(
            (a.len() + b.len(), ids.len()),
            (40, 40),
            "{engine:?}: every mail taken exactly once"
        );
        assert!(
            outbox::claim(&db, 201, 40).await.unwrap().is_empty(),
            "{engine:?}: taken mails are locked"
        );
        // A sender that died: its mails come due again once the lock expires.
        assert_eq!(
            outbox::claim(&db, 200 + CLAIM_SECS + 1, 40)
                .await
                .unwrap()
                .len(),
            40,
            "{engine:?}"
        );
    }
}

#[tokio::test]
async fn failures_back_off_and_dead_letters_can_be_retried() {
    for engine in ENGINES {
        let db = fresh_db(engine).await;
        let mailer = Mailer::new("http://127.0.0.1:3000");
        let id = queue(&db, &mailer, &mail(None), 100).await;
        outbox::claim(&db, 100, 10).await.unwrap();
        outbox::mark_failed(&db, &id, "connection refused", Some(160))
            .await
            .unwrap();
        assert!(
            outbox::claim(&db, 159, 10).await.unwrap().is_empty(),
            "{engine:?}: not before the retry time"
        );
        let retried = outbox::claim(&db, 160, 10).await.unwrap();
        assert_eq!((retried.len(), retried[0].attempts), (1, 2), "{engine:?}");

        outbox::mark_failed(&db, &id, "550 mailbox unavailable", None)
            .await
            .unwrap();
        assert_eq!(count(&db, "dead").await, 1);
        assert!(
            outbox::claim(&db, 10_000, 10).await.unwrap().is_empty(),
            "{engine:?}: dead letters stay put"
        );
        let dead = outbox::list(&db, "dead", 10).await.unwrap();
        assert_eq!(
            dead[0].last_error.as_deref(),
            Some("550 mailbox unavailable")
        );

        assert!(outbox::requeue(&db, &id, 20_000).await.unwrap());
        assert!(
            !outbox::requeue(&db, &id, 20_000).await.unwrap(),
            "only dead letters are requeued"
        );
        let again = outbox::claim(&db, 20_000, 10).await.unwrap();
        assert_eq!(again.len(), 1);
        outbox::mark_sent(&db, &id, 20_001).await.unwrap();
        assert_eq!(
            (count(&db, "sent").await, count(&db, "queued").await),
            (1, 0),
            "{engine:?}"
        );
    }
}
