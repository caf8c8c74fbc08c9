//! Everything staff keeps in Redis, and the only staff code that talks to it:
//! - `staff:account:{name}` (hash): role, argon2id password hash, sealed TOTP secret,
//!   the time step of the last accepted one-time code (`totp_step`), `disabled` and
//!   `last_sign_in` (team admin, `store/team.rs`, with the roster `staff:admins`);
//! - `staff:failures:{name}:{client}` (counter): sign-in attempts of one name from one
//!   client (hashed), counted before the check; five lock that pair for 15 minutes;
//! - `staff:failures:{name}` (counter): attempts at one name from anywhere, per hour; past a
//!   ceiling it alerts admins instead of locking anyone out;
//! - `staff:sign-in-alerts` (sorted set): names with that many attempts, by time, bounded;
//! - `staff:session:{digest}` (hash): name, role, CSRF token, start time, idle expiry;
//! - `staff:sessions:{name}` (set): the adviser's session keys, for "sign out everywhere".
//!
//! The two failure counters share the hash tag `{name}`; every other command touches one
//! key, so those keys need no shared hash tag. A session is added
//! to its adviser's set before it exists: a crash in between leaves a dangling set member,
//! never a session that "sign out everywhere" cannot reach.
use axum::extract::FromRef;
use crate::infra::redis_link::RedisConnection;
use redis::{AsyncCommands, Script};
use std::sync::LazyLock;

use super::extract::{Role, StaffSession};
use crate::error::AppError;
use crate::infra::record_format::{self, RecordFormat};
use crate::infra::redis_link::RedisLink;
use crate::infra::tokens::{digest, random_token};
use crate::state::AppState;

mod audit_pages;
mod team;
pub use audit_pages::AuditPage;
pub use team::AccountSummary;

pub const IDLE_SECONDS: i64 = 30 * 60;
pub const MAX_AGE_SECONDS: i64 = 12 * 60 * 60;
pub const LOCKOUT_SECONDS: i64 = 15 * 60;
/// The window of the per-name count, and how many attempts in it alert admins.
pub const NAME_WINDOW_SECONDS: i64 = 60 * 60;
pub const NAME_ALERT_AT: i64 = 20;
/// Alerts are shown for a day; at most this many names are kept.
const ALERT_SECONDS: i64 = 24 * 60 * 60;
const MAX_ALERTS: isize = 50;
const ALERTS_KEY: &str = "staff:sign-in-alerts";

/// The format of a session's hash and of an account's (see `infra::record_format`).
pub const SESSION_FORMAT: RecordFormat = RecordFormat::new("staff-session", 1);
pub const ACCOUNT_FORMAT: RecordFormat = RecordFormat::new("staff-account", 1);

static USE_TOTP_STEP: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("lua/use_totp_step.lua")));

/// Also the context the TOTP secret is sealed under, so the name must never change.
pub fn account_key(name: &str) -> String {
    format!("staff:account:{name}")
}

/// Matches every account key (for SCAN).
pub const ACCOUNT_KEYS: &str = "staff:account:*";

/// Attempts at `name` from one client (`client` is already a digest).
fn failures_key(name: &str, client: &str) -> String {
    format!("staff:failures:{{{name}}}:{client}")
}

fn name_failures_key(name: &str) -> String {
    format!("staff:failures:{{{name}}}")
}

fn session_key(token: &str) -> String {
    format!("staff:session:{}", digest(token))
}

fn sessions_of(name: &str) -> String {
    format!("staff:sessions:{name}")
}

/// An account's stored secrets, still hashed and sealed.
pub struct StoredAccount {
    pub role: Role,
    /// A disabled account cannot sign in (team admin).
    pub disabled: bool,
    pub password_hash: String,
    pub sealed_totp: String,
}

/// A sign-in attempt as counted, before the password is checked.
pub struct Attempt {
    /// Attempts at this name from this client within the lockout window, this one included.
    pub from_client: i64,
    /// Attempts at this name from anywhere within the hour.
    pub for_name: i64,
}

/// A name that drew many failed sign-ins, shown to admins.
pub struct SignInAlert {
    pub name: String,
    pub at_ms: i64,
}

#[derive(Clone)]
pub struct StaffStore {
    redis: RedisLink,
}

impl FromRef<AppState> for StaffStore {
    fn from_ref(state: &AppState) -> Self {
        StaffStore::new(state.redis.clone())
    }
}

