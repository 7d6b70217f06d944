//! Service requests, on both engines: a double submit (also two at once) is
//! one request with one pair of mails; numbers count up; status changes
//! notify the requester, a finished booking becomes an add-on, final states
//! stay final. Over HTTP with a real SMTP server: bad input is refused with
//! nothing stored, support and requester get mails naming number, customer,
//! object and dates, and the operator's status change reaches the customer.

use crate::support::{
    assert_refused, browser, call_fn, call_fn_json, fresh_url, full_login, portal_command,
    test_backend, Engine, Maildev, Portal, ENGINES, OPERATOR_TOKEN,
};
use app::backend::service_requests::{self, NewRequest, StatusError};
use app::backend::users::{self, Role};
use app::backend::{customers, demo, Backend};
use app::domain::mail_address::MailAddress;
use app::domain::service_request::RequestStatus;
use std::collections::BTreeMap;

const T0: i64 = 1_790_000_000; // 2026-09-21

async fn backend(engine: Engine) -> (Backend, app::backend::users::SessionUser) {
    let mut backend = test_backend(engine).await;
    backend.service = std::sync::Arc::new(app::backend::ServiceSettings {
        support_address: "support@rhoencloud.de".into(),
        ..Default::default()
    });
    let c = customers::create(&backend.db, "K-6", "Sechs GmbH")
        .await
        .unwrap();
    let id = users::create(
        &backend.db,
        &c.id,
        &MailAddress::parse("chefin@sechs.de").unwrap(),
        "Chefin",
        Role::Owner,
    )
    .await
    .unwrap();
    let user = users::session_user(&backend.db, &id)
        .await
        .unwrap()
        .unwrap();
    (backend, user)
}

fn booking(key: &str) -> NewRequest {
    NewRequest {
        kind: "book:public-folders".into(),
        mailbox_id: None,
        object: "Öffentliche Ordner (25 GB)".into(),
        details: BTreeMap::from([("quantity".to_string(), "1".to_string())]),
        idempotency_key: key.into(),
    }
}

async fn count(b: &Backend, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&b.db.pool).await.unwrap()
}

#[tokio::test]
async fn a_double_submit_is_one_request_with_one_pair_of_mails() {
    for engine in ENGINES {
        let (b, user) = backend(engine).await;
        let (first, created) = service_requests::submit(&b, &user, &booking("k1"), T0)
            .await
            .unwrap();
        assert!(created);
        assert_eq!(first.number, "A-2026-00001");
        // Retried with the same key: the same request, nothing new.
        let (again, created) = service_requests::submit(&b, &user, &booking("k1"), T0 + 5)
            .await
            .unwrap();
        assert!(!created);
        assert_eq!(again.number, first.number);
        // Two tabs at once with one key.
        let twin = booking("k2");
        let (x, y) = tokio::join!(
            service_requests::submit(&b, &user, &twin, T0 + 10),
            service_requests::submit(&b, &user, &twin, T0 + 10),
        );
        let (x, y) = (x.unwrap(), y.unwrap());
        assert_eq!(x.0.number, y.0.number);
        assert!(x.1 ^ y.1, "exactly one of the two created it");
        assert_eq!(x.0.number, "A-2026-00002");
        assert_eq!(count(&b, "SELECT COUNT(*) FROM service_requests").await, 2);
        assert_eq!(
            count(
                &b,
                "SELECT COUNT(*) FROM outbox WHERE kind = 'service-request'"
            )
            .await,
            4
        );
    }
}

