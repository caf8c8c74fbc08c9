//! Configuration from environment variables. Each setting is declared once, in `settings!`
//! below: its variable, type, default, check and one-line meaning. The README's table is
//! generated from that list (`frontdoor settings`), and a test fails when they disagree.
//! A bad value stops start-up with a message naming the variable, never echoing a secret.
use std::collections::HashMap;
use std::path::PathBuf;


use crate::infra::client::TrustedProxies;
use crate::infra::sealing::Sealer;

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ConfigError {
    #[error("{var}: {reason}")]
    Invalid { var: &'static str, reason: String },
}

/// One documented environment variable, as the README's table shows it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Setting {
    pub name: &'static str,
    /// The default as text; `None` when there is none.
    pub default: Option<&'static str>,
    pub meaning: &'static str,
}

/// Declares every frontdoor setting once: `VAR => field: Type = "default" | none,
/// [check fn,] "meaning";`. Generates the typed `Settings` and the `SETTINGS` table.
macro_rules! settings {
    ($( $var:literal => $field:ident : $ty:ty = $default:tt $(, check $check:expr)?, $meaning:literal; )*) => {
        /// Every setting after defaults and checks, before values are combined into `Config`.
        #[derive(Debug, Clone)]
        pub struct Settings {
            $( pub $field: $ty, )*
        }

        /// frontdoor's own settings, in the order the README lists them.
        pub const SETTINGS: &[Setting] = &[
            $( Setting { name: $var, default: settings!(@text $default), meaning: $meaning }, )*
        ];

        impl Settings {
            fn read(vars: &HashMap<String, String>) -> Result<Settings, ConfigError> {
                Ok(Settings {
                    $( $field: {
                        let value: $ty = read_var(vars, $var, settings!(@text $default))?;
                        $( ($check)(&value).map_err(|reason| ConfigError::Invalid { var: $var, reason })?; )?
                        value
                    }, )*
                })
            }
        }
    };
    (@text none) => { None };
    (@text $default:literal) => { Some($default) };
}