/// Starts a session for `name` on an open connection and returns its cookie token. Sign-in
/// uses it through [`StaffStore::start_session`]; tests use it to sign in without a form.
pub async fn insert_session(connection: &mut RedisConnection, name: &str, role: Role) -> redis::RedisResult<String> {
    let token = random_token();
    let key = session_key(&token);
    let now = chrono::Utc::now().timestamp();
    let _: () = redis::pipe()
        .sadd(sessions_of(name), &key)
        .expire(sessions_of(name), MAX_AGE_SECONDS)
        .query_async(connection)
        .await?;
    let _: () = redis::pipe()
        .atomic()
        .hset_multiple(
            &key,
            &[
                (record_format::FIELD, SESSION_FORMAT.written().as_str()),
                ("name", name),
                ("role", role.slug()),
                ("csrf", &random_token()),
                ("created", &now.to_string()),
            ],
        )
        .expire(&key, IDLE_SECONDS)
        .query_async(connection)
        .await?;
    Ok(token)
}

/// Whether reading a session counts as the adviser's activity (and so restarts its idle time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    /// The adviser did something.
    Own,
    /// Background polling or a socket's own check: the session may still idle out.
    Background,
}

/// The session behind a cookie token, refreshed for another idle period when the read is
/// the adviser's own activity; `None` once it has expired, reached its maximum age, or
/// names a role that no longer exists.
pub async fn read_session(connection: &mut RedisConnection, token: &str, activity: Activity) -> redis::RedisResult<Option<StaffSession>> {
    read_session_at(connection, session_key(token), activity).await
}

async fn read_session_at(connection: &mut RedisConnection, key: String, activity: Activity) -> redis::RedisResult<Option<StaffSession>> {
    type Fields = (Option<String>, Option<String>, Option<String>, Option<i64>, Option<String>);
    let (name, role, csrf, created, format): Fields =
        redis::cmd("HMGET").arg(&key).arg("name").arg("role").arg("csrf").arg("created").arg(record_format::FIELD).query_async(connection).await?;
    // A session of a newer format is left alone (not ended): an upgraded instance reads it.
    if !SESSION_FORMAT.readable(format.as_deref()) {
        return Ok(None);
    }
    let (Some(name), Some(role), Some(csrf), Some(created)) = (name, role, csrf, created) else { return Ok(None) };
    if chrono::Utc::now().timestamp() - created > MAX_AGE_SECONDS {
        let _: () = connection.del(&key).await?;
        return Ok(None);
    }
    if activity == Activity::Own {
        let _: () = connection.expire(&key, IDLE_SECONDS).await?;
    }
    Ok(Role::from_slug(&role).map(|role| StaffSession { name, role, csrf, key }))
}

impl StaffStore {
    pub fn new(redis: RedisLink) -> StaffStore {
        StaffStore { redis }
    }

    /// The shared connection; also what the triage queue and audit calls are given.
    pub async fn connection(&self) -> Result<RedisConnection, AppError> {
        self.redis.connection().await.ok_or(AppError::Unavailable)
    }

    /// Adds to the audit trail; a failed write is logged and counted, never returned.
    pub async fn audit(&self, who: &str, action: &str, referral: &str) {
        crate::triage::audit::record_through(&self.redis, who, action, referral).await
    }

    pub async fn start_session(&self, name: &str, role: Role) -> Result<String, AppError> {
        Ok(insert_session(&mut self.connection().await?, name, role).await?)
    }

    pub async fn session(&self, token: &str, activity: Activity) -> Result<Option<StaffSession>, AppError> {
        Ok(read_session(&mut self.connection().await?, token, activity).await?)
    }

    /// Whether a session read earlier still stands (signed out, idle or too old: false),
    /// refreshing its idle time only for the adviser's own activity.
    pub async fn still_signed_in(&self, session: &StaffSession, activity: Activity) -> Result<bool, AppError> {
        Ok(read_session_at(&mut self.connection().await?, session.key.clone(), activity).await?.is_some())
    }

    pub async fn end_session(&self, token: &str) -> Result<(), AppError> {
        let _: () = self.connection().await?.del(session_key(token)).await?;
        Ok(())
    }

    /// Ends every session of `name`, one key at a time (they live in different slots).
    pub async fn end_sessions_of(&self, name: &str) -> Result<(), AppError> {
        let mut connection = self.connection().await?;
        let keys: Vec<String> = connection.smembers(sessions_of(name)).await?;
        for key in keys.iter().chain([&sessions_of(name)]) {
            let _: () = connection.del(key).await?;
        }
        Ok(())
    }

