//! Login throttling per account and per IP address, on both engines.

use crate::support::{test_backend, Engine, ENGINES};
use app::backend::login::{authenticate, LoginError};
use app::backend::passwords::PasswordHasher;
use app::backend::throttle::{MAX_PER_IP, MAX_PER_KEY as MAX_PER_ACCOUNT, WINDOW_SECS};
use app::backend::users::Role;
use app::backend::{customers, tokens, users, Backend};
use app::domain::mail_address::MailAddress;
use std::sync::Arc;

const PASSWORD: &str = "richtig-langes-passwort";

async fn backend_with_users(engine: Engine, emails: &[&str]) -> Backend {
    // Two hashing threads, so that a concurrent storm can show no hash is computed.
    let backend = Backend {
        passwords: Arc::new(PasswordHasher::new(2)),
        ..test_backend(engine).await
    };
    let c = customers::create(&backend.db, "K-7", "Sieben GmbH")
        .await
        .unwrap();
    let hash = backend.passwords.hash(PASSWORD.into()).await.unwrap();
    for email in emails {
        let id = users::create(
            &backend.db,
            &c.id,
            &MailAddress::parse(email).unwrap(),
            "Jemand",
            Role::Admin,
        )
        .await
        .unwrap();
        let token = tokens::create(&backend.db, &id, "set", 60).await.unwrap();
        tokens::redeem(&backend.db, &token, &hash).await.unwrap();
    }
    backend
}

fn addr(s: &str) -> MailAddress {
    MailAddress::parse(s).unwrap()
}

#[tokio::test]
async fn an_account_is_throttled_after_five_failures_without_computing_a_hash() {
    for engine in ENGINES {
        let backend = backend_with_users(engine, &["anna@sieben.de", "ben@sieben.de"]).await;
        let anna = addr("anna@sieben.de");
        for _ in 0..MAX_PER_ACCOUNT {
            assert!(matches!(
                authenticate(&backend, &anna, "falsch".into(), "10.0.0.1").await,
                Err(LoginError::Failed { .. })
            ));
        }
        let hashes_before = backend.passwords.verifications();
        // Even the right password is refused now, from any address.
        match authenticate(&backend, &anna, PASSWORD.into(), "10.9.9.9").await {
            Err(LoginError::Throttled { retry_after }) => {
                assert!((1..=WINDOW_SECS as u64).contains(&retry_after))
            }
            other => panic!("{engine:?}: expected throttling, got {other:?}"),
        }
        assert_eq!(
            backend.passwords.verifications(),
            hashes_before,
            "{engine:?}: no hash for a throttled attempt"
        );
        // Another account from the same address is not affected.
        assert!(
            authenticate(
                &backend,
                &addr("ben@sieben.de"),
                PASSWORD.into(),
                "10.0.0.1"
            )
            .await
            .is_ok(),
            "{engine:?}"
        );
    }
}

#[tokio::test]
async fn unknown_accounts_are_throttled_the_same_way() {
    let backend = backend_with_users(Engine::Sqlite, &[]).await;
    let ghost = addr("niemand@sieben.de");
    for _ in 0..MAX_PER_ACCOUNT {
        assert!(matches!(
            authenticate(&backend, &ghost, "x".into(), "10.0.0.2").await,
            Err(LoginError::Failed { .. })
        ));
    }
    assert!(matches!(
        authenticate(&backend, &ghost, "x".into(), "10.0.0.2").await,
        Err(LoginError::Throttled { .. })
    ));
}

#[tokio::test]
async fn an_address_is_throttled_after_many_failures_across_accounts() {
    for engine in ENGINES {
        let backend = backend_with_users(engine, &["clara@sieben.de"]).await;
        for n in 0..MAX_PER_IP {
            let r = authenticate(
                &backend,
                &addr(&format!("raten{n}@sieben.de")),
                "x".into(),
                "10.6.6.6",
            )
            .await;
            assert!(
                matches!(r, Err(LoginError::Failed { .. })),
                "{engine:?}: {r:?}"
            );
        }
        let clara = addr("clara@sieben.de");
        assert!(matches!(
            authenticate(&backend, &clara, PASSWORD.into(), "10.6.6.6").await,
            Err(LoginError::Throttled { .. })
        ));
        assert!(
            authenticate(&backend, &clara, PASSWORD.into(), "10.0.0.3")
                .await
                .is_ok(),
            "{engine:?}: other addresses work"
        );
    }
}

#[tokio::test]
async fn simultaneous_guesses_get_no_more_than_the_allowed_hashes() {
    for engine in ENGINES {
        let backend = backend_with_users(engine, &["dora@sieben.de"]).await;
        let before = backend.passwords.verifications();
        let guesses = (0..20).map(|i| {
            let backend = backend.clone();
            tokio::spawn(async move {
                authenticate(
                    &backend,
                    &addr("dora@sieben.de"),
                    format!("rate{i}"),
                    "10.0.0.4",
                )
                .await
            })
        });
        let results = futures_join(guesses).await;
        let throttled = results
            .iter()
            .filter(|r| matches!(r, Err(LoginError::Throttled { .. })))
            .count();
        assert!(
            throttled >= 20 - MAX_PER_ACCOUNT as usize,
            "{engine:?}: {throttled} throttled"
        );
        assert!(
            backend.passwords.verifications() - before <= MAX_PER_ACCOUNT as u64,
            "{engine:?}"
        );
    }
}

async fn futures_join<T: Send + 'static>(
    handles: impl Iterator<Item = tokio::task::JoinHandle<T>>,
) -> Vec<T> {
    let mut out = vec![];
    for h in handles.collect::<Vec<_>>() {
        out.push(h.await.unwrap());
    }
    out
}