settings! {
    "REDIS_URL" => redis_url: String = "redis://127.0.0.1:6379", check redis_url,
        "Redis to use; `scripts/run` starts its own when unset. A Redis Cluster: `redis+cluster://host1:port,host2:port` (any of its nodes)";
    "LOCALES_DIR" => locales_dir: PathBuf = "locales",
        "one folder of `.ftl` files per language";
    "DIRECTORY_FILE" => directory_file: PathBuf = "data/services.toml",
        "the service directory";
    "SITE_AREA" => site_area: String = "rotherham",
        "the area this site serves, an id from the directory file's `[areas]`: the directory shows services for it and the areas it lies within, and none for other areas";
    "QUICK_EXIT_URL" => quick_exit_url: String = "https://www.bbc.co.uk/weather", check https_url,
        "where \"Exit this page\" goes; must be `https://`";
    "DATA_KEY" => data_key: Option<String> = none,
        "required unless `DATA_KEYS` is set (`scripts/run` makes one): 32 random bytes, base64; encrypts all personal data at rest. Lose it and stored referrals cannot be read";
    "DATA_KEYS" => data_keys: Option<String> = none,
        "several such keys, comma-separated, to rotate without downtime: the first seals, all open (see \"Rotating the data key\"); replaces `DATA_KEY`";
    "SERVICE_HOURS_FILE" => service_hours_file: PathBuf = "data/service-hours.toml",
        "the triage team's working hours, bank holidays and working hours to first contact per path: every contact-by time and every promise the site makes";
    "REFERRAL_POSTS_PER_MINUTE" => referral_posts_per_minute: u32 = "10", check within(1, 100_000),
        "referral form posts per client address per minute (burst of the same size)";
    "CLAIM_MINUTES" => claim_minutes: u32 = "30", check at_least(1),
        "minutes without activity before an adviser's claimed referral returns to the queue";
    "RETENTION_DAYS" => retention_days: u32 = "90",
        "days a closed referral is kept before a background job deletes it";
    "AUDIT_DAYS" => audit_days: u32 = "400", check at_least(1),
        "days the audit trail keeps its lines; a background job trims older ones";
    "FEEDBACK_DAYS" => feedback_days: u32 = "90", check at_least(1),
        "days a visitor's \"Did this help?\" answer and comment are kept (sealed, tied to no chat or referral); a background job deletes older ones";
    "STAFF_COOKIE_SECURE" => staff_cookie_secure: bool = "true",
        "mark the staff session cookie `Secure`; `false` only for local plain http";
    "CHAT_RESUME_SECONDS" => chat_resume_seconds: u64 = "600", check at_least(1),
        "how long a dropped visitor can come back to the same chat";
    "CHAT_OFFER_SECONDS" => chat_offer_seconds: u64 = "30", check at_least(1),
        "how long an adviser has to accept an offered chat before the next adviser gets it";
    "CHAT_ADVISER_GRACE_SECONDS" => chat_adviser_grace_seconds: u64 = "15", check at_least(1),
        "how long an adviser's console may be unreachable before their chats go back to the front of the queue";
    "CHAT_IDLE_SECONDS" => chat_idle_seconds: u64 = "600", check at_least(1),
        "quiet time in a chat before the visitor is warned";
    "CHAT_IDLE_WARNING_SECONDS" => chat_idle_warning_seconds: u64 = "120", check at_least(1),
        "time after the warning until a quiet chat closes";
    "CHAT_MAX_WAIT_SECONDS" => chat_max_wait_seconds: u64 = "1800", check at_least(1),
        "longest wait in the queue before the visitor is offered to leave contact details";
    "CHAT_RETENTION_DAYS" => chat_retention_days: u64 = "30", check at_least(1),
        "days a conversation is kept (sealed) after its last entry; Redis then deletes it";
    "CHAT_FRAMES_PER_SECOND" => chat_frames_per_second: u32 = "5", check at_least(1),
        "frames one visitor socket may send per second (advisers: four times as many)";
    "CHAT_FRAME_BURST" => chat_frame_burst: u32 = "20", check at_least(1),
        "frames one visitor socket may send in one burst (advisers: four times as many)";
    "CHAT_LIVE_PER_CLIENT" => chat_live_per_client: u32 = "2", check at_least(1),
        "chats not yet ended that one client address may have; more get the busy page (helpline, referral form, directory)";
    "CHAT_STARTS_PER_HOUR" => chat_starts_per_hour: u32 = "6", check at_least(1),
        "chats one client address may start in an hour";
    "CHAT_MAX_WAITING" => chat_max_waiting: u32 = "100", check at_least(1),
        "visitors waiting in the queue (connected ones only) before new visitors get the busy page instead of a place";
    "HEADER_READ_SECONDS" => header_read_seconds: u64 = "10", check within(1, 300),
        "seconds a connection has to send a request's headers before it is closed (slowloris)";
    "REQUEST_SECONDS" => request_seconds: u64 = "30", check within(1, 3600),
        "longest time a request may take before it is answered 408 (websockets, once open, are not limited)";
    "DRAIN_SECONDS" => drain_seconds: u64 = "10", check within(1, 300),
        "on SIGTERM: longest wait for chat sockets to move to another instance (`/readyz` says not-ready meanwhile), then again for requests in flight";
    "ALERT_WEBHOOK_URL" => alert_webhook_url: Option<String> = none, check webhook_url,
        "optional: an address (`https://`, or `http://` on this machine) that is sent \"A high-priority referral is waiting\" (JSON `{\"text\": …}`, no personal data, no ids) for an on-call phone when a High referral arrives or goes overdue; failures are retried 4 times with backoff, then logged";
    "TRUSTED_PROXIES" => trusted_proxies: TrustedProxies = none,
        "comma-separated CIDR blocks of reverse proxies whose `X-Forwarded-For` is believed (the client is the right-most address not in them); empty: the header is ignored";
}

