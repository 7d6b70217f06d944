//! Cancellations of the contract and of Microsoft 365 add-ons.
//!
//! Storage, on both engines: one row plus one outbox mail to the contract
//! address with copies to the user and the owners; the same key again is the
//! same cancellation, another key for the same target is refused; the
//! operator's confirmation ends the contract and caps the add-ons, once.
//! Over HTTP, two portal instances on one PostgreSQL database while SMTP is
//! down: a double submit to both at once plus a retry is one cancellation and
//! one mail, shown as being sent, delivered once SMTP is back, then confirmed
//! by the operator's CLI and shown in every page's header. Roles: admins
//! cancel only Microsoft 365 add-ons, read-only users nothing.

use crate::support::{
    assert_refused, browser, call_fn, call_fn_json, current_code, fresh_url, full_login,
    next_totp_step, test_backend, Engine, Maildev, Portal, ENGINES,
};
use app::backend::cancellations::{self, SubmitError};
use app::backend::users::{self, Role, SessionUser};
use app::backend::{customers, demo, Backend};
use app::domain::contract::cancellation::{self, Checked, Choice};
use app::domain::contract::timeline::{earliest_end, timeline};
use app::domain::mail_address::MailAddress;
use app::domain::mail_state::MailState;
use reqwest::header::{ACCEPT, LOCATION};
use serde_json::Value;
use time::macros::date;
use time::Date;

/// The provider's contract address (the configuration's default).
const CONTRACT_ADDRESS: &str = "contract-de@rhoencloud.de";
const T0: i64 = 1_795_770_900; // 27 Nov 2026, 10:15 in Berlin
const TODAY: Date = date!(2026 - 11 - 27);

async fn count(db: &app::backend::db::Db, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&db.pool).await.unwrap()
}

/// Customer K-7 with two owners and an admin, a contract from March 2024 and
/// add-ons with and without an end of their own.
async fn storage_backend(engine: Engine) -> (Backend, SessionUser, SessionUser) {
    let mut backend = test_backend(engine).await;
    backend.service = std::sync::Arc::new(app::backend::ServiceSettings {
        contract_address: "vertrag@anbieter.example".into(),
        ..Default::default()
    });
    let db = &backend.db;
    let c = customers::create(db, "K-7", "Sieben GmbH").await.unwrap();
    let mut ids = vec![];
    for (email, role) in [
        ("bert@sieben.de", Role::Owner),
        ("anna@sieben.de", Role::Owner),
        ("admin@sieben.de", Role::Admin),
    ] {
        let address = MailAddress::parse(email).unwrap();
        ids.push(
            users::create(db, &c.id, &address, email, role)
                .await
                .unwrap(),
        );
    }
    sqlx::query(
        "INSERT INTO contracts (id, customer_id, signed_on, starts_on, created_at) \
         VALUES ('k7', $1, '2024-02-12', '2024-03-01', $2)",
    )
    .bind(&c.id)
    .bind(T0)
    .execute(&db.pool)
    .await
    .unwrap();
    for (kind, ends_on) in [
        ("archive", None),
        ("m365-business-basic", None),
        ("public-folders", Some("2027-06-30")),
        ("impersonation", Some("2026-12-15")),
    ] {
        sqlx::query(
            "INSERT INTO addons (id, customer_id, kind, quantity, booked_on, ends_on, created_at) \
             VALUES ($1, $2, $3, 1, '2025-01-01', $4, $5)",
        )
        .bind(app::backend::new_id())
        .bind(&c.id)
        .bind(kind)
        .bind(ends_on)
        .bind(T0)
        .execute(&db.pool)
        .await
        .unwrap();
    }
    let owner = users::session_user(db, &ids[0]).await.unwrap().unwrap();
    let admin = users::session_user(db, &ids[2]).await.unwrap().unwrap();
    (backend, owner, admin)
}

