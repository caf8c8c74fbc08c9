//! The blind index of contact details: a keyed digest (HMAC-SHA256) of a normalised phone
//! number or email address (`domain::contact`), so a referral can be found again by them
//! while Redis holds no readable contact detail. A copy of Redis cannot try every phone
//! number against it without the key.
//!
//! Each data key has its own index key, derived from it by HKDF-SHA256 (never the data key
//! itself): new referrals are indexed under the sealing key's, and lookups try every
//! configured key's, so a referral stays findable while `DATA_KEYS` rotates; `frontdoor
//! rekey` then re-indexes every referral under the new key before the old one is removed.
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The index key belonging to one data key.
pub fn index_key(data_key: &[u8]) -> [u8; 32] {
    let mut key = [0u8; 32];
    Hkdf::<Sha256>::new(Some(b"frontdoor blind index v1"), data_key)
        .expand(b"contact details", &mut key)
        .expect("32 bytes is a valid HKDF-SHA256 output length");
    key
}

/// The hex digest of one index term (`phone:+447700900123`) under `key`.
pub fn digest(key: &[u8; 32], term: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(term.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_depend_on_the_key_and_the_term() {
        let (a, b) = (index_key(&[1; 32]), index_key(&[2; 32]));
        assert_ne!(a, [1; 32], "the index key is not the data key");
        let term = "phone:+447700900123";
        assert_eq!(digest(&a, term), digest(&a, term));
        assert_ne!(digest(&a, term), digest(&b, term));
        assert_ne!(digest(&a, term), digest(&a, "phone:+447700900124"));
        assert_eq!(digest(&a, term).len(), 64);
        assert!(!digest(&a, term).contains("7700"));
    }
}
