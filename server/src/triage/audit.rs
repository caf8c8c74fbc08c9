//! Who did what to which referral, and when. Never personal data: ids and action names only.
//! Writing it never fails the work it records; a failed write is logged here (the action
//! name only) and counted, and `/readyz` shows the count, so none is dropped silently.
//! Lines are kept for `AUDIT_DAYS`: the stream's ids are times, so older ones are trimmed by
//! `MINID`.
use std::sync::atomic::{AtomicU64, Ordering};

use crate::infra::redis_link::RedisConnection;

use crate::infra::redis_link::RedisLink;

use super::store;
pub use super::store::keys::AUDIT as AUDIT_STREAM;
pub use super::store::{recent_audit as recent, AuditEntry};

/// Audit lines this process failed to write since it started.
static FAILED_WRITES: AtomicU64 = AtomicU64::new(0);

pub async fn record(connection: &mut RedisConnection, who: &str, action: &str, referral: &str) {
    if let Err(error) = store::append_audit(connection, who, action, referral).await {
        write_failed(action, &format!("{:?}", error.kind()));
    }
}

/// The same, for callers holding the link rather than a connection: Redis being out of
/// reach is one more failed write.
pub async fn record_through(redis: &RedisLink, who: &str, action: &str, referral: &str) {
    match redis.connection().await {
        Some(mut connection) => record(&mut connection, who, action, referral).await,
        None => write_failed(action, "redis unavailable"),
    }
}

/// Logs (the action name and the kind of failure only) and counts a line not written.
pub fn write_failed(action: &str, kind: &str) {
    FAILED_WRITES.fetch_add(1, Ordering::Relaxed);
    tracing::warn!(action, kind, "audit entry not written");
}

pub fn failed_writes() -> u64 {
    FAILED_WRITES.load(Ordering::Relaxed)
}

/// Removes lines older than `days`; returns how many.
pub async fn trim(connection: &mut RedisConnection, days: u32) -> redis::RedisResult<usize> {
    let cutoff_ms = chrono::Utc::now().timestamp_millis() - i64::from(days) * 86_400_000;
    store::trim_audit_before(connection, cutoff_ms).await
}
