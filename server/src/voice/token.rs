//! The feedback form's token: issued with the page, signed, short-lived, used once. It says
//! when it was issued and holds a random nonce, nothing else, so it cannot name the chat or
//! referral the page followed. A script posting feedback must first fetch a page for each
//! answer, and each token counts once.
use chacha20poly1305::aead::rand_core::RngCore;
use chacha20poly1305::aead::OsRng;

use crate::infra::sealing::Sealer;

/// How long a page's token can be used: long enough for a long chat, short enough that
/// collected tokens go stale.
pub const TOKEN_LIFETIME_MS: i64 = 12 * 60 * 60 * 1000;
/// Clocks of two instances may differ a little.
const CLOCK_SKEW_MS: i64 = 60_000;

/// A token that checked out: its nonce is what makes the answer count once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidToken {
    pub nonce: String,
    pub issued_ms: i64,
}

#[derive(Clone)]
pub struct FormTokens {
    sealer: Sealer,
}

impl FormTokens {
    pub fn new(sealer: Sealer) -> FormTokens {
        FormTokens { sealer }
    }

    /// `{issued ms}.{nonce}.{signature}`, all plain ASCII.
    pub fn issue(&self, now_ms: i64) -> String {
        let mut nonce = [0u8; 16];
        OsRng.fill_bytes(&mut nonce);
        let nonce = hex::encode(nonce);
        format!("{now_ms}.{nonce}.{}", self.signature(now_ms, &nonce))
    }

    pub fn check(&self, token: &str, now_ms: i64) -> Option<ValidToken> {
        let mut parts = token.splitn(3, '.');
        let (issued, nonce, signature) = (parts.next()?, parts.next()?, parts.next()?);
        let issued_ms: i64 = issued.parse().ok()?;
        let fresh = issued_ms <= now_ms + CLOCK_SKEW_MS && now_ms - issued_ms <= TOKEN_LIFETIME_MS;
        let well_formed = nonce.len() == 32 && nonce.bytes().all(|b| b.is_ascii_hexdigit());
        (fresh && well_formed && self.signature(issued_ms, nonce) == signature)
            .then(|| ValidToken { nonce: nonce.to_owned(), issued_ms })
    }

    fn signature(&self, issued_ms: i64, nonce: &str) -> String {
        self.sealer.keyed_digest(format!("feedback-token.{issued_ms}.{nonce}").as_bytes())[..32].to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens() -> FormTokens {
        FormTokens::new(Sealer::from_base64("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=").unwrap())
    }

    #[test]
    fn a_token_checks_out_until_it_goes_stale() {
        let tokens = tokens();
        let token = tokens.issue(1_000_000);
        let valid = tokens.check(&token, 1_000_000 + TOKEN_LIFETIME_MS).unwrap();
        assert_eq!(valid.issued_ms, 1_000_000);
        assert_eq!(tokens.check(&token, 1_000_001 + TOKEN_LIFETIME_MS), None);
        assert_eq!(tokens.check(&token, 1_000_000 - 2 * CLOCK_SKEW_MS), None);
        assert_ne!(tokens.issue(1_000_000), token, "every page gets its own nonce");
    }

    #[test]
    fn a_forged_or_altered_token_is_refused() {
        let tokens = tokens();
        let token = tokens.issue(5_000);
        let later = token.replacen("5000", "6000", 1);
        assert_eq!(tokens.check(&later, 6_000), None);
        let other = FormTokens::new(Sealer::from_base64("HxwdHh8AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRo=").unwrap());
        assert_eq!(other.check(&token, 5_000), None);
        for junk in ["", "5000", "5000.abc.def", "x.y.z"] {
            assert_eq!(tokens.check(junk, 5_000), None, "{junk}");
        }
    }
}
