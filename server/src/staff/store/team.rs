//! Team admin's Redis: the accounts listed, disabled and enabled, roles changed, TOTP secrets
//! replaced, sign-ins recorded, and the roster of enabled admins that keeps the last one from
//! stepping down. Each command touches one key, except the roster's own script.
//!
//! `staff:admins` (set) holds the enabled admins. Taking one off is a script that refuses the
//! last, so two admins demoting each other at once cannot both succeed; the account hash is
//! changed after it, so a crash in between leaves the roster short, never the team without an
//! admin. A missing roster (none yet, or Redis lost it) is rebuilt from the accounts.
use std::sync::LazyLock;

use redis::{AsyncCommands, Script};

use super::{account_key, StaffStore, ACCOUNT_KEYS};
use crate::error::AppError;
use crate::staff::extract::Role;

const ADMINS: &str = "staff:admins";
/// The most accounts a listing reads (a service's staff; far more is a mistake).
const MAX_ACCOUNTS: usize = 1000;

static STEP_DOWN_ADMIN: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("../lua/step_down_admin.lua")));

/// One account as team admin lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountSummary {
    pub name: String,
    pub role: Role,
    pub disabled: bool,
    /// When they last signed in (ms), if since this was recorded.
    pub last_sign_in_ms: Option<i64>,
}

impl StaffStore {
    /// Every account, by name.
    pub async fn accounts(&self) -> Result<Vec<AccountSummary>, AppError> {
        let mut connection = self.connection().await?;
        let mut keys: Vec<String> = Vec::new();
        let mut cursor: u64 = 0;
        loop {
            let (next, page): (u64, Vec<String>) =
                redis::cmd("SCAN").arg(cursor).arg("MATCH").arg(ACCOUNT_KEYS).arg("COUNT").arg(200).query_async(&mut connection).await?;
            keys.extend(page);
            cursor = next;
            if cursor == 0 || keys.len() >= MAX_ACCOUNTS {
                break;
            }
        }
        keys.sort();
        keys.dedup();
        let mut found = Vec::new();
        for key in keys {
            let (role, disabled, last): (Option<String>, Option<String>, Option<i64>) =
                redis::cmd("HMGET").arg(&key).arg("role").arg("disabled").arg("last_sign_in").query_async(&mut connection).await?;
            let (Some(name), Some(role)) = (key.strip_prefix("staff:account:"), role.as_deref().and_then(Role::from_slug)) else { continue };
            found.push(AccountSummary { name: name.to_owned(), role, disabled: disabled.as_deref() == Some("1"), last_sign_in_ms: last });
        }
        Ok(found)
    }

    pub async fn account_summary(&self, name: &str) -> Result<Option<AccountSummary>, AppError> {
        let (role, disabled, last): (Option<String>, Option<String>, Option<i64>) = redis::cmd("HMGET")
            .arg(account_key(name))
            .arg("role")
            .arg("disabled")
            .arg("last_sign_in")
            .query_async(&mut self.connection().await?)
            .await?;
        Ok(role.as_deref().and_then(Role::from_slug).map(|role| AccountSummary {
            name: name.to_owned(),
            role,
            disabled: disabled.as_deref() == Some("1"),
            last_sign_in_ms: last,
        }))
    }

    pub async fn record_sign_in(&self, name: &str) -> Result<(), AppError> {
        let now = chrono::Utc::now().timestamp_millis();
        let _: () = self.connection().await?.hset(account_key(name), "last_sign_in", now).await?;
        Ok(())
    }

    /// Takes `name` off the roster of enabled admins; false when they are the last one.
    pub async fn step_down_admin(&self, name: &str) -> Result<bool, AppError> {
        self.seed_admin_roster().await?;
        let allowed: i64 = STEP_DOWN_ADMIN.key(ADMINS).arg(name).invoke_async(&mut self.connection().await?).await?;
        Ok(allowed == 1)
    }

    /// Puts `name` on the roster of enabled admins.
    pub async fn join_admins(&self, name: &str) -> Result<(), AppError> {
        self.seed_admin_roster().await?;
        let _: () = self.connection().await?.sadd(ADMINS, name).await?;
        Ok(())
    }

    /// Builds the roster from the accounts when there is none.
    async fn seed_admin_roster(&self) -> Result<(), AppError> {
        if self.connection().await?.exists::<_, bool>(ADMINS).await? {
            return Ok(());
        }
        let admins: Vec<String> = self.accounts().await?.into_iter().filter(|a| a.role == Role::Admin && !a.disabled).map(|a| a.name).collect();
        if !admins.is_empty() {
            let _: () = self.connection().await?.sadd(ADMINS, admins).await?;
        }
        Ok(())
    }

    pub async fn set_disabled(&self, name: &str, disabled: bool) -> Result<(), AppError> {
        let mut connection = self.connection().await?;
        let _: () = if disabled { connection.hset(account_key(name), "disabled", "1").await? } else { connection.hdel(account_key(name), "disabled").await? };
        Ok(())
    }

    pub async fn set_role(&self, name: &str, role: Role) -> Result<(), AppError> {
        let _: () = self.connection().await?.hset(account_key(name), "role", role.slug()).await?;
        Ok(())
    }

    /// A new sealed TOTP secret; the used-step record goes with the old secret.
    pub async fn replace_totp(&self, name: &str, sealed_totp: &str) -> Result<(), AppError> {
        let _: () = redis::pipe()
            .atomic()
            .hset(account_key(name), "totp", sealed_totp)
            .hdel(account_key(name), "totp_step")
            .query_async(&mut self.connection().await?)
            .await?;
        Ok(())
    }
}
