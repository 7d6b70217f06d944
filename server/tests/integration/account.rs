//! The account functions over HTTP: password change (ending other sessions),
//! the owner-only security log.

use crate::support::{
    assert_refused, assert_success, browser, call_fn as post, call_fn_json, current_code,
    enrolment_seed, enter_password, fresh_url, full_login, get_page, next_totp_step,
    owner_on_two_devices, Engine, Portal,
};
use app::backend::demo;

#[tokio::test]
async fn changing_the_password_can_end_all_other_sessions() {
    for engine in [Engine::Sqlite, Engine::Postgres] {
        let portal = Portal::start(&fresh_url(engine).await).await;
        let (laptop, phone) = owner_on_two_devices(&portal).await;
        assert_eq!(post(&phone, &portal, "overview", &[]).await.status(), 200);

        let new = "neue-lange-passphrase";
        let wrong = post(
            &laptop,
            &portal,
            "change_password",
            &[
                ("current_password", "falsch"),
                ("new_password", new),
                ("new_password_repeat", new),
                ("end_other_sessions", "on"),
            ],
        )
        .await;
        assert_refused(wrong, "account-password-wrong", format!("{engine:?}")).await;
        assert_eq!(
            post(&phone, &portal, "overview", &[]).await.status(),
            200,
            "{engine:?}: nothing changed yet"
        );

        let changed = post(
            &laptop,
            &portal,
            "change_password",
            &[
                ("current_password", demo::PASSWORD),
                ("new_password", new),
                ("new_password_repeat", new),
                ("end_other_sessions", "on"),
            ],
        )
        .await;
        assert_success(&changed, format!("{engine:?}"));
        assert_eq!(
            post(&laptop, &portal, "overview", &[]).await.status(),
            200,
            "{engine:?}: this session stays"
        );
        assert_eq!(
            post(&phone, &portal, "overview", &[]).await.status(),
            401,
            "{engine:?}: the other session ended"
        );
        let page = get_page(&phone, &portal, "/").await;
        assert_eq!(page.status(), 303, "{engine:?}: pages too");

        let log: serde_json::Value = call_fn_json(&laptop, &portal, "security_log").await;
        let kinds: Vec<&str> = log
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["kind"].as_str().unwrap())
            .collect();
        for kind in [
            "password-changed",
            "other-sessions-ended",
            "login",
            "totp-enabled",
        ] {
            assert!(
                kinds.contains(&kind),
                "{engine:?}: {kind} missing in {kinds:?}"
            );
        }
        assert!(log[0]["ip"].as_str().unwrap().starts_with("127.0.0.1"));
    }
}

#[tokio::test]
async fn only_owners_see_the_security_log_and_failed_logins_are_in_it() {
    let portal = Portal::start(&fresh_url(Engine::Sqlite).await).await;
    let reader = browser();
    enter_password(&reader, &portal, demo::READONLY_EMAIL, "falsch").await;
    full_login(&reader, &portal, demo::READONLY_EMAIL, demo::PASSWORD).await;
    assert_eq!(
        post(&reader, &portal, "security_log", &[]).await.status(),
        403
    );
    let account: serde_json::Value = call_fn_json(&reader, &portal, "account").await;
    assert_eq!(
        (account["role"].as_str(), account["is_owner"].as_bool()),
        (Some("readonly"), Some(false))
    );

    let owner = browser();
    full_login(&owner, &portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
    let log: serde_json::Value = call_fn_json(&owner, &portal, "security_log").await;
    let failed = log
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "login-failed")
        .expect("failed login logged");
    assert_eq!(failed["actor_email"], demo::READONLY_EMAIL);
}

#[tokio::test]
async fn a_new_authenticator_needs_password_and_current_code() {
    let portal = Portal::start(&fresh_url(Engine::Sqlite).await).await;
    let client = browser();
    let old_seed = full_login(&client, &portal, demo::OWNER_EMAIL, demo::PASSWORD)
        .await
        .seed;
    // Logged in, but not allowed to replace the authenticator without re-authenticating.
    assert_eq!(
        post(&client, &portal, "begin_enrolment", &[])
            .await
            .status(),
        403
    );
    let now = next_totp_step().await;
    let code = app::backend::totp::code_at(&old_seed, now);
    let wrong = post(
        &client,
        &portal,
        "start_reenrolment",
        &[("password", "falsch"), ("code", &code)],
    )
    .await;
    assert_eq!(wrong.status(), 422);
    assert_eq!(
        post(&client, &portal, "begin_enrolment", &[])
            .await
            .status(),
        403
    );

    let ok = post(
        &client,
        &portal,
        "start_reenrolment",
        &[("password", demo::PASSWORD), ("code", &code)],
    )
    .await;
    assert_success(&ok, "re-authentication");
    let new_seed = enrolment_seed(&client, &portal).await;
    assert_ne!(new_seed, old_seed);
    let confirmed = post(
        &client,
        &portal,
        "confirm_enrolment",
        &[("code", &current_code(&new_seed))],
    )
    .await;
    assert!(confirmed.status().is_success());
    let codes: serde_json::Value = call_fn_json(&client, &portal, "fresh_recovery_codes").await;
    assert_eq!(
        codes["codes"].as_array().map(Vec::len),
        Some(10),
        "new recovery codes with the new device"
    );
    // Done: replacing it again needs re-authentication again.
    assert_eq!(
        post(&client, &portal, "begin_enrolment", &[])
            .await
            .status(),
        403
    );
}