/// The rules applied to what is stored, on `TODAY`.
async fn checked(b: &Backend, user: &SessionUser, target: &str, takeover: bool) -> Checked {
    let contract = app::backend::contracts::get(&b.db, &user.customer_id)
        .await
        .unwrap()
        .expect("a contract");
    let (facts, _) = cancellations::facts(&b.db, &user.customer_id, &contract, TODAY)
        .await
        .unwrap();
    let choice = Choice {
        target,
        end: None,
        takeover,
    };
    cancellation::check(&choice, &facts, user.role == Role::Owner).unwrap()
}

async fn stored(b: &Backend) -> (i64, i64) {
    (
        count(&b.db, "SELECT COUNT(*) FROM cancellations").await,
        count(
            &b.db,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'cancellation'",
        )
        .await,
    )
}

async fn addon_ends(b: &Backend) -> Vec<(String, Option<String>)> {
    sqlx::query_as("SELECT kind, ends_on FROM addons ORDER BY kind")
        .fetch_all(&b.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_cancellation_is_stored_once_with_its_mail_and_confirmed_once() {
    for engine in ENGINES {
        let (b, owner, admin) = storage_backend(engine).await;
        let contract_end = || cancellations::contract_end(&b.db, &owner.customer_id);
        let contract = checked(&b, &owner, "contract", true).await;
        // Checked before the contract is cancelled (after, the rules let it
        // end with the contract only); storing does not apply the rules.
        let m365 = checked(&b, &admin, "m365-business-basic", false).await;
        assert_eq!(contract.timeline.end, date!(2026 - 12 - 31));

        let (id, created) = cancellations::submit(&b, &owner, &contract, TODAY, "k1", None, T0)
            .await
            .unwrap();
        assert!(created, "{engine:?}");
        assert_eq!(stored(&b).await, (1, 1), "{engine:?}");
        let (recipients, cc, subject, body): (String, Option<String>, String, String) =
            sqlx::query_as(
                "SELECT recipients, cc, subject, body FROM outbox WHERE kind = 'cancellation'",
            )
            .fetch_one(&b.db.pool)
            .await
            .unwrap();
        assert_eq!(recipients, "vertrag@anbieter.example", "{engine:?}");
        // The user first, then the other owner; the user is not copied twice.
        assert_eq!(
            cc.as_deref(),
            Some("bert@sieben.de,anna@sieben.de"),
            "{engine:?}"
        );
        assert!(subject.contains("K-7"), "{subject}");
        assert!(body.contains("31.12.2026"), "{body}");

        // The same request again (a retry): the same cancellation, nothing new.
        let again = cancellations::submit(&b, &owner, &contract, TODAY, "k1", None, T0 + 5)
            .await
            .unwrap();
        assert_eq!(again, (id.clone(), false), "{engine:?}");
        // Another request for the same target: refused, nothing new.
        let other = cancellations::submit(&b, &owner, &contract, TODAY, "k2", None, T0 + 10).await;
        assert!(
            matches!(other, Err(SubmitError::AlreadyFiled)),
            "{engine:?}: {other:?}"
        );
        assert_eq!(stored(&b).await, (1, 1), "{engine:?}");

        // The admin cancels a Microsoft 365 add-on from two tabs at once.
        let (x, y) = tokio::join!(
            cancellations::submit(&b, &admin, &m365, TODAY, "k3", None, T0 + 20),
            cancellations::submit(&b, &admin, &m365, TODAY, "k3", None, T0 + 20),
        );
        let (x, y) = (x.unwrap(), y.unwrap());
        assert_eq!(x.0, y.0, "{engine:?}");
        assert!(x.1 ^ y.1, "{engine:?}: exactly one of the two created it");
        assert_eq!(stored(&b).await, (2, 2), "{engine:?}");
        let cc: Option<String> = sqlx::query_scalar(
            "SELECT o.cc FROM outbox o JOIN cancellations c ON c.mail_id = o.id WHERE c.id = $1",
        )
        .bind(&x.0)
        .fetch_one(&b.db.pool)
        .await
        .unwrap();
        assert_eq!(
            cc.as_deref(),
            Some("admin@sieben.de,anna@sieben.de,bert@sieben.de"),
            "{engine:?}"
        );

        let listed = cancellations::list(&b.db, &owner.customer_id)
            .await
            .unwrap();
        assert_eq!(listed.len(), 2, "{engine:?}");
        let filed = listed.iter().find(|c| c.id == id).unwrap();
        assert_eq!(filed.mail, MailState::Queued, "{engine:?}");
        assert_eq!(filed.ends_on, date!(2026 - 12 - 31));
        assert_eq!(filed.received_on, TODAY);
        assert!(filed.takeover_ordered);
        assert_eq!(filed.requested_by_email, "bert@sieben.de");
        assert_eq!(filed.confirmed_at, None);
        assert!(listed.iter().all(|c| c.mail == MailState::Queued));
        assert!(cancellations::list(&b.db, "another-customer")
            .await
            .unwrap()
            .is_empty());
        assert_eq!(
            contract_end().await.unwrap(),
            Some(date!(2026 - 12 - 31)),
            "{engine:?}"
        );

        // The provider's confirmation, recorded by the operator.
        let before = addon_ends(&b).await;
        assert!(
            cancellations::confirm(
                &b.db,
                "K-7",
                "contract",
                Some("  Schreiben vom 2.12. "),
                T0 + 60
            )
            .await
            .unwrap(),
            "{engine:?}"
        );
        let contract_ends: Option<String> =
            sqlx::query_scalar("SELECT ends_on FROM contracts WHERE id = 'k7'")
                .fetch_one(&b.db.pool)
                .await
                .unwrap();
        assert_eq!(contract_ends.as_deref(), Some("2026-12-31"), "{engine:?}");
        let end = |s: &str| Some(s.to_string());
        assert_eq!(
            addon_ends(&b).await,
            [
                ("archive".to_string(), end("2026-12-31")),
                ("impersonation".to_string(), end("2026-12-15")),
                ("m365-business-basic".to_string(), end("2026-12-31")),
                ("public-folders".to_string(), end("2026-12-31")),
            ],
            "{engine:?}: every add-on ends with the contract at the latest (before: {before:?})"
        );
        let confirmed = |listed: Vec<cancellations::CancellationRow>| {
            let c = listed.into_iter().find(|c| c.id == id).unwrap();
            (c.confirmed_at, c.confirmation_note)
        };
        let first = confirmed(
            cancellations::list(&b.db, &owner.customer_id)
                .await
                .unwrap(),
        );
        assert_eq!(
            first,
            (Some(T0 + 60), Some("Schreiben vom 2.12.".to_string())),
            "{engine:?}"
        );
        // Confirmed again: nothing changes.
        assert!(
            !cancellations::confirm(&b.db, "K-7", "contract", Some("noch mal"), T0 + 120)
                .await
                .unwrap(),
            "{engine:?}"
        );
        assert_eq!(
            confirmed(
                cancellations::list(&b.db, &owner.customer_id)
                    .await
                    .unwrap()
            ),
            first,
            "{engine:?}"
        );
        assert_eq!(
            contract_end().await.unwrap(),
            Some(date!(2026 - 12 - 31)),
            "{engine:?}"
        );
    }
}

/// Posts the wizard's form as the page's script does.
async fn cancel(
    client: &reqwest::Client,
    portal: &Portal,
    form: &[(&str, &str)],
) -> reqwest::Response {
    call_fn(client, portal, "cancel", form).await
}

/// Posts the wizard's form as a browser without JavaScript does.
async fn cancel_without_script(
    client: &reqwest::Client,
    portal: &Portal,
    form: &[(&str, &str)],
) -> reqwest::Response {
    client
        .post(portal.url("/api/cancel"))
        .header(ACCEPT, "text/html")
        .form(form)
        .send()
        .await
        .unwrap()
}

/// The wizard's form for the whole contract (earliest end when `end` is
/// empty, no data takeover), always with the same request key.
fn form<'a>(
    end: &'a str,
    confirm: bool,
    password: &'a str,
    code: &'a str,
) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("target", "contract"),
        ("end", end),
        ("password", password),
        ("code", code),
        ("request_key", "wizard-page-1"),
    ];
    if confirm {
        f.push(("confirm", "yes"));
    }
    f
}

