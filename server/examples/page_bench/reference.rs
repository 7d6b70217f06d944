//! The reference: a minimal axum server in this process whose handlers run
//! the queries the portal runs for each page (the same backend functions,
//! in the same order, on a pool of the same size) and write the same rows
//! as HTML by hand. It also looks the session up as the portal does (one
//! primary-key SELECT in `tower_sessions`, then the user with its login),
//! so the difference to the portal is rendering and middleware.
//!
//! It runs on a multi-threaded runtime of its own, as the portal does, so
//! it does not share the load generator's thread.

mod html;
mod pages;

use app::backend::cancellations;
use app::backend::customers::{self, Customer};
use app::backend::db::{Db, Engine};
use app::backend::dns_checks::DnsChecker;
use app::backend::dns_lookup::{DnsClient, DnsLookupSettings};
use app::backend::users::{self, SessionUser};
use app::backend::{
    outbox::Mailer, passkeys, passwords::PasswordHasher, secret_box::SecretBox, Backend,
    ServiceSettings, SessionLimits,
};
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use std::str::FromStr;
use std::sync::Arc;
use time::Date;
use tokio::sync::oneshot;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::SessionStore;
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

/// The portal's session cookie.
const SESSION_COOKIE: &str = "portal_session";
/// The portal's default pool size (`max_connections`), for the database
/// and for the sessions alike.
const POOL_SIZE: u32 = 10;

