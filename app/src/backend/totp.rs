//! Two-factor login with time-based one-time codes (RFC 6238: SHA-1, 6
//! digits, 30-second steps) and single-use recovery codes.
//!
//! Seeds are made on the server and stored encrypted (`SecretBox`). A code
//! is accepted for the current and the previous step only, and each step at
//! most once: acceptance is a conditional update of the last used step, so of
//! several simultaneous requests with one code exactly one succeeds.
//! Recovery codes are random and stored as SHA-256 hashes; each works once.

use super::Backend;
use crate::domain::percent;
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::Row;
use totp_rs::{Algorithm, Builder, Secret, Totp};

pub const STEP_SECS: u64 = 30;
pub const RECOVERY_CODE_COUNT: usize = 10;
const ISSUER: &str = "rhönmail Kundenportal";

#[derive(Debug, thiserror::Error)]
pub enum TotpError {
    #[error("the code is not valid")]
    InvalidCode,
    #[error("the code has been used already")]
    Replayed,
    #[error("two-factor login is not set up")]
    NotEnrolled,
    #[error("stored secret unreadable: {0}")]
    Crypto(#[from] super::secret_box::SecretBoxError),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

fn generator(seed: &[u8]) -> Totp {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(0)
        .with_step_duration(STEP_SECS)
        .with_secret(seed.to_vec())
        .build_noncompliant()
}

/// The code an authenticator app shows at `time` (Unix seconds).
pub fn code_at(seed: &[u8], time: u64) -> String {
    generator(seed).generate(time).to_string()
}

/// The time step `code` belongs to, if it is the code of the current or the
/// previous step at `now`. Older and future codes do not match.
pub fn matching_step(seed: &[u8], code: &str, now: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let totp = generator(seed);
    let current = now / STEP_SECS;
    [current, current.saturating_sub(1)]
        .into_iter()
        .find(|step| totp.check(&code, step * STEP_SECS).is_some())
}

/// What the enrolment page shows: the seed as text and as QR code.
pub struct Enrolment {
    pub secret_base32: String,
    pub otpauth_uri: String,
    pub qr_svg: String,
}

/// Starts enrolment, or shows the key of the one under way: the pending key
/// stays the same until the first code confirms it or the user asks for a new
/// one ([`discard_enrolment`]), so a user who scanned the QR code and then
/// mistyped or reloaded still holds a key the portal accepts.
pub async fn begin_enrolment(
    backend: &Backend,
    user_id: &str,
    account: &str,
) -> Result<Enrolment, TotpError> {
    let seed = pending_or_new_seed(backend, user_id).await?;
    let secret_base32 = Secret::from(seed.to_vec()).to_base32();
    let otpauth_uri = format!(
        "otpauth://totp/{issuer}:{account}?secret={secret_base32}&issuer={issuer}&algorithm=SHA1&digits=6&period={STEP_SECS}",
        issuer = percent::encode(ISSUER),
        account = percent::encode(account),
    );
    let qr_svg = qrcode::QrCode::new(otpauth_uri.as_bytes())
        .map(|qr| {
            qr.render::<qrcode::render::svg::Color>()
                .min_dimensions(200, 200)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default();
    Ok(Enrolment {
        secret_base32,
        otpauth_uri,
        qr_svg,
    })
}

/// The pending seed, or a fresh one stored as pending. Of two renders racing
/// to store one, the second finds the first's (conditional update).
async fn pending_or_new_seed(backend: &Backend, user_id: &str) -> Result<Vec<u8>, TotpError> {
    for _ in 0..2 {
        match sealed_seed(backend, user_id, "totp_pending_encrypted").await {
            // A seed sealed under another key cannot be shown again: replace it.
            Ok(sealed) => match backend.secrets.open(&sealed) {
                Ok(seed) => return Ok(seed),
                Err(_) => discard_enrolment(backend, user_id).await?,
            },
            Err(TotpError::NotEnrolled) => {}
            Err(e) => return Err(e),
        }
        let mut seed = [0u8; 20];
        rand::rngs::OsRng.fill_bytes(&mut seed);
        let stored = sqlx::query(
            "UPDATE users SET totp_pending_encrypted = $1 WHERE id = $2 AND totp_pending_encrypted IS NULL",
        )
        .bind(backend.secrets.seal(&seed))
        .bind(user_id)
        .execute(&backend.db.pool)
        .await?;
        if stored.rows_affected() == 1 {
            return Ok(seed.to_vec());
        }
    }
    Err(TotpError::Db(sqlx::Error::RowNotFound))
}

/// Forgets the pending key (the user asked for a new one).
pub async fn discard_enrolment(backend: &Backend, user_id: &str) -> Result<(), TotpError> {
    sqlx::query("UPDATE users SET totp_pending_encrypted = NULL WHERE id = $1")
        .bind(user_id)
        .execute(&backend.db.pool)
        .await?;
    Ok(())
}

/// The user's sealed seed in `column` (`totp_secret_encrypted` or
/// `totp_pending_encrypted`), or `NotEnrolled`.
async fn sealed_seed(backend: &Backend, user_id: &str, column: &str) -> Result<String, TotpError> {
    // `column` is one of two fixed names, never user input.
    let row = sqlx::query(&format!(
        "SELECT {column} AS sealed FROM users WHERE id = $1"
    ))
    .bind(user_id)
    .fetch_optional(&backend.db.pool)
    .await?;
    row.and_then(|r| r.get::<Option<String>, _>("sealed"))
        .ok_or(TotpError::NotEnrolled)
}

/// Switches two-factor login on once a code from the new seed verifies.
pub async fn confirm_enrolment(
    backend: &Backend,
    user_id: &str,
    code: &str,
    at: u64,
) -> Result<(), TotpError> {
    let pending = sealed_seed(backend, user_id, "totp_pending_encrypted").await?;
    let seed = backend.secrets.open(&pending)?;
    let step = matching_step(&seed, code, at).ok_or(TotpError::InvalidCode)?;
    let done = sqlx::query(
        "UPDATE users SET totp_secret_encrypted = totp_pending_encrypted, totp_pending_encrypted = NULL,
            totp_last_step = $1, totp_enabled_at = $2
         WHERE id = $3 AND totp_pending_encrypted = $4",
    )
    .bind(step as i64)
    .bind(backend.now())
    .bind(user_id)
    .bind(&pending)
    .execute(&backend.db.pool)
    .await?;
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(TotpError::Replayed)
    }
}

/// The step of `code` if it is valid at `at` for the user's seed, without
/// using it up (see [`use_step`]).
pub async fn valid_step(
    backend: &Backend,
    user_id: &str,
    code: &str,
    at: u64,
) -> Result<u64, TotpError> {
    let seed = backend
        .secrets
        .open(&sealed_seed(backend, user_id, "totp_secret_encrypted").await?)?;
    matching_step(&seed, code, at).ok_or(TotpError::InvalidCode)
}

/// Uses up `step` on `conn` (inside the caller's transaction, if it has one).
/// `false` if it (or a later
/// step) was used already. On PostgreSQL a concurrent use waits for the other
/// transaction to end.
pub async fn use_step(
    conn: &mut sqlx::AnyConnection,
    user_id: &str,
    step: u64,
) -> Result<bool, sqlx::Error> {
    let accepted = sqlx::query(
        "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
    )
    .bind(step as i64)
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    Ok(accepted.rows_affected() == 1)
}

/// Checks a login code; each step's code is accepted once.
pub async fn verify_code(
    backend: &Backend,
    user_id: &str,
    code: &str,
    at: u64,
) -> Result<(), TotpError> {
    let step = valid_step(backend, user_id, code, at).await?;
    let mut conn = backend.db.pool.acquire().await?;
    if use_step(&mut conn, user_id, step).await? {
        Ok(())
    } else {
        Err(TotpError::Replayed)
    }
}

fn recovery_hash(code: &str) -> String {
    let normalised: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    hex::encode(Sha256::digest(normalised.as_bytes()))
}

/// Replaces the user's recovery codes with ten new ones and returns them
/// (the only time they exist in plain text).
pub async fn issue_recovery_codes(
    backend: &Backend,
    user_id: &str,
) -> Result<Vec<String>, TotpError> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let codes: Vec<String> = (0..RECOVERY_CODE_COUNT)
        .map(|_| {
            let mut bytes = [0u8; 10];
            rand::rngs::OsRng.fill_bytes(&mut bytes);
            let chars: String = bytes
                .iter()
                .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
                .collect();
            format!("{}-{}", &chars[..5], &chars[5..])
        })
        .collect();
    let mut tx = backend.db.begin_write().await?;
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    for code in &codes {
        sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
            .bind(user_id)
            .bind(recovery_hash(code))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(codes)
}

/// Uses up one recovery code.
pub async fn use_recovery_code(
    backend: &Backend,
    user_id: &str,
    code: &str,
) -> Result<(), TotpError> {
    let used = sqlx::query("UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL")
        .bind(backend.now())
        .bind(user_id)
        .bind(recovery_hash(code))
        .execute(&backend.db.pool)
        .await?;
    if used.rows_affected() == 1 {
        Ok(())
    } else {
        Err(TotpError::InvalidCode)
    }
}

/// Recovery codes not yet used.
pub async fn unused_recovery_codes(backend: &Backend, user_id: &str) -> Result<i64, sqlx::Error> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
    )
    .bind(user_id)
    .fetch_one(&backend.db.pool)
    .await?;
    Ok(row.get("n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 6238 appendix B test seed (SHA-1).
    const SEED: &[u8] = b"12345678901234567890";

    #[test]
    fn codes_follow_rfc_6238() {
        // RFC 6238 lists 94287082 for T = 59 (8 digits); the 6-digit code is its tail.
        assert_eq!(code_at(SEED, 59), "287082");
        assert_eq!(code_at(SEED, 1111111109), "081804");
    }

    #[test]
    fn current_and_previous_step_pass_older_and_future_fail() {
        let now = 1_800_000_015; // inside step 60_000_000
        let step = now / STEP_SECS;
        let at = |s: u64| code_at(SEED, s * STEP_SECS);
        assert_eq!(matching_step(SEED, &at(step), now), Some(step));
        assert_eq!(matching_step(SEED, &at(step - 1), now), Some(step - 1));
        assert_eq!(matching_step(SEED, &at(step - 2), now), None);
        assert_eq!(matching_step(SEED, &at(step + 1), now), None);
    }

    #[test]
    fn malformed_codes_never_match() {
        let now = 1_800_000_015;
        let code = code_at(SEED, now);
        assert_eq!(
            matching_step(SEED, &format!("{} {}", &code[..3], &code[3..]), now),
            Some(now / STEP_SECS)
        );
        for bad in ["", "12345", "1234567", "abcdef", "12345a"] {
            assert_eq!(matching_step(SEED, bad, now), None, "{bad}");
        }
    }

    #[test]
    fn recovery_codes_are_hashed_in_normal_form() {
        assert_eq!(recovery_hash("abcde-fghjk"), recovery_hash(" ABCDE FGHJK "));
        assert_ne!(recovery_hash("abcde-fghjk"), recovery_hash("abcde-fghjm"));
        assert_eq!(recovery_hash("abcde-fghjk").len(), 64);
    }
}
