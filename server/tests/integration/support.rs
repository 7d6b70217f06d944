//! Fresh databases and running portal processes for tests.

use app::backend::db::Db;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The engines every storage test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

pub const ENGINES: [Engine; 2] = [Engine::Sqlite, Engine::Postgres];

/// Administrative connection to the local PostgreSQL; override with `PORTAL_TEST_PG`.
fn pg_admin_url() -> String {
    std::env::var("PORTAL_TEST_PG")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A name no other test of any run uses.
pub fn unique(prefix: &str) -> String {
    format!("{prefix}_{}", uuid::Uuid::new_v4().simple())
}

/// A fresh, empty database URL of the given engine.
pub async fn fresh_url(engine: Engine) -> String {
    match engine {
        Engine::Sqlite => {
            let dir = std::env::temp_dir().join("portal-tests");
            std::fs::create_dir_all(&dir).unwrap();
            format!(
                "sqlite://{}",
                dir.join(format!("{}.db", unique("t"))).display()
            )
        }
        Engine::Postgres => {
            use sqlx::Connection;
            let admin = pg_admin_url();
            let mut conn = sqlx::PgConnection::connect(&admin)
                .await
                .unwrap_or_else(|e| panic!("PostgreSQL on {admin} is needed for the tests: {e}"));
            drop_earlier_test_databases(&mut conn).await;
            let name = unique("portal_test");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .await
                .unwrap();
            let base = admin.rsplit_once('/').unwrap().0;
            format!("{base}/{name}")
        }
    }
}

/// Drops the test databases earlier runs left behind, once per run. A
/// database still in use (another run at the same time) refuses to be
/// dropped and is left alone.
async fn drop_earlier_test_databases(conn: &mut sqlx::PgConnection) {
    static DONE: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();
    DONE.get_or_init(|| async {
        let names: Vec<String> = sqlx::query_scalar(
            "SELECT datname FROM pg_database WHERE datname LIKE 'portal\\_test\\_%'",
        )
        .fetch_all(&mut *conn)
        .await
        .unwrap_or_default();
        for name in names {
            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
                .execute(&mut *conn)
                .await;
        }
    })
    .await;
}

/// A fresh database with the portal's schema.
pub async fn fresh_db(engine: Engine) -> Db {
    Db::connect(&fresh_url(engine).await, 5)
        .await
        .expect("test database connects and migrates")
}

/// A backend on a fresh database, as the server builds it (one hashing thread).
pub async fn test_backend(engine: Engine) -> app::backend::Backend {
    use app::backend::secret_box::SecretBox;
    use std::sync::Arc;
    app::backend::Backend {
        db: fresh_db(engine).await,
        passwords: Arc::new(app::backend::passwords::PasswordHasher::new(1)),
        secrets: Arc::new(SecretBox::from_hex_key(&SecretBox::generate_hex_key()).unwrap()),
        public_url: "https://portal.example.de".into(),
        mail: Arc::new(app::backend::outbox::Mailer::new(
            "https://portal.example.de",
        )),
        service: Default::default(),
        dns: Arc::new(dns_checker("127.0.0.1:9".parse().unwrap())),
        sessions: Default::default(),
        passkeys: None,
    }
}

/// A DNS checker that finds name servers through `resolver` and asks them on
/// the same port (the test DNS server serves both roles).
pub fn dns_checker(resolver: std::net::SocketAddr) -> app::backend::dns_checks::DnsChecker {
    use app::backend::dns_lookup::{DnsClient, DnsLookupSettings};
    app::backend::dns_checks::DnsChecker {
        client: DnsClient::new(DnsLookupSettings {
            resolver,
            allow_private_servers: true,
            authoritative_port: resolver.port(),
            timeout: std::time::Duration::from_millis(300),
        }),
        settings: Default::default(),
    }
}

/// The real time as Unix seconds: what a server process under test reads
/// (the tests' own backends use their database's clock).
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A free TCP port on 127.0.0.1.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The key for secrets at rest in test processes (tests read seeds back with it).
pub const TEST_SECRET_KEY: &str =
    "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

/// Bearer token of the operator API in test processes.
pub const OPERATOR_TOKEN: &str = "test-operator-token-0123456789abcdef";

/// The server binary, started with `args` against `database_url`.
pub struct Portal {
    pub child: Child,
    pub base: String,
    /// Where the process's log (stderr) goes.
    pub log_file: std::path::PathBuf,
}

pub fn portal_command(database_url: &str, port: u16) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_server"));
    cmd.env("DATABASE_URL", database_url)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_OUTPUT_NAME", "rhoenmail-portal")
        .env(
            "LEPTOS_SITE_ROOT",
            std::env::temp_dir().join("portal-tests-site"),
        )
        .env("PORTAL_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .env("RUST_LOG", "info")
        .env("PORTAL_SECRET_KEY", TEST_SECRET_KEY)
        .env(
            "PORTAL_MAIL_SPOOL_DIR",
            std::env::temp_dir()
                .join("portal-tests")
                .join(unique("mail")),
        )
        .env("PORTAL_OPERATOR_TOKEN", OPERATOR_TOKEN)
        // No test reaches the internet's DNS: the port refuses at once.
        .env("PORTAL_DNS_RESOLVER", "127.0.0.1:9")
        .env("PORTAL_DNS_AUTHORITATIVE_PORT", "9")
        .env("PORTAL_DNS_TIMEOUT_MS", "300")
        // The tests' DNS servers run on 127.0.0.1.
        .env("PORTAL_DNS_ALLOW_PRIVATE", "1")
        .stdin(Stdio::null());
    cmd
}

impl Portal {
    /// Starts `server serve` with the demo customer and waits until it is ready.
    pub async fn start(database_url: &str) -> Portal {
        Portal::start_with(database_url, &[]).await
    }

    /// Like [`Portal::start`], with extra environment variables.
    pub async fn start_with(database_url: &str, env: &[(&str, String)]) -> Portal {
        let port = free_port();
        let log_file = std::env::temp_dir()
            .join("portal-tests")
            .join(format!("{}.log", unique("server")));
        std::fs::create_dir_all(log_file.parent().unwrap()).unwrap();
        let child = portal_command(database_url, port)
            .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
            .env("PORTAL_SEED_DEMO", "1")
            .arg("serve")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log_file).unwrap())
            .spawn()
            .expect("server binary starts");
        let portal = Portal {
            child,
            base: format!("http://127.0.0.1:{port}"),
            log_file,
        };
        let client = reqwest::Client::new();
        for _ in 0..200 {
            if let Ok(r) = client.get(format!("{}/readyz", portal.base)).send().await {
                if r.status().is_success() {
                    return portal;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("portal did not become ready");
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Everything the process has logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log_file).unwrap_or_default()
    }

    /// Sends SIGTERM (graceful shutdown).
    pub fn terminate(&self) {
        let status = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status()
            .unwrap();
        assert!(status.success());
    }
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A client that keeps cookies, like a browser, but never follows redirects
/// (tests look at them).
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The whole `Set-Cookie` value for the session cookie, if the response sets it.
pub fn set_session_cookie(r: &reqwest::Response) -> Option<String> {
    r.headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("portal_session="))
        .map(str::to_string)
}

/// The session cookie a response sets, as `portal_session=<id>` (ready to
/// send back in a `Cookie` header).
pub fn session_cookie(r: &reqwest::Response) -> Option<String> {
    set_session_cookie(r).map(|c| c.split(';').next().unwrap().to_string())
}

/// Asks for two-factor set-up (the session must be pending or allowed to
/// re-enrol) and returns the seed the server hands out.
pub async fn enrolment_seed(client: &reqwest::Client, portal: &Portal) -> Vec<u8> {
    let enrolment: serde_json::Value = call_fn_json(client, portal, "begin_enrolment").await;
    let uri = enrolment["otpauth_uri"]
        .as_str()
        .expect("enrolment offered");
    let secret = uri
        .split("secret=")
        .nth(1)
        .unwrap()
        .split('&')
        .next()
        .unwrap();
    totp_rs::Secret::try_from_base32(secret)
        .unwrap()
        .as_bytes()
        .to_vec()
}

/// The code an authenticator with `seed` shows now.
pub fn current_code(seed: &[u8]) -> String {
    app::backend::totp::code_at(seed, unix_now() as u64)
}

/// Waits until a new 30-second TOTP step begins, so a code entered again
/// after a login (a second login, a re-authentication) has not been used.
/// Returns the time then.
pub async fn next_totp_step() -> u64 {
    let step = |t: u64| t / app::backend::totp::STEP_SECS;
    let start = step(unix_now() as u64);
    while step(unix_now() as u64) == start {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    unix_now() as u64
}

/// Calls the server function `function` with `form`, as a form post does.
pub async fn call_fn(
    client: &reqwest::Client,
    portal: &Portal,
    function: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    client
        .post(portal.url(&format!("/api/{function}")))
        .form(form)
        .send()
        .await
        .unwrap()
}

/// Calls the server function `function` without arguments; it must answer
/// 200, and its JSON answer is returned.
pub async fn call_fn_json<T: serde::de::DeserializeOwned>(
    client: &reqwest::Client,
    portal: &Portal,
    function: &str,
) -> T {
    let response = call_fn(client, portal, function, &[]).await;
    let status = response.status();
    let body = response.text().await.unwrap();
    assert_eq!(status, 200, "{function}: {body}");
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{function}: {e} in {body}"))
}

/// Fails the test unless `response` is a success; `context` names the step
/// in the message.
#[track_caller]
pub fn assert_success(response: &reqwest::Response, context: impl std::fmt::Display) {
    assert!(
        response.status().is_success(),
        "{context}: {}",
        response.status()
    );
}

/// Fails the test unless `response` is a refusal of the input: 422 with the
/// message id `reason` in the body. `case` names the case in the message.
pub async fn assert_refused(
    response: reqwest::Response,
    reason: &str,
    case: impl std::fmt::Display,
) {
    let status = response.status();
    let body = response.text().await.unwrap();
    assert_eq!(
        (status.as_u16(), body.contains(reason)),
        (422, true),
        "{case}: expected {reason}: {body}"
    );
}

/// The demo owner logged in on two devices: the first sets up the second
/// factor, the second logs in with a code from the same authenticator.
pub async fn owner_on_two_devices(portal: &Portal) -> (reqwest::Client, reqwest::Client) {
    use app::backend::demo;
    let (first, second) = (browser(), browser());
    let seed = full_login(&first, portal, demo::OWNER_EMAIL, demo::PASSWORD)
        .await
        .seed;
    login_with_code(&second, portal, demo::OWNER_EMAIL, demo::PASSWORD, &seed).await;
    (first, second)
}

/// The first step of a login, as the login form sends it: address and
/// password.
pub async fn enter_password(
    client: &reqwest::Client,
    portal: &Portal,
    email: &str,
    password: &str,
) -> reqwest::Response {
    call_fn(
        client,
        portal,
        "login",
        &[("email", email), ("password", password), ("next", "/")],
    )
    .await
}

/// Opens the page at `path`, as following a link does.
pub async fn get_page(client: &reqwest::Client, portal: &Portal, path: &str) -> reqwest::Response {
    client.get(portal.url(path)).send().await.unwrap()
}

/// The HTML of the page at `path`, whatever its status.
pub async fn page_text(client: &reqwest::Client, portal: &Portal, path: &str) -> String {
    get_page(client, portal, path).await.text().await.unwrap()
}

/// Sends an Exchange mailbox report to the operator API's usage import; it
/// must be accepted. Returns the import's report.
pub async fn import_usage(portal: &Portal, csv: String) -> serde_json::Value {
    let response = reqwest::Client::new()
        .post(portal.url("/operator/usage-import"))
        .bearer_auth(OPERATOR_TOKEN)
        .header("content-type", "text/csv")
        .body(csv)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let body = response.text().await.unwrap();
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).unwrap()
}

/// Logs in a user whose authenticator (`seed`) is set up: waits for a TOTP
/// step not used yet, then password and code.
pub async fn login_with_code(
    client: &reqwest::Client,
    portal: &Portal,
    email: &str,
    password: &str,
    seed: &[u8],
) {
    let now = next_totp_step().await;
    enter_password(client, portal, email, password).await;
    let code = app::backend::totp::code_at(seed, now);
    let done = call_fn(client, portal, "second_factor", &[("code", &code)]).await;
    assert_success(&done, "second factor");
}

/// What a completed HTTP login leaves the test.
pub struct LoggedIn {
    /// The TOTP seed the server handed out.
    pub seed: Vec<u8>,
    /// The session id of the logged-in session.
    pub session_id: String,
}

/// Logs `email` in over HTTP: password, then setting up two-factor login with
/// a code computed from the seed the server hands out.
pub async fn full_login(
    client: &reqwest::Client,
    portal: &Portal,
    email: &str,
    password: &str,
) -> LoggedIn {
    let login = enter_password(client, portal, email, password).await;
    assert_success(&login, "password step");
    let seed = enrolment_seed(client, portal).await;
    let code = current_code(&seed);
    let confirmed = call_fn(client, portal, "confirm_enrolment", &[("code", &code)]).await;
    assert_success(&confirmed, "confirm");
    let cookie = session_cookie(&confirmed).expect("session cookie after the second factor");
    let session_id = cookie.trim_start_matches("portal_session=").to_string();
    LoggedIn { seed, session_id }
}

/// A real SMTP server for tests: maildev from the end-to-end test packages,
/// with its REST API to read what arrived.
pub struct Maildev {
    child: Option<Child>,
    pub smtp_port: u16,
    web_port: u16,
}

impl Maildev {
    fn binary() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../end2end/node_modules/.bin/maildev")
    }

    /// Ports for a maildev that is not running yet (an SMTP outage).
    pub fn stopped() -> Maildev {
        Maildev {
            child: None,
            smtp_port: free_port(),
            web_port: free_port(),
        }
    }

    /// Starts (or restarts) the server on its ports and waits until it answers.
    pub async fn run(&mut self) {
        let child = Command::new(Self::binary())
            .args([
                "--smtp",
                &self.smtp_port.to_string(),
                "--web",
                &self.web_port.to_string(),
                "--ip",
                "127.0.0.1",
                "--silent",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("maildev is installed (make setup)");
        self.child = Some(child);
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", self.smtp_port)).is_ok()
                && reqwest::get(format!("http://127.0.0.1:{}/email", self.web_port))
                    .await
                    .is_ok()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("maildev did not start");
    }

    /// Environment for a portal that sends through this server, polling
    /// and retrying quickly so tests do not wait.
    pub fn portal_env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("PORTAL_SMTP_HOST", "127.0.0.1".into()),
            ("PORTAL_SMTP_PORT", self.smtp_port.to_string()),
            ("PORTAL_MAIL_RETRY_BASE_SECS", "1".into()),
            ("PORTAL_MAIL_POLL_MS", "100".into()),
        ]
    }

    /// Every mail received so far, as maildev's JSON.
    pub async fn messages(&self) -> Vec<serde_json::Value> {
        reqwest::get(format!("http://127.0.0.1:{}/email", self.web_port))
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    /// Waits until the mails received satisfy `done` (at most `secs` seconds).
    pub async fn wait_until(
        &self,
        secs: u64,
        done: impl Fn(&[serde_json::Value]) -> bool,
    ) -> Vec<serde_json::Value> {
        for _ in 0..secs * 5 {
            let received = self.messages().await;
            if done(&received) {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!(
            "the expected mails did not arrive within {secs} s: {:?}",
            self.messages().await
        );
    }

    /// Waits until at least `n` mails arrived (at most `secs` seconds).
    pub async fn wait_for(&self, n: usize, secs: u64) -> Vec<serde_json::Value> {
        let mut received = vec![];
        for _ in 0..secs * 5 {
            received = self.messages().await;
            if received.len() >= n {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("expected {n} mails within {secs} s, got {}", received.len());
    }
}

impl Drop for Maildev {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Registers `name` for the customer with `number` and returns its row.
pub async fn add_domain(
    backend: &app::backend::Backend,
    number: &str,
    name: &str,
    fully_routed: bool,
    at: i64,
) -> app::backend::domains::DomainRow {
    use app::backend::domains;
    let name = app::domain::dns::domain_name::DomainName::parse(name).unwrap();
    let id = domains::add(&backend.db, number, &name, fully_routed, at)
        .await
        .unwrap();
    let customer: String = sqlx::query_scalar("SELECT customer_id FROM domains WHERE id = $1")
        .bind(&id)
        .fetch_one(&backend.db.pool)
        .await
        .unwrap();
    domains::get(&backend.db, &customer, &id)
        .await
        .unwrap()
        .unwrap()
}

/// The state the check gave the record with `key`.
pub fn record_state<'a>(
    view: &'a app::domain::domain_page::CheckView,
    key: &str,
) -> &'a app::domain::dns::evaluate::RecordState {
    &view
        .check
        .records
        .iter()
        .find(|r| r.key == key)
        .unwrap_or_else(|| panic!("no record {key} in {view:?}"))
        .state
}
