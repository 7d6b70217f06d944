//! The portal process: reads the configuration, connects the database, then
//! serves HTTP or runs one operator command. Every failure ends with a clear
//! message and a non-zero exit code, never a panic trace.

mod app_state;
mod cli;
mod client_ip;
mod config;
mod http_server;
mod operator;
mod operator_api;
mod security;
mod sessions;
mod static_files;
#[cfg(feature = "test-clock")]
mod test_clock;
mod web;

use app::backend::dns_checks::{self, DnsChecker};
use app::backend::dns_lookup::DnsClient;
use app::backend::{
    db::Db, mail_sender, outbox::Mailer, passwords::PasswordHasher, secret_box::SecretBox,
    usage_import, Backend, ServiceSettings,
};
use clap::Parser;
use cli::{Cli, Command};
use config::Config;
use std::process::ExitCode;
use std::sync::Arc;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(cli.config.as_deref(), |k| std::env::var(k).ok()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("Fehler in der Konfiguration: {e}");
            return ExitCode::from(2);
        }
    };
    init_logging(config.log_json);
    match run(cli.command.unwrap_or(Command::Serve), config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Fehler: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(json: bool) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_sessions=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn run(command: Command, config: Config) -> anyhow::Result<()> {
    let db = Db::connect(config.database_url.expose(), config.max_connections).await?;
    let secrets = SecretBox::from_hex_key(&config.load_secret_key()?)?;
    let backend = Backend {
        db,
        passwords: Arc::new(PasswordHasher::new(config.hash_concurrency)),
        secrets: Arc::new(secrets),
        public_url: config.public_url.clone(),
        mail: Arc::new(Mailer::new(&config.public_url)),
        service: Arc::new(ServiceSettings {
            access: config.access.clone(),
            support_address: config.addons.support_address.clone(),
            prices: config.addons.prices.clone(),
            contract_address: config.contract.address.clone(),
        }),
        dns: Arc::new(DnsChecker {
            client: DnsClient::new(config.dns.lookup_settings()),
            settings: config.dns.records.clone(),
        }),
        sessions: config.session.limits(),
        passkeys: app::backend::passkeys::relying_party(&config.public_url).map(Arc::new),
    };
    match command {
        Command::Serve => serve(backend, &config).await,
        Command::CreateCustomer { number, name } => {
            operator::create_customer(&backend, &number, &name).await
        }
        Command::CreateUser {
            customer,
            email,
            name,
            role,
        } => operator::create_user(&backend, &customer, &email, &name, &role).await,
        Command::SeedDemo => operator::seed_demo(&backend).await,
        Command::ImportStats { file } => operator::import_stats(&backend, &file).await,
        Command::AlertRecipients { customer, to } => {
            operator::alert_recipients(&backend, &customer, &to).await
        }
        Command::AddDomain {
            customer,
            domain,
            fully_routed,
        } => operator::add_domain(&backend, &customer, &domain, fully_routed).await,
        Command::CheckDomains => operator::check_domains(&backend).await,
        Command::RequestStatus {
            number,
            status,
            reason,
        } => operator::request_status(&backend, &number, &status, reason.as_deref()).await,
        Command::Outbox { retry } => operator::outbox(&backend, retry.as_deref()).await,
        Command::SetContract {
            customer,
            signed_on,
            provided_on,
            minimum_term_months,
        } => {
            operator::set_contract(
                &backend,
                &customer,
                &signed_on,
                &provided_on,
                minimum_term_months,
            )
            .await
        }
        Command::ConfirmCancellation {
            customer_number,
            target,
            note,
        } => {
            operator::confirm_cancellation(&backend, &customer_number, &target, note.as_deref())
                .await
        }
    }
}

async fn serve(backend: Backend, config: &Config) -> anyhow::Result<()> {
    let mut leptos_options = leptos::config::get_configuration(None)
        .map_err(|e| anyhow::anyhow!("Leptos configuration: {e}"))?
        .leptos_options;
    static_files::detect_fingerprints(&mut leptos_options);
    let assets = static_files::asset_names(&leptos_options);
    let addr = leptos_options.site_addr;
    let pkg_dir = static_files::pkg_dir(&leptos_options);
    // In the background: the server answers meanwhile, uncompressed.
    tokio::task::spawn_blocking(move || match static_files::precompress(&pkg_dir) {
        Ok(count) => tracing::info!(count, dir = %pkg_dir.display(), "static files compressed"),
        Err(e) => {
            tracing::warn!(error = %e, dir = %pkg_dir.display(), "static files stay uncompressed")
        }
    });
    let sessions = sessions::PortalSessionStore::connect(
        backend.db.engine,
        config.database_url.expose(),
        config.max_connections,
    )
    .await
    .map_err(|e| anyhow::anyhow!("cannot set up the session store: {e}"))?;
    sessions.spawn_cleanup();
    mail_sender::spawn(
        backend.db.clone(),
        config.sender_settings(),
        backend.mail.wake.clone(),
    );
    // Daily quota reminders are due at any time of day: a quarter-hourly sweep.
    usage_import::spawn_reminders(backend.clone(), std::time::Duration::from_secs(15 * 60));
    dns_checks::spawn_rechecks(
        backend.clone(),
        std::time::Duration::from_secs(config.dns.recheck_interval_secs.max(1)),
    );
    if config.seed_demo {
        operator::seed_demo(&backend).await?;
    }
    let operator_token = config
        .operator_token
        .as_ref()
        .map(|t| t.expose().to_string());
    let state = app_state::AppState {
        leptos_options,
        backend,
        assets,
    };
    #[allow(unused_mut)]
    let mut extra_routes = axum::Router::new();
    // Only test builds have a test clock (`Config::load` refuses the setting otherwise).
    #[cfg(feature = "test-clock")]
    if config.test_clock {
        extra_routes = extra_routes.merge(test_clock::router(operator_token.clone()));
    }
    let app = web::router(
        state,
        sessions,
        web::RouterSettings {
            secure_cookies: config.secure_cookies(),
            operator_token,
            extra_routes,
            body_timeout: std::time::Duration::from_secs(config.http.body_timeout_secs.max(1)),
            trusted_proxies: config.http.trusted_proxies.clone(),
        },
    );
    let limits = http_server::Limits {
        header_timeout: std::time::Duration::from_secs(config.http.header_timeout_secs.max(1)),
        max_connections: http_server::connection_cap(config.http.max_connections.max(1)),
    };
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}"))?;
    tracing::info!(%addr, max_connections = limits.max_connections, "portal listening");
    println!("Kundenportal läuft auf http://{addr}");
    http_server::serve(listener, app, limits, shutdown_signal()).await;
    tracing::info!("portal stopped");
    Ok(())
}

/// Resolves on SIGTERM or Ctrl-C; axum then stops accepting and lets
/// in-flight requests finish.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutdown requested, draining requests");
}
