//! Server-side I/O: the database, password hashing, demo data.
//! Only compiled with `ssr`; the browser reaches it through `crate::api`.

pub mod addons;
pub mod alternative_email;
pub mod cancellation_mail;
pub mod cancellations;
pub mod clock;
pub mod contracts;
pub mod customers;
pub mod db;
pub mod demo;
pub mod dns_broken_mail;
pub mod dns_checks;
pub mod dns_lookup;
pub mod domains;
pub mod login;
pub mod login_sessions;
pub mod mail_sender;
pub mod mailboxes;
pub mod outbox;
pub mod overview;
pub mod passkeys;
pub mod password_reset;
pub mod passwords;
pub mod quota_alert_mail;
pub mod quota_alerts;
pub mod request_mail;
pub mod secret_box;
pub mod security_log;
pub mod service_requests;
pub mod team;
pub mod throttle;
pub mod tokens;
pub mod totp;
pub mod usage_import;
pub mod users;

use std::sync::Arc;

/// Everything server functions need, provided to them as Leptos context.
#[derive(Clone)]
pub struct Backend {
    pub db: db::Db,
    pub passwords: Arc<passwords::PasswordHasher>,
    /// Encrypts secrets stored in the database (TOTP seeds).
    pub secrets: Arc<secret_box::SecretBox>,
    /// Base URL used in links the portal sends out (mails, CLI output).
    pub public_url: String,
    /// Queues outgoing mail (see `outbox`).
    pub mail: Arc<outbox::Mailer>,
    /// The provider's service settings shown to customers.
    pub service: Arc<ServiceSettings>,
    /// Checks customer domains' DNS records.
    pub dns: Arc<dns_checks::DnsChecker>,
    /// How long a login lasts.
    pub sessions: SessionLimits,
    /// The WebAuthn relying party; `None` where the public address has no
    /// domain name (passkeys are then not offered).
    pub passkeys: Option<Arc<webauthn_rs::prelude::Webauthn>>,
}

/// How long a login lasts: `idle_secs` without a request, and
/// `absolute_secs` however active the user is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionLimits {
    pub idle_secs: i64,
    pub absolute_secs: i64,
}

impl Default for SessionLimits {
    fn default() -> Self {
        SessionLimits {
            idle_secs: 30 * 60,
            absolute_secs: 12 * 3600,
        }
    }
}

/// Facts about the provider's service that come from the configuration.
#[derive(Debug, Clone, Default)]
pub struct ServiceSettings {
    pub access: crate::domain::mailbox_access::AccessSettings,
    /// Where service requests go (the provider's support).
    pub support_address: String,
    /// Prices of add-ons and requests.
    pub prices: crate::domain::addons::prices::PriceList,
    /// The only address at which the provider accepts cancellations.
    pub contract_address: String,
}

impl Backend {
    /// The current time as Unix seconds (the database's clock, see `clock`).
    pub fn now(&self) -> i64 {
        self.db.clock.now()
    }
}

/// A fresh random identifier for a row.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}
