//! The portal's configuration: one typed struct, read once at start from an
//! optional TOML file and the environment (environment wins).

use serde::Deserialize;
use std::fmt;
use std::path::Path;

/// A value that must not reach logs (database URLs can carry passwords).
#[derive(Clone, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// `sqlite://data/portal.db` (default) or `postgres://…`
    pub database_url: Secret,
    /// Base URL for links the portal hands out (mails, CLI output).
    pub public_url: String,
    /// Seed the demo customer at start if it is missing.
    pub seed_demo: bool,
    /// Database connections per portal instance.
    pub max_connections: u32,
    /// Password hashes computed at once (each needs ~19 MiB and one core).
    pub hash_concurrency: usize,
    /// Log lines as JSON (for log shippers) instead of text.
    pub log_json: bool,
    /// Key (64 hex characters) that encrypts TOTP seeds in the database. All
    /// instances on one database need the same key.
    pub secret_key: Option<Secret>,
    /// Where the key is kept when `secret_key` is not set; created on first start.
    pub secret_key_file: String,
    /// Bearer token of the operator API (`/operator/...`); the API is off without one.
    pub operator_token: Option<Secret>,
    pub mail: MailConfig,
    /// Servers and ports customers use to reach their mailboxes.
    pub access: app::domain::mailbox_access::AccessSettings,
    pub dns: DnsConfig,
    pub addons: AddonsConfig,
    pub contract: ContractConfig,
    pub http: HttpConfig,
    pub session: SessionConfig,
    /// Lets the operator API move the portal's calendar (`PUT /operator/test-clock`).
    /// Only builds with the cargo feature `test-clock` (made for the browser
    /// tests) have it; every other build refuses to start with it on.
    pub test_clock: bool,
}

/// How long a login lasts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SessionConfig {
    /// Without a request for this long, the user is logged out.
    pub idle_timeout_secs: i64,
    /// However active, the user is logged out after this long.
    pub absolute_timeout_secs: i64,
}

impl Default for SessionConfig {
    fn default() -> Self {
        let limits = app::backend::SessionLimits::default();
        SessionConfig {
            idle_timeout_secs: limits.idle_secs,
            absolute_timeout_secs: limits.absolute_secs,
        }
    }
}

impl SessionConfig {
    pub fn limits(&self) -> app::backend::SessionLimits {
        app::backend::SessionLimits {
            idle_secs: self.idle_timeout_secs.max(2),
            absolute_secs: self.absolute_timeout_secs.max(2),
        }
    }
}

/// Limits of the HTTP side and who may tell the client's address.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HttpConfig {
    /// A request's header must arrive within this time; an idle keep-alive
    /// connection is closed after it too.
    pub header_timeout_secs: u64,
    /// A request's body may pause at most this long between two pieces.
    pub body_timeout_secs: u64,
    /// Connections open at once (lowered to fit the descriptor limit).
    pub max_connections: usize,
    /// Reverse proxies whose `X-Forwarded-For` is believed; from every other
    /// peer the header is ignored. Empty: the TCP peer is the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            header_timeout_secs: 10,
            body_timeout_secs: 30,
            max_connections: 8192,
            trusted_proxies: Vec::new(),
        }
    }
}

/// The customer contract.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ContractConfig {
    /// The only address at which the provider accepts cancellations.
    pub address: String,
}

impl Default for ContractConfig {
    fn default() -> Self {
        ContractConfig {
            address: "contract-de@rhoencloud.de".into(),
        }
    }
}

/// Add-ons and service requests.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AddonsConfig {
    /// The provider's support address: every service request is mailed there.
    pub support_address: String,
    /// Net prices of add-ons (monthly) and requests (once), and the VAT rate.
    pub prices: app::domain::addons::prices::PriceList,
}

impl Default for AddonsConfig {
    fn default() -> Self {
        AddonsConfig {
            support_address: "support@rhoencloud.de".into(),
            prices: Default::default(),
        }
    }
}

/// The live DNS check of customer domains.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DnsConfig {
    /// Recursive resolver that finds a domain's name servers; default: the
    /// first `nameserver` of /etc/resolv.conf.
    pub resolver: Option<std::net::SocketAddr>,
    /// Port of the authoritative servers (53; tests use another).
    pub authoritative_port: u16,
    /// Per attempt at one server.
    pub timeout_ms: u64,
    /// How often the daily re-check looks for domains that are due.
    pub recheck_interval_secs: u64,
    /// Ask name servers at loopback or private addresses too (tests only).
    pub allow_private_name_servers: bool,
    /// The records customers must set (MX host, SPF include, DKIM selectors, ...).
    pub records: app::domain::dns::expected::DnsSettings,
}

