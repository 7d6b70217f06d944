//! The background sender: takes due mails from the outbox and hands them to
//! SMTP, or writes them as `.eml` files when no SMTP server is configured (so
//! the demo works offline). Failures are retried with exponential backoff;
//! permanent ones (5xx, bad addresses) and mails out of attempts go to the
//! dead letters the operator sees with `server outbox`.

use super::db::Db;
use super::outbox::{self, DueMail};
use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};
use tokio::sync::Notify;

#[derive(Debug, Clone)]
pub struct SmtpTarget {
    pub host: String,
    pub port: u16,
}

#[derive(Debug, Clone)]
pub struct SenderSettings {
    /// `None`: mails are written to `spool_dir` instead.
    pub smtp: Option<SmtpTarget>,
    /// The From header, e.g. `rhönmail Kundenportal <portal@rhoencloud.de>`.
    pub from: String,
    pub spool_dir: PathBuf,
    /// Wait before the first retry; doubles with every further attempt.
    pub retry_base_secs: i64,
    pub retry_max_secs: i64,
    /// Attempts before a mail becomes a dead letter.
    pub max_attempts: i64,
    /// How often the outbox is looked at even without a wake-up (mails queued
    /// by other instances, retries coming due).
    pub poll_interval: Duration,
}

/// Why one delivery failed, and whether trying again can help.
#[derive(Debug)]
struct Failure {
    message: String,
    permanent: bool,
}

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Spool(PathBuf),
}

/// Runs the sender until the process ends. `wake` is notified after a mail
/// was queued by this instance, so it goes out without waiting for the poll.
pub fn spawn(db: Db, settings: SenderSettings, wake: Arc<Notify>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let transport = transport(&settings);
        loop {
            // Keep draining while full batches come back.
            loop {
                match deliver_due(&db, &settings, &transport).await {
                    Ok(n) if n == BATCH as usize => continue,
                    Ok(_) => break,
                    Err(e) => {
                        tracing::warn!(error = %e, "outbox not readable, trying again later");
                        break;
                    }
                }
            }
            tokio::select! {
                _ = wake.notified() => {}
                _ = tokio::time::sleep(settings.poll_interval) => {}
            }
        }
    })
}

const BATCH: i64 = 50;

fn transport(settings: &SenderSettings) -> Transport {
    match &settings.smtp {
        Some(target) => Transport::Smtp(
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&target.host)
                .port(target.port)
                .timeout(Some(Duration::from_secs(30)))
                .build(),
        ),
        None => Transport::Spool(settings.spool_dir.clone()),
    }
}

/// One pass over the due mails. Returns how many were taken.
async fn deliver_due(
    db: &Db,
    settings: &SenderSettings,
    transport: &Transport,
) -> Result<usize, sqlx::Error> {
    let due = outbox::claim(db, db.now(), BATCH).await?;
    for mail in &due {
        match deliver(mail, settings, transport).await {
            Ok(()) => {
                outbox::mark_sent(db, &mail.id, db.now()).await?;
                tracing::info!(mail = %mail.id, "mail delivered");
            }
            Err(failure) => {
                let retry_at = retry_at(mail.attempts, &failure, settings, db.now());
                tracing::warn!(mail = %mail.id, attempt = mail.attempts, error = %failure.message,
                    dead = retry_at.is_none(), "mail delivery failed");
                outbox::mark_failed(db, &mail.id, &failure.message, retry_at).await?;
            }
        }
    }
    Ok(due.len())
}

/// When to try again, or `None` for a dead letter.
fn retry_at(attempts: i64, failure: &Failure, settings: &SenderSettings, now: i64) -> Option<i64> {
    if failure.permanent || attempts >= settings.max_attempts {
        return None;
    }
    let exponent = (attempts - 1).clamp(0, 20) as u32;
    let delay = settings
        .retry_base_secs
        .saturating_mul(1 << exponent)
        .min(settings.retry_max_secs);
    Some(now + delay.max(1))
}

async fn deliver(
    mail: &DueMail,
    settings: &SenderSettings,
    transport: &Transport,
) -> Result<(), Failure> {
    let message = build(mail, &settings.from)?;
    match transport {
        Transport::Smtp(smtp) => smtp.send(message).await.map(|_| ()).map_err(|e| Failure {
            permanent: e.is_permanent(),
            message: e.to_string(),
        }),
        Transport::Spool(dir) => {
            spool(dir, mail, &message.formatted())
                .await
                .map_err(|e| Failure {
                    permanent: false,
                    message: format!("cannot write to {}: {e}", dir.display()),
                })
        }
    }
}

