//! Everything staff keeps in Redis, and the only staff code that talks to it:
//! - `staff:account:{name}` (hash): role, argon2id password hash, sealed TOTP secret;
//! - `staff:failures:{name}` (counter): failed sign-ins, forgotten after the lockout;
//! - `staff:session:{digest}` (hash): name, role, CSRF token, start time, idle expiry;
//! - `staff:sessions:{name}` (set): the adviser's session keys, for "sign out everywhere".
//!
//! Every command touches one key, so the keys need no shared hash tag. A session is added
//! to its adviser's set before it exists: a crash in between leaves a dangling set member,
//! never a session that "sign out everywhere" cannot reach.
use axum::extract::FromRef;
use redis::aio::ConnectionManager;
use redis::AsyncCommands;

use super::extract::{Role, StaffSession};
use crate::error::AppError;
use crate::infra::redis_link::RedisLink;
use crate::infra::tokens::{digest, random_token};
use crate::state::AppState;
use crate::triage::audit::AUDIT_STREAM;

pub const IDLE_SECONDS: i64 = 30 * 60;
pub const MAX_AGE_SECONDS: i64 = 12 * 60 * 60;
pub const LOCKOUT_SECONDS: i64 = 15 * 60;

/// Also the context the TOTP secret is sealed under, so the name must never change.
pub fn account_key(name: &str) -> String {
    format!("staff:account:{name}")
}

fn failures_key(name: &str) -> String {
    format!("staff:failures:{name}")
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
    pub password_hash: String,
    pub sealed_totp: String,
}

/// One audit entry as stored; `at_ms` is absent only if the entry was written by hand.
pub struct AuditEntry {
    pub at_ms: Option<i64>,
    pub who: String,
    pub action: String,
    pub referral: String,
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
pub async fn insert_session(connection: &mut ConnectionManager, name: &str, role: Role) -> redis::RedisResult<String> {
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
        .hset_multiple(&key, &[("name", name), ("role", role.slug()), ("csrf", &random_token()), ("created", &now.to_string())])
        .expire(&key, IDLE_SECONDS)
        .query_async(connection)
        .await?;
    Ok(token)
}

/// The session behind a cookie token, refreshed for another idle period; `None` once it
/// has expired, reached its maximum age, or names a role that no longer exists.
pub async fn read_session(connection: &mut ConnectionManager, token: &str) -> redis::RedisResult<Option<StaffSession>> {
    let key = session_key(token);
    let (name, role, csrf, created): (Option<String>, Option<String>, Option<String>, Option<i64>) =
        redis::cmd("HMGET").arg(&key).arg("name").arg("role").arg("csrf").arg("created").query_async(connection).await?;
    let (Some(name), Some(role), Some(csrf), Some(created)) = (name, role, csrf, created) else { return Ok(None) };
    if chrono::Utc::now().timestamp() - created > MAX_AGE_SECONDS {
        let _: () = connection.del(&key).await?;
        return Ok(None);
    }
    let _: () = connection.expire(&key, IDLE_SECONDS).await?;
    Ok(Role::from_slug(&role).map(|role| StaffSession { name, role, csrf }))
}

impl StaffStore {
    pub fn new(redis: RedisLink) -> StaffStore {
        StaffStore { redis }
    }

    /// The shared connection; also what the triage queue and audit calls are given.
    pub async fn connection(&self) -> Result<ConnectionManager, AppError> {
        self.redis.connection().await.ok_or(AppError::Unavailable)
    }

    pub async fn start_session(&self, name: &str, role: Role) -> Result<String, AppError> {
        Ok(insert_session(&mut self.connection().await?, name, role).await?)
    }

    pub async fn session(&self, token: &str) -> Result<Option<StaffSession>, AppError> {
        Ok(read_session(&mut self.connection().await?, token).await?)
    }

    pub async fn end_session(&self, token: &str) -> Result<(), AppError> {
        let _: () = self.connection().await?.del(session_key(token)).await?;
        Ok(())
    }

    /// Ends every session of `name`, one key at a time (they live in different slots).
    pub async fn end_sessions_of(&self, name: &str) -> Result<(), AppError> {
        let mut connection = self.connection().await?;
        let keys: Vec<String> = connection.smembers(sessions_of(name)).await?;
        let mut pipe = redis::pipe();
        for key in &keys {
            pipe.del(key);
        }
        pipe.del(sessions_of(name));
        let _: () = pipe.query_async(&mut connection).await?;
        Ok(())
    }

    /// Creates the account unless the name is taken; false when it was.
    pub async fn create_account(&self, name: &str, role: Role, password_hash: &str, sealed_totp: &str) -> Result<bool, AppError> {
        let mut connection = self.connection().await?;
        let created: bool = connection.hset_nx(account_key(name), "role", role.slug()).await?;
        if created {
            let _: () = connection
                .hset_multiple(account_key(name), &[("password", password_hash), ("totp", sealed_totp)])
                .await?;
        }
        Ok(created)
    }

    pub async fn account(&self, name: &str) -> Result<Option<StoredAccount>, AppError> {
        let (role, password_hash, sealed_totp): (Option<String>, Option<String>, Option<String>) = redis::cmd("HMGET")
            .arg(account_key(name))
            .arg("role")
            .arg("password")
            .arg("totp")
            .query_async(&mut self.connection().await?)
            .await?;
        Ok(match (role.as_deref().and_then(Role::from_slug), password_hash, sealed_totp) {
            (Some(role), Some(password_hash), Some(sealed_totp)) => Some(StoredAccount { role, password_hash, sealed_totp }),
            _ => None,
        })
    }

    pub async fn sealed_totp(&self, name: &str) -> Result<Option<String>, AppError> {
        Ok(self.connection().await?.hget(account_key(name), "totp").await?)
    }

    /// Failed sign-ins within the current lockout window.
    pub async fn failures(&self, name: &str) -> Result<i64, AppError> {
        let failures: Option<i64> = self.connection().await?.get(failures_key(name)).await?;
        Ok(failures.unwrap_or(0))
    }

    /// Counts a failed sign-in; the count lapses `LOCKOUT_SECONDS` after the latest one.
    pub async fn count_failure(&self, name: &str) -> Result<(), AppError> {
        let _: () = redis::pipe()
            .incr(failures_key(name), 1)
            .expire(failures_key(name), LOCKOUT_SECONDS)
            .query_async(&mut self.connection().await?)
            .await?;
        Ok(())
    }

    pub async fn forget_failures(&self, name: &str) -> Result<(), AppError> {
        let _: () = self.connection().await?.del(failures_key(name)).await?;
        Ok(())
    }

    /// The newest `count` entries of the audit trail, newest first.
    pub async fn audit_trail(&self, count: usize) -> Result<Vec<AuditEntry>, AppError> {
        let entries: redis::streams::StreamRangeReply = redis::cmd("XREVRANGE")
            .arg(AUDIT_STREAM)
            .arg("+")
            .arg("-")
            .arg("COUNT")
            .arg(count)
            .query_async(&mut self.connection().await?)
            .await?;
        Ok(entries
            .ids
            .iter()
            .map(|entry| {
                let field = |name: &str| entry.get::<String>(name).unwrap_or_default();
                AuditEntry { at_ms: field("at").parse().ok(), who: field("who"), action: field("action"), referral: field("referral") }
            })
            .collect())
    }
}
