//! Passkeys (WebAuthn) as a second factor beside the authenticator app.
//!
//! The ceremonies themselves are webauthn-rs's: it makes the challenges and
//! checks origin, signature, user verification and counter. This module
//! stores the credentials and names the relying party. The app's code
//! stays mandatory, so a passkey is never the last factor and can always be
//! removed.

use super::db::Db;
use super::{new_id, Backend};
use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, Row};
use webauthn_rs::prelude::{
    AuthenticationResult, CredentialID, Passkey, Url, Uuid, Webauthn, WebauthnBuilder,
};

/// Passkeys per user: enough for every device a person owns.
pub const MAX_PER_USER: i64 = 10;

/// The relying party for the portal's public address. WebAuthn binds a
/// passkey to a domain name, so an address given as an IP has none
/// (browsers refuse), and passkeys are then not offered.
pub fn relying_party(public_url: &str) -> Option<Webauthn> {
    let origin = Url::parse(public_url).ok()?;
    let rp_id = origin.domain()?.to_string();
    WebauthnBuilder::new(&rp_id, &origin)
        .ok()?
        .rp_name("rhönmail Kundenportal")
        .build()
        .map_err(|e| tracing::warn!(error = %e, "passkeys unavailable for this public address"))
        .ok()
}

/// The WebAuthn user handle: stable per user and revealing nothing (user
/// ids are not necessarily UUIDs, so it is derived from one).
pub fn user_handle(user_id: &str) -> Uuid {
    let digest = Sha256::digest(user_id.as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    Uuid::from_bytes(bytes)
}

/// A passkey as the account page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasskeyEntry {
    pub id: String,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// The user's passkeys, oldest first.
pub async fn list(db: &Db, user_id: &str) -> Result<Vec<PasskeyEntry>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, name, created_at, last_used_at FROM passkeys WHERE user_id = $1 ORDER BY created_at, id",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| PasskeyEntry {
            id: r.get("id"),
            name: r.get("name"),
            created_at: r.get("created_at"),
            last_used_at: r.get("last_used_at"),
        })
        .collect())
}

/// How many passkeys the user has.
pub async fn count(conn: &mut AnyConnection, user_id: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM passkeys WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(&mut *conn)
        .await
}

/// The user's credentials, for a login or to exclude on registration.
pub async fn credentials(db: &Db, user_id: &str) -> Result<Vec<Passkey>, sqlx::Error> {
    let rows = sqlx::query("SELECT credential FROM passkeys WHERE user_id = $1")
        .bind(user_id)
        .fetch_all(&db.pool)
        .await?;
    Ok(rows
        .iter()
        .filter_map(|r| serde_json::from_str(&r.get::<String, _>(0)).ok())
        .collect())
}

/// Why a passkey was not stored.
#[derive(Debug, thiserror::Error)]
pub enum AddError {
    #[error("the user has the most passkeys allowed")]
    TooMany,
    #[error("this passkey is registered already")]
    Duplicate,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// Stores a newly registered passkey under `name`.
pub async fn add(
    backend: &Backend,
    user_id: &str,
    name: &str,
    passkey: &Passkey,
    at: i64,
) -> Result<(), AddError> {
    let mut tx = backend.db.begin_write().await?;
    if count(&mut tx, user_id).await? >= MAX_PER_USER {
        return Err(AddError::TooMany);
    }
    let credential = serde_json::to_string(passkey).map_err(|e| sqlx::Error::Encode(e.into()))?;
    let inserted = sqlx::query(
        "INSERT INTO passkeys (id, user_id, credential_id, name, credential, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(new_id())
    .bind(user_id)
    .bind(credential_key(passkey.cred_id()))
    .bind(name)
    .bind(credential)
    .bind(at)
    .execute(&mut *tx)
    .await;
    match inserted {
        Err(e)
            if super::db::violates(&e, "passkeys_credential_id_key", "passkeys.credential_id") =>
        {
            return Err(AddError::Duplicate)
        }
        other => other?,
    };
    tx.commit().await?;
    Ok(())
}

/// Records a login with the passkey: when, and its new signature counter.
pub async fn mark_used(
    db: &Db,
    user_id: &str,
    result: &AuthenticationResult,
    at: i64,
) -> Result<(), sqlx::Error> {
    let key = credential_key(result.cred_id());
    let mut tx = db.begin_write().await?;
    let stored: Option<String> = sqlx::query_scalar(
        "SELECT credential FROM passkeys WHERE user_id = $1 AND credential_id = $2",
    )
    .bind(user_id)
    .bind(&key)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(mut passkey) = stored.and_then(|s| serde_json::from_str::<Passkey>(&s).ok()) else {
        return Ok(());
    };
    passkey.update_credential(result);
    let credential = serde_json::to_string(&passkey).map_err(|e| sqlx::Error::Encode(e.into()))?;
    sqlx::query(
        "UPDATE passkeys SET credential = $1, last_used_at = $2 WHERE user_id = $3 AND credential_id = $4",
    )
    .bind(credential)
    .bind(at)
    .bind(user_id)
    .bind(&key)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Removes one of the user's passkeys; returns its name, or `None` when the
/// user has no passkey with this id.
pub async fn remove(db: &Db, user_id: &str, id: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("DELETE FROM passkeys WHERE id = $1 AND user_id = $2 RETURNING name")
        .bind(id)
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await
}

fn credential_key(id: &CredentialID) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(id.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passkeys_need_a_domain_name() {
        assert!(relying_party("https://portal.rhoencloud.de").is_some());
        assert!(relying_party("http://localhost:3010").is_some());
        assert!(relying_party("http://127.0.0.1:3000").is_none());
        assert!(relying_party("http://[::1]:3000").is_none());
        assert!(relying_party("kein url").is_none());
    }

    #[test]
    fn the_user_handle_is_stable_and_distinct() {
        assert_eq!(user_handle("u-1"), user_handle("u-1"));
        assert_ne!(user_handle("u-1"), user_handle("u-2"));
    }
}
