//! Configuration from environment variables. Every variable has a documented default (see
//! README), and a bad value stops start-up with a message naming the variable.
use std::path::PathBuf;

use domain::referral::{ContactHours, ReferralPath};
use serde::Deserialize;

use crate::infra::sealing::Sealer;

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ConfigError {
    #[error("{var}: {reason}")]
    Invalid { var: &'static str, reason: String },
    #[error("configuration: {0}")]
    Unreadable(String),
}

#[derive(Debug, Clone, Deserialize)]
struct RawConfig {
    #[serde(default = "default_redis_url")]
    redis_url: String,
    #[serde(default = "default_locales_dir")]
    locales_dir: PathBuf,
    #[serde(default = "default_directory_file")]
    directory_file: PathBuf,
    #[serde(default = "default_quick_exit_url")]
    quick_exit_url: String,
    data_key: Option<String>,
    #[serde(default = "default_self_hours")]
    contact_by_hours_self: u32,
    #[serde(default = "default_professional_hours")]
    contact_by_hours_professional: u32,
    #[serde(default = "default_self_hours")]
    contact_by_hours_friend_or_family: u32,
    #[serde(default = "default_referral_posts_per_minute")]
    referral_posts_per_minute: u32,
    #[serde(default = "default_claim_minutes")]
    claim_minutes: u32,
    #[serde(default = "default_retention_days")]
    retention_days: u32,
    #[serde(default = "default_true")]
    staff_cookie_secure: bool,
}

fn default_true() -> bool {
    true
}

/// An adviser idle this long has left; their referral goes back to the queue.
fn default_claim_minutes() -> u32 {
    30
}
fn default_retention_days() -> u32 {
    90
}

fn default_self_hours() -> u32 {
    ReferralPath::SelfReferral.default_contact_within_hours()
}
fn default_professional_hours() -> u32 {
    ReferralPath::Professional.default_contact_within_hours()
}
/// Generous for a person correcting a form several times, tight for a script.
fn default_referral_posts_per_minute() -> u32 {
    10
}

fn default_redis_url() -> String {
    "redis://127.0.0.1:6379".into()
}
fn default_locales_dir() -> PathBuf {
    "locales".into()
}
fn default_directory_file() -> PathBuf {
    "data/services.toml".into()
}
fn default_quick_exit_url() -> String {
    "https://www.bbc.co.uk/weather".into()
}

/// frontdoor's own settings; Leptos reads its `LEPTOS_*` variables itself.
#[derive(Debug, Clone)]
pub struct Config {
    pub redis_url: String,
    pub locales_dir: PathBuf,
    pub directory_file: PathBuf,
    pub quick_exit_url: String,
    /// Seals personal data before it is stored (`DATA_KEY`).
    pub sealer: Sealer,
    pub contact_hours: ContactHours,
    pub referral_posts_per_minute: u32,
    /// Minutes without activity before a claimed referral returns to the queue.
    pub claim_minutes: u32,
    /// Days a closed referral is kept before it is deleted.
    pub retention_days: u32,
    /// Mark the staff cookie `Secure`; turn off only for local plain http.
    pub staff_cookie_secure: bool,
    pub chat: ChatSettings,
}

/// The webchat's timings and limits, from `CHAT_*` variables (seconds unless named otherwise).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default)]
pub struct ChatSettings {
    /// How long a dropped visitor can come back to the same conversation.
    pub resume_seconds: u64,
    /// How long an adviser has to accept an offered chat before the next adviser gets it.
    pub offer_seconds: u64,
    /// How long an adviser's console may be unreachable before their chats are re-queued.
    pub adviser_grace_seconds: u64,
    /// Quiet time in a chat before the visitor is warned, and then how long until it closes.
    pub idle_seconds: u64,
    pub idle_warning_seconds: u64,
    /// Longest wait in the queue before the visitor is offered to leave contact details.
    pub max_wait_seconds: u64,
    /// Days a conversation is kept after its last message, sealed, then deleted by Redis.
    pub retention_days: u64,
    /// Frames a connection may send per second, and in one burst.
    pub frames_per_second: u32,
    pub frame_burst: u32,
}

impl Default for ChatSettings {
    fn default() -> Self {
        ChatSettings {
            resume_seconds: 10 * 60,
            offer_seconds: 30,
            adviser_grace_seconds: 15,
            idle_seconds: 10 * 60,
            idle_warning_seconds: 2 * 60,
            max_wait_seconds: 30 * 60,
            retention_days: 30,
            frames_per_second: 5,
            frame_burst: 20,
        }
    }
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Self::from_vars(std::env::vars())
    }

    /// Parses from any list of variables, so tests need not touch the process environment.
    pub fn from_vars(vars: impl IntoIterator<Item = (String, String)>) -> Result<Config, ConfigError> {
        let vars: Vec<(String, String)> = vars.into_iter().collect();
        let raw: RawConfig =
            envy::from_iter(vars.clone()).map_err(|e| ConfigError::Unreadable(e.to_string()))?;
        let chat: ChatSettings =
            envy::prefixed("CHAT_").from_iter(vars).map_err(|e| ConfigError::Unreadable(e.to_string()))?;
        for (var, value) in [
            ("CHAT_RESUME_SECONDS", chat.resume_seconds),
            ("CHAT_OFFER_SECONDS", chat.offer_seconds),
            ("CHAT_ADVISER_GRACE_SECONDS", chat.adviser_grace_seconds),
            ("CHAT_IDLE_SECONDS", chat.idle_seconds),
            ("CHAT_IDLE_WARNING_SECONDS", chat.idle_warning_seconds),
            ("CHAT_MAX_WAIT_SECONDS", chat.max_wait_seconds),
            ("CHAT_RETENTION_DAYS", chat.retention_days),
            ("CHAT_FRAMES_PER_SECOND", u64::from(chat.frames_per_second)),
            ("CHAT_FRAME_BURST", u64::from(chat.frame_burst)),
        ] {
            if value == 0 {
                return Err(ConfigError::Invalid { var, reason: "must be at least 1".into() });
            }
        }
        redis::Client::open(raw.redis_url.as_str()).map_err(|_| ConfigError::Invalid {
            var: "REDIS_URL",
            // The URL may hold a password: never echo it back.
            reason: "is not a redis:// or rediss:// URL".into(),
        })?;
        let exit = &raw.quick_exit_url;
        let valid_exit = exit.starts_with("https://")
            && exit.len() > "https://".len()
            && !exit.contains(char::is_whitespace)
            && !exit.contains(['"', '<', '>']);
        if !valid_exit {
            return Err(ConfigError::Invalid {
                var: "QUICK_EXIT_URL",
                reason: format!("must be an https:// address, got {exit:?}"),
            });
        }
        let sealer = match raw.data_key.as_deref() {
            None | Some("") => {
                return Err(ConfigError::Invalid {
                    var: "DATA_KEY",
                    reason: "is not set; it encrypts referrals (scripts/run creates one)".into(),
                })
            }
            // The key is secret: say what is wrong, never what it was.
            Some(key) => Sealer::from_base64(key)
                .map_err(|e| ConfigError::Invalid { var: "DATA_KEY", reason: e.to_string() })?,
        };
        for (var, hours) in [
            ("CONTACT_BY_HOURS_SELF", raw.contact_by_hours_self),
            ("CONTACT_BY_HOURS_PROFESSIONAL", raw.contact_by_hours_professional),
            ("CONTACT_BY_HOURS_FRIEND_OR_FAMILY", raw.contact_by_hours_friend_or_family),
        ] {
            if !(1..=24 * 14).contains(&hours) {
                return Err(ConfigError::Invalid { var, reason: format!("must be 1 to 336 hours, got {hours}") });
            }
        }
        if !(1..=100_000).contains(&raw.referral_posts_per_minute) {
            return Err(ConfigError::Invalid {
                var: "REFERRAL_POSTS_PER_MINUTE",
                reason: "must be 1 to 100000".into(),
            });
        }
        if raw.claim_minutes == 0 {
            return Err(ConfigError::Invalid { var: "CLAIM_MINUTES", reason: "must be at least 1".into() });
        }
        Ok(Config {
            chat,
            claim_minutes: raw.claim_minutes,
            retention_days: raw.retention_days,
            staff_cookie_secure: raw.staff_cookie_secure,
            sealer,
            contact_hours: ContactHours {
                self_referral: raw.contact_by_hours_self,
                professional: raw.contact_by_hours_professional,
                friend_or_family: raw.contact_by_hours_friend_or_family,
            },
            referral_posts_per_minute: raw.referral_posts_per_minute,
            redis_url: raw.redis_url,
            locales_dir: raw.locales_dir,
            directory_file: raw.directory_file,
            quick_exit_url: raw.quick_exit_url,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    /// The given variables plus a valid DATA_KEY unless one is given.
    fn vars(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut all: Vec<_> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        if !pairs.iter().any(|(k, _)| *k == "DATA_KEY") {
            all.push(("DATA_KEY".into(), KEY.into()));
        }
        all
    }

    #[test]
    fn defaults_apply_when_nothing_is_set() {
        let config = Config::from_vars(vars(&[])).unwrap();
        assert_eq!(config.redis_url, "redis://127.0.0.1:6379");
        assert_eq!(config.locales_dir, PathBuf::from("locales"));
        assert_eq!(config.directory_file, PathBuf::from("data/services.toml"));
        assert!(config.quick_exit_url.starts_with("https://"));
        assert_eq!(config.contact_hours, ContactHours::default());
        assert_eq!(config.referral_posts_per_minute, 10);
        assert_eq!(config.chat, ChatSettings::default());
    }

    #[test]
    fn chat_settings_are_read_and_checked() {
        let config = Config::from_vars(vars(&[("CHAT_OFFER_SECONDS", "5"), ("CHAT_RESUME_SECONDS", "60")])).unwrap();
        assert_eq!((config.chat.offer_seconds, config.chat.resume_seconds, config.chat.idle_seconds), (5, 60, 600));
        let zero = Config::from_vars(vars(&[("CHAT_ADVISER_GRACE_SECONDS", "0")])).unwrap_err();
        assert_eq!(zero.to_string(), "CHAT_ADVISER_GRACE_SECONDS: must be at least 1");
        assert!(Config::from_vars(vars(&[("CHAT_IDLE_SECONDS", "soon")])).is_err());
    }

    #[test]
    fn the_data_key_is_required_and_never_echoed() {
        let err = Config::from_vars(vars(&[("DATA_KEY", "")])).unwrap_err();
        assert!(err.to_string().starts_with("DATA_KEY: is not set"), "{err}");
        let err = Config::from_vars(vars(&[("DATA_KEY", "c2VjcmV0LXRvby1zaG9ydA==")])).unwrap_err();
        assert!(err.to_string().starts_with("DATA_KEY:"), "{err}");
        assert!(!err.to_string().contains("c2VjcmV0"), "{err}");
    }

    #[test]
    fn contact_hours_and_rate_are_checked() {
        let config = Config::from_vars(vars(&[("CONTACT_BY_HOURS_PROFESSIONAL", "72")])).unwrap();
        assert_eq!(config.contact_hours.professional, 72);
        let err = Config::from_vars(vars(&[("CONTACT_BY_HOURS_SELF", "0")])).unwrap_err();
        assert!(err.to_string().starts_with("CONTACT_BY_HOURS_SELF:"), "{err}");
        for bad in ["0", "100001"] {
            let err = Config::from_vars(vars(&[("REFERRAL_POSTS_PER_MINUTE", bad)])).unwrap_err();
            assert!(err.to_string().starts_with("REFERRAL_POSTS_PER_MINUTE:"), "{err}");
        }
        assert!(Config::from_vars(vars(&[("CONTACT_BY_HOURS_SELF", "soon")])).is_err());
    }

    #[test]
    fn values_are_read_from_the_environment() {
        let config = Config::from_vars(vars(&[
            ("REDIS_URL", "redis://10.0.0.5:6380/2"),
            ("LOCALES_DIR", "/srv/locales"),
            ("QUICK_EXIT_URL", "https://www.metoffice.gov.uk/"),
        ]))
        .unwrap();
        assert_eq!(config.redis_url, "redis://10.0.0.5:6380/2");
        assert_eq!(config.locales_dir, PathBuf::from("/srv/locales"));
        assert_eq!(config.quick_exit_url, "https://www.metoffice.gov.uk/");
    }

    #[test]
    fn a_bad_redis_url_names_the_variable_without_echoing_it() {
        let err = Config::from_vars(vars(&[("REDIS_URL", "http://user:secret@host")])).unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("REDIS_URL:"), "{text}");
        assert!(!text.contains("secret"), "{text}");
    }

    #[test]
    fn a_bad_quick_exit_url_names_the_variable() {
        for bad in ["http://example.com", "javascript:alert(1)", "https://", "https://a b"] {
            let err = Config::from_vars(vars(&[("QUICK_EXIT_URL", bad)])).unwrap_err();
            assert!(err.to_string().starts_with("QUICK_EXIT_URL:"), "{bad}: {err}");
        }
    }
}
