//! How users reach their mailbox: the provider's servers and ports (from the
//! configuration). Only encrypted access exists: HTTPS for OWA and
//! ActiveSync, implicit TLS for IMAP and POP3, STARTTLS for SMTP submission.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AccessSettings {
    pub owa_url: String,
    pub activesync_host: String,
    pub imap_host: String,
    pub imap_port: u16,
    pub pop3_host: String,
    pub pop3_port: u16,
    pub smtp_host: String,
    pub smtp_port: u16,
}

impl Default for AccessSettings {
    fn default() -> Self {
        AccessSettings {
            owa_url: "https://mail.rhoencloud.de/owa".into(),
            activesync_host: "mail.rhoencloud.de".into(),
            imap_host: "mail.rhoencloud.de".into(),
            imap_port: 993,
            pop3_host: "mail.rhoencloud.de".into(),
            pop3_port: 995,
            smtp_host: "mail.rhoencloud.de".into(),
            smtp_port: 587,
        }
    }
}

/// The provider's sending limits per mailbox (service description).
pub mod sending_limits {
    pub const MAX_MAIL_MB: u32 = 50;
    pub const MAILS_PER_MINUTE: u32 = 10;
    pub const RECIPIENTS_PER_MAIL: u32 = 1000;
    pub const RECIPIENTS_PER_DAY: u32 = 1500;
    /// Aliases per mailbox and ActiveSync devices at the same time.
    pub const MAX_ALIASES: u32 = 30;
    pub const MAX_DEVICES: u32 = 10;
}