/// The running reference server; stopped when dropped.
pub struct Reference {
    pub base: String,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Reference {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Starts the reference on the portal's database, on a free port.
pub async fn start(url: &str, public_url: &str) -> anyhow::Result<Reference> {
    let (ready_tx, ready_rx) = oneshot::channel::<anyhow::Result<u16>>();
    let (stop_tx, stop_rx) = oneshot::channel::<()>();
    let (url, public_url) = (url.to_string(), public_url.to_string());
    let thread = std::thread::Builder::new()
        .name("reference".into())
        .spawn(move || {
            match tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
            {
                Ok(runtime) => runtime.block_on(serve(url, public_url, ready_tx, stop_rx)),
                Err(e) => {
                    let _ = ready_tx.send(Err(e.into()));
                }
            }
        })?;
    let port = ready_rx.await??;
    Ok(Reference {
        base: format!("http://127.0.0.1:{port}"),
        stop: Some(stop_tx),
        thread: Some(thread),
    })
}

async fn serve(
    url: String,
    public_url: String,
    ready: oneshot::Sender<anyhow::Result<u16>>,
    stop: oneshot::Receiver<()>,
) {
    let opened = async {
        let state = Arc::new(RefState::open(&url, &public_url).await?);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let port = listener.local_addr()?.port();
        anyhow::Ok((state, listener, port))
    }
    .await;
    let (state, listener, port) = match opened {
        Ok(opened) => opened,
        Err(e) => {
            let _ = ready.send(Err(e));
            return;
        }
    };
    let _ = ready.send(Ok(port));
    let stopped = async {
        let _ = stop.await;
    };
    if let Err(e) = axum::serve(listener, router(state.clone()))
        .with_graceful_shutdown(stopped)
        .await
    {
        eprintln!("reference server: {e}");
    }
    state.backend.db.pool.close().await;
}

/// The portal's routes, each with its hand-written page.
fn router(state: Shared) -> Router {
    Router::new()
        .route("/", get(overview))
        .route("/postfaecher", get(mailboxes))
        .route("/postfaecher/{id}", get(mailbox))
        .route("/domains", get(domains))
        .route("/domains/{id}", get(domain))
        .route("/add-ons", get(addons))
        .route("/vertrag", get(contract))
        .route("/vertrag/kuendigen", get(cancellation))
        .route("/konto", get(account))
        .with_state(state)
}

type Shared = Arc<RefState>;

/// What the handlers share: a backend like the portal's, and the session
/// table read as the portal's session layer reads it.
struct RefState {
    backend: Backend,
    sessions: Sessions,
}

enum Sessions {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl RefState {
    async fn open(url: &str, public_url: &str) -> anyhow::Result<RefState> {
        let db = Db::connect(url, POOL_SIZE).await?;
        let sessions = Sessions::open(db.engine, url).await?;
        let backend = Backend {
            db,
            passwords: Arc::new(PasswordHasher::new(1)),
            secrets: Arc::new(SecretBox::from_hex_key(crate::portal::KEY)?),
            public_url: public_url.to_string(),
            mail: Arc::new(Mailer::new(public_url)),
            // The portal's defaults (its configuration sets none of these).
            service: Arc::new(ServiceSettings {
                access: Default::default(),
                support_address: "support@rhoencloud.de".into(),
                prices: Default::default(),
                contract_address: "contract-de@rhoencloud.de".into(),
            }),
            // Pages render from stored answers only; nothing is asked.
            dns: Arc::new(DnsChecker {
                client: DnsClient::new(DnsLookupSettings {
                    resolver: ([127, 0, 0, 1], 9).into(),
                    authoritative_port: 9,
                    timeout: std::time::Duration::from_secs(1),
                    allow_private_servers: false,
                }),
                settings: Default::default(),
            }),
            sessions: SessionLimits::default(),
            passkeys: passkeys::relying_party(public_url).map(Arc::new),
        };
        Ok(RefState { backend, sessions })
    }
}

impl Sessions {
    /// A pool of its own, as large as the portal's session store's.
    async fn open(engine: Engine, url: &str) -> Result<Sessions, sqlx::Error> {
        Ok(match engine {
            Engine::Sqlite => {
                let url = if url.contains("mode=") {
                    url.to_string()
                } else {
                    format!("{url}?mode=rwc")
                };
                let pool = sqlx::sqlite::SqlitePoolOptions::new()
                    .max_connections(POOL_SIZE)
                    .connect(&url)
                    .await?;
                Sessions::Sqlite(SqliteStore::new(pool))
            }
            Engine::Postgres => {
                let pool = sqlx::postgres::PgPoolOptions::new()
                    .max_connections(POOL_SIZE)
                    .connect(url)
                    .await?;
                Sessions::Postgres(PostgresStore::new(pool))
            }
        })
    }

    async fn load(&self, id: &Id) -> Option<Record> {
        let loaded = match self {
            Sessions::Sqlite(s) => s.load(id).await,
            Sessions::Postgres(s) => s.load(id).await,
        };
        loaded.ok().flatten()
    }
}

/// Why a page is not shown.
enum Refusal {
    LoggedOut,
    NotFound,
    Failed(String),
}

impl<E: std::fmt::Display> From<E> for Refusal {
    fn from(e: E) -> Self {
        Refusal::Failed(e.to_string())
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        match self {
            Refusal::LoggedOut => Redirect::to("/anmelden").into_response(),
            Refusal::NotFound => StatusCode::NOT_FOUND.into_response(),
            Refusal::Failed(e) => (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
        }
    }
}

/// The logged-in user and what every page's header shows.
struct Viewer {
    user: SessionUser,
    /// The session's row in `login_sessions` ("dieses Gerät").
    login_id: String,
    customer: Customer,
    contract_end: Option<Date>,
}

impl FromRequestParts<Shared> for Viewer {
    type Rejection = Refusal;

    /// As the portal's session layer, login guard and header do: the session
    /// record, the user together with the check that its login is not ended,
    /// the customer and a filed cancellation.
    async fn from_request_parts(parts: &mut Parts, state: &Shared) -> Result<Viewer, Refusal> {
        let id = session_id(parts).ok_or(Refusal::LoggedOut)?;
        let record = state.sessions.load(&id).await.ok_or(Refusal::LoggedOut)?;
        let text = |key: &str| record.data.get(key).and_then(|v| v.as_str());
        let number = |key: &str| record.data.get(key).and_then(|v| v.as_i64());
        let (user_id, login_id) = (text("user_id"), text("login_id"));
        let (user_id, login_id) = user_id.zip(login_id).ok_or(Refusal::LoggedOut)?;
        let limits = state.backend.sessions;
        let (now, login_at) = (
            app::backend::clock::real_now(),
            number("login_at").unwrap_or(0),
        );
        let seen_at = number("seen_at").unwrap_or(login_at);
        if now - login_at > limits.absolute_secs || now - seen_at > limits.idle_secs {
            return Err(Refusal::LoggedOut);
        }
        let db = &state.backend.db;
        let user = users::session_user_of_login(db, user_id, login_id)
            .await?
            .filter(|u| u.session_epoch == number("session_epoch").unwrap_or(0))
            .ok_or(Refusal::LoggedOut)?;
        let customer = customers::get(db, &user.customer_id)
            .await?
            .ok_or(Refusal::LoggedOut)?;
        let contract_end = cancellations::contract_end(db, &user.customer_id).await?;
        Ok(Viewer {
            user,
            login_id: login_id.to_string(),
            customer,
            contract_end,
        })
    }
}

fn session_id(parts: &Parts) -> Option<Id> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix(SESSION_COOKIE)?.strip_prefix('='))
        .and_then(|v| Id::from_str(v).ok())
}

/// A page's title and the HTML inside `<main>`.
pub struct Page {
    pub title: String,
    pub body: String,
}

/// The whole document around a page, or why there is none.
fn respond(viewer: &Viewer, page: Result<Page, Refusal>) -> Response {
    match page {
        Ok(page) => (
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            html::document(viewer, &page),
        )
            .into_response(),
        Err(refusal) => refusal.into_response(),
    }
}

async fn overview(State(s): State<Shared>, v: Viewer) -> Response {
    respond(&v, pages::overview(&s.backend, &v).await)
}

async fn mailboxes(State(s): State<Shared>, v: Viewer) -> Response {
    respond(&v, pages::mailboxes(&s.backend, &v).await)
}

async fn mailbox(State(s): State<Shared>, Path(id): Path<String>, v: Viewer) -> Response {
    respond(&v, pages::mailbox(&s.backend, &v, &id).await)
}

async fn domains(State(s): State<Shared>, v: Viewer) -> Response {
    respond(&v, pages::domains(&s.backend, &v).await)
}

async fn domain(State(s): State<Shared>, Path(id): Path<String>, v: Viewer) -> Response {
    respond(&v, pages::domain(&s.backend, &v, &id).await)
}

async fn addons(State(s): State<Shared>, v: Viewer) -> Response {
    respond(&v, pages::addons(&s.backend, &v).await)
}

async fn contract(State(s): State<Shared>, v: Viewer) -> Response {
    respond(&v, pages::contract(&s.backend, &v).await)
}

async fn cancellation(State(s): State<Shared>, v: Viewer) -> Response {
    respond(&v, pages::cancellation(&s.backend, &v).await)
}

async fn account(State(s): State<Shared>, v: Viewer) -> Response {
    respond(&v, pages::account(&s.backend, &v).await)
}
