//! The connection pool and migrations for SQLite and PostgreSQL.
//!
//! One set of queries serves both engines through sqlx's `Any` driver: queries
//! use `$n` placeholders (understood by both) and only portable types.

use sqlx::any::{install_default_drivers, AnyPoolOptions};
use sqlx::AnyPool;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

#[derive(Clone)]
pub struct Db {
    pub pool: AnyPool,
    pub engine: Engine,
    /// Every timestamp written and every date rule read comes from here.
    pub clock: std::sync::Arc<super::clock::Clock>,
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("unsupported database URL (expected sqlite:… or postgres://…)")]
    UnsupportedUrl,
    #[error("cannot create the database directory {path}: {source}")]
    Directory {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot connect to the database: {0}")]
    Connect(sqlx::Error),
    #[error("cannot apply migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error(transparent)]
    Query(#[from] sqlx::Error),
}

pub fn engine_of(url: &str) -> Result<Engine, DbError> {
    if url.starts_with("sqlite:") {
        Ok(Engine::Sqlite)
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Engine::Postgres)
    } else {
        Err(DbError::UnsupportedUrl)
    }
}

/// The file path of a `sqlite:` URL (without query), to create its directory.
fn sqlite_file(url: &str) -> &str {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    rest.split('?').next().unwrap_or(rest)
}

impl Db {
    /// The current time as Unix seconds.
    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    /// Connects and applies pending migrations. SQLite files and their
    /// directory are created on first start.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db, DbError> {
        install_default_drivers();
        let engine = engine_of(url)?;
        let mut url = url.to_string();
        if engine == Engine::Sqlite {
            let file = sqlite_file(&url);
            if let Some(dir) = std::path::Path::new(file)
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
            {
                std::fs::create_dir_all(dir).map_err(|source| DbError::Directory {
                    path: dir.display().to_string(),
                    source,
                })?;
            }
            if !url.contains("mode=") {
                url.push_str(if url.contains('?') {
                    "&mode=rwc"
                } else {
                    "?mode=rwc"
                });
            }
        }
        // No ping before every hand-out: it cost about a fifth of the
        // server's CPU on PostgreSQL (a round trip per query). A connection
        // that broke (database restarted) fails its next query once and is
        // then dropped by the pool; idle ones are closed after 10 minutes.
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .test_before_acquire(false)
            .idle_timeout(Duration::from_secs(600))
            .acquire_timeout(Duration::from_secs(5))
            .connect(&url)
            .await
            .map_err(DbError::Connect)?;
        if engine == Engine::Sqlite {
            // Readers do not block the writer; persists in the file.
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&pool)
                .await?;
        }
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Db {
            pool,
            engine,
            clock: Default::default(),
        })
    }

    /// Begins a transaction that will write. On SQLite it takes the write
    /// lock at once (`BEGIN IMMEDIATE`): a deferred transaction that reads
    /// first would fail with "database is locked" when another transaction
    /// wrote in between, instead of waiting its turn.
    pub async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.engine {
            Engine::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Engine::Postgres => self.pool.begin().await,
        }
    }

    /// Whether the database answers (for `/readyz`).
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }
}

/// True if the error is a violation of the named unique/check constraint.
/// Matched by constraint name (PostgreSQL) or by the constrained column list
/// SQLite reports, never by free message text.
pub fn violates(err: &sqlx::Error, constraint: &str, sqlite_columns: &str) -> bool {
    match err {
        sqlx::Error::Database(db) => {
            db.constraint() == Some(constraint)
                || (db.is_unique_violation() && db.message().ends_with(sqlite_columns))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_engines() {
        assert_eq!(
            engine_of("sqlite://data/portal.db").unwrap(),
            Engine::Sqlite
        );
        assert_eq!(
            engine_of("postgres://127.0.0.1/portal").unwrap(),
            Engine::Postgres
        );
        assert!(engine_of("mysql://x").is_err());
    }

    #[test]
    fn finds_the_sqlite_file() {
        assert_eq!(
            sqlite_file("sqlite://data/portal.db?mode=rwc"),
            "data/portal.db"
        );
        assert_eq!(sqlite_file("sqlite:data/x.db"), "data/x.db");
    }
}