#[tokio::test]
async fn status_changes_notify_and_a_finished_booking_becomes_an_add_on() {
    for engine in ENGINES {
        let (b, user) = backend(engine).await;
        let (r, _) = service_requests::submit(&b, &user, &booking("k"), T0)
            .await
            .unwrap();
        let progress =
            service_requests::set_status(&b, &r.number, RequestStatus::InProgress, None, T0 + 60)
                .await
                .unwrap();
        assert_eq!(progress.status, RequestStatus::InProgress);
        assert_eq!(count(&b, "SELECT COUNT(*) FROM addons").await, 0);
        service_requests::set_status(&b, &r.number, RequestStatus::Done, None, T0 + 120)
            .await
            .unwrap();
        let (kind, booked_on): (String, String) =
            sqlx::query_as("SELECT kind, booked_on FROM addons")
                .fetch_one(&b.db.pool)
                .await
                .unwrap();
        assert_eq!(
            (kind.as_str(), booked_on.as_str()),
            ("public-folders", "2026-09-21")
        );
        assert!(matches!(
            service_requests::set_status(
                &b,
                &r.number,
                RequestStatus::Rejected,
                Some("zu spät"),
                T0 + 180
            )
            .await,
            Err(StatusError::Final("done"))
        ));
        let mails: Vec<(String, String)> = sqlx::query_as(
            "SELECT recipients, subject FROM outbox WHERE kind = 'service-request-status' ORDER BY created_at",
        )
        .fetch_all(&b.db.pool)
        .await
        .unwrap();
        assert_eq!(
            mails,
            [
                (
                    "chefin@sechs.de".to_string(),
                    "Anfrage A-2026-00001: in Bearbeitung".to_string()
                ),
                (
                    "chefin@sechs.de".to_string(),
                    "Anfrage A-2026-00001: erledigt".to_string()
                ),
            ]
        );

        let (other, _) = service_requests::submit(&b, &user, &booking("k2"), T0)
            .await
            .unwrap();
        assert!(matches!(
            service_requests::set_status(
                &b,
                &other.number,
                RequestStatus::Rejected,
                Some("  "),
                T0
            )
            .await,
            Err(StatusError::ReasonRequired)
        ));
        assert!(matches!(
            service_requests::set_status(&b, "A-2026-99999", RequestStatus::Done, None, T0).await,
            Err(StatusError::UnknownNumber(_))
        ));
        let listed = service_requests::list(&b.db, &user.customer_id, 10)
            .await
            .unwrap();
        assert_eq!(listed.len(), 2);
        assert!(service_requests::list(&b.db, "another-customer", 10)
            .await
            .unwrap()
            .is_empty());
    }
}

/// Berlin's calendar date `days` from now, ISO.
fn iso_in(days: i64) -> String {
    let now = time::OffsetDateTime::now_utc() + time::Duration::hours(1);
    (now.date() + time::Duration::days(days)).to_string()
}

