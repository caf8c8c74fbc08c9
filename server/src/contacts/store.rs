//! The contact index's Redis, and the only code here that talks to it. All keys carry the
//! hash tag `{contacts}`, so the one script that changes them runs on Redis Cluster:
//! - `{contacts}:d:{digest}` (sorted set): referral ids by received time, the newest
//!   `PER_DIGEST` kept;
//! - `{contacts}:of:{referral}` (set): that referral's digest keys, so retention can take it
//!   out of the index and `rekey` can move it to a new key.
//!
//! Filing a referral (`{triage}`) and indexing it are separate idempotent steps of the intake
//! loop (`triage::intake`); adding the same referral again changes nothing.
use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

use redis::{AsyncCommands, Script};

use crate::infra::redis_link::RedisConnection;

/// The most referrals one phone number or email address finds (the newest).
pub const PER_DIGEST: usize = 100;

static INDEX_SET: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("lua/index_set.lua")));

pub fn digest_key(digest: &str) -> String {
    format!("{{contacts}}:d:{digest}")
}

fn digests_of(referral: &str) -> String {
    format!("{{contacts}}:of:{referral}")
}

/// A referral the index found, and when it was received (ms).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub referral: String,
    pub received_ms: i64,
}

pub struct ContactIndex<'a> {
    pub connection: &'a mut RedisConnection,
}

impl ContactIndex<'_> {
    /// Adds a referral under its digests (keeping any it already had).
    pub async fn add(&mut self, referral: &str, received_ms: i64, digests: &[String]) -> redis::RedisResult<()> {
        if digests.is_empty() {
            return Ok(());
        }
        let keys: Vec<String> = digests.iter().map(|d| digest_key(d)).collect();
        self.set(referral, received_ms, &keys, &[]).await
    }

    /// Makes `digests` the referral's only ones; false when they already were.
    pub async fn replace(&mut self, referral: &str, received_ms: i64, digests: &[String]) -> redis::RedisResult<bool> {
        let had: BTreeSet<String> = self.connection.smembers(digests_of(referral)).await?;
        let now: BTreeSet<String> = digests.iter().map(|d| digest_key(d)).collect();
        if had == now {
            return Ok(false);
        }
        let current: Vec<String> = now.iter().cloned().collect();
        let gone: Vec<String> = had.difference(&now).cloned().collect();
        self.set(referral, received_ms, &current, &gone).await?;
        Ok(true)
    }

    /// Takes a referral out of the index (it is being deleted).
    pub async fn forget(&mut self, referral: &str) -> redis::RedisResult<()> {
        self.replace(referral, 0, &[]).await.map(|_| ())
    }

    async fn set(&mut self, referral: &str, received_ms: i64, current: &[String], gone: &[String]) -> redis::RedisResult<()> {
        let mut invocation = INDEX_SET.key(digests_of(referral));
        for key in current.iter().chain(gone) {
            invocation.key(key);
        }
        invocation.arg(referral).arg(received_ms).arg(PER_DIGEST).arg(current.len());
        invocation.invoke_async(self.connection).await
    }

    /// The referrals any of `digests` finds, newest first, each once.
    pub async fn find(&mut self, digests: &[String]) -> redis::RedisResult<Vec<Found>> {
        let keys: Vec<String> = digests.iter().map(|d| digest_key(d)).collect();
        self.find_in(&keys).await
    }

    /// Other referrals from the same phone number or email address as `referral`.
    pub async fn linked(&mut self, referral: &str) -> redis::RedisResult<Vec<Found>> {
        let keys: Vec<String> = self.connection.smembers(digests_of(referral)).await?;
        let mut found = self.find_in(&keys).await?;
        found.retain(|f| f.referral != referral);
        Ok(found)
    }

    async fn find_in(&mut self, keys: &[String]) -> redis::RedisResult<Vec<Found>> {
        let mut received: HashMap<String, i64> = HashMap::new();
        for key in keys {
            let members: Vec<(String, f64)> = self.connection.zrevrange_withscores(key, 0, PER_DIGEST as isize - 1).await?;
            for (referral, ms) in members {
                received.insert(referral, ms as i64);
            }
        }
        let mut found: Vec<Found> = received.into_iter().map(|(referral, received_ms)| Found { referral, received_ms }).collect();
        found.sort_by(|a, b| b.received_ms.cmp(&a.received_ms).then_with(|| a.referral.cmp(&b.referral)));
        found.truncate(PER_DIGEST);
        Ok(found)
    }
}