    /// Creates the account unless the name is taken; false when it was.
    pub async fn create_account(&self, name: &str, role: Role, password_hash: &str, sealed_totp: &str) -> Result<bool, AppError> {
        let mut connection = self.connection().await?;
        let created: bool = connection.hset_nx(account_key(name), "role", role.slug()).await?;
        if created {
            let _: () = connection
                .hset_multiple(
                    account_key(name),
                    &[(record_format::FIELD, ACCOUNT_FORMAT.written().as_str()), ("password", password_hash), ("totp", sealed_totp)],
                )
                .await?;
            if role == Role::Admin {
                self.join_admins(name).await?;
            }
        }
        Ok(created)
    }

    /// The account; none for an account of a newer format (left alone).
    pub async fn account(&self, name: &str) -> Result<Option<StoredAccount>, AppError> {
        let (role, password_hash, sealed_totp, disabled, format): (Option<String>, Option<String>, Option<String>, Option<String>, Option<String>) = redis::cmd("HMGET")
            .arg(account_key(name))
            .arg("role")
            .arg("password")
            .arg("totp")
            .arg("disabled")
            .arg(record_format::FIELD)
            .query_async(&mut self.connection().await?)
            .await?;
        if !ACCOUNT_FORMAT.readable(format.as_deref()) {
            return Ok(None);
        }
        let disabled = disabled.as_deref() == Some("1");
        Ok(match (role.as_deref().and_then(Role::from_slug), password_hash, sealed_totp) {
            (Some(role), Some(password_hash), Some(sealed_totp)) => Some(StoredAccount { role, disabled, password_hash, sealed_totp }),
            _ => None,
        })
    }

    pub async fn sealed_totp(&self, name: &str) -> Result<Option<String>, AppError> {
        Ok(self.connection().await?.hget(account_key(name), "totp").await?)
    }

    /// Counts a sign-in attempt before it is checked, so parallel guesses each see their own
    /// number; the per-client count lapses `LOCKOUT_SECONDS` after the latest attempt.
    pub async fn count_attempt(&self, name: &str, client: &str) -> Result<Attempt, AppError> {
        let (from_client, (), for_name, ()): (i64, (), i64, ()) = redis::pipe()
            .atomic()
            .incr(failures_key(name, client), 1)
            .expire(failures_key(name, client), LOCKOUT_SECONDS)
            .incr(name_failures_key(name), 1)
            .expire(name_failures_key(name), NAME_WINDOW_SECONDS)
            .query_async(&mut self.connection().await?)
            .await?;
        Ok(Attempt { from_client, for_name })
    }

    /// A successful sign-in: this client's count starts again. The per-name count stands:
    /// the other attempts may be someone else's, and it lapses within the hour anyway.
    pub async fn forget_attempts(&self, name: &str, client: &str) -> Result<(), AppError> {
        let _: () = self.connection().await?.del(failures_key(name, client)).await?;
        Ok(())
    }

    /// Attempts counted for `name` from `client`: for tests and the console.
    pub async fn attempts(&self, name: &str, client: &str) -> Result<i64, AppError> {
        let count: Option<i64> = self.connection().await?.get(failures_key(name, client)).await?;
        Ok(count.unwrap_or(0))
    }

    /// Records that `name` drew many attempts (only for an existing account, so guessed
    /// names cannot fill the list); the list keeps a day and at most `MAX_ALERTS` names.
    pub async fn raise_alert(&self, name: &str) -> Result<(), AppError> {
        let mut connection = self.connection().await?;
        if !connection.exists::<_, bool>(account_key(name)).await? {
            return Ok(());
        }
        let now_ms = chrono::Utc::now().timestamp_millis();
        let _: () = redis::pipe()
            .atomic()
            .zadd(ALERTS_KEY, name, now_ms)
            .zrembyscore(ALERTS_KEY, "-inf", now_ms - ALERT_SECONDS * 1000)
            .zremrangebyrank(ALERTS_KEY, 0, -(MAX_ALERTS + 1))
            .expire(ALERTS_KEY, ALERT_SECONDS)
            .query_async(&mut connection)
            .await?;
        Ok(())
    }

    /// The alerts of the last day, newest first.
    pub async fn alerts(&self) -> Result<Vec<SignInAlert>, AppError> {
        let since = chrono::Utc::now().timestamp_millis() - ALERT_SECONDS * 1000;
        let found: Vec<(String, i64)> = self.connection().await?.zrevrangebyscore_withscores(ALERTS_KEY, "+inf", since).await?;
        Ok(found.into_iter().map(|(name, at_ms)| SignInAlert { name, at_ms }).collect())
    }

    /// Marks a one-time code's time step as used; false when it, or a later one, already was.
    pub async fn use_totp_step(&self, name: &str, step: u64) -> Result<bool, AppError> {
        let used: i64 = USE_TOTP_STEP.key(account_key(name)).arg(step).invoke_async(&mut self.connection().await?).await?;
        Ok(used == 1)
    }
}
