//! Password hashing with argon2id (m = 19456 KiB, t = 2, p = 1, OWASP's minimum).
//!
//! Hashing costs ~20 ms of CPU and 19 MiB of memory, so it runs on the blocking
//! pool behind a small semaphore: a login storm queues here instead of starving
//! the async executor or exhausting memory. Unknown users are verified against
//! a dummy hash so they take as long as a wrong password.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::Semaphore;

pub struct PasswordHasher {
    permits: Semaphore,
    dummy_hash: String,
    /// Password checks done so far (a metric; tests use it to prove a
    /// throttled login computes no hash).
    verifications: AtomicU64,
}

fn argon2() -> Argon2<'static> {
    let params = Params::new(19_456, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn hash_blocking(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(argon2().hash_password(password.as_bytes(), &salt)?.to_string())
}

fn verify_blocking(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| argon2().verify_password(password.as_bytes(), &parsed).is_ok())
}

impl PasswordHasher {
    /// `concurrency` hashes may run at once (one per core is plenty).
    pub fn new(concurrency: usize) -> Self {
        let dummy_hash = hash_blocking("dummy password for unknown users").expect("hashing works");
        Self { permits: Semaphore::new(concurrency.max(1)), dummy_hash, verifications: AtomicU64::new(0) }
    }

    pub async fn hash(&self, password: String) -> anyhow::Result<String> {
        let _permit = self.permits.acquire().await?;
        let hash = tokio::task::spawn_blocking(move || hash_blocking(&password)).await??;
        Ok(hash)
    }

    /// Verifies `password` against `hash`; with no hash (unknown user, or a
    /// user who has not set a password yet) it does the same work and fails.
    pub async fn verify(&self, password: String, hash: Option<String>) -> bool {
        let Ok(_permit) = self.permits.acquire().await else { return false };
        self.verifications.fetch_add(1, Ordering::Relaxed);
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| self.dummy_hash.clone());
        let matches = tokio::task::spawn_blocking(move || verify_blocking(&password, &hash)).await.unwrap_or(false);
        known && matches
    }
}

impl PasswordHasher {
    pub fn verifications(&self) -> u64 {
        self.verifications.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_are_argon2id_with_the_required_cost() {
        let hasher = PasswordHasher::new(1);
        let hash = hasher.hash("korrekt-pferd-batterie".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(hasher.verify("korrekt-pferd-batterie".into(), Some(hash.clone())).await);
        assert!(!hasher.verify("falsch".into(), Some(hash)).await);
    }

    #[tokio::test]
    async fn unknown_users_never_verify() {
        let hasher = PasswordHasher::new(1);
        assert!(!hasher.verify("dummy password for unknown users".into(), None).await);
    }
}