impl Default for DnsConfig {
    fn default() -> Self {
        DnsConfig {
            resolver: None,
            authoritative_port: 53,
            timeout_ms: 2000,
            recheck_interval_secs: 900,
            allow_private_name_servers: false,
            records: Default::default(),
        }
    }
}

impl DnsConfig {
    /// The lookup client's settings, with the system resolver as default.
    pub fn lookup_settings(&self) -> app::backend::dns_lookup::DnsLookupSettings {
        app::backend::dns_lookup::DnsLookupSettings {
            resolver: self.resolver.unwrap_or_else(system_resolver),
            authoritative_port: self.authoritative_port,
            timeout: std::time::Duration::from_millis(self.timeout_ms.max(50)),
            allow_private_servers: self.allow_private_name_servers,
        }
    }
}

/// The first IPv4/IPv6 `nameserver` line of /etc/resolv.conf, else 127.0.0.1:53.
fn system_resolver() -> std::net::SocketAddr {
    let text = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("nameserver"))
        .filter_map(|ip| ip.trim().parse::<std::net::IpAddr>().ok())
        .map(|ip| std::net::SocketAddr::new(ip, 53))
        .next()
        .unwrap_or_else(|| std::net::SocketAddr::from(([127, 0, 0, 1], 53)))
}

/// Outgoing mail. Without `smtp_host` mails are written to `spool_dir`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MailConfig {
    /// The provider's SMTP relay (plain SMTP; the relay does TLS onward).
    pub smtp_host: Option<String>,
    pub smtp_port: u16,
    pub from: String,
    pub spool_dir: String,
    pub retry_base_secs: i64,
    pub retry_max_secs: i64,
    pub max_attempts: i64,
    pub poll_interval_ms: u64,
}

impl Default for MailConfig {
    fn default() -> Self {
        MailConfig {
            smtp_host: None,
            smtp_port: 25,
            from: "rhönmail Kundenportal <kundenportal@rhoencloud.de>".into(),
            spool_dir: "data/mail".into(),
            retry_base_secs: 30,
            retry_max_secs: 3600,
            // 30 s doubling to an hour: about half a day of retries
            max_attempts: 18,
            poll_interval_ms: 5000,
        }
    }
}

/// Where `make run` serves the portal (cargo-leptos's `site-addr`).
const DEFAULT_PUBLIC_URL: &str = "http://127.0.0.1:3000";

impl Default for Config {
    fn default() -> Self {
        Config {
            database_url: Secret("sqlite://data/portal.db".into()),
            public_url: DEFAULT_PUBLIC_URL.into(),
            seed_demo: false,
            max_connections: 10,
            hash_concurrency: 2,
            log_json: false,
            secret_key: None,
            secret_key_file: "data/secret.key".into(),
            operator_token: None,
            mail: MailConfig::default(),
            access: Default::default(),
            dns: Default::default(),
            addons: Default::default(),
            contract: Default::default(),
            http: Default::default(),
            session: Default::default(),
            test_clock: false,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the configuration file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the configuration file {path} is not valid: {message}")]
    Parse { path: String, message: String },
    #[error("environment variable {name} is not valid: {message}")]
    Env { name: &'static str, message: String },
    #[error("contract.address (PORTAL_CONTRACT_ADDRESS) ist keine gültige E-Mail-Adresse: {0:?}")]
    ContractAddress(String),
    #[error(
        "test_clock (PORTAL_TEST_CLOCK) ist eingeschaltet, aber dieser Build hat keine Testuhr. \
         Die Einstellung ist nur für Test-Builds (cargo-Feature test-clock) gedacht; \
         schalten Sie sie aus."
    )]
    NoTestClock,
}

fn env_number<T: std::str::FromStr>(name: &'static str, value: &str) -> Result<T, ConfigError> {
    value.trim().parse().map_err(|_| ConfigError::Env {
        name,
        message: format!("expected a number, got {value:?}"),
    })
}

fn env_bool(name: &'static str, value: &str) -> Result<bool, ConfigError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "ja" => Ok(true),
        "0" | "false" | "no" | "nein" | "" => Ok(false),
        other => Err(ConfigError::Env {
            name,
            message: format!("expected true or false, got {other:?}"),
        }),
    }
}