/// Variables read by others (Leptos, the log filter, `scripts/run`), listed in the same table.
pub const OTHER_VARIABLES: &[Setting] = &[
    Setting { name: "LEPTOS_SITE_ADDR", default: Some("127.0.0.1:3000"), meaning: "address and port to serve on (read by Leptos)" },
    Setting { name: "LEPTOS_SITE_ROOT", default: Some("target/site"), meaning: "folder with the built CSS, JS, wasm and `public/` files (read by Leptos)" },
    Setting {
        name: "LEPTOS_HASH_FILES",
        default: Some("true"),
        meaning: "built assets carry a content hash in their names, cached for a year (read by Leptos; the scripts set it)",
    },
    Setting { name: "RUST_LOG", default: Some("info"), meaning: "log filter" },
    Setting { name: "FRONTDOOR_REDIS_PORT", default: Some("6379"), meaning: "port of the Redis `scripts/run` starts" },
];

/// The README's configuration table, generated from `SETTINGS` and `OTHER_VARIABLES`.
pub fn settings_table() -> String {
    let mut table = String::from("| variable | default | meaning |\n|---|---|---|\n");
    for setting in SETTINGS.iter().chain(OTHER_VARIABLES) {
        let default = setting.default.map_or_else(|| "none".to_owned(), |d| format!("`{d}`"));
        table.push_str(&format!("| `{}` | {} | {} |\n", setting.name, default, setting.meaning));
    }
    table
}

/// How a variable's text becomes a value. Messages never echo the text: it may be secret.
trait SettingValue: Sized {
    fn parse(text: &str) -> Result<Self, String>;
    /// The value when the variable is unset and has no default.
    fn missing() -> Result<Self, String> {
        Err("is not set".into())
    }
}

impl SettingValue for String {
    fn parse(text: &str) -> Result<Self, String> {
        Ok(text.to_owned())
    }
}
impl SettingValue for Option<String> {
    fn parse(text: &str) -> Result<Self, String> {
        Ok(Some(text.to_owned()))
    }
    fn missing() -> Result<Self, String> {
        Ok(None)
    }
}
impl SettingValue for PathBuf {
    fn parse(text: &str) -> Result<Self, String> {
        Ok(PathBuf::from(text))
    }
}
impl SettingValue for bool {
    fn parse(text: &str) -> Result<Self, String> {
        text.parse().map_err(|_| "must be true or false".into())
    }
}
macro_rules! whole_numbers {
    ($($ty:ty),*) => {$(
        impl SettingValue for $ty {
            fn parse(text: &str) -> Result<Self, String> {
                text.trim().parse().map_err(|_| "must be a whole number".into())
            }
        }
    )*};
}
whole_numbers!(u32, u64);
impl SettingValue for TrustedProxies {
    fn parse(text: &str) -> Result<Self, String> {
        TrustedProxies::parse(text)
    }
    fn missing() -> Result<Self, String> {
        Ok(TrustedProxies::default())
    }
}

/// An empty variable counts as unset, as shells and unit files often leave them.
fn read_var<T: SettingValue>(vars: &HashMap<String, String>, var: &'static str, default: Option<&str>) -> Result<T, ConfigError> {
    let text = vars.get(var).map(String::as_str).filter(|text| !text.is_empty()).or(default);
    match text {
        Some(text) => T::parse(text),
        None => T::missing(),
    }
    .map_err(|reason| ConfigError::Invalid { var, reason })
}

fn at_least<T: PartialOrd + std::fmt::Display + Copy>(min: T) -> impl Fn(&T) -> Result<(), String> {
    move |value| if *value >= min { Ok(()) } else { Err(format!("must be at least {min}")) }
}

