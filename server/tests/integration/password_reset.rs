//! "Passwort vergessen" end to end with a real SMTP server: the same answer
//! for known and unknown addresses, a one-time link by mail, all sessions
//! ended by the reset, a security notice afterwards, and a cap on requests.

use crate::support::{
    assert_success, browser, call_fn, enter_password, fresh_url, full_login, Engine, Maildev,
    Portal,
};
use app::backend::demo;

async fn request_reset(client: &reqwest::Client, portal: &Portal, email: &str) -> (u16, String) {
    let r = call_fn(
        client,
        portal,
        "request_password_reset",
        &[("email", email)],
    )
    .await;
    (r.status().as_u16(), r.text().await.unwrap())
}

fn mails_to<'a>(
    mails: &'a [serde_json::Value],
    to: &str,
    subject: &str,
) -> Vec<&'a serde_json::Value> {
    mails
        .iter()
        .filter(|m| {
            m["to"][0]["address"] == to
                && m["subject"].as_str().unwrap_or_default().contains(subject)
        })
        .collect()
}

#[tokio::test]
async fn a_forgotten_password_is_reset_through_a_mailed_one_time_link() {
    let mut smtp = Maildev::stopped();
    smtp.run().await;
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start_with(&url, &smtp.portal_env()).await;
    // The owner is logged in somewhere (maybe by whoever knows the old password).
    let elsewhere = browser();
    full_login(&elsewhere, &portal, demo::OWNER_EMAIL, demo::PASSWORD).await;
    let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
    sqlx::query(
        "UPDATE users SET alternative_email = 'martina.privat@example.org' WHERE email = $1",
    )
    .bind(demo::OWNER_EMAIL)
    .execute(&db.pool)
    .await
    .unwrap();

    let client = browser();
    let known = request_reset(&client, &portal, demo::OWNER_EMAIL).await;
    let unknown = request_reset(&client, &portal, "niemand@muster-gmbh.de").await;
    assert_eq!(
        known, unknown,
        "the answer does not tell whether the account exists"
    );
    let invalid = request_reset(&client, &portal, "kein-at-zeichen").await;
    assert_eq!(invalid.0, 422);

    let mails = smtp
        .wait_until(30, |m| {
            !mails_to(m, "martina.privat@example.org", "Passwort").is_empty()
        })
        .await;
    let reset = mails_to(&mails, "martina.privat@example.org", "Passwort");
    assert_eq!(
        reset.len(),
        1,
        "one mail, to the alternative address: {mails:?}"
    );
    let text = reset[0]["text"].as_str().unwrap();
    let link = text
        .lines()
        .find(|l| l.contains("/passwort-setzen?token="))
        .unwrap()
        .trim()
        .to_string();
    let token = link.split("token=").nth(1).unwrap().to_string();

    let set = |password: &'static str| {
        let client = client.clone();
        let url = portal.url("/api/set_password");
        let token = token.clone();
        async move {
            client
                .post(url)
                .form(&[
                    ("token", token.as_str()),
                    ("password", password),
                    ("password_repeat", password),
                ])
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert!(set("ein-ganz-neues-passwort").await.is_success());
    assert_eq!(
        set("noch-ein-anderes-passwort").await,
        422,
        "the link works once"
    );

    // The old session is over; the new password works.
    let overview = call_fn(&elsewhere, &portal, "overview", &[]).await;
    assert_eq!(overview.status(), 401, "the reset ended the other sessions");
    let login = enter_password(
        &client,
        &portal,
        demo::OWNER_EMAIL,
        "ein-ganz-neues-passwort",
    )
    .await;
    assert_success(&login, "login with the new password");

    // The security notice goes to the account's own address.
    smtp.wait_until(30, |m| {
        !mails_to(m, demo::OWNER_EMAIL, "Passwort vergessen").is_empty()
    })
    .await;

    // At most three reset mails an hour.
    for _ in 0..4 {
        request_reset(&client, &portal, demo::OWNER_EMAIL).await;
    }
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    let all = smtp.messages().await;
    assert_eq!(
        mails_to(&all, "martina.privat@example.org", "Passwort").len(),
        3
    );
}
