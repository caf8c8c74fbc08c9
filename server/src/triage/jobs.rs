//! Background work any instance may do at any time: every step is idempotent.
//! Lapsed claims go back to the queue; closed referrals are deleted after the retention time.
use std::time::Duration;

use redis::AsyncCommands;

use super::audit;
use super::queue::{attempts_key, notes_key, referral_key, Triage, CLOSED};
use crate::infra::redis_link::RedisLink;
use crate::referrals::store::{INTAKE_GROUP, INTAKE_STREAM};

pub async fn run(redis: RedisLink, claim_ms: i64, retention_days: u32) {
    loop {
        if let Some(mut connection) = redis.connection().await {
            let mut triage = Triage { connection: &mut connection, claim_ms };
            match triage.return_lapsed_claims().await {
                Ok(returned) => {
                    for id in returned {
                        let _ = audit::record(&mut connection, "system", "claim-lapsed", &id).await;
                    }
                }
                Err(error) => tracing::warn!(%error, "returning lapsed claims"),
            }
            if let Err(error) = delete_expired(&mut connection, retention_days).await {
                tracing::warn!(%error, "retention");
            }
        }
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
}

/// Deletes closed referrals older than the retention time, with their record in the intake
/// stream, attempts and notes. Returns how many.
pub async fn delete_expired(connection: &mut redis::aio::ConnectionManager, retention_days: u32) -> redis::RedisResult<usize> {
    let cutoff = chrono::Utc::now().timestamp_millis() - i64::from(retention_days) * 86_400_000;
    let expired: Vec<String> = connection.zrangebyscore(CLOSED, "-inf", cutoff).await?;
    for id in &expired {
        let intake_id: Option<String> = connection.hget(referral_key(id), "intake_id").await?;
        if let Some(intake_id) = intake_id {
            let _: () = redis::cmd("XACK").arg(INTAKE_STREAM).arg(INTAKE_GROUP).arg(&intake_id).query_async(connection).await?;
            let _: () = redis::cmd("XDEL").arg(INTAKE_STREAM).arg(&intake_id).query_async(connection).await?;
        }
        let _: () = connection.del(&[referral_key(id), attempts_key(id), notes_key(id)]).await?;
        let _: () = connection.zrem(CLOSED, id).await?;
        audit::record(connection, "system", "deleted-after-retention", id).await?;
    }
    Ok(expired.len())
}
