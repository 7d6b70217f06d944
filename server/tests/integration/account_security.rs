//! Account security over HTTP: password rules that name their reason, the
//! alternative address (password + code, notice to the old address), the
//! second factor after a reset, and the passkey functions' checks.

use crate::support::{
    assert_refused, assert_success, browser, call_fn as post, call_fn_json, current_code,
    enter_password, fresh_url, full_login, next_totp_step, Engine, Maildev, Portal,
};
use app::backend::demo;

#[tokio::test]
async fn new_passwords_are_refused_with_the_reason() {
    for engine in [Engine::Sqlite, Engine::Postgres] {
        let portal = Portal::start(&fresh_url(engine).await).await;
        let owner = browser();
        full_login(&owner, &portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
        let change = |new: &'static str| {
            let (owner, url) = (owner.clone(), portal.url("/api/change_password"));
            let form = [
                ("current_password", demo::PASSWORD),
                ("new_password", new),
                ("new_password_repeat", new),
            ];
            async move { owner.post(url).form(&form).send().await.unwrap() }
        };
        // The demo customer is "Muster GmbH", the owner inhaberin@muster-gmbh.de.
        for (password, reason) in [
            ("kurz", "password-too-short"),
            ("password1234", "password-common"),
            ("MusterGmbH2026!", "password-company-name"),
            ("inhaberin-2026", "password-own-address"),
            ("Rhoenmail-2026!", "password-product-name"),
            ("qwertyuiop[]", "password-keyboard"),
        ] {
            let case = format!("{engine:?} {password}");
            assert_refused(change(password).await, reason, case).await;
        }
        let overlong = change("x".repeat(300).leak()).await;
        assert_refused(overlong, "password-too-long", format!("{engine:?}")).await;
        // 64 characters and more are accepted, without composition rules.
        let long = "der zug nach kassel faehrt heute von gleis sieben um halb neun ab";
        assert!(long.chars().count() >= 64);
        assert_success(&change(long).await, format!("{engine:?}"));
    }
}

#[tokio::test]
async fn the_alternative_address_needs_password_and_code_and_the_old_one_hears_of_a_change() {
    let mut smtp = Maildev::stopped();
    smtp.run().await;
    let url = fresh_url(Engine::Postgres).await;
    let portal = Portal::start_with(&url, &smtp.portal_env()).await;
    let owner = browser();
    let seed = full_login(&owner, &portal, demo::OWNER_EMAIL, demo::PASSWORD)
        .await
        .seed;
    let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
    let stored = || async {
        sqlx::query_scalar::<_, Option<String>>(
            "SELECT alternative_email FROM users WHERE email = $1",
        )
        .bind(demo::OWNER_EMAIL)
        .fetch_one(&db.pool)
        .await
        .unwrap()
    };
    let change = |address: &str, password: &str, code: &str| {
        let form = [
            ("alternative_email", address.to_string()),
            ("password", password.to_string()),
            ("code", code.to_string()),
        ];
        let owner = owner.clone();
        let url = portal.url("/api/change_alternative_email");
        async move { owner.post(url).form(&form).send().await.unwrap() }
    };

    next_totp_step().await;
    let wrong_code = change("martina@privat.example", demo::PASSWORD, "000000").await;
    assert_eq!(
        wrong_code.status(),
        422,
        "{}",
        wrong_code.text().await.unwrap()
    );
    let wrong_password = change(
        "martina@privat.example",
        "falsch-falsch",
        &current_code(&seed),
    )
    .await;
    assert_refused(wrong_password, "account-password-wrong", "wrong password").await;
    let same = change(demo::OWNER_EMAIL, demo::PASSWORD, "000000").await;
    assert_refused(same, "alt-email-same", "the login address").await;
    assert_eq!(stored().await, None, "nothing stored by a refused change");

    for (n, address) in ["martina@privat.example", "m.muster@anderswo.example"]
        .into_iter()
        .enumerate()
    {
        if n > 0 {
            // The code of the change before is used up.
            next_totp_step().await;
        }
        let changed = change(address, demo::PASSWORD, &current_code(&seed)).await;
        assert_success(&changed, address);
        assert_eq!(stored().await.as_deref(), Some(address));
    }

    // The previous address and the login address hear of the second change;
    // the new address is not named to anybody else.
    let notice = "Adresse für Passwort-Links";
    let to = |m: &serde_json::Value, a: &str| {
        m["to"][0]["address"] == a && m["subject"].as_str().unwrap_or_default().contains(notice)
    };
    let mails = smtp
        .wait_until(30, |m| {
            m.iter().any(|m| to(m, "martina@privat.example"))
                && m.iter().filter(|m| to(m, demo::OWNER_EMAIL)).count() == 2
        })
        .await;
    for m in mails.iter().filter(|m| to(m, "martina@privat.example")) {
        assert_eq!(m["to"].as_array().unwrap().len(), 1);
        assert!(!m["text"].as_str().unwrap().contains("anderswo"), "{m}");
    }

    // Reset links now go to the new address.
    post(
        &browser(),
        &portal,
        "request_password_reset",
        &[("email", demo::OWNER_EMAIL)],
    )
    .await;
    smtp.wait_until(30, |m| {
        m.iter().any(|m| {
            m["to"][0]["address"] == "m.muster@anderswo.example"
                && m["text"]
                    .as_str()
                    .unwrap_or_default()
                    .contains("/passwort-setzen?token=")
        })
    })
    .await;
}

