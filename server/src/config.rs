//! Configuration from environment variables. Every variable has a documented default (see
//! README), and a bad value stops start-up with a message naming the variable.
use std::path::PathBuf;

use serde::Deserialize;

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
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Self::from_vars(std::env::vars())
    }

    /// Parses from any list of variables, so tests need not touch the process environment.
    pub fn from_vars(vars: impl IntoIterator<Item = (String, String)>) -> Result<Config, ConfigError> {
        let raw: RawConfig =
            envy::from_iter(vars).map_err(|e| ConfigError::Unreadable(e.to_string()))?;
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
        Ok(Config {
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

    fn vars(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn defaults_apply_when_nothing_is_set() {
        let config = Config::from_vars(vars(&[])).unwrap();
        assert_eq!(config.redis_url, "redis://127.0.0.1:6379");
        assert_eq!(config.locales_dir, PathBuf::from("locales"));
        assert_eq!(config.directory_file, PathBuf::from("data/services.toml"));
        assert!(config.quick_exit_url.starts_with("https://"));
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