fn within<T: PartialOrd + std::fmt::Display + Copy>(min: T, max: T) -> impl Fn(&T) -> Result<(), String> {
    move |value| if (min..=max).contains(value) { Ok(()) } else { Err(format!("must be {min} to {max}")) }
}

/// The URL may hold a password: say what is wrong, never what it was.
fn redis_url(url: &String) -> Result<(), String> {
    crate::infra::redis_link::RedisTarget::open(url).map(|_| ()).map_err(|_| "is not a redis://, rediss:// or redis+cluster:// URL".into())
}

fn https_url(url: &String) -> Result<(), String> {
    let valid = url.starts_with("https://")
        && url.len() > "https://".len()
        && !url.contains(char::is_whitespace)
        && !url.contains(['"', '<', '>']);
    if valid {
        Ok(())
    } else {
        Err(format!("must be an https:// address, got {url:?}"))
    }
}

/// The webhook's address: HTTPS, or plain HTTP to this machine only (a local relay, tests).
fn webhook_url(url: &Option<String>) -> Result<(), String> {
    let Some(url) = url else { return Ok(()) };
    let local = ["http://127.0.0.1:", "http://127.0.0.1/", "http://localhost:", "http://localhost/", "http://[::1]:"];
    if https_url(url).is_ok() || (local.iter().any(|p| url.starts_with(p)) && !url.contains(char::is_whitespace)) {
        Ok(())
    } else {
        Err("must be an https:// address (or http:// to 127.0.0.1 or localhost)".to_owned())
    }
}

/// frontdoor's own settings, combined into what the parts of the server use; Leptos reads
/// its `LEPTOS_*` variables itself.
#[derive(Debug, Clone)]
pub struct Config {
    pub redis_url: String,
    pub locales_dir: PathBuf,
    pub directory_file: PathBuf,
    /// The `[areas]` id whose services, and those of the areas it lies within, are shown.
    pub site_area: String,
    pub quick_exit_url: String,
    /// Seals personal data before it is stored (`DATA_KEYS` or `DATA_KEY`).
    pub sealer: Sealer,
    pub service_hours_file: PathBuf,
    pub referral_posts_per_minute: u32,
    pub claim_minutes: u32,
    pub retention_days: u32,
    pub audit_days: u32,
    pub feedback_days: u32,
    pub staff_cookie_secure: bool,
    /// Where High alerts go for an on-call phone (`ALERT_WEBHOOK_URL`), if anywhere.
    pub alert_webhook_url: Option<String>,
    pub chat: ChatSettings,
    pub edges: EdgeSettings,
}

/// Timeouts and the client address at the network edge (meanings in `settings!`).
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeSettings {
    pub header_read: std::time::Duration,
    pub request: std::time::Duration,
    /// The drain's bound on SIGTERM (see `infra::drain`), and then the in-flight requests'.
    pub drain: std::time::Duration,
    pub trusted_proxies: TrustedProxies,
}

/// The webchat's timings and limits, from the `CHAT_*` settings (meanings in `settings!`).
#[derive(Debug, Clone, PartialEq)]
pub struct ChatSettings {
    pub resume_seconds: u64,
    pub offer_seconds: u64,
    pub adviser_grace_seconds: u64,
    pub idle_seconds: u64,
    pub idle_warning_seconds: u64,
    pub max_wait_seconds: u64,
    pub retention_days: u64,
    pub frames_per_second: u32,
    pub frame_burst: u32,
    pub live_per_client: u32,
    pub starts_per_hour: u32,
    pub max_waiting: u32,
}

impl Default for ChatSettings {
    /// The declared defaults.
    fn default() -> Self {
        Settings::read(&HashMap::new()).expect("the declared defaults are valid").chat()
    }
}

