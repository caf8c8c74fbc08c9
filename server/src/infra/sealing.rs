//! Sealing personal data before it reaches Redis: XChaCha20-Poly1305 (RustCrypto) with
//! random 192-bit nonces. Every blob names the key that sealed it, and its associated data
//! binds it to where it belongs (the record, which field, and for a chat entry its sender
//! and sequence), so a blob moved to another record, field or entry fails to open.
//!
//! Several data keys may be configured (`DATA_KEYS`): the first seals, all of them open, so
//! a key can be rotated while the service runs (`frontdoor rekey` re-seals the rest).
//! Blobs from before key ids existed (plain base64, bound to the record id only) still
//! open; `rekey` rewrites them in the current form.
use std::sync::Arc;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};

use super::blind_index;

const NONCE_LEN: usize = 24;
/// Starts every blob of the current form: `v2.{key id}.{base64(nonce ‖ ciphertext)}`. The
/// dots cannot occur in base64, so an older blob (plain base64) is never mistaken for one.
const FORM: &str = "v2";

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum SealError {
    #[error("must be 32 bytes in standard base64 (e.g. `head -c 32 /dev/urandom | base64`)")]
    BadKey,
    #[error("the same key is listed twice")]
    DuplicateKey,
    #[error("no key is given")]
    NoKey,
    #[error("sealed data is damaged, or was sealed with an unknown key or for another place")]
    CannotOpen,
}

/// Which kind of field a sealed blob is; part of what it is bound to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum SealedField {
    /// A referral's personal data (the form's answers).
    ReferralPersonal,
    /// An adviser's note on a referral.
    ReferralNote,
    /// A logged attempt to contact the person.
    ContactAttempt,
    /// A chat message's text.
    ChatText,
    /// A submission held by the honeypot quarantine.
    QuarantinedSubmission,
    /// A staff account's TOTP secret.
    TotpSecret,
    /// A visitor's "Did this help?" comment, bound to the answer's own random id.
    FeedbackComment,
}

/// Where a sealed blob belongs. Opening with any other binding fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding<'a> {
    field: SealedField,
    record: &'a str,
    /// A chat entry's sender and sequence number.
    entry: Option<(&'a str, u64)>,
}

impl<'a> Binding<'a> {
    pub fn new(field: SealedField, record: &'a str) -> Binding<'a> {
        Binding { field, record, entry: None }
    }

    /// A chat message: its chat, who sent it and its place in the conversation.
    pub fn chat_entry(chat: &'a str, sender: &'a str, seq: u64) -> Binding<'a> {
        Binding { field: SealedField::ChatText, record: chat, entry: Some((sender, seq)) }
    }

    /// Length-prefixed parts, so no two bindings encode alike.
    fn associated_data(&self, key_id: &str) -> Vec<u8> {
        let seq = self.entry.map(|(_, seq)| seq.to_string()).unwrap_or_default();
        let parts: [&[u8]; 6] = [
            FORM.as_bytes(),
            key_id.as_bytes(),
            <&str>::from(self.field).as_bytes(),
            self.record.as_bytes(),
            self.entry.map_or(&b""[..], |(sender, _)| sender.as_bytes()),
            seq.as_bytes(),
        ];
        let mut out = Vec::new();
        for part in parts {
            out.extend_from_slice(&(part.len() as u32).to_be_bytes());
            out.extend_from_slice(part);
        }
        out
    }
}

struct DataKey {
    /// A short public name of the key (a digest of it, never the key).
    id: String,
    cipher: XChaCha20Poly1305,
}

#[derive(Clone)]
pub struct Sealer {
    /// The first seals; every one opens.
    keys: Arc<[DataKey]>,
    /// A second secret derived from the sealing key, for `keyed_digest` (never the key itself).
    digest_key: [u8; 32],
    /// The blind index key of each data key, in the same order (`blind_index`).
    index_keys: Arc<[[u8; 32]]>,
}

/// Never print a key, even in debug output.
impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Sealer(keys: {:?})", self.key_ids())
    }
}

impl Sealer {
    /// One key, as `DATA_KEY` gives it.
    pub fn from_base64(key: &str) -> Result<Sealer, SealError> {
        Sealer::from_keys([key])
    }

