//! Password hashing with argon2id (m = 19456 KiB, t = 2, p = 1, OWASP's minimum).
//!
//! Hashing costs ~20 ms of CPU and 19 MiB of memory, so it runs off the async
//! executor on a small pool of its own threads (the permit pool: one hash per
//! thread at a time), which run at a lower CPU priority (nice 10). A login
//! storm queues here and uses idle CPU, while page requests keep theirs.
//! Unknown users are verified against a dummy hash so they take as long as a
//! wrong password.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Mutex};

type Job = Box<dyn FnOnce() + Send>;

pub struct PasswordHasher {
    jobs: mpsc::Sender<Job>,
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
    Ok(argon2()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

fn verify_blocking(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        argon2()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// Lets page requests go first when the CPU is busy with hashing.
fn lower_thread_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: plain system call; on Linux, `who = 0` means the calling thread.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

impl PasswordHasher {
    /// `concurrency` hashes may run at once (one per core is plenty).
    pub fn new(concurrency: usize) -> Self {
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..concurrency.max(1) {
            let queue = queue.clone();
            std::thread::Builder::new()
                .name(format!("password-hash-{n}"))
                .spawn(move || {
                    lower_thread_priority();
                    loop {
                        let job = queue
                            .lock()
                            .map_err(|_| ())
                            .and_then(|q| q.recv().map_err(|_| ()));
                        match job {
                            Ok(job) => job(),
                            Err(()) => break, // the hasher was dropped
                        }
                    }
                })
                .expect("starting a hashing thread");
        }
        let dummy_hash = hash_blocking("dummy password for unknown users").expect("hashing works");
        Self {
            jobs,
            dummy_hash,
            verifications: AtomicU64::new(0),
        }
    }

    /// Runs `work` on a hashing thread and waits for its result.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> anyhow::Result<T> {
        let (done, result) = tokio::sync::oneshot::channel();
        self.jobs
            .send(Box::new(move || {
                let _ = done.send(work());
            }))
            .map_err(|_| anyhow::anyhow!("hashing threads stopped"))?;
        Ok(result.await?)
    }

    pub async fn hash(&self, password: String) -> anyhow::Result<String> {
        Ok(self.run(move || hash_blocking(&password)).await??)
    }

    /// Verifies `password` against `hash`; with no hash (unknown user, or a
    /// user who has not set a password yet) it does the same work and fails.
    pub async fn verify(&self, password: String, hash: Option<String>) -> bool {
        self.verifications.fetch_add(1, Ordering::Relaxed);
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| self.dummy_hash.clone());
        let matches = self
            .run(move || verify_blocking(&password, &hash))
            .await
            .unwrap_or(false);
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
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(
            hasher
                .verify("korrekt-pferd-batterie".into(), Some(hash.clone()))
                .await
        );
        assert!(!hasher.verify("falsch".into(), Some(hash)).await);
    }

    #[tokio::test]
    async fn unknown_users_never_verify() {
        let hasher = PasswordHasher::new(1);
        assert!(
            !hasher
                .verify("dummy password for unknown users".into(), None)
                .await
        );
    }
}
