//! Two-factor login in the storage layer, on both engines: a code works once
//! even under a race, seeds are encrypted at rest, recovery codes are hashes
//! that work once.

use crate::support::{test_backend, Engine, ENGINES};
use app::backend::totp::{self, TotpError, STEP_SECS};
use app::backend::users::Role;
use app::backend::{customers, users, Backend};
use app::domain::mail_address::MailAddress;
use sqlx::Row;

async fn backend_with_user(engine: Engine) -> (Backend, String) {
    let backend = test_backend(engine).await;
    let c = customers::create(&backend.db, "K-8", "Acht GmbH")
        .await
        .unwrap();
    let id = users::create(
        &backend.db,
        &c.id,
        &MailAddress::parse("eva@acht.de").unwrap(),
        "Eva",
        Role::Owner,
    )
    .await
    .unwrap();
    (backend, id)
}

fn seed_of(enrolment: &totp::Enrolment) -> Vec<u8> {
    totp_rs::Secret::try_from_base32(&enrolment.secret_base32)
        .unwrap()
        .as_bytes()
        .to_vec()
}

/// A moment early in a 30 s step, so the test's codes do not straddle a step change.
fn step_start() -> u64 {
    let t = crate::support::unix_now() as u64;
    t - t % STEP_SECS + 1
}

#[tokio::test]
async fn enrolment_needs_a_valid_code_and_keeps_the_seed_encrypted() {
    for engine in ENGINES {
        let (backend, user) = backend_with_user(engine).await;
        let enrolment = totp::begin_enrolment(&backend, &user, "eva@acht.de")
            .await
            .unwrap();
        assert!(enrolment.otpauth_uri.starts_with("otpauth://totp/"));
        assert!(enrolment.qr_svg.contains("<svg"));
        let seed = seed_of(&enrolment);
        let t = step_start();
        assert!(matches!(
            totp::verify_code(&backend, &user, &totp::code_at(&seed, t), t).await,
            Err(TotpError::NotEnrolled)
        ));
        let wrong = format!(
            "{:06}",
            (totp::code_at(&seed, t).parse::<u32>().unwrap() + 1) % 1_000_000
        );
        assert!(matches!(
            totp::confirm_enrolment(&backend, &user, &wrong, t).await,
            Err(TotpError::InvalidCode)
        ));
        totp::confirm_enrolment(&backend, &user, &totp::code_at(&seed, t), t)
            .await
            .unwrap();

        let row = sqlx::query(
            "SELECT totp_secret_encrypted, totp_pending_encrypted FROM users WHERE id = $1",
        )
        .bind(&user)
        .fetch_one(&backend.db.pool)
        .await
        .unwrap();
        let stored: String = row.get("totp_secret_encrypted");
        assert!(row
            .get::<Option<String>, _>("totp_pending_encrypted")
            .is_none());
        assert!(
            !stored.contains(&enrolment.secret_base32) && !stored.contains(&hex_of(&seed)),
            "{engine:?}: encrypted at rest"
        );
        assert_eq!(backend.secrets.open(&stored).unwrap(), seed);

        // The code used for enrolment does not log in again; the next step's code does.
        assert!(matches!(
            totp::verify_code(&backend, &user, &totp::code_at(&seed, t), t).await,
            Err(TotpError::Replayed)
        ));
        let later = t + STEP_SECS;
        totp::verify_code(&backend, &user, &totp::code_at(&seed, later), later)
            .await
            .unwrap();
    }
}

fn hex_of(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test]
async fn a_code_is_accepted_once_even_when_twenty_requests_race() {
    for engine in ENGINES {
        let (backend, user) = backend_with_user(engine).await;
        let enrolment = totp::begin_enrolment(&backend, &user, "eva@acht.de")
            .await
            .unwrap();
        let seed = seed_of(&enrolment);
        let t = step_start();
        totp::confirm_enrolment(&backend, &user, &totp::code_at(&seed, t - STEP_SECS), t)
            .await
            .unwrap();
        let code = totp::code_at(&seed, t);
        let racers: Vec<_> = (0..20)
            .map(|_| {
                let (backend, user, code) = (backend.clone(), user.clone(), code.clone());
                tokio::spawn(async move { totp::verify_code(&backend, &user, &code, t).await })
            })
            .collect();
        let mut accepted = 0;
        for r in racers {
            match r.await.unwrap() {
                Ok(()) => accepted += 1,
                Err(TotpError::Replayed) => {}
                Err(e) => panic!("{engine:?}: {e}"),
            }
        }
        assert_eq!(accepted, 1, "{engine:?}");
    }
}

#[tokio::test]
async fn recovery_codes_are_stored_as_hashes_and_work_once() {
    for engine in ENGINES {
        let (backend, user) = backend_with_user(engine).await;
        let codes = totp::issue_recovery_codes(&backend, &user).await.unwrap();
        assert_eq!(codes.len(), 10);
        let stored: Vec<String> =
            sqlx::query("SELECT code_hash FROM recovery_codes WHERE user_id = $1")
                .bind(&user)
                .fetch_all(&backend.db.pool)
                .await
                .unwrap()
                .iter()
                .map(|r| r.get("code_hash"))
                .collect();
        assert_eq!(stored.len(), 10);
        assert!(
            codes
                .iter()
                .all(|c| !stored.iter().any(|h| h.contains(c.as_str()))),
            "{engine:?}: only hashes"
        );

        totp::use_recovery_code(&backend, &user, &codes[3].to_uppercase())
            .await
            .unwrap();
        assert!(matches!(
            totp::use_recovery_code(&backend, &user, &codes[3]).await,
            Err(TotpError::InvalidCode)
        ));
        assert!(matches!(
            totp::use_recovery_code(&backend, &user, "aaaaa-bbbbb").await,
            Err(TotpError::InvalidCode)
        ));
        assert_eq!(
            totp::unused_recovery_codes(&backend, &user).await.unwrap(),
            9
        );

        // New codes replace the old ones.
        let fresh = totp::issue_recovery_codes(&backend, &user).await.unwrap();
        assert!(matches!(
            totp::use_recovery_code(&backend, &user, &codes[0]).await,
            Err(TotpError::InvalidCode)
        ));
        totp::use_recovery_code(&backend, &user, &fresh[0])
            .await
            .unwrap();
    }
}
