//! The operator records a customer's contract on the command line: the
//! contract starts on the first of the month the mailboxes were provided,
//! which must be at the latest three months after signing.

use crate::support::{fresh_url, portal_command, Engine};

#[tokio::test]
async fn the_operator_records_a_contract_provided_in_time() {
    let url = fresh_url(Engine::Sqlite).await;
    let run = |args: &[&str]| portal_command(&url, 1).args(args).output().unwrap();
    let text = |o: &std::process::Output| {
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    };
    assert!(
        run(&["create-customer", "--number", "K-9", "--name", "Neun AG"])
            .status
            .success()
    );
    let set = |signed: &str, provided: &str, term: &str| {
        run(&[
            "set-contract",
            "--customer",
            "K-9",
            "--signed-on",
            signed,
            "--provided-on",
            provided,
            "--minimum-term-months",
            term,
        ])
    };

    // Refused, each with its reason, and nothing stored.
    for (signed, provided, term, reason) in [
        ("2026-11-30", "2027-03-01", "1", "spätestens drei Monaten"),
        ("2026-11-30", "2026-11-29", "1", "spätestens drei Monaten"),
        ("2026-11-30", "30.12.2026", "1", "kein Datum"),
        ("2026-11-30", "2026-12-15", "0", "Mindestlaufzeit"),
    ] {
        let out = set(signed, provided, term);
        assert!(!out.status.success(), "{provided}");
        assert!(text(&out).contains(reason), "{provided}: {}", text(&out));
    }
    let unknown = run(&[
        "set-contract",
        "--customer",
        "K-0",
        "--signed-on",
        "2026-11-30",
        "--provided-on",
        "2026-12-01",
    ]);
    assert!(!unknown.status.success());
    assert!(text(&unknown).contains("Kein Kunde"));
    let db = app::backend::db::Db::connect(&url, 1).await.unwrap();
    let customer = app::backend::customers::find_by_number(&db, "K-9")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        app::backend::contracts::get(&db, &customer.id)
            .await
            .unwrap(),
        None
    );

    // 28 Feb is the last day three months after 30 Nov: in time; the
    // contract starts on the first of February.
    let ok = set("2026-11-30", "2027-02-28", "12");
    assert!(ok.status.success(), "{}", text(&ok));
    assert!(text(&ok).contains("Beginn 01.02.2027"), "{}", text(&ok));
    // A correction replaces the contract rather than adding a second one.
    assert!(set("2026-11-30", "2026-12-15", "1").status.success());
    let contract = app::backend::contracts::get(&db, &customer.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(contract.starts_on.to_string(), "2026-12-01");
    assert_eq!(contract.minimum_term_months, 1);
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM contracts WHERE customer_id = $1")
        .bind(&customer.id)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(rows, 1);
}
