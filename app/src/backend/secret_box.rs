//! Encryption at rest for secrets the portal must be able to read back (TOTP
//! seeds): XChaCha20-Poly1305 with a key from the configuration. A stolen
//! database alone does not reveal them.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;

pub struct SecretBox {
    cipher: XChaCha20Poly1305,
}

#[derive(Debug, thiserror::Error)]
pub enum SecretBoxError {
    #[error("the secret key must be 64 hexadecimal characters (32 bytes)")]
    BadKey,
    #[error("a stored secret cannot be decrypted (wrong key or damaged data)")]
    Undecryptable,
}

impl SecretBox {
    pub fn from_hex_key(hex_key: &str) -> Result<Self, SecretBoxError> {
        let key = hex::decode(hex_key.trim()).map_err(|_| SecretBoxError::BadKey)?;
        if key.len() != 32 {
            return Err(SecretBoxError::BadKey);
        }
        Ok(Self {
            cipher: XChaCha20Poly1305::new_from_slice(&key).map_err(|_| SecretBoxError::BadKey)?,
        })
    }

    /// A new random key, hex encoded.
    pub fn generate_hex_key() -> String {
        let mut key = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut key);
        hex::encode(key)
    }

    /// Encrypts `plain` under a fresh nonce; returns hex(nonce ‖ ciphertext).
    pub fn seal(&self, plain: &[u8]) -> String {
        let mut nonce = [0u8; 24];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let sealed = self
            .cipher
            .encrypt(XNonce::from_slice(&nonce), plain)
            .expect("encryption cannot fail");
        let mut out = nonce.to_vec();
        out.extend(sealed);
        hex::encode(out)
    }

    pub fn open(&self, sealed_hex: &str) -> Result<Vec<u8>, SecretBoxError> {
        let bytes = hex::decode(sealed_hex).map_err(|_| SecretBoxError::Undecryptable)?;
        if bytes.len() < 24 {
            return Err(SecretBoxError::Undecryptable);
        }
        let (nonce, sealed) = bytes.split_at(24);
        self.cipher
            .decrypt(XNonce::from_slice(nonce), sealed)
            .map_err(|_| SecretBoxError::Undecryptable)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_tamper_detection() {
        let sb = SecretBox::from_hex_key(&SecretBox::generate_hex_key()).unwrap();
        let sealed = sb.seal(b"JBSWY3DPEHPK3PXP");
        assert!(!sealed.contains("JBSWY3DP"));
        assert_eq!(sb.open(&sealed).unwrap(), b"JBSWY3DPEHPK3PXP");
        assert_ne!(sb.seal(b"x"), sb.seal(b"x"), "fresh nonce each time");
        let mut tampered = sealed.clone();
        tampered.replace_range(60..62, if &sealed[60..62] == "00" { "01" } else { "00" });
        assert!(sb.open(&tampered).is_err());
        let other = SecretBox::from_hex_key(&SecretBox::generate_hex_key()).unwrap();
        assert!(other.open(&sealed).is_err());
    }

    #[test]
    fn refuses_bad_keys() {
        assert!(SecretBox::from_hex_key("abcd").is_err());
        assert!(SecretBox::from_hex_key(&"zz".repeat(32)).is_err());
    }
}
