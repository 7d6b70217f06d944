//! Encryption at rest for secrets the portal must be able to read back (TOTP
//! seeds): XChaCha20-Poly1305 with a key from the configuration. A stolen
//! database alone does not reveal them.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::Mac;
use rand::RngCore;
use sha2::{Digest, Sha256};

pub struct SecretBox {
    cipher: XChaCha20Poly1305,
    /// Signs links the portal hands out (quota alert mails); derived from the
    /// same configured key, but never used for encryption.
    mac_key: [u8; 32],
}

type LinkMac = hmac::Hmac<sha2::Sha256>;

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
        let mac_key = Sha256::new()
            .chain_update(b"rhoenmail link signatures\0")
            .chain_update(&key)
            .finalize()
            .into();
        Ok(Self {
            cipher: XChaCha20Poly1305::new_from_slice(&key).map_err(|_| SecretBoxError::BadKey)?,
            mac_key,
        })
    }

    /// A signature of `message` (HMAC-SHA256, hex), for links that must not be forged or altered.
    pub fn sign(&self, message: &str) -> String {
        let mut mac =
            <LinkMac as Mac>::new_from_slice(&self.mac_key).expect("any key length works");
        mac.update(message.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// Checks a signature made by [`SecretBox::sign`] in constant time.
    pub fn verify(&self, message: &str, signature_hex: &str) -> bool {
        let Ok(signature) = hex::decode(signature_hex) else {
            return false;
        };
        let mut mac =
            <LinkMac as Mac>::new_from_slice(&self.mac_key).expect("any key length works");
        mac.update(message.as_bytes());
        mac.verify_slice(&signature).is_ok()
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
    fn signatures_fail_when_altered_or_made_with_another_key() {
        let sb = SecretBox::from_hex_key(&SecretBox::generate_hex_key()).unwrap();
        let sig = sb.sign("alert-1.1790000000");
        assert!(sb.verify("alert-1.1790000000", &sig));
        assert!(!sb.verify("alert-1.1790000001", &sig));
        assert!(!sb.verify("alert-1.1790000000", &sig[..sig.len() - 2]));
        assert!(!sb.verify("alert-1.1790000000", "nicht-hex"));
        let other = SecretBox::from_hex_key(&SecretBox::generate_hex_key()).unwrap();
        assert!(!other.verify("alert-1.1790000000", &sig));
    }

    #[test]
    fn refuses_bad_keys() {
        assert!(SecretBox::from_hex_key("abcd").is_err());
        assert!(SecretBox::from_hex_key(&"zz".repeat(32)).is_err());
    }
}
