//! Background work any instance may do at any time: every step is idempotent.
//! Lapsed claims go back to the queue; closed referrals are deleted after the retention time;
//! audit lines older than the audit window are trimmed; a High referral that went overdue
//! waiting is announced to the alert webhook (once, whichever instance sees it first).
use std::time::Duration;

use crate::infra::redis_link::RedisConnection;

use super::alert_webhook::AlertWebhook;
use super::audit;
use super::store::{self, Triage};
use crate::infra::redis_link::RedisLink;
use crate::contacts::store::ContactIndex;
use crate::referrals::store::IntakeStream;

pub async fn run(redis: RedisLink, claim_ms: i64, retention_days: u32, audit_days: u32, webhook: AlertWebhook) {
    loop {
        if let Some(mut connection) = redis.connection().await {
            let mut triage = Triage { connection: &mut connection, claim_ms };
            match triage.return_lapsed_claims().await {
                Ok(returned) => {
                    for id in returned {
                        audit::record(&mut connection, "system", "claim-lapsed", &id).await;
                    }
                }
                Err(error) => tracing::warn!(%error, "returning lapsed claims"),
            }
            let mut triage = Triage { connection: &mut connection, claim_ms };
            match triage.announce_overdue_high(chrono::Utc::now().timestamp_millis()).await {
                Ok(newly) => (0..newly).for_each(|_| webhook.notify()),
                Err(error) => tracing::warn!(%error, "overdue High referrals"),
            }
            if let Err(error) = delete_expired(&mut connection, retention_days).await {
                tracing::warn!(%error, "retention");
            }
            if let Err(error) = audit::trim(&mut connection, audit_days).await {
                tracing::warn!(kind = ?error.kind(), "audit trim");
            }
        }
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
}

/// Deletes closed referrals older than the retention time, with their record in the intake
/// stream, contact index entries, attempts and notes. The intake record goes first: should this stop half-way, the
/// referral is still listed as closed and the next run finishes it. Returns how many.
pub async fn delete_expired(connection: &mut RedisConnection, retention_days: u32) -> redis::RedisResult<usize> {
    let cutoff = chrono::Utc::now().timestamp_millis() - i64::from(retention_days) * 86_400_000;
    let expired = store::closed_before(connection, cutoff).await?;
    for id in &expired {
        if let Some(intake_id) = store::intake_entry_of(connection, id).await? {
            IntakeStream { connection: &mut *connection }.delete(&intake_id).await?;
        }
        ContactIndex { connection: &mut *connection }.forget(id).await?;
        store::delete_closed(connection, id).await?;
        audit::record(connection, "system", "deleted-after-retention", id).await;
    }
    Ok(expired.len())
}
