//! Sealing personal data before it reaches Redis: XChaCha20-Poly1305 (RustCrypto), random
//! 192-bit nonces, and the record's id as associated data so a sealed blob cannot be moved
//! onto another record without failing to open.
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};

const NONCE_LEN: usize = 24;

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum SealError {
    #[error("must be 32 bytes in standard base64 (e.g. `head -c 32 /dev/urandom | base64`)")]
    BadKey,
    #[error("sealed data is damaged, or was sealed with another key or for another record")]
    CannotOpen,
}

#[derive(Clone)]
pub struct Sealer {
    cipher: XChaCha20Poly1305,
    /// A second secret derived from the key, for `keyed_digest` (never the key itself).
    digest_key: [u8; 32],
}

/// Never print the key, even in debug output.
impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sealer(..)")
    }
}

impl Sealer {
    pub fn from_base64(key: &str) -> Result<Sealer, SealError> {
        let bytes = BASE64.decode(key.trim()).map_err(|_| SealError::BadKey)?;
        let cipher = XChaCha20Poly1305::new_from_slice(&bytes).map_err(|_| SealError::BadKey)?;
        let digest_key = Sha256::new().chain_update(b"frontdoor keyed digest v1").chain_update(&bytes).finalize().into();
        Ok(Sealer { cipher, digest_key })
    }

    /// A digest of `data` that every instance with the same key computes alike but a copy of
    /// Redis cannot reverse by trying every value (e.g. every IPv4 address): hex SHA-256 of a
    /// secret derived from the key, then `data`.
    pub fn keyed_digest(&self, data: &[u8]) -> String {
        hex::encode(Sha256::new().chain_update(self.digest_key).chain_update(data).finalize())
    }

    /// Encrypts `plaintext` for the record `record_id`; returns base64(nonce ‖ ciphertext).
    pub fn seal(&self, plaintext: &[u8], record_id: &str) -> String {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let ciphertext = self
            .cipher
            .encrypt(&nonce, Payload { msg: plaintext, aad: record_id.as_bytes() })
            .expect("XChaCha20-Poly1305 encryption cannot fail for in-memory data");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ciphertext);
        BASE64.encode(out)
    }

    pub fn open(&self, sealed: &str, record_id: &str) -> Result<Vec<u8>, SealError> {
        let bytes = BASE64.decode(sealed).map_err(|_| SealError::CannotOpen)?;
        if bytes.len() < NONCE_LEN {
            return Err(SealError::CannotOpen);
        }
        let (nonce, ciphertext) = bytes.split_at(NONCE_LEN);
        self.cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ciphertext, aad: record_id.as_bytes() })
            .map_err(|_| SealError::CannotOpen)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    #[test]
    fn sealed_data_opens_only_for_its_record_and_key() {
        let sealer = Sealer::from_base64(KEY).unwrap();
        let sealed = sealer.seal(b"Sam, 07700 900123", "r1");
        assert!(!sealed.contains("Sam"));
        assert_eq!(sealer.open(&sealed, "r1").unwrap(), b"Sam, 07700 900123");
        assert_eq!(sealer.open(&sealed, "r2"), Err(SealError::CannotOpen));
        let other = Sealer::from_base64("HxwdHh8AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRo=").unwrap();
        assert_eq!(other.open(&sealed, "r1"), Err(SealError::CannotOpen));
        assert_eq!(sealer.open("not base64!", "r1"), Err(SealError::CannotOpen));
    }

    #[test]
    fn the_same_text_seals_differently_each_time() {
        let sealer = Sealer::from_base64(KEY).unwrap();
        assert_ne!(sealer.seal(b"same", "r"), sealer.seal(b"same", "r"));
    }

    #[test]
    fn keys_must_be_32_bytes_of_base64() {
        assert_eq!(Sealer::from_base64("c2hvcnQ=").unwrap_err(), SealError::BadKey);
        assert_eq!(Sealer::from_base64("***").unwrap_err(), SealError::BadKey);
        assert_eq!(format!("{:?}", Sealer::from_base64(KEY).unwrap()), "Sealer(..)");
    }
}