impl Settings {
    fn chat(&self) -> ChatSettings {
        ChatSettings {
            resume_seconds: self.chat_resume_seconds,
            offer_seconds: self.chat_offer_seconds,
            adviser_grace_seconds: self.chat_adviser_grace_seconds,
            idle_seconds: self.chat_idle_seconds,
            idle_warning_seconds: self.chat_idle_warning_seconds,
            max_wait_seconds: self.chat_max_wait_seconds,
            retention_days: self.chat_retention_days,
            frames_per_second: self.chat_frames_per_second,
            frame_burst: self.chat_frame_burst,
            live_per_client: self.chat_live_per_client,
            starts_per_hour: self.chat_starts_per_hour,
            max_waiting: self.chat_max_waiting,
        }
    }
}

/// The data keys from `DATA_KEYS` (several) or `DATA_KEY` (one). Keys are secret: an error
/// says what is wrong, never what the value was.
fn sealer(settings: &Settings) -> Result<Sealer, ConfigError> {
    let (var, keys) = match (settings.data_keys.as_deref(), settings.data_key.as_deref()) {
        (Some(_), Some(_)) => {
            return Err(ConfigError::Invalid { var: "DATA_KEYS", reason: "set DATA_KEYS or DATA_KEY, not both".into() })
        }
        (Some(keys), None) => ("DATA_KEYS", keys),
        (None, Some(key)) => ("DATA_KEY", key),
        (None, None) => {
            return Err(ConfigError::Invalid {
                var: "DATA_KEY",
                reason: "is not set; it encrypts referrals (scripts/run creates one)".into(),
            })
        }
    };
    Sealer::from_keys(keys.split(',').filter(|k| !k.trim().is_empty()))
        .map_err(|e| ConfigError::Invalid { var, reason: e.to_string() })
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Self::from_vars(std::env::vars())
    }

    /// Parses from any list of variables, so tests need not touch the process environment.
    pub fn from_vars(vars: impl IntoIterator<Item = (String, String)>) -> Result<Config, ConfigError> {
        let settings = Settings::read(&vars.into_iter().collect())?;
        let sealer = sealer(&settings)?;
        Ok(Config {
            chat: settings.chat(),
            edges: EdgeSettings {
                header_read: std::time::Duration::from_secs(settings.header_read_seconds),
                request: std::time::Duration::from_secs(settings.request_seconds),
                drain: std::time::Duration::from_secs(settings.drain_seconds),
                trusted_proxies: settings.trusted_proxies.clone(),
            },
            sealer,
            service_hours_file: settings.service_hours_file,
            referral_posts_per_minute: settings.referral_posts_per_minute,
            claim_minutes: settings.claim_minutes,
            retention_days: settings.retention_days,
            audit_days: settings.audit_days,
            feedback_days: settings.feedback_days,
            staff_cookie_secure: settings.staff_cookie_secure,
            alert_webhook_url: settings.alert_webhook_url,
            redis_url: settings.redis_url,
            locales_dir: settings.locales_dir,
            directory_file: settings.directory_file,
            site_area: settings.site_area,
            quick_exit_url: settings.quick_exit_url,
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
        if !pairs.iter().any(|(k, _)| k.starts_with("DATA_KEY")) {
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
        assert_eq!(config.site_area, "rotherham");
        assert!(config.quick_exit_url.starts_with("https://"));
        assert_eq!(config.service_hours_file, PathBuf::from("data/service-hours.toml"));
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
    fn several_data_keys_rotate_and_are_checked() {
        const OTHER: &str = "HxwdHh8AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRo=";
        let config = Config::from_vars(vars(&[("DATA_KEYS", &format!("{OTHER}, {KEY}"))])).unwrap();
        let single = Config::from_vars(vars(&[("DATA_KEY", OTHER)])).unwrap();
        assert_eq!(config.sealer.key_ids().len(), 2);
        assert_eq!(config.sealer.key_ids()[0], single.sealer.key_ids()[0], "the first key seals");
        let both = Config::from_vars(vars(&[("DATA_KEYS", KEY), ("DATA_KEY", KEY)])).unwrap_err();
        assert_eq!(both.to_string(), "DATA_KEYS: set DATA_KEYS or DATA_KEY, not both");
        let twice = Config::from_vars(vars(&[("DATA_KEYS", &format!("{KEY},{KEY}"))])).unwrap_err();
        assert_eq!(twice.to_string(), "DATA_KEYS: the same key is listed twice");
        let bad = Config::from_vars(vars(&[("DATA_KEYS", &format!("{KEY},c2VjcmV0LXRvby1zaG9ydA=="))])).unwrap_err();
        assert!(bad.to_string().starts_with("DATA_KEYS:") && !bad.to_string().contains("c2VjcmV0"), "{bad}");
        assert_eq!(Config::from_vars(vars(&[("DATA_KEYS", " , ")])).unwrap_err().to_string(), "DATA_KEYS: no key is given");
    }

    #[test]
    fn the_referral_rate_is_checked() {
        for bad in ["0", "100001"] {
            let err = Config::from_vars(vars(&[("REFERRAL_POSTS_PER_MINUTE", bad)])).unwrap_err();
            assert!(err.to_string().starts_with("REFERRAL_POSTS_PER_MINUTE:"), "{err}");
        }
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
    fn the_alert_webhook_is_optional_and_https_unless_local() {
        assert_eq!(Config::from_vars(vars(&[])).unwrap().alert_webhook_url, None);
        for good in ["https://hooks.example.org/T0/abc", "http://127.0.0.1:9000/hook"] {
            let config = Config::from_vars(vars(&[("ALERT_WEBHOOK_URL", good)])).unwrap();
            assert_eq!(config.alert_webhook_url.as_deref(), Some(good));
        }
        let err = Config::from_vars(vars(&[("ALERT_WEBHOOK_URL", "http://hooks.example.org/secret")])).unwrap_err();
        assert!(err.to_string().starts_with("ALERT_WEBHOOK_URL:") && !err.to_string().contains("secret"), "{err}");
    }

    #[test]
    fn a_bad_quick_exit_url_names_the_variable() {
        for bad in ["http://example.com", "javascript:alert(1)", "https://", "https://a b"] {
            let err = Config::from_vars(vars(&[("QUICK_EXIT_URL", bad)])).unwrap_err();
            assert!(err.to_string().starts_with("QUICK_EXIT_URL:"), "{bad}: {err}");
        }
    }

    #[test]
    fn every_declared_default_is_valid_and_shown() {
        let defaults = Settings::read(&HashMap::new()).unwrap();
        assert_eq!(defaults.chat(), ChatSettings::default());
        let table = settings_table();
        for setting in SETTINGS.iter().chain(OTHER_VARIABLES) {
            assert!(table.contains(&format!("| `{}` |", setting.name)), "{}", setting.name);
        }
        let names: std::collections::HashSet<_> = SETTINGS.iter().chain(OTHER_VARIABLES).map(|s| s.name).collect();
        assert_eq!(names.len(), SETTINGS.len() + OTHER_VARIABLES.len(), "a variable is declared twice");
    }

    #[test]
    fn a_bad_number_names_the_variable() {
        let err = Config::from_vars(vars(&[("CLAIM_MINUTES", "half an hour")])).unwrap_err();
        assert_eq!(err.to_string(), "CLAIM_MINUTES: must be a whole number");
        let err = Config::from_vars(vars(&[("STAFF_COOKIE_SECURE", "yes")])).unwrap_err();
        assert_eq!(err.to_string(), "STAFF_COOKIE_SECURE: must be true or false");
    }

    #[test]
    fn the_readme_table_is_the_generated_one() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
        let (_, rest) = readme.split_once("<!-- settings:begin -->\n").expect("README marks its settings table");
        let (table, _) = rest.split_once("<!-- settings:end -->").expect("README marks the table's end");
        assert_eq!(table, settings_table(), "README's table is stale: paste `frontdoor settings` between the markers");
    }
}
