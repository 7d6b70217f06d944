//! Password hashing with argon2id (m = 19456 KiB, t = 2, p = 1, OWASP's minimum).
//!
//! Hashing costs ~20 ms of CPU and 19 MiB of memory, so it runs off the async
//! executor on a small pool of its own threads (the permit pool: one hash per
//! thread at a time), which run at a lower CPU priority (nice 10). A login
//! storm queues here and uses idle CPU, while page requests keep theirs.
//! Unknown users are verified against a dummy hash so they take as long as a
//! wrong password.

use argon2::password_hash::{rand_core::OsRng, Output, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::cell::RefCell;
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

/// The cost parameters: 19 MiB of memory, two passes, one lane.
const M_COST_KIB: u32 = 19_456;
const T_COST: u32 = 2;
const P_COST: u32 = 1;

fn argon2() -> Argon2<'static> {
    let params = Params::new(M_COST_KIB, T_COST, P_COST, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

thread_local! {
    /// Each hashing thread's argon2 working memory, allocated once. A fresh
    /// 19 MiB per hash made a login storm fault in pages all the time and left
    /// the freed memory with the allocator (hundreds of MiB after a burst).
    static MEMORY: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
}

/// Runs argon2 with `hasher`'s parameters into `out`, in this thread's memory.
fn hash_into(
    hasher: &Argon2<'_>,
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> argon2::Result<()> {
    MEMORY.with_borrow_mut(|memory| {
        let blocks = hasher.params().block_count();
        if memory.len() < blocks {
            memory.resize(blocks, Block::default());
        }
        hasher.hash_password_into_with_memory(password, salt, out, &mut memory[..blocks])
    })
}

fn hash_blocking(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let salt_bytes = salt.as_salt().decode_b64(&mut salt_bytes)?;
    let hasher = argon2();
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    hash_into(&hasher, password.as_bytes(), salt_bytes, &mut out)?;
    Ok(PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: hasher.params().try_into()?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out)?),
    }
    .to_string())
}

/// Whether `password` matches the PHC string `hash` (any argon2 variant and
/// cost it names, so older hashes keep working).
fn verify_blocking(password: &str, hash: &str) -> bool {
    let check = || -> Result<bool, argon2::password_hash::Error> {
        let parsed = PasswordHash::new(hash)?;
        let algorithm = Algorithm::try_from(parsed.algorithm)?;
        let version = parsed
            .version
            .map(Version::try_from)
            .transpose()?
            .unwrap_or_default();
        let params = Params::try_from(&parsed)?;
        // Costs above our own would make this thread allocate (and keep)
        // whatever a stored hash names: refuse them.
        if params.m_cost() > M_COST_KIB || params.p_cost() > P_COST || params.t_cost() > 4 * T_COST
        {
            return Ok(false);
        }
        let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
            return Ok(false);
        };
        let mut salt_bytes = [0u8; 64];
        let salt_bytes = salt.decode_b64(&mut salt_bytes)?;
        let mut out = vec![0u8; expected.len()];
        hash_into(
            &Argon2::new(algorithm, version, params),
            password.as_bytes(),
            salt_bytes,
            &mut out,
        )?;
        // `Output`'s comparison takes the same time wherever the bytes differ.
        Ok(Output::new(&out)? == expected)
    };
    check().unwrap_or(false)
}

/// Lets page requests go first when the CPU is busy with hashing.
#[allow(unsafe_code)]
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

    #[test]
    fn hashes_agree_with_the_argon2_crates_own_phc_functions() {
        use argon2::password_hash::{PasswordHasher as _, PasswordVerifier};
        let ours = hash_blocking("korrekt-pferd-batterie").unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(argon2()
            .verify_password(b"korrekt-pferd-batterie", &parsed)
            .is_ok());
        assert!(argon2()
            .verify_password(b"korrekt-pferd-batteriE", &parsed)
            .is_err());
        let salt = SaltString::generate(&mut OsRng);
        let theirs = argon2()
            .hash_password(b"anderes-passwort", &salt)
            .unwrap()
            .to_string();
        assert!(verify_blocking("anderes-passwort", &theirs));
        assert!(!verify_blocking("anderes-passwort!", &theirs));
        // Other costs and variants named in a stored hash still verify.
        let cheap = Argon2::new(
            Algorithm::Argon2i,
            Version::V0x10,
            Params::new(1024, 1, 1, Some(24)).unwrap(),
        )
        .hash_password(b"alt", &salt)
        .unwrap()
        .to_string();
        assert!(verify_blocking("alt", &cheap));
        assert!(!verify_blocking("alt", "kein PHC-String"));
        // A stored hash naming a huge cost is refused before anything is allocated.
        let huge = cheap.replace("m=1024", "m=4000000");
        assert_ne!(huge, cheap);
        assert!(!verify_blocking("alt", &huge));
    }

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
