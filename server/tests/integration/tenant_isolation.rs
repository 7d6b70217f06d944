//! Tenant isolation: logged in as customer A, every server function answers
//! with A's data only, never with anything of customer B (the demo customer).
//! Every new server function must be added to `FUNCTIONS`; functions that
//! take ids of objects must answer 404 for B's objects.

use crate::support::{
    assert_success, browser, call_fn, call_fn_json, fresh_url, full_login, get_page, page_text,
    portal_command, Engine, Portal,
};
use app::backend::demo;

/// Every server function reachable by a logged-in user, with its arguments.
/// (Login, logout, second factor, enrolment and password links act on the
/// caller's own session and are covered by the session tests.)
const FUNCTIONS: &[(&str, &[(&str, &str)])] = &[
    ("current_user", &[]),
    ("overview", &[]),
    ("account", &[]),
    ("security_log", &[]),
    ("mailboxes", &[("query[search]", "muster")]),
    ("mailbox", &[("id", "00000000-0000-0000-0000-000000000000")]),
    ("team", &[]),
    (
        "change_role",
        &[
            ("user_id", "00000000-0000-0000-0000-000000000000"),
            ("role", "readonly"),
        ],
    ),
    (
        "remove_user",
        &[("user_id", "00000000-0000-0000-0000-000000000000")],
    ),
    ("domains", &[]),
    ("domain", &[("id", "00000000-0000-0000-0000-000000000000")]),
    (
        "domain-check",
        &[
            ("id", "00000000-0000-0000-0000-000000000000"),
            ("force", "false"),
        ],
    ),
    (
        "allow-list-add",
        &[
            ("domain_id", "00000000-0000-0000-0000-000000000000"),
            ("entry", "lieferant.de"),
        ],
    ),
    (
        "allow-list-remove",
        &[("id", "00000000-0000-0000-0000-000000000000")],
    ),
    ("addons", &[]),
    (
        "request-pst-export",
        &[
            ("object", "00000000-0000-0000-0000-000000000000"),
            ("date", "2030-01-15"),
            ("request_key", "iso-1"),
        ],
    ),
    (
        "request-restore",
        &[
            ("mailbox_id", "00000000-0000-0000-0000-000000000000"),
            ("date", "2020-01-15"),
            ("request_key", "iso-2"),
        ],
    ),
    ("contract", &[]),
    ("cancellation-wizard", &[]),
    ("passkeys", &[]),
    (
        "remove_passkey",
        &[("id", "00000000-0000-0000-0000-000000000000")],
    ),
    (
        "cancel",
        &[
            ("target", "contract"),
            ("end", ""),
            ("confirm", "yes"),
            ("password", "alpha-passphrase-lang"),
            ("code", "000000"),
            ("request_key", "iso-3"),
        ],
    ),
];

/// Text of customer B that must never reach customer A.
const B_MARKERS: &[&str] = &[
    "Muster GmbH",
    "K-100234",
    "muster-gmbh.de",
    "muster-shop.de",
    demo::OWNER_EMAIL,
];

#[tokio::test]
async fn customer_a_sees_nothing_of_customer_b() {
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start(&url).await; // seeds customer B, the demo customer
    let run = |args: &[&str]| portal_command(&url, 1).args(args).output().unwrap();
    assert!(
        run(&["create-customer", "--number", "K-1", "--name", "Alpha AG"])
            .status
            .success()
    );
    let created = run(&[
        "create-user",
        "--customer",
        "K-1",
        "--email",
        "chefin@alpha.de",
        "--name",
        "Chefin",
        "--role",
        "owner",
    ]);
    let stdout = String::from_utf8_lossy(&created.stdout);
    let token = stdout
        .split("token=")
        .nth(1)
        .expect("link printed")
        .trim()
        .to_string();
    let client = browser();
    let set = call_fn(
        &client,
        &portal,
        "set_password",
        &[
            ("token", token.as_str()),
            ("password", "alpha-passphrase-lang"),
            ("password_repeat", "alpha-passphrase-lang"),
        ],
    )
    .await;
    assert_success(&set, "password from the link");
    full_login(&client, &portal, "chefin@alpha.de", "alpha-passphrase-lang").await;

    for (function, args) in FUNCTIONS {
        let response = call_fn(&client, &portal, function, args).await;
        let status = response.status();
        let body = response.text().await.unwrap();
        assert!(
            status.is_success() || status == 404,
            "{function}: {status} {body}"
        );
        for marker in B_MARKERS {
            assert!(
                !body.contains(marker),
                "{function} shows {marker:?} of another customer: {body}"
            );
        }
    }
    let overview: serde_json::Value = call_fn_json(&client, &portal, "overview").await;
    assert_eq!(
        (
            overview["customer_name"].as_str(),
            overview["mailbox_count"].as_i64()
        ),
        (Some("Alpha AG"), Some(0))
    );
    let page = page_text(&client, &portal, "/").await;
    for marker in B_MARKERS {
        assert!(!page.contains(marker), "the overview page shows {marker:?}");
    }

    // A mailbox of customer B, by its real id: not found, by API and as a page.
    let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
    let b_mailbox: String = sqlx::query_scalar("SELECT id FROM mailboxes LIMIT 1")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let api = call_fn(&client, &portal, "mailbox", &[("id", &b_mailbox)]).await;
    assert_eq!(api.status(), 404);
    let page = get_page(&client, &portal, &format!("/postfaecher/{b_mailbox}")).await;
    assert_eq!(page.status(), 404);
    let text = page.text().await.unwrap();
    // B's users cannot be changed or removed by A's owner; B's domain is not
    // shown, not checked, its allow-list not changed, and has no zone file.
    let b_user: String = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(demo::READONLY_EMAIL)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let b_domain: String =
        sqlx::query_scalar("SELECT id FROM domains WHERE name = 'muster-gmbh.de'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    for (function, args) in [
        (
            "change_role",
            vec![("user_id", b_user.as_str()), ("role", "owner")],
        ),
        ("remove_user", vec![("user_id", b_user.as_str())]),
        ("domain", vec![("id", b_domain.as_str())]),
        (
            "domain-check",
            vec![("id", b_domain.as_str()), ("force", "true")],
        ),
        (
            "allow-list-add",
            vec![("domain_id", b_domain.as_str()), ("entry", "angreifer.de")],
        ),
    ] {
        let r = call_fn(&client, &portal, function, &args).await;
        assert_eq!(r.status(), 404, "{function}");
    }
    // B's mailbox as the object of a request: not found, nothing stored.
    for (function, field) in [
        ("request-pst-export", "object"),
        ("request-restore", "mailbox_id"),
    ] {
        let form = [
            (field, b_mailbox.as_str()),
            ("date", "2030-01-15"),
            ("request_key", "x"),
        ];
        let r = call_fn(&client, &portal, function, &form).await;
        assert_eq!(r.status(), 404, "{function}");
    }
    let requests: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM service_requests")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(requests, 0);
    for path in [
        format!("/domains/{b_domain}"),
        format!("/domains/{b_domain}/zonendatei"),
    ] {
        let r = get_page(&client, &portal, &path).await;
        assert_eq!(r.status(), 404, "{path}");
    }
    let entries: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM allow_list_entries")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(entries, 0);
    let role: String = sqlx::query_scalar("SELECT role FROM users WHERE id = $1")
        .bind(&b_user)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(role, "readonly");
    for marker in B_MARKERS {
        assert!(!text.contains(marker), "B's mailbox page shows {marker:?}");
    }
}