    /// Several keys, as `DATA_KEYS` gives them: the first seals, all open.
    pub fn from_keys<'k>(keys: impl IntoIterator<Item = &'k str>) -> Result<Sealer, SealError> {
        let mut data_keys: Vec<DataKey> = Vec::new();
        let mut digest_key = None;
        let mut index_keys = Vec::new();
        for key in keys {
            let bytes = BASE64.decode(key.trim()).map_err(|_| SealError::BadKey)?;
            let cipher = XChaCha20Poly1305::new_from_slice(&bytes).map_err(|_| SealError::BadKey)?;
            let id = hex::encode(&Sha256::new().chain_update(b"frontdoor data key id").chain_update(&bytes).finalize()[..4]);
            if data_keys.iter().any(|k| k.id == id) {
                return Err(SealError::DuplicateKey);
            }
            digest_key.get_or_insert_with(|| {
                Sha256::new().chain_update(b"frontdoor keyed digest v1").chain_update(&bytes).finalize().into()
            });
            data_keys.push(DataKey { id, cipher });
            index_keys.push(blind_index::index_key(&bytes));
        }
        Ok(Sealer { digest_key: digest_key.ok_or(SealError::NoKey)?, keys: data_keys.into(), index_keys: index_keys.into() })
    }

    /// The ids of the configured keys, the sealing one first.
    pub fn key_ids(&self) -> Vec<&str> {
        self.keys.iter().map(|k| k.id.as_str()).collect()
    }

    /// A digest of `data` that every instance with the same key computes alike but a copy of
    /// Redis cannot reverse by trying every value (e.g. every IPv4 address): hex SHA-256 of a
    /// secret derived from the sealing key, then `data`. Only short-lived counters use it,
    /// so a new sealing key merely restarts them.
    pub fn keyed_digest(&self, data: &[u8]) -> String {
        hex::encode(Sha256::new().chain_update(self.digest_key).chain_update(data).finalize())
    }

    /// The blind index digest of an index term (`domain::contact`) under the sealing key's
    /// index key: what a new referral is indexed by.
    pub fn blind_index(&self, term: &str) -> String {
        blind_index::digest(&self.index_keys[0], term)
    }

    /// The digests of a term under every configured key's index key, sealing key first:
    /// what a lookup tries, so referrals indexed before a key rotation are still found.
    pub fn blind_index_all(&self, term: &str) -> Vec<String> {
        self.index_keys.iter().map(|key| blind_index::digest(key, term)).collect()
    }

    /// Encrypts `plaintext` for the place `binding` names, with the sealing key.
    pub fn seal(&self, plaintext: &[u8], binding: &Binding) -> String {
        let key = &self.keys[0];
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let aad = binding.associated_data(&key.id);
        let ciphertext = key
            .cipher
            .encrypt(&nonce, Payload { msg: plaintext, aad: &aad })
            .expect("XChaCha20-Poly1305 encryption cannot fail for in-memory data");
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ciphertext);
        format!("{FORM}.{}.{}", key.id, BASE64.encode(out))
    }

    pub fn open(&self, sealed: &str, binding: &Binding) -> Result<Vec<u8>, SealError> {
        match sealed.split_once('.') {
            Some((FORM, rest)) => {
                let (key_id, body) = rest.split_once('.').ok_or(SealError::CannotOpen)?;
                let key = self.keys.iter().find(|k| k.id == key_id).ok_or(SealError::CannotOpen)?;
                decrypt(&key.cipher, body, &binding.associated_data(key_id))
            }
            Some(_) => Err(SealError::CannotOpen),
            // The first form: no key id, bound to the record id alone.
            None => self
                .keys
                .iter()
                .find_map(|key| decrypt(&key.cipher, sealed, binding.record.as_bytes()).ok())
                .ok_or(SealError::CannotOpen),
        }
    }

    /// Whether `sealed` is in the current form under the sealing key (nothing to re-seal).
    pub fn is_current(&self, sealed: &str) -> bool {
        sealed.strip_prefix(FORM).and_then(|rest| rest.strip_prefix('.')).is_some_and(|rest| {
            rest.split_once('.').is_some_and(|(key_id, _)| key_id == self.keys[0].id)
        })
    }

    /// The blob sealed anew with the sealing key, or `None` when it is already current.
    pub fn reseal(&self, sealed: &str, binding: &Binding) -> Result<Option<String>, SealError> {
        if self.is_current(sealed) {
            return Ok(None);
        }
        Ok(Some(self.seal(&self.open(sealed, binding)?, binding)))
    }
}

