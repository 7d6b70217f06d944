//! Security properties of the running server: headers with a CSP nonce,
//! cross-site request refusal, HTTP 429 on throttling, no secrets in logs.

use crate::support::{
    assert_success, browser, call_fn, call_fn_json, current_code, enter_password, fresh_url,
    full_login, get_page, set_session_cookie, Engine, Portal,
};
use app::backend::demo;
use reqwest::header::{CONTENT_SECURITY_POLICY, ORIGIN, RETRY_AFTER, SET_COOKIE};

#[tokio::test]
async fn every_page_carries_security_headers_and_a_fresh_nonce() {
    let portal = Portal::start(&fresh_url(Engine::Sqlite).await).await;
    let client = browser();
    let mut nonces = vec![];
    for _ in 0..2 {
        let page = get_page(&client, &portal, "/anmelden").await;
        let h = page.headers().clone();
        let csp = h[CONTENT_SECURITY_POLICY].to_str().unwrap().to_string();
        assert!(
            !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"),
            "{csp}"
        );
        assert!(h["strict-transport-security"]
            .to_str()
            .unwrap()
            .starts_with("max-age="));
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert!(h.contains_key("referrer-policy"));
        let nonce = csp
            .split("'nonce-")
            .nth(1)
            .unwrap()
            .split('\'')
            .next()
            .unwrap()
            .to_string();
        let html = page.text().await.unwrap();
        let scripts = html.matches("<script").count();
        assert!(scripts > 0);
        assert_eq!(
            html.matches(&format!("nonce=\"{nonce}\"")).count(),
            scripts,
            "every inline script has the nonce"
        );
        nonces.push(nonce);
    }
    assert_ne!(nonces[0], nonces[1], "a new nonce per response");
    let missing = get_page(&client, &portal, "/nirgendwo").await;
    assert!(missing.headers().contains_key(CONTENT_SECURITY_POLICY));
}

#[tokio::test]
async fn cross_site_posts_are_refused() {
    let portal = Portal::start(&fresh_url(Engine::Sqlite).await).await;
    let client = browser();
    let form = [
        ("email", demo::OWNER_EMAIL),
        ("password", demo::PASSWORD),
        ("next", "/"),
    ];
    let evil = client
        .post(portal.url("/api/login"))
        .header(ORIGIN, "https://evil.example")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(evil.status(), 403);
    assert!(
        evil.headers().get(SET_COOKIE).is_none(),
        "no session for a refused request"
    );
    let fetch = client
        .post(portal.url("/api/login"))
        .header("sec-fetch-site", "cross-site")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(fetch.status(), 403);
    let lang = client
        .post(portal.url("/sprache"))
        .header(ORIGIN, "https://evil.example")
        .form(&[("lang", "en")])
        .send()
        .await
        .unwrap();
    assert_eq!(lang.status(), 403);
    let own = client
        .post(portal.url("/api/login"))
        .header(ORIGIN, portal.base.as_str())
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_success(&own, "a login from the portal's own page");
}

#[tokio::test]
async fn the_sixth_failed_login_gets_429_with_retry_after() {
    let portal = Portal::start(&fresh_url(Engine::Sqlite).await).await;
    let client = browser();
    let wrong = || enter_password(&client, &portal, demo::ADMIN_EMAIL, "falsch");
    for _ in 0..5 {
        assert_eq!(wrong().await.status(), 422);
    }
    let refused = wrong().await;
    assert_eq!(refused.status(), 429);
    let retry: u64 = refused.headers()[RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&retry));
    // The owner, another account, logs in as usual.
    let owner = enter_password(&client, &portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
    assert_success(&owner, "the owner's login");
}

#[tokio::test]
async fn passwords_and_session_ids_never_reach_the_log() {
    let portal = Portal::start(&fresh_url(Engine::Sqlite).await).await;
    let client = browser();
    let wrong = "Falsches-Geheimnis-4711";
    enter_password(&client, &portal, demo::OWNER_EMAIL, wrong).await;
    let logged_in = full_login(&client, &portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
    let (seed, session_id) = (logged_in.seed, logged_in.session_id);
    let secret = totp_rs::Secret::from(seed.clone()).to_base32();
    let code = current_code(&seed);
    let overview = call_fn(&client, &portal, "overview", &[]).await;
    assert_eq!(overview.status(), 200);
    let codes: serde_json::Value = call_fn_json(&client, &portal, "fresh_recovery_codes").await;
    let recovery = codes["codes"][0].as_str().unwrap().to_string();
    call_fn(&client, &portal, "logout", &[]).await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let log = portal.log();
    assert!(
        log.contains("two-factor login set up") && log.contains("login failed"),
        "the log is captured: {log}"
    );
    for secret in [
        demo::PASSWORD,
        wrong,
        session_id.as_str(),
        secret.as_str(),
        code.as_str(),
        recovery.as_str(),
    ] {
        assert!(!log.contains(secret), "{secret:?} appears in the log");
    }
}

#[tokio::test]
async fn behind_https_the_session_cookie_is_secure_http_only_lax_and_host_only() {
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start_with(
        &url,
        &[("PORTAL_PUBLIC_URL", "https://portal.example.de".into())],
    )
    .await;
    let response = enter_password(&browser(), &portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
    let cookie = set_session_cookie(&response).expect("a session cookie");
    for attribute in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(
            cookie.split("; ").any(|a| a == attribute),
            "{attribute} missing: {cookie}"
        );
    }
    assert!(!cookie.contains("Domain="), "host-only: {cookie}");
}
