//! Session storage in the portal's own database (SQLite or PostgreSQL), so
//! several portal instances on one PostgreSQL share their sessions.

use app::backend::db::Engine;
use async_trait::async_trait;
use std::time::Duration;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

/// One of the sqlx session stores, chosen by the database URL.
#[derive(Debug, Clone)]
pub enum PortalSessionStore {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl PortalSessionStore {
    /// Connects a pool of its own and creates the session table. Every
    /// request reads its session, so the pool is as large as the portal's
    /// own (`connections`): a smaller one made requests queue for it.
    pub async fn connect(engine: Engine, url: &str, connections: u32) -> Result<Self, sqlx::Error> {
        let store = match engine {
            Engine::Sqlite => {
                let url = if url.contains("mode=") {
                    url.to_string()
                } else {
                    format!("{url}?mode=rwc")
                };
                let pool = sqlx::sqlite::SqlitePoolOptions::new()
                    .max_connections(connections.max(1))
                    .connect(&url)
                    .await?;
                let store = SqliteStore::new(pool);
                store.migrate().await?;
                PortalSessionStore::Sqlite(store)
            }
            Engine::Postgres => {
                let pool = sqlx::postgres::PgPoolOptions::new()
                    .max_connections(connections.max(1))
                    .connect(url)
                    .await?;
                let store = PostgresStore::new(pool);
                store.migrate().await?;
                PortalSessionStore::Postgres(store)
            }
        };
        Ok(store)
    }

    /// Removes expired sessions every few minutes, for as long as the portal runs.
    pub fn spawn_cleanup(&self) {
        let store = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(300));
            loop {
                tick.tick().await;
                if let Err(e) = store.delete_expired().await {
                    tracing::warn!(error = %e, "deleting expired sessions failed");
                }
            }
        });
    }
}

#[async_trait]
impl SessionStore for PortalSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            PortalSessionStore::Sqlite(s) => s.create(record).await,
            PortalSessionStore::Postgres(s) => s.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            PortalSessionStore::Sqlite(s) => s.save(record).await,
            PortalSessionStore::Postgres(s) => s.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            PortalSessionStore::Sqlite(s) => s.load(id).await,
            PortalSessionStore::Postgres(s) => s.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            PortalSessionStore::Sqlite(s) => s.delete(id).await,
            PortalSessionStore::Postgres(s) => s.delete(id).await,
        }
    }
}

#[async_trait]
impl ExpiredDeletion for PortalSessionStore {
    async fn delete_expired(&self) -> session_store::Result<()> {
        match self {
            PortalSessionStore::Sqlite(s) => s.delete_expired().await,
            PortalSessionStore::Postgres(s) => s.delete_expired().await,
        }
    }
}