#[tokio::test]
async fn requests_over_http_are_checked_mailed_and_followed_to_done() {
    let mut smtp = Maildev::stopped();
    smtp.run().await;
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start_with(&url, &smtp.portal_env()).await;
    let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
    let (mailbox, address): (String, String) = sqlx::query_as(
        "SELECT id, primary_address FROM mailboxes ORDER BY primary_address LIMIT 1",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let owner = browser();
    full_login(&owner, &portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
    let export = |object: &str, date: &str, key: &str| {
        owner
            .post(portal.url("/api/request-pst-export"))
            .form(&[("object", object), ("date", date), ("request_key", key)])
            .send()
    };
    let stored = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM service_requests")
            .fetch_one(&db.pool)
            .await
            .unwrap()
    };

    // Bad input: each refused with its message, nothing stored.
    for (object, date, message) in [
        (mailbox.as_str(), iso_in(13), "addon-export-too-early"),
        (
            mailbox.as_str(),
            "31.02.2027".to_string(),
            "addon-date-invalid",
        ),
        (mailbox.as_str(), "morgen".to_string(), "addon-date-invalid"),
    ] {
        let r = export(object, &date, "bad").await.unwrap();
        assert_refused(r, message, &date).await;
    }
    let unknown = export("00000000-0000-0000-0000-000000000000", &iso_in(20), "bad")
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    let import = call_fn(
        &owner,
        &portal,
        "request-pst-import",
        &[
            ("mailbox_id", mailbox.as_str()),
            ("file_name", "export.pst"),
            ("download_url", "https://dateien.muster-gmbh.de/export.pst"),
            ("request_key", "bad"),
        ],
    )
    .await;
    assert_refused(
        import,
        "addon-pst-name-mismatch",
        "a file name not in the link",
    )
    .await;
    assert_eq!(stored().await, 0);

    // A valid export, submitted twice: one request, one pair of mails.
    let date = iso_in(20);
    let first = export(&mailbox, &date, "page-1-export").await.unwrap();
    assert_eq!(first.status(), 200);
    let number: String = first.json().await.unwrap();
    let again: String = export(&mailbox, &date, "page-1-export")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(again, number);
    assert_eq!(stored().await, 1);

    let about = |m: &serde_json::Value, to: &str| {
        m["to"][0]["address"] == to && m["subject"].as_str().unwrap_or_default().contains(&number)
    };
    let mails = smtp
        .wait_until(20, |ms| {
            ms.iter().any(|m| about(m, "support@rhoencloud.de"))
                && ms.iter().any(|m| about(m, demo::OWNER_EMAIL))
        })
        .await;
    let support = mails
        .iter()
        .find(|m| about(m, "support@rhoencloud.de"))
        .expect("mail to support");
    let text = support["text"].as_str().unwrap();
    let german_date = {
        let d: Vec<&str> = date.split('-').collect();
        format!("{}.{}.{}", d[2], d[1], d[0])
    };
    for needle in [
        number.as_str(),
        demo::CUSTOMER_NUMBER,
        "Muster GmbH",
        address.as_str(),
        german_date.as_str(),
        demo::OWNER_EMAIL,
    ] {
        assert!(
            text.contains(needle),
            "support mail lacks {needle:?}: {text}"
        );
    }
    let confirmation = mails
        .iter()
        .find(|m| about(m, demo::OWNER_EMAIL))
        .expect("confirmation to the requester");
    let text = confirmation["text"].as_str().unwrap();
    for needle in [
        number.as_str(),
        demo::CUSTOMER_NUMBER,
        address.as_str(),
        german_date.as_str(),
    ] {
        assert!(
            text.contains(needle),
            "confirmation lacks {needle:?}: {text}"
        );
    }

    // The operator marks it done through the CLI; the customer sees and hears it.
    let done = portal_command(&url, 1)
        .args(["request-status", "--number", &number, "--status", "done"])
        .output()
        .unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let page: serde_json::Value = call_fn_json(&owner, &portal, "addons").await;
    assert_eq!(page["requests"][0]["number"], number.as_str());
    assert_eq!(page["requests"][0]["status"], "Done");
    smtp.wait_until(20, |ms| {
        ms.iter().any(|m| {
            m["subject"].as_str().unwrap_or_default() == format!("Anfrage {number}: erledigt")
        })
    })
    .await;

    // And through the token API: unknown numbers 404, final states 409.
    let api = reqwest::Client::new();
    let status = |n: &str, body: serde_json::Value| {
        api.post(portal.url(&format!("/operator/requests/{n}/status")))
            .bearer_auth(OPERATOR_TOKEN)
            .json(&body)
            .send()
    };
    assert_eq!(
        status("A-2000-00001", serde_json::json!({"status": "done"}))
            .await
            .unwrap()
            .status(),
        404
    );
    assert_eq!(
        status(
            &number,
            serde_json::json!({"status": "rejected", "reason": "x"})
        )
        .await
        .unwrap()
        .status(),
        409
    );

    // The impersonation mailbox needs the explicit confirmation and the
    // password again; without them nothing is stored.
    let book = |fields: Vec<(&'static str, &'static str)>| {
        owner
            .post(portal.url("/api/book-addon"))
            .form(&fields)
            .send()
    };
    let unconfirmed = book(vec![("kind", "impersonation"), ("request_key", "imp-1")])
        .await
        .unwrap();
    assert_refused(unconfirmed, "addon-impersonation-confirm", "unconfirmed").await;
    let wrong_password = book(vec![
        ("kind", "impersonation"),
        ("confirm_full_access", "yes"),
        ("password", "falsch"),
        ("code", "000000"),
        ("request_key", "imp-2"),
    ])
    .await
    .unwrap();
    assert_refused(wrong_password, "account-password-wrong", "wrong password").await;
    assert_eq!(stored().await, 1);

    // Read-only users request nothing.
    let reader = browser();
    full_login(&reader, &portal, demo::READONLY_EMAIL, demo::PASSWORD).await;
    let refused = call_fn(
        &reader,
        &portal,
        "request-pst-export",
        &[
            ("object", mailbox.as_str()),
            ("date", date.as_str()),
            ("request_key", "r"),
        ],
    )
    .await;
    assert_eq!(refused.status(), 403);
    assert_eq!(stored().await, 1);
}