/// The RFC 5322 message. Date and Message-ID come from the queued row, so
/// every attempt produces the same mail.
fn build(mail: &DueMail, from: &str) -> Result<Message, Failure> {
    let bad = |what: &str, e: &dyn std::fmt::Display| Failure {
        message: format!("{what}: {e}"),
        permanent: true,
    };
    let mut builder = Message::builder()
        .from(
            from.parse::<Mailbox>()
                .map_err(|e| bad("invalid sender address", &e))?,
        )
        .subject(mail.subject.clone())
        .message_id(Some(mail.message_id.clone()))
        .date(UNIX_EPOCH + Duration::from_secs(mail.created_at.max(0) as u64))
        .header(ContentType::TEXT_PLAIN);
    for to in &mail.recipients {
        builder = builder.to(to
            .parse::<Mailbox>()
            .map_err(|e| bad("invalid recipient address", &e))?);
    }
    for cc in &mail.cc {
        builder = builder.cc(cc
            .parse::<Mailbox>()
            .map_err(|e| bad("invalid copy address", &e))?);
    }
    builder
        .body(mail.body.clone())
        .map_err(|e| bad("cannot build the mail", &e))
}

/// Writes the mail atomically (temporary file, then rename) as `<created>-<id>.eml`.
async fn spool(dir: &std::path::Path, mail: &DueMail, bytes: &[u8]) -> std::io::Result<()> {
    tokio::fs::create_dir_all(dir).await?;
    let name = format!("{}-{}.eml", mail.created_at, mail.id);
    let tmp = dir.join(format!(".{name}.tmp"));
    tokio::fs::write(&tmp, bytes).await?;
    tokio::fs::rename(&tmp, dir.join(name)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> SenderSettings {
        SenderSettings {
            smtp: None,
            from: "Portal <portal@example.de>".into(),
            spool_dir: PathBuf::from("unused"),
            retry_base_secs: 30,
            retry_max_secs: 3600,
            max_attempts: 5,
            poll_interval: Duration::from_secs(5),
        }
    }

    fn transient() -> Failure {
        Failure {
            message: "connection refused".into(),
            permanent: false,
        }
    }

    #[test]
    fn backoff_doubles_up_to_the_cap_then_gives_up() {
        let s = SenderSettings {
            max_attempts: 10,
            ..settings()
        };
        assert_eq!(retry_at(1, &transient(), &s, 1000), Some(1030));
        assert_eq!(retry_at(2, &transient(), &s, 1000), Some(1060));
        assert_eq!(retry_at(4, &transient(), &s, 1000), Some(1240));
        assert_eq!(retry_at(9, &transient(), &s, 1000), Some(1000 + 3600));
        assert_eq!(retry_at(10, &transient(), &s, 1000), None);
    }

    #[test]
    fn permanent_failures_are_not_retried() {
        let failure = Failure {
            message: "550 no such user".into(),
            permanent: true,
        };
        assert_eq!(retry_at(1, &failure, &settings(), 1000), None);
    }

    #[test]
    fn a_mail_keeps_its_message_id_and_date_and_encodes_umlauts() {
        let mail = DueMail {
            id: "m1".into(),
            message_id: "<m1@portal.example.de>".into(),
            recipients: vec!["anna@muster-gmbh.de".into()],
            cc: vec!["bernd@muster-gmbh.de".into(), "carla@muster-gmbh.de".into()],
            subject: "Postfach fast voll: Jürgen".into(),
            body: "Grüße".into(),
            attempts: 1,
            created_at: 1_780_000_000,
        };
        let text = String::from_utf8(
            build(&mail, "Portal <portal@example.de>")
                .ok()
                .unwrap()
                .formatted(),
        )
        .unwrap();
        assert!(
            text.contains("Message-ID: <m1@portal.example.de>"),
            "{text}"
        );
        assert!(text.contains("Date: Thu, 28 May 2026"), "{text}");
        assert!(text.contains("To: anna@muster-gmbh.de"), "{text}");
        assert!(
            text.contains("Cc: bernd@muster-gmbh.de, carla@muster-gmbh.de"),
            "{text}"
        );
        assert!(!text.contains("Jürgen"), "header must be encoded: {text}");
    }

    #[test]
    fn a_bad_recipient_is_a_permanent_failure() {
        let mail = DueMail {
            id: "m2".into(),
            message_id: "<m2@x>".into(),
            recipients: vec!["not an address".into()],
            cc: Vec::new(),
            subject: "s".into(),
            body: "b".into(),
            attempts: 1,
            created_at: 0,
        };
        assert!(build(&mail, "portal@example.de").err().unwrap().permanent);
    }
}
