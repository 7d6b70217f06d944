//! The process itself: clear errors and non-zero exits for bad configuration
//! or an unreachable database, the operator CLI, and a clean SIGTERM.

use crate::support::{fresh_url, portal_command, Engine, Portal};
use app::backend::demo;
use std::time::Duration;

#[test]
fn malformed_config_is_a_clear_error_not_a_panic() {
    let dir = std::env::temp_dir().join(format!("portal-bad-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("portal.toml");
    std::fs::write(&file, "seed_demo = \"vielleicht\"\n").unwrap();
    let out = portal_command("sqlite://unused.db", 1)
        .arg("--config")
        .arg(&file)
        .arg("serve")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("Fehler in der Konfiguration") && stderr.contains("portal.toml"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn unreachable_database_is_a_clear_error_not_a_panic() {
    let out = portal_command("postgres://postgres@127.0.0.1:1/portal", 1)
        .arg("serve")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("cannot connect to the database"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[tokio::test]
async fn operator_creates_customer_and_user_with_a_one_time_link() {
    for engine in [Engine::Sqlite, Engine::Postgres] {
        let url = fresh_url(engine).await;
        let run = |args: &[&str]| portal_command(&url, 1).args(args).output().unwrap();
        let created = run(&[
            "create-customer",
            "--number",
            "K-500",
            "--name",
            "Beispiel KG",
        ]);
        assert!(
            created.status.success(),
            "{}",
            String::from_utf8_lossy(&created.stderr)
        );
        let again = run(&[
            "create-customer",
            "--number",
            "K-500",
            "--name",
            "Beispiel KG",
        ]);
        assert_eq!(again.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));

        let user = run(&[
            "create-user",
            "--customer",
            "K-500",
            "--email",
            "Chef@Beispiel.de",
            "--name",
            "Chef",
            "--role",
            "owner",
        ]);
        let stdout = String::from_utf8_lossy(&user.stdout);
        assert!(
            user.status.success(),
            "{}",
            String::from_utf8_lossy(&user.stderr)
        );
        assert!(stdout.contains("chef@beispiel.de"), "{stdout}");
        let link = stdout
            .lines()
            .find(|l| l.contains("/passwort-setzen?token="))
            .expect("link printed");
        assert!(
            link.starts_with("http://127.0.0.1:1/passwort-setzen?token="),
            "{link}"
        );

        let bad_role = run(&[
            "create-user",
            "--customer",
            "K-500",
            "--email",
            "x@beispiel.de",
            "--name",
            "X",
            "--role",
            "chef",
        ]);
        assert_eq!(bad_role.status.code(), Some(1));
        let unknown = run(&[
            "create-user",
            "--customer",
            "K-404",
            "--email",
            "y@beispiel.de",
            "--name",
            "Y",
        ]);
        assert!(String::from_utf8_lossy(&unknown.stderr).contains("no customer"));
    }
}

#[tokio::test]
async fn sigterm_lets_running_requests_finish_then_exits_cleanly() {
    let mut portal = Portal::start(&fresh_url(Engine::Sqlite).await).await;
    let client = reqwest::Client::new();
    // Logins take a while (password hashing behind two permits): start several
    // (no more than the throttle lets through at once for one account).
    let requests: Vec<_> = (0..5)
        .map(|_| {
            let client = client.clone();
            let url = portal.url("/api/login");
            tokio::spawn(async move {
                client
                    .post(url)
                    .form(&[
                        ("email", demo::OWNER_EMAIL),
                        ("password", demo::PASSWORD),
                        ("next", "/"),
                    ])
                    .send()
                    .await
                    .map(|r| r.status())
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(30)).await;
    portal.terminate();
    for r in requests {
        let status = r.await.unwrap().expect("in-flight request is answered");
        assert!(status.is_success(), "{status}");
    }
    let exit = tokio::task::spawn_blocking(move || {
        let status = portal.child.wait().unwrap();
        std::mem::forget(portal);
        status
    })
    .await
    .unwrap();
    assert!(exit.success(), "{exit:?}");
}