fn decrypt(cipher: &XChaCha20Poly1305, body: &str, aad: &[u8]) -> Result<Vec<u8>, SealError> {
    let bytes = BASE64.decode(body).map_err(|_| SealError::CannotOpen)?;
    if bytes.len() < NONCE_LEN {
        return Err(SealError::CannotOpen);
    }
    let (nonce, ciphertext) = bytes.split_at(NONCE_LEN);
    cipher.decrypt(XNonce::from_slice(nonce), Payload { msg: ciphertext, aad }).map_err(|_| SealError::CannotOpen)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    const OTHER: &str = "HxwdHh8AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRo=";

    fn personal(record: &str) -> Binding<'_> {
        Binding::new(SealedField::ReferralPersonal, record)
    }

    #[test]
    fn sealed_data_opens_only_for_its_record_and_key() {
        let sealer = Sealer::from_base64(KEY).unwrap();
        let sealed = sealer.seal(b"Sam, 07700 900123", &personal("r1"));
        assert!(!sealed.contains("Sam"));
        assert_eq!(sealer.open(&sealed, &personal("r1")).unwrap(), b"Sam, 07700 900123");
        assert_eq!(sealer.open(&sealed, &personal("r2")), Err(SealError::CannotOpen));
        let other = Sealer::from_base64(OTHER).unwrap();
        assert_eq!(other.open(&sealed, &personal("r1")), Err(SealError::CannotOpen));
        assert_eq!(sealer.open("not base64!", &personal("r1")), Err(SealError::CannotOpen));
        assert_eq!(sealer.open("v3.abc.AAAA", &personal("r1")), Err(SealError::CannotOpen));
    }

    #[test]
    fn a_blob_opens_only_as_the_field_it_was_sealed_for() {
        let sealer = Sealer::from_base64(KEY).unwrap();
        let note = sealer.seal(b"called, no answer", &Binding::new(SealedField::ReferralNote, "r1"));
        assert_eq!(sealer.open(&note, &personal("r1")), Err(SealError::CannotOpen));
        assert!(sealer.open(&note, &Binding::new(SealedField::ReferralNote, "r1")).is_ok());
    }

    #[test]
    fn a_chat_entry_opens_only_with_its_sender_and_sequence() {
        let sealer = Sealer::from_base64(KEY).unwrap();
        let sealed = sealer.seal(b"help", &Binding::chat_entry("c1", "visitor", 3));
        assert!(sealer.open(&sealed, &Binding::chat_entry("c1", "visitor", 3)).is_ok());
        assert_eq!(sealer.open(&sealed, &Binding::chat_entry("c1", "alex", 3)), Err(SealError::CannotOpen));
        assert_eq!(sealer.open(&sealed, &Binding::chat_entry("c1", "visitor", 4)), Err(SealError::CannotOpen));
        assert_eq!(sealer.open(&sealed, &Binding::chat_entry("c2", "visitor", 3)), Err(SealError::CannotOpen));
        // Bindings are length-prefixed: moving characters between parts changes them.
        assert_ne!(
            Binding::chat_entry("c1", "visitor1", 2).associated_data("k"),
            Binding::chat_entry("c1", "visitor", 12).associated_data("k")
        );
    }

    #[test]
    fn the_first_key_seals_and_every_key_opens() {
        let old = Sealer::from_base64(KEY).unwrap();
        let rotated = Sealer::from_keys([OTHER, KEY]).unwrap();
        let from_old = old.seal(b"before", &personal("r"));
        assert_eq!(rotated.open(&from_old, &personal("r")).unwrap(), b"before");
        let from_new = rotated.seal(b"after", &personal("r"));
        assert!(from_new.starts_with(&format!("v2.{}.", rotated.key_ids()[0])));
        assert_eq!(old.open(&from_new, &personal("r")), Err(SealError::CannotOpen));
        assert!(!rotated.is_current(&from_old) && rotated.is_current(&from_new));
        let resealed = rotated.reseal(&from_old, &personal("r")).unwrap().unwrap();
        let only_new = Sealer::from_base64(OTHER).unwrap();
        assert_eq!(only_new.open(&resealed, &personal("r")).unwrap(), b"before");
        assert_eq!(rotated.reseal(&resealed, &personal("r")).unwrap(), None);
    }

    #[test]
    fn blobs_from_before_key_ids_still_open_and_are_resealed() {
        let sealer = Sealer::from_keys([OTHER, KEY]).unwrap();
        // The first form: base64(nonce ‖ ciphertext) under KEY, bound to the record id.
        let cipher = XChaCha20Poly1305::new_from_slice(&BASE64.decode(KEY).unwrap()).unwrap();
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let mut legacy = nonce.to_vec();
        legacy.extend(cipher.encrypt(&nonce, Payload { msg: b"old", aad: b"r9" }).unwrap());
        let legacy = BASE64.encode(legacy);
        assert_eq!(sealer.open(&legacy, &personal("r9")).unwrap(), b"old");
        assert_eq!(sealer.open(&legacy, &personal("r8")), Err(SealError::CannotOpen));
        assert!(!sealer.is_current(&legacy));
        let resealed = sealer.reseal(&legacy, &personal("r9")).unwrap().unwrap();
        assert!(sealer.is_current(&resealed));
    }

    #[test]
    fn the_same_text_seals_differently_each_time() {
        let sealer = Sealer::from_base64(KEY).unwrap();
        assert_ne!(sealer.seal(b"same", &personal("r")), sealer.seal(b"same", &personal("r")));
    }

    #[test]
    fn keys_must_be_32_bytes_of_base64_and_listed_once() {
        assert_eq!(Sealer::from_base64("c2hvcnQ=").unwrap_err(), SealError::BadKey);
        assert_eq!(Sealer::from_base64("***").unwrap_err(), SealError::BadKey);
        assert_eq!(Sealer::from_keys([KEY, OTHER, KEY]).unwrap_err(), SealError::DuplicateKey);
        assert_eq!(Sealer::from_keys(std::iter::empty()).unwrap_err(), SealError::NoKey);
        let debug = format!("{:?}", Sealer::from_keys([KEY, OTHER]).unwrap());
        assert!(!debug.contains(KEY) && !debug.contains(OTHER), "{debug}");
    }
}