/// A success: on to the contract page, by a redirect for a browser without
/// script (302), by the server function's redirect header for the script (200).
async fn assert_filed(r: reqwest::Response, status: u16) {
    let (actual, location) = (r.status(), r.headers().get(LOCATION).cloned());
    let body = r.text().await.unwrap();
    assert_eq!(
        (
            actual.as_u16(),
            location.as_ref().and_then(|l| l.to_str().ok())
        ),
        (status, Some("/vertrag?gekuendigt=1")),
        "{body}"
    );
}

/// Today in Berlin.
fn berlin_today() -> Date {
    app::domain::berlin_time::from_unix(crate::support::unix_now())
        .unwrap()
        .date()
}

fn german(d: Date) -> String {
    app::domain::format::date(app::i18n::Lang::De, d)
}

/// The demo contract's cancellation, the one mail of it in `mails`.
fn the_cancellation_mail(mails: &[Value]) -> Vec<&Value> {
    mails
        .iter()
        .filter(|m| {
            m["to"]
                .as_array()
                .is_some_and(|to| to.iter().any(|a| a["address"] == CONTRACT_ADDRESS))
        })
        .collect()
}

#[tokio::test]
async fn two_instances_on_one_postgres_database_one_cancellation_and_mail_it_when_smtp_is_back() {
    let url = fresh_url(Engine::Postgres).await;
    let mut smtp = Maildev::stopped();
    let env = smtp.portal_env();
    let a = Portal::start_with(&url, &env).await;
    let owner = browser();
    let seed = full_login(&owner, &a, demo::OWNER_EMAIL, demo::PASSWORD)
        .await
        .seed;
    // Started after the login: its start-up overlaps the wait for the next code.
    let b = Portal::start_with(&url, &env).await;
    let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
    let stored = || async {
        (
            count(&db, "SELECT COUNT(*) FROM cancellations").await,
            count(
                &db,
                "SELECT COUNT(*) FROM outbox WHERE kind = 'cancellation'",
            )
            .await,
        )
    };

    // Refused before the password and code are looked at, or by them: nothing stored.
    let code = current_code(&seed);
    assert_refused(
        cancel(&owner, &a, &form("", false, demo::PASSWORD, &code)).await,
        "cancel-confirm-required",
        "not confirmed",
    )
    .await;
    // Only a ticked box ("yes") confirms.
    let mut unticked = form("", false, demo::PASSWORD, &code);
    unticked.push(("confirm", "no"));
    assert_refused(
        cancel(&owner, &a, &unticked).await,
        "cancel-confirm-required",
        "not ticked",
    )
    .await;
    assert_refused(
        cancel(&owner, &a, &form("2020-01-31", true, demo::PASSWORD, &code)).await,
        "cancel-end-too-early",
        "an end in the past",
    )
    .await;
    assert_refused(
        cancel(&owner, &b, &form("", true, "falsch", &code)).await,
        "account-password-wrong",
        "a wrong password",
    )
    .await;
    assert_eq!(stored().await, (0, 0));
    let header: Value = call_fn_json(&owner, &a, "current_user").await;
    assert_eq!(header["contract_ends"], Value::Null);

    // The valid form, to both instances at once and then once more: one
    // cancellation, one mail.
    let code = app::backend::totp::code_at(&seed, next_totp_step().await);
    let valid = form("", true, demo::PASSWORD, &code);
    let (x, y) = tokio::join!(
        cancel_without_script(&owner, &a, &valid),
        cancel(&owner, &b, &valid)
    );
    assert_filed(x, 302).await;
    assert_filed(y, 200).await;
    assert_filed(cancel(&owner, &a, &valid).await, 200).await;
    assert_eq!(stored().await, (1, 1));
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM security_events WHERE kind = 'cancellation'"
        )
        .await,
        1
    );

    // While SMTP is down the page says the mail is being sent.
    let mut page: Value = call_fn_json(&owner, &b, "contract").await;
    for _ in 0..50 {
        if page["cancellations"][0]["mail"]["Retrying"].is_object() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        page = call_fn_json(&owner, &b, "contract").await;
    }
    let filed = &page["cancellations"];
    assert_eq!(filed.as_array().map(Vec::len), Some(1), "{page}");
    assert_eq!(filed[0]["is_contract"], true);
    assert_eq!(filed[0]["takeover_ordered"], false);
    assert_eq!(filed[0]["requested_by"], demo::OWNER_EMAIL);
    assert!(
        filed[0]["mail"]["Retrying"]["attempts"].as_i64() >= Some(1),
        "a failed attempt is retried: {page}"
    );
    assert_eq!(page["if_cancelled_today"], Value::Null);
    assert_eq!(page["contract_address"], CONTRACT_ADDRESS);

    // The expected dates, from today in Berlin.
    let customer_id: String = sqlx::query_scalar("SELECT id FROM customers WHERE number = $1")
        .bind(demo::CUSTOMER_NUMBER)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let contract = app::backend::contracts::get(&db, &customer_id)
        .await
        .unwrap()
        .unwrap();
    let today = berlin_today();
    let dates = timeline(earliest_end(
        today,
        contract.starts_on,
        contract.minimum_term_months,
    ));
    for portal in [&a, &b] {
        let header: Value = call_fn_json(&owner, portal, "current_user").await;
        assert_eq!(header["contract_ends"], dates.end.to_string().as_str());
    }

    // SMTP is back: the mail goes out once, whichever instance sends it.
    smtp.run().await;
    smtp.wait_until(30, |ms| !the_cancellation_mail(ms).is_empty())
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(1_000)).await;
    let mails = smtp.messages().await;
    let sent = the_cancellation_mail(&mails);
    assert_eq!(sent.len(), 1, "exactly one cancellation mail: {mails:?}");
    let mail = sent[0];
    assert_eq!(mail["to"].as_array().map(Vec::len), Some(1), "{mail}");
    let cc: Vec<&str> = mail["cc"]
        .as_array()
        .expect("copies")
        .iter()
        .filter_map(|a| a["address"].as_str())
        .collect();
    assert_eq!(cc, [demo::OWNER_EMAIL], "the owner, once");
    let subject = mail["subject"].as_str().unwrap();
    assert!(subject.contains(demo::CUSTOMER_NUMBER), "{subject}");
    let text = mail["text"].as_str().unwrap();
    let domains: Vec<String> =
        sqlx::query_scalar("SELECT name FROM domains WHERE customer_id = $1 ORDER BY name")
            .bind(&customer_id)
            .fetch_all(&db.pool)
            .await
            .unwrap();
    for needle in [
        format!("zum {}", german(dates.end)),
        format!("Löschung aller Daten am: {}", german(dates.deletion_on)),
        format!(
            "Backups gelöscht spätestens am: {}",
            german(dates.backups_gone_by)
        ),
        format!("Kundennummer: {}", demo::CUSTOMER_NUMBER),
        format!("Domains: {}", domains.join(", ")),
        format!("Eingang am {}", german(today)),
        "Datenübernahme: nicht beauftragt".to_string(),
        demo::OWNER_EMAIL.to_string(),
    ] {
        assert!(text.contains(&needle), "the mail lacks {needle:?}:\n{text}");
    }

    // The page shows it sent, with the Message-ID the provider received.
    let received_id = mail["messageId"].as_str().expect("a Message-ID");
    let mut sent_state = Value::Null;
    for _ in 0..50 {
        let page: Value = call_fn_json(&owner, &a, "contract").await;
        sent_state = page["cancellations"][0]["mail"]["Sent"].clone();
        if sent_state.is_object() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let shown_id = sent_state["message_id"].as_str().expect("shown as sent");
    assert_eq!(
        shown_id.trim_matches(|c| c == '<' || c == '>'),
        received_id.trim_matches(|c| c == '<' || c == '>')
    );

    // Add-ons ending with the contract anyway show no earlier end of their own.
    let page: Value = call_fn_json(&owner, &a, "contract").await;
    let contract_end = page["cancellations"][0]["timeline"]["end"].clone();
    let (year, day) = (
        contract_end[0].as_i64().unwrap(),
        contract_end[1].as_i64().unwrap(),
    );
    let contract_end = time::Date::from_ordinal_date(year as i32, day as u16).unwrap();
    for addon in page["m365"].as_array().unwrap() {
        let end = app::domain::addons::dates::parse_iso(addon["earliest_end"].as_str().unwrap());
        assert!(end.unwrap() < contract_end, "{addon}");
    }

    // The operator records the provider's confirmation.
    let confirmed = crate::cancellation_confirm::confirm_via_cli(
        &url,
        demo::CUSTOMER_NUMBER,
        "contract",
        Some("Bestätigung vom Anbieter"),
    );
    assert!(
        confirmed.status.success(),
        "{}",
        String::from_utf8_lossy(&confirmed.stderr)
    );
    let page: Value = call_fn_json(&owner, &b, "contract").await;
    let filed = &page["cancellations"][0];
    assert!(filed["confirmed_at"].as_i64().is_some(), "{page}");
    assert_eq!(filed["confirmation_note"], "Bestätigung vom Anbieter");
    assert!(filed["mail"]["Sent"].is_object(), "{page}");
    let ends: Option<String> =
        sqlx::query_scalar("SELECT ends_on FROM contracts WHERE customer_id = $1")
            .bind(&customer_id)
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(ends, Some(dates.end.to_string()));
    for portal in [&a, &b] {
        let header: Value = call_fn_json(&owner, portal, "current_user").await;
        assert_eq!(header["contract_ends"], dates.end.to_string().as_str());
    }
    assert_eq!(stored().await, (1, 1));
}

