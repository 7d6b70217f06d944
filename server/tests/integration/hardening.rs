//! The server under hostile input, each case on the running binary: markup
//! in a mailbox's display name, guesses of second-factor codes outside the
//! login, forged error texts in the URL, overlong texts, invitations that
//! probe other customers' addresses, slow clients holding connections, and
//! addresses claimed in `X-Forwarded-For`.

use crate::support::{
    assert_success, browser, call_fn, current_code, enrolment_seed, enter_password, fresh_url,
    full_login, import_usage, next_totp_step, page_text, Engine, Portal, ENGINES,
};
use app::backend::demo;
use reqwest::header::RETRY_AFTER;
use sqlx::Row;
use std::time::{Duration, Instant};

const HOSTILE_NAME: &str =
    r#"</title><meta http-equiv="refresh" content="0;url=http://127.0.0.2/x">"#;

#[tokio::test]
async fn markup_in_a_display_name_stays_text_in_the_page_title() {
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start(&url).await;
    let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
    let row = sqlx::query("SELECT id, primary_address FROM mailboxes LIMIT 1")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let (mailbox_id, address): (String, String) = (row.get(0), row.get(1));
    let name = HOSTILE_NAME.replace('"', "\"\"");
    let csv = format!(
        "PrimarySmtpAddress,DisplayName,TotalItemSize\n{address},\"{name}\",\"1 GB (1,073,741,824 bytes)\"\n"
    );
    import_usage(&portal, csv).await;

    let client = browser();
    full_login(&client, &portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
    let html = page_text(&client, &portal, &format!("/postfaecher/{mailbox_id}")).await;
    assert!(
        !html.contains("<meta http-equiv"),
        "markup reached the page: {html}"
    );
    assert!(
        html.contains("<title>&lt;/title&gt;&lt;meta http-equiv=&quot;refresh&quot;"),
        "the name is shown as text in the title"
    );
    // One document title (the usage chart's SVG has a <title> of its own).
    let head = html.split("</head>").next().unwrap_or_default();
    assert_eq!(head.matches("<title>").count(), 1);
}

/// Logs the demo owner in and returns the client and the authenticator seed.
async fn owner_session(portal: &Portal) -> (reqwest::Client, Vec<u8>) {
    let client = browser();
    let login = full_login(&client, portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
    (client, login.seed)
}

fn wrong_code(right: &str) -> String {
    format!("{:06}", (right.parse::<u32>().unwrap() + 1) % 1_000_000)
}

#[tokio::test]
async fn codes_asked_again_count_against_the_login_limits() {
    for engine in ENGINES {
        let portal = Portal::start(&fresh_url(engine).await).await;
        let (client, seed) = owner_session(&portal).await;
        next_totp_step().await;
        // The right password each time: it must not reset the count of wrong codes.
        for n in 0..app::backend::throttle::MAX_PER_KEY {
            let wrong = wrong_code(&current_code(&seed));
            let r = call_fn(
                &client,
                &portal,
                "start_reenrolment",
                &[("password", demo::PASSWORD), ("code", &wrong)],
            )
            .await;
            assert_eq!(r.status(), 422, "{engine:?}: wrong code {n}");
        }
        let hashes = call_fn(
            &client,
            &portal,
            "start_reenrolment",
            &[("password", demo::PASSWORD), ("code", &current_code(&seed))],
        )
        .await;
        assert_eq!(
            hashes.status(),
            429,
            "{engine:?}: the right code after five wrong ones"
        );
        assert!(hashes.headers().contains_key(RETRY_AFTER));
        // The cancellation asks for a code too: the same limit holds there.
        let cancel = call_fn(
            &client,
            &portal,
            "cancel",
            &[
                ("target", "contract"),
                ("end", ""),
                ("password", demo::PASSWORD),
                ("code", &current_code(&seed)),
                ("confirm", "yes"),
                ("request_key", "k-1"),
            ],
        )
        .await;
        assert_eq!(cancel.status(), 429, "{engine:?}: cancellation");
    }
}

#[tokio::test]
async fn the_error_box_shows_only_our_own_messages() {
    let portal = Portal::start(&fresh_url(Engine::Sqlite).await).await;
    let forged = [
        r#"{"Validation":{"field":"password","message":"Ihr Konto ist gesperrt. Rufen Sie 0900 666 an."}}"#,
        r#"{"Internal":{"ref_id":"Ihr Konto ist gesperrt. Rufen Sie 0900 666 an."}}"#,
        r#"{"Conflict":{"message":"Ihr Konto ist gesperrt. Rufen Sie 0900 666 an."}}"#,
    ];
    let page_with_error = |error: &str| {
        use base64::Engine;
        let encoded = base64::engine::general_purpose::URL_SAFE.encode(error);
        let path = format!(
            "/anmelden?__path=/api/login&__err={}",
            app::domain::percent::encode(&encoded)
        );
        let portal = &portal;
        async move { page_text(&browser(), portal, &path).await }
    };
    // Our own message ids still come through this way (forms without JavaScript).
    let genuine =
        page_with_error(r#"{"Validation":{"field":"password","message":"login-failed"}}"#).await;
    let expected = app::i18n::translate(app::i18n::Lang::De, "login-failed", &[]);
    assert!(genuine.contains(&expected), "{genuine}");
    for error in forged {
        let page = page_with_error(error).await;
        assert!(!page.contains("0900 666"), "forged text shown for {error}");
        let generic = app::i18n::translate(app::i18n::Lang::De, "error-unknown", &[]);
        assert!(
            page.contains(&generic),
            "a generic message instead for {error}"
        );
    }
}

#[tokio::test]
async fn overlong_texts_get_a_clear_answer_on_both_engines() {
    for engine in ENGINES {
        let portal = Portal::start(&fresh_url(engine).await).await;
        let (client, _) = owner_session(&portal).await;
        let long = "%".repeat(60_000);
        let r = call_fn(
            &client,
            &portal,
            "mailboxes",
            &[
                ("query[search]", long.as_str()),
                ("query[level]", "All"),
                ("query[sort]", "UsageDesc"),
            ],
        )
        .await;
        let status = r.status();
        let body = r.text().await.unwrap();
        assert!(
            status == 422 && body.contains("input-too-long"),
            "{engine:?}: {status} {body}"
        );
        let r = call_fn(
            &browser(),
            &portal,
            "login",
            &[
                ("email", demo::OWNER_EMAIL),
                ("password", &"x".repeat(100_000)),
            ],
        )
        .await;
        assert_eq!(r.status(), 422, "{engine:?}: overlong password");
    }
}

#[tokio::test]
async fn invitations_do_not_tell_whether_an_address_has_an_account_elsewhere() {
    for engine in ENGINES {
        let url = fresh_url(engine).await;
        let portal = Portal::start(&url).await;
        let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
        let other = app::backend::customers::create(&db, "K-9", "Neun AG")
            .await
            .unwrap();
        app::backend::users::create(
            &db,
            &other.id,
            &app::domain::mail_address::MailAddress::parse("chef@neun.de").unwrap(),
            "Chef",
            app::backend::users::Role::Owner,
        )
        .await
        .unwrap();
        let (client, _) = owner_session(&portal).await;
        let invite = |email: &'static str| async {
            call_fn(
                &client,
                &portal,
                "invite_user",
                &[
                    ("email", email),
                    ("display_name", "Neu"),
                    ("role", "readonly"),
                ],
            )
            .await
        };
        let new = invite("neu@muster-gmbh.de").await;
        let elsewhere = invite("chef@neun.de").await;
        assert_eq!(new.status(), elsewhere.status(), "{engine:?}");
        assert_eq!(
            new.headers().get("location"),
            elsewhere.headers().get("location"),
            "{engine:?}"
        );
        assert_eq!(new.text().await.unwrap(), elsewhere.text().await.unwrap());
        // Probing many addresses runs into a limit per owner and hour.
        let mut limited = None;
        for n in 0..app::api::team::INVITATIONS_PER_HOUR {
            let email = format!("probe{n}@example.org");
            let r = call_fn(
                &client,
                &portal,
                "invite_user",
                &[
                    ("email", &email),
                    ("display_name", "Probe"),
                    ("role", "readonly"),
                ],
            )
            .await;
            if r.status() == 429 {
                limited = Some(n);
                break;
            }
        }
        assert_eq!(
            limited,
            Some(app::api::team::INVITATIONS_PER_HOUR - 2),
            "{engine:?}: the limit counts every invitation"
        );
    }
}

#[tokio::test]
async fn half_open_connections_do_not_starve_real_requests() {
    let portal = Portal::start_with(
        &fresh_url(Engine::Sqlite).await,
        &[("PORTAL_HTTP_HEADER_TIMEOUT_SECS", "3".into())],
    )
    .await;
    let addr = portal.base.trim_start_matches("http://").to_string();
    let mut held = Vec::new();
    for _ in 0..2000 {
        let mut stream = tokio::net::TcpStream::connect(&addr).await.unwrap();
        tokio::io::AsyncWriteExt::write_all(&mut stream, b"GET /anmelden HTTP/1.1\r\nHost: x\r\n")
            .await
            .unwrap();
        held.push(stream);
    }
    let started = Instant::now();
    let r = reqwest::Client::new()
        .get(portal.url("/healthz"))
        .timeout(Duration::from_secs(5))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "answered after {:?} with 2000 half-open connections",
        started.elapsed()
    );
    // The server closes them once the header timeout has passed.
    tokio::time::sleep(Duration::from_secs(4)).await;
    let mut closed = 0;
    for stream in held.iter_mut().take(50) {
        let mut buf = [0u8; 256];
        match tokio::time::timeout(
            Duration::from_secs(2),
            tokio::io::AsyncReadExt::read(stream, &mut buf),
        )
        .await
        {
            Ok(Ok(_)) | Ok(Err(_)) => closed += 1,
            Err(_) => {}
        }
    }
    assert_eq!(
        closed, 50,
        "half-open connections are closed after the header timeout"
    );
}

/// A wrong login from `client_ip` as a proxy would report it.
async fn wrong_login_via(portal: &Portal, forwarded_for: &str) -> reqwest::StatusCode {
    browser()
        .post(portal.url("/api/login"))
        .header("x-forwarded-for", forwarded_for)
        .form(&[
            ("email", format!("niemand{}@example.org", rand_suffix())),
            ("password", "falsch".into()),
        ])
        .send()
        .await
        .unwrap()
        .status()
}

fn rand_suffix() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

#[tokio::test]
async fn forwarded_addresses_count_only_from_trusted_proxies() {
    let max = app::backend::throttle::MAX_PER_IP;
    // Behind a trusted proxy: each client has its own limit.
    let behind = Portal::start_with(
        &fresh_url(Engine::Sqlite).await,
        &[("PORTAL_TRUSTED_PROXIES", "127.0.0.1".into())],
    )
    .await;
    for _ in 0..max {
        assert_eq!(wrong_login_via(&behind, "198.51.100.1").await, 422);
    }
    assert_eq!(wrong_login_via(&behind, "198.51.100.1").await, 429);
    assert_eq!(
        wrong_login_via(&behind, "198.51.100.2").await,
        422,
        "another client"
    );
    // Without the setting the header is ignored: one address, one limit.
    let direct = Portal::start(&fresh_url(Engine::Sqlite).await).await;
    for n in 0..max {
        assert_eq!(
            wrong_login_via(&direct, &format!("198.51.100.{n}")).await,
            422
        );
    }
    assert_eq!(wrong_login_via(&direct, "203.0.113.99").await, 429);
}

#[tokio::test]
async fn the_set_up_key_stays_within_a_login_and_a_new_login_starts_afresh() {
    let portal = Portal::start(&fresh_url(Engine::Sqlite).await).await;
    let password_step = |client: reqwest::Client| {
        let portal = &portal;
        async move {
            let r = enter_password(&client, portal, demo::ADMIN_EMAIL, demo::PASSWORD).await;
            assert_success(&r, "password step");
            client
        }
    };
    // Someone else who knew the password opens the set-up page first.
    let other = password_step(browser()).await;
    let seen_by_other = enrolment_seed(&other, &portal).await;
    // The user's own login: a new key, which stays through reloads.
    let user = password_step(browser()).await;
    let first = enrolment_seed(&user, &portal).await;
    assert_ne!(first, seen_by_other, "a new login starts the set-up afresh");
    assert_eq!(
        enrolment_seed(&user, &portal).await,
        first,
        "a reload keeps the key"
    );
    let done = call_fn(
        &user,
        &portal,
        "confirm_enrolment",
        &[("code", &current_code(&first))],
    )
    .await;
    assert_success(&done, "confirm");
}