impl Config {
    /// Reads `file` (if given) and applies the environment variables
    /// `DATABASE_URL`, `PORTAL_PUBLIC_URL`, `PORTAL_SEED_DEMO`, `PORTAL_LOG_JSON`,
    /// `PORTAL_SECRET_KEY`, `PORTAL_OPERATOR_TOKEN`, the `PORTAL_SMTP_*` /
    /// `PORTAL_MAIL_*` settings of outgoing mail, `PORTAL_DNS_*` of the DNS check,
    /// `PORTAL_CONTRACT_ADDRESS`, `PORTAL_HTTP_HEADER_TIMEOUT_SECS`,
    /// `PORTAL_HTTP_MAX_CONNECTIONS`, `PORTAL_TRUSTED_PROXIES`,
    /// `PORTAL_SESSION_IDLE_SECS`, `PORTAL_SESSION_ABSOLUTE_SECS` and `PORTAL_TEST_CLOCK`.
    pub fn load(
        file: Option<&Path>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, ConfigError> {
        let mut config = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
                    path: path.display().to_string(),
                    source,
                })?;
                toml::from_str(&text).map_err(|e| ConfigError::Parse {
                    path: path.display().to_string(),
                    message: e.message().to_string(),
                })?
            }
            None => Config::default(),
        };
        if let Some(url) = env("DATABASE_URL") {
            config.database_url = Secret(url);
        }
        if let Some(url) = env("PORTAL_PUBLIC_URL") {
            config.public_url = url;
        } else if config.public_url == DEFAULT_PUBLIC_URL {
            // Nothing configured: links in pages and mails lead to where the
            // server listens, also when only the address was moved.
            if let Some(addr) = env("LEPTOS_SITE_ADDR").filter(|a| !a.trim().is_empty()) {
                config.public_url = format!("http://{}", addr.trim());
            }
        }
        if let Some(v) = env("PORTAL_SEED_DEMO") {
            config.seed_demo = env_bool("PORTAL_SEED_DEMO", &v)?;
        }
        if let Some(key) = env("PORTAL_SECRET_KEY") {
            config.secret_key = Some(Secret(key));
        }
        if let Some(v) = env("PORTAL_LOG_JSON") {
            config.log_json = env_bool("PORTAL_LOG_JSON", &v)?;
        }
        if let Some(token) = env("PORTAL_OPERATOR_TOKEN") {
            config.operator_token = Some(Secret(token));
        }
        if let Some(host) = env("PORTAL_SMTP_HOST") {
            config.mail.smtp_host = Some(host).filter(|h| !h.trim().is_empty());
        }
        if let Some(v) = env("PORTAL_SMTP_PORT") {
            config.mail.smtp_port = env_number("PORTAL_SMTP_PORT", &v)?;
        }
        if let Some(v) = env("PORTAL_MAIL_RETRY_BASE_SECS") {
            config.mail.retry_base_secs = env_number("PORTAL_MAIL_RETRY_BASE_SECS", &v)?;
        }
        if let Some(v) = env("PORTAL_MAIL_POLL_MS") {
            config.mail.poll_interval_ms = env_number("PORTAL_MAIL_POLL_MS", &v)?;
        }
        if let Some(dir) = env("PORTAL_MAIL_SPOOL_DIR") {
            config.mail.spool_dir = dir;
        }
        if let Some(v) = env("PORTAL_DNS_RESOLVER") {
            config.dns.resolver = Some(v.trim().parse().map_err(|_| ConfigError::Env {
                name: "PORTAL_DNS_RESOLVER",
                message: format!("expected address:port, got {v:?}"),
            })?);
        }
        if let Some(v) = env("PORTAL_DNS_AUTHORITATIVE_PORT") {
            config.dns.authoritative_port = env_number("PORTAL_DNS_AUTHORITATIVE_PORT", &v)?;
        }
        if let Some(v) = env("PORTAL_DNS_TIMEOUT_MS") {
            config.dns.timeout_ms = env_number("PORTAL_DNS_TIMEOUT_MS", &v)?;
        }
        if let Some(v) = env("PORTAL_DNS_ALLOW_PRIVATE") {
            config.dns.allow_private_name_servers = env_bool("PORTAL_DNS_ALLOW_PRIVATE", &v)?;
        }
        if let Some(address) = env("PORTAL_CONTRACT_ADDRESS") {
            config.contract.address = address;
        }
        if let Some(v) = env("PORTAL_HTTP_HEADER_TIMEOUT_SECS") {
            config.http.header_timeout_secs = env_number("PORTAL_HTTP_HEADER_TIMEOUT_SECS", &v)?;
        }
        if let Some(v) = env("PORTAL_HTTP_MAX_CONNECTIONS") {
            config.http.max_connections = env_number("PORTAL_HTTP_MAX_CONNECTIONS", &v)?;
        }
        if let Some(v) = env("PORTAL_TRUSTED_PROXIES") {
            config.http.trusted_proxies = v
                .split(',')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(|a| {
                    a.parse().map_err(|_| ConfigError::Env {
                        name: "PORTAL_TRUSTED_PROXIES",
                        message: format!("expected IP addresses separated by commas, got {a:?}"),
                    })
                })
                .collect::<Result<_, _>>()?;
        }
        if let Some(v) = env("PORTAL_SESSION_IDLE_SECS") {
            config.session.idle_timeout_secs = env_number("PORTAL_SESSION_IDLE_SECS", &v)?;
        }
        if let Some(v) = env("PORTAL_SESSION_ABSOLUTE_SECS") {
            config.session.absolute_timeout_secs = env_number("PORTAL_SESSION_ABSOLUTE_SECS", &v)?;
        }
        if let Some(v) = env("PORTAL_TEST_CLOCK") {
            config.test_clock = env_bool("PORTAL_TEST_CLOCK", &v)?;
        }
        if config.test_clock && !cfg!(feature = "test-clock") {
            return Err(ConfigError::NoTestClock);
        }
        config.contract.address =
            app::domain::mail_address::MailAddress::parse(&config.contract.address)
                .map_err(|_| ConfigError::ContractAddress(config.contract.address.clone()))?
                .to_string();
        if config
            .operator_token
            .as_ref()
            .is_some_and(|t| t.expose().len() < 32)
        {
            return Err(ConfigError::Env {
                name: "operator_token",
                message: "must be at least 32 characters".into(),
            });
        }
        config.public_url = config.public_url.trim_end_matches('/').to_string();
        if !(config.public_url.starts_with("http://") || config.public_url.starts_with("https://"))
        {
            return Err(ConfigError::Env {
                name: "public_url",
                message: "must start with http:// or https://".into(),
            });
        }
        Ok(config)
    }

    /// The key for secrets at rest: configured, or read from (and on first
    /// start written to) `secret_key_file`, readable by the owner only.
    pub fn load_secret_key(&self) -> anyhow::Result<String> {
        if let Some(key) = &self.secret_key {
            return Ok(key.expose().to_string());
        }
        let path = Path::new(&self.secret_key_file);
        if let Ok(key) = std::fs::read_to_string(path) {
            return Ok(key.trim().to_string());
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let key = app::backend::secret_box::SecretBox::generate_hex_key();
        write_private(path, &key)
            .map_err(|e| anyhow::anyhow!("cannot write the key file {}: {e}", path.display()))?;
        Ok(key)
    }

    pub fn sender_settings(&self) -> app::backend::mail_sender::SenderSettings {
        use app::backend::mail_sender::{SenderSettings, SmtpTarget};
        let m = &self.mail;
        SenderSettings {
            smtp: m.smtp_host.clone().map(|host| SmtpTarget {
                host,
                port: m.smtp_port,
            }),
            from: m.from.clone(),
            spool_dir: m.spool_dir.clone().into(),
            retry_base_secs: m.retry_base_secs,
            retry_max_secs: m.retry_max_secs,
            max_attempts: m.max_attempts,
            poll_interval: std::time::Duration::from_millis(m.poll_interval_ms.max(50)),
        }
    }

    /// Session cookies get `Secure` whenever the portal is reached over HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[cfg(unix)]
fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(content.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    std::fs::write(path, content)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn defaults_to_embedded_sqlite() {
        let c = Config::load(None, no_env).unwrap();
        assert_eq!(c.database_url.expose(), "sqlite://data/portal.db");
        assert!(!c.secure_cookies());
    }

    #[test]
    fn links_follow_the_listening_address_unless_a_public_url_is_set() {
        let site = |k: &str| (k == "LEPTOS_SITE_ADDR").then(|| "127.0.0.1:3099".to_string());
        assert_eq!(
            Config::load(None, site).unwrap().public_url,
            "http://127.0.0.1:3099"
        );
        let both = |k: &str| match k {
            "LEPTOS_SITE_ADDR" => Some("0.0.0.0:8080".to_string()),
            "PORTAL_PUBLIC_URL" => Some("https://kunden.example".to_string()),
            _ => None,
        };
        assert_eq!(
            Config::load(None, both).unwrap().public_url,
            "https://kunden.example"
        );
        assert_eq!(
            Config::load(None, no_env).unwrap().public_url,
            DEFAULT_PUBLIC_URL
        );
    }

    #[test]
    fn environment_overrides_file() {
        let dir = std::env::temp_dir().join(format!("portal-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("portal.toml");
        std::fs::write(
            &file,
            "database_url = \"sqlite://x.db\"\npublic_url = \"https://portal.example/\"\n",
        )
        .unwrap();
        let c = Config::load(Some(&file), |k| {
            (k == "DATABASE_URL").then(|| "postgres://db/portal".to_string())
        })
        .unwrap();
        assert_eq!(c.database_url.expose(), "postgres://db/portal");
        assert_eq!(c.public_url, "https://portal.example");
        assert!(c.secure_cookies());
    }

    #[test]
    fn malformed_file_names_file_and_problem() {
        let dir = std::env::temp_dir().join(format!("portal-config-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("portal.toml");
        std::fs::write(&file, "seed_demo = \"vielleicht\"\n").unwrap();
        let err = Config::load(Some(&file), no_env).unwrap_err().to_string();
        assert!(
            err.contains("portal.toml") && err.contains("not valid"),
            "{err}"
        );
        std::fs::write(&file, "unknown_key = 1\n").unwrap();
        assert!(Config::load(Some(&file), no_env).is_err());
    }

    #[test]
    fn contract_address_has_a_default_and_is_validated() {
        let c = Config::load(None, no_env).unwrap();
        assert_eq!(c.contract.address, "contract-de@rhoencloud.de");

        let dir =
            std::env::temp_dir().join(format!("portal-config-contract-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("portal.toml");
        std::fs::write(
            &file,
            "[contract]\naddress = \"kuendigung@rhoencloud.de\"\n",
        )
        .unwrap();
        let c = Config::load(Some(&file), no_env).unwrap();
        assert_eq!(c.contract.address, "kuendigung@rhoencloud.de");
        let c = Config::load(Some(&file), |k| {
            (k == "PORTAL_CONTRACT_ADDRESS").then(|| "vertrag@rhoencloud.de".to_string())
        })
        .unwrap();
        assert_eq!(c.contract.address, "vertrag@rhoencloud.de");

        let err = Config::load(None, |k| {
            (k == "PORTAL_CONTRACT_ADDRESS").then(|| "kein-at-zeichen".to_string())
        })
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("contract.address") && err.contains("keine gültige E-Mail-Adresse"),
            "{err}"
        );
        std::fs::write(&file, "[contract]\nadresse = \"x@y.de\"\n").unwrap();
        assert!(Config::load(Some(&file), no_env).is_err());
    }

    #[test]
    fn test_clock_is_off_by_default_and_parsed_like_other_switches() {
        assert!(!Config::load(None, no_env).unwrap().test_clock);
        let err = Config::load(None, |k| {
            (k == "PORTAL_TEST_CLOCK").then(|| "vielleicht".into())
        })
        .unwrap_err()
        .to_string();
        assert!(err.contains("PORTAL_TEST_CLOCK"), "{err}");
        let off = Config::load(None, |k| (k == "PORTAL_TEST_CLOCK").then(|| "0".into())).unwrap();
        assert!(!off.test_clock);
    }

    #[cfg(not(feature = "test-clock"))]
    #[test]
    fn a_build_without_the_test_clock_refuses_the_setting() {
        let err =
            Config::load(None, |k| (k == "PORTAL_TEST_CLOCK").then(|| "1".into())).unwrap_err();
        assert!(matches!(err, ConfigError::NoTestClock), "{err}");
        assert!(err.to_string().contains("keine Testuhr"), "{err}");
    }

    #[cfg(feature = "test-clock")]
    #[test]
    fn a_test_build_accepts_the_setting() {
        let c = Config::load(None, |k| (k == "PORTAL_TEST_CLOCK").then(|| "1".into())).unwrap();
        assert!(c.test_clock);
    }

    #[test]
    fn secrets_are_redacted_in_debug_output() {
        let c = Config::load(None, |k| {
            (k == "DATABASE_URL").then(|| "postgres://u:geheim@db/p".to_string())
        })
        .unwrap();
        assert!(!format!("{c:?}").contains("geheim"));
    }
}