#[tokio::test]
async fn admins_cancel_only_microsoft_365_and_read_only_users_nothing() {
    let url = fresh_url(Engine::Sqlite).await;
    let portal = Portal::start(&url).await;
    let (admin, reader) = (browser(), browser());
    let (admin_login, reader_login) = tokio::join!(
        full_login(&admin, &portal, demo::ADMIN_EMAIL, demo::PASSWORD),
        full_login(&reader, &portal, demo::READONLY_EMAIL, demo::PASSWORD),
    );
    let db = app::backend::db::Db::connect(&url, 1).await.unwrap();

    let wizard: Value = call_fn_json(&admin, &portal, "cancellation-wizard").await;
    assert_eq!(wizard["may_cancel_contract"], false);
    let mut targets: Vec<&str> = wizard["targets"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    targets.sort();
    assert_eq!(targets, ["m365-apps-for-business", "m365-business-basic"]);
    assert_eq!(wizard["contract_address"], CONTRACT_ADDRESS);
    assert!(!wizard["form_key"].as_str().unwrap_or_default().is_empty());
    let page: Value = call_fn_json(&admin, &portal, "contract").await;
    assert_eq!(page["can_cancel"], true);

    let code = current_code(&admin_login.seed);
    // The contract is the owners' to cancel, and the data takeover belongs
    // to the contract only.
    for (target, choice, key, message) in [
        (
            "contract",
            ("end", ""),
            "admin-1",
            "cancel-contract-owner-only",
        ),
        (
            "m365-business-basic",
            ("takeover", "yes"),
            "admin-2",
            "cancel-takeover-contract-only",
        ),
    ] {
        let form = [
            ("target", target),
            choice,
            ("confirm", "yes"),
            ("password", demo::PASSWORD),
            ("code", &code),
            ("request_key", key),
        ];
        assert_refused(cancel(&admin, &portal, &form).await, message, target).await;
    }

    let refused = cancel(
        &reader,
        &portal,
        &[
            ("target", "m365-business-basic"),
            ("confirm", "yes"),
            ("password", demo::PASSWORD),
            ("code", &current_code(&reader_login.seed)),
            ("request_key", "reader-1"),
        ],
    )
    .await;
    assert_eq!(refused.status(), 403);
    assert_eq!(
        call_fn(&reader, &portal, "cancellation-wizard", &[])
            .await
            .status(),
        403
    );
    let page: Value = call_fn_json(&reader, &portal, "contract").await;
    assert_eq!(page["can_cancel"], false);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM cancellations").await, 0);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'cancellation'"
        )
        .await,
        0
    );
}
