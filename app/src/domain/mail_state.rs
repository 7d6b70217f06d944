//! Where a mail from the outbox is, as the customer is shown it (the
//! cancellation page shows it for the mail to the provider).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailState {
    /// Waiting for its first attempt.
    Queued,
    /// An attempt failed; the next one is due at `next_attempt_at` (Unix seconds).
    Retrying {
        attempts: i64,
        next_attempt_at: i64,
    },
    Sent {
        at: i64,
        message_id: String,
    },
    /// Given up after every attempt (the operator sees it as a dead letter).
    Failed,
}