#[tokio::test]
async fn a_password_reset_never_skips_the_second_factor() {
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start(&url).await;
    let first = browser();
    full_login(&first, &portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
    // A reset link, as the mail carries it.
    let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
    let user_id: String = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(demo::OWNER_EMAIL)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let token = app::backend::tokens::create(&db, &user_id, "reset", 600)
        .await
        .unwrap();
    let new = "nach dem urlaub ein neues passwort";
    let client = browser();
    let set = post(
        &client,
        &portal,
        "set_password",
        &[
            ("token", &token),
            ("password", new),
            ("password_repeat", new),
        ],
    )
    .await;
    assert_success(&set, "new password from the link");
    assert_eq!(
        post(&client, &portal, "overview", &[]).await.status(),
        401,
        "the link logs nobody in"
    );
    let login = enter_password(&client, &portal, demo::OWNER_EMAIL, new).await;
    assert_success(&login, "login with the new password");
    assert_eq!(
        post(&client, &portal, "overview", &[]).await.status(),
        401,
        "after the new password, the code is still due"
    );
}

#[tokio::test]
async fn passkeys_need_a_login_the_confirmation_and_the_users_own_ids() {
    for engine in [Engine::Sqlite, Engine::Postgres] {
        let url = fresh_url(engine).await;
        // A domain name: passkeys are bound to one (the port plays no part).
        let portal =
            Portal::start_with(&url, &[("PORTAL_PUBLIC_URL", "http://localhost:1".into())]).await;
        let anonymous = browser();
        for function in [
            "passkeys",
            "prepare_passkey",
            "passkey_registration_options",
            "finish_passkey_registration",
            "remove_passkey",
            "passkey_login_offered",
            "passkey_login_options",
            "finish_passkey_login",
        ] {
            let args = [
                ("credential", "{}"),
                ("id", "x"),
                ("name", "x"),
                ("password", "x"),
                ("code", "x"),
            ];
            let status = post(&anonymous, &portal, function, &args).await.status();
            assert!(
                status == 401 || status == 422,
                "{engine:?} {function}: {status}"
            );
        }

        let owner = browser();
        let seed = full_login(&owner, &portal, demo::OWNER_EMAIL, demo::PASSWORD)
            .await
            .seed;
        let options = post(&owner, &portal, "passkey_registration_options", &[]).await;
        assert_refused(options, "passkey-expired", format!("{engine:?}")).await;

        next_totp_step().await;
        let prepare = |code: String| {
            let owner = owner.clone();
            let url = portal.url("/api/prepare_passkey");
            async move {
                owner
                    .post(url)
                    .form(&[
                        ("name", "Laptop\u{7} Büro"),
                        ("password", demo::PASSWORD),
                        ("code", &code),
                    ])
                    .send()
                    .await
                    .unwrap()
            }
        };
        assert_eq!(prepare("000000".into()).await.status(), 422);
        assert!(prepare(current_code(&seed)).await.status().is_success());
        let view: serde_json::Value = call_fn_json(&owner, &portal, "passkeys").await;
        assert_eq!(view["available"], true);
        assert_eq!(
            view["prepared_name"], "Laptop Büro",
            "control characters dropped"
        );

        let options = post(&owner, &portal, "passkey_registration_options", &[]).await;
        assert_eq!(options.status(), 200);
        let options: serde_json::Value =
            serde_json::from_str(options.json::<String>().await.unwrap().as_str()).unwrap();
        let public_key = &options["publicKey"];
        assert_eq!(public_key["rp"]["id"], "localhost");
        assert_eq!(public_key["user"]["name"], demo::OWNER_EMAIL);
        assert_eq!(
            public_key["authenticatorSelection"]["userVerification"],
            "required"
        );

        // A forged credential is refused, and the ceremony is then used up.
        let forged = [("credential", r#"{"id":"x"}"#)];
        let finished = post(&owner, &portal, "finish_passkey_registration", &forged).await;
        assert_refused(finished, "passkey-failed", format!("{engine:?}")).await;
        let options = post(&owner, &portal, "passkey_registration_options", &[]).await;
        assert_refused(options, "passkey-expired", format!("{engine:?}")).await;
        let huge = "x".repeat(20_000);
        assert_eq!(
            post(
                &owner,
                &portal,
                "finish_passkey_registration",
                &[("credential", &huge)]
            )
            .await
            .status(),
            422
        );

        // A colleague's passkey cannot be removed by its id.
        let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
        sqlx::query(
            "INSERT INTO passkeys (id, user_id, credential_id, name, credential, created_at) \
             SELECT 'pk-admin', id, 'cred-admin', 'Telefon', '{}', 0 FROM users WHERE email = $1",
        )
        .bind(demo::ADMIN_EMAIL)
        .execute(&db.pool)
        .await
        .unwrap();
        assert_eq!(
            post(&owner, &portal, "remove_passkey", &[("id", "pk-admin")])
                .await
                .status(),
            404
        );
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM passkeys")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        assert_eq!(left, 1, "{engine:?}");

        // At most ten per user: the eleventh is refused before any ceremony;
        // removing one of the owner's own works.
        for n in 0..10 {
            sqlx::query(
                "INSERT INTO passkeys (id, user_id, credential_id, name, credential, created_at) \
                 SELECT $1, id, $1, 'Gerät', '{}', 0 FROM users WHERE email = $2",
            )
            .bind(format!("pk-owner-{n}"))
            .bind(demo::OWNER_EMAIL)
            .execute(&db.pool)
            .await
            .unwrap();
        }
        next_totp_step().await;
        let eleventh = prepare(current_code(&seed)).await;
        assert_refused(eleventh, "passkey-too-many", format!("{engine:?}")).await;
        let removed = post(&owner, &portal, "remove_passkey", &[("id", "pk-owner-3")]).await;
        assert_success(&removed, format!("{engine:?}"));
        let view: serde_json::Value = call_fn_json(&owner, &portal, "passkeys").await;
        assert_eq!(view["passkeys"].as_array().unwrap().len(), 9, "{engine:?}");
    }
}
