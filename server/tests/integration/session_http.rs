//! Login, session and logout through HTTP against the running server binary,
//! on both database engines.

use crate::support::{
    assert_success, browser, call_fn as call, call_fn_json, current_code, enrolment_seed,
    enter_password, fresh_url, get_page, page_text, session_cookie, set_session_cookie, Portal,
    ENGINES,
};
use app::backend::demo;
use reqwest::header::{ACCEPT, LOCATION};

#[tokio::test]
async fn login_session_and_logout_on_both_engines() {
    for engine in ENGINES {
        let portal = Portal::start(&fresh_url(engine).await).await;
        let client = browser();

        // Logged out: the overview function refuses, pages send to the login.
        let refused = call(&client, &portal, "overview", &[]).await;
        assert_eq!(refused.status(), 401, "{engine:?}");
        assert!(refused.text().await.unwrap().contains("Unauthorized"));
        let page = get_page(&client, &portal, "/konto").await;
        assert_eq!(page.status(), 303);
        assert_eq!(page.headers()[LOCATION], "/anmelden?next=%2Fkonto");

        // Wrong password and unknown user get the same answer.
        let wrong = enter_password(&client, &portal, demo::OWNER_EMAIL, "falsch").await;
        let wrong_status = wrong.status();
        let wrong_body = wrong.text().await.unwrap();
        let unknown = enter_password(&client, &portal, "niemand@muster-gmbh.de", "falsch").await;
        assert_eq!(unknown.status(), wrong_status);
        assert_eq!(unknown.text().await.unwrap(), wrong_body);
        assert!(wrong_body.contains("login-failed"), "{wrong_body}");

        let ok = enter_password(&client, &portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
        assert_success(&ok, format!("{engine:?}"));
        let cookie = set_session_cookie(&ok).expect("session cookie set at login");
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        assert!(!cookie.contains("Domain="), "host-only cookie: {cookie}");

        // The password alone reaches nothing but the second step.
        let pending = call(&client, &portal, "overview", &[]).await;
        assert_eq!(pending.status(), 401, "{engine:?}");
        assert!(pending.text().await.unwrap().contains("TotpRequired"));
        let page = get_page(&client, &portal, "/").await;
        assert_eq!(page.headers()[LOCATION], "/anmelden/zwei-faktor");
        assert_eq!(
            call(&client, &portal, "fresh_recovery_codes", &[])
                .await
                .status(),
            401
        );

        let seed = enrolment_seed(&client, &portal).await;
        let wrong = call(&client, &portal, "confirm_enrolment", &[("code", "000000")]).await;
        assert_eq!(
            wrong.status(),
            422,
            "a wrong first code does not switch two-factor on"
        );
        let code = current_code(&seed);
        let confirmed = call(&client, &portal, "confirm_enrolment", &[("code", &code)]).await;
        assert_success(&confirmed, "confirm");
        let cookie = session_cookie(&confirmed).expect("a new session id after the second factor");
        let codes: serde_json::Value = call_fn_json(&client, &portal, "fresh_recovery_codes").await;
        assert_eq!(codes["codes"].as_array().map(Vec::len), Some(10), "{codes}");
        assert_eq!(codes["continue_to"], "/");
        let again: serde_json::Value = call_fn_json(&client, &portal, "fresh_recovery_codes").await;
        assert!(again["codes"].is_null(), "recovery codes are shown once");

        let overview: serde_json::Value = call_fn_json(&client, &portal, "overview").await;
        assert_eq!(overview["customer_name"], "Muster GmbH");
        assert_eq!(overview["mailbox_count"], 250);
        assert_eq!(overview["full"], 1);
        let page = client
            .get(portal.url("/"))
            .header(ACCEPT, "text/html")
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(
            html.contains("<html lang=\"de\"") && html.contains("Übersicht"),
            "server-rendered German page"
        );

        assert_success(&call(&client, &portal, "logout", &[]).await, "logout");
        assert_eq!(
            call(&client, &portal, "overview", &[]).await.status(),
            401,
            "{engine:?}: session ended"
        );

        // Replaying the old session cookie after logout gets nothing.
        let value = cookie.split(';').next().unwrap().to_string();
        let replay = reqwest::Client::new()
            .post(portal.url("/api/overview"))
            .header("Cookie", value)
            .send()
            .await
            .unwrap();
        assert_eq!(replay.status(), 401);
    }
}

#[tokio::test]
async fn session_id_changes_at_login_and_after_the_second_factor() {
    let portal = Portal::start(&fresh_url(crate::support::Engine::Sqlite).await).await;
    let client = browser();
    let id = |c: &str| c.split(';').next().unwrap().to_string();
    let password_step =
        session_cookie(&enter_password(&client, &portal, demo::OWNER_EMAIL, demo::PASSWORD).await)
            .expect("cookie");
    // Logging in again on a browser that already has a session must not keep its id
    // (an id planted in a victim's browser would otherwise become a logged-in session).
    let again =
        session_cookie(&enter_password(&client, &portal, demo::ADMIN_EMAIL, demo::PASSWORD).await)
            .expect("new cookie");
    assert_ne!(id(&password_step), id(&again));
    let code = current_code(&enrolment_seed(&client, &portal).await);
    let done =
        session_cookie(&call(&client, &portal, "confirm_enrolment", &[("code", &code)]).await)
            .expect("cookie");
    assert_ne!(id(&again), id(&done));
    for old in [&password_step, &again] {
        let r = reqwest::Client::new()
            .post(portal.url("/api/current_user"))
            .header("Cookie", id(old))
            .send()
            .await
            .unwrap();
        assert_eq!(
            r.status(),
            401,
            "an id from before the second factor is worthless"
        );
    }
    let me: serde_json::Value = call_fn_json(&client, &portal, "current_user").await;
    assert_eq!(me["email"], demo::ADMIN_EMAIL);
}

#[tokio::test]
async fn pages_need_no_login_where_they_must_not() {
    let portal = Portal::start(&fresh_url(crate::support::Engine::Sqlite).await).await;
    let client = browser();
    let login = get_page(&client, &portal, "/anmelden").await;
    assert_eq!(login.status(), 200);
    let html = login.text().await.unwrap();
    assert!(html.contains("E-Mail-Adresse") && html.contains("name=\"password\""));
    let missing = get_page(&client, &portal, "/gibt-es-nicht").await;
    assert_eq!(missing.status(), 404);
    assert!(missing
        .text()
        .await
        .unwrap()
        .contains("Seite nicht gefunden"));
    for probe in ["/healthz", "/readyz"] {
        assert_eq!(
            get_page(&client, &portal, probe).await.status(),
            200,
            "{probe}"
        );
    }

    // The language switch sets a cookie and returns to a same-site page only.
    let switched = client
        .post(portal.url("/sprache"))
        .form(&[("lang", "en"), ("back", "//evil.example/")])
        .send()
        .await
        .unwrap();
    assert_eq!(switched.headers()[LOCATION], "/");
    let english = page_text(&client, &portal, "/anmelden").await;
    assert!(english.contains("<html lang=\"en\"") && english.contains("E-mail address"));
    let bad = client
        .post(portal.url("/sprache"))
        .form(&[("lang", "xx"), ("back", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
}
