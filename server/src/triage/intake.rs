//! Every server instance files new referrals from `referrals:intake` into the triage queue,
//! sharing the work through the consumer group `triage`: each entry goes to one instance,
//! and entries an instance took but never acknowledged (it died) are taken over by another.
use std::collections::HashMap;
use std::time::Duration;

use redis::streams::{StreamAutoClaimReply, StreamId, StreamReadOptions, StreamReadReply};

use super::queue::Triage;
use crate::infra::redis_link::RedisLink;
use crate::referrals::store::{INTAKE_GROUP, INTAKE_STREAM};

/// An entry unacknowledged this long belonged to an instance that stopped.
const TAKE_OVER_AFTER_MS: u64 = 30_000;

fn fields_of(entry: &StreamId) -> HashMap<String, String> {
    entry
        .map
        .iter()
        .filter_map(|(k, v)| redis::from_redis_value::<String>(v.clone()).ok().map(|v| (k.clone(), v)))
        .collect()
}

/// Runs for the life of the server.
pub async fn run(redis: RedisLink, consumer: String, claim_ms: i64) {
    loop {
        match file_pending(&redis, &consumer, claim_ms).await {
            // No referral has arrived yet (or Redis lost its data): make the group, go on.
            Err(error) if error.code() == Some("NOGROUP") => {
                if let Err(error) = create_group(&redis).await {
                    tracing::warn!(%error, "intake: cannot create the consumer group");
                }
            }
            Err(error) => tracing::warn!(%error, "intake: will retry"),
            Ok(_) => {}
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Creates the intake stream and group; "already exists" is success.
async fn create_group(redis: &RedisLink) -> redis::RedisResult<()> {
    let Some(mut connection) = redis.connection().await else { return Ok(()) };
    let created: redis::RedisResult<()> = redis::cmd("XGROUP")
        .arg("CREATE").arg(INTAKE_STREAM).arg(INTAKE_GROUP).arg("0").arg("MKSTREAM")
        .query_async(&mut connection)
        .await;
    match created {
        Err(error) if error.code() != Some("BUSYGROUP") => Err(error),
        _ => Ok(()),
    }
}

/// Files what is new, and what another instance left unfinished. Returns how many it filed.
pub async fn file_pending(redis: &RedisLink, consumer: &str, claim_ms: i64) -> redis::RedisResult<usize> {
    let Some(mut connection) = redis.connection().await else { return Ok(0) };
    let taken_over: StreamAutoClaimReply = redis::cmd("XAUTOCLAIM")
        .arg(INTAKE_STREAM).arg(INTAKE_GROUP).arg(consumer).arg(TAKE_OVER_AFTER_MS).arg("0-0").arg("COUNT").arg(50)
        .query_async(&mut connection)
        .await?;
    let options = StreamReadOptions::default().group(INTAKE_GROUP, consumer).count(50);
    let fresh: StreamReadReply = redis::AsyncCommands::xread_options(&mut connection, &[INTAKE_STREAM], &[">"], &options).await?;
    let entries: Vec<StreamId> = taken_over
        .claimed
        .into_iter()
        .chain(fresh.keys.into_iter().flat_map(|k| k.ids))
        .collect();
    let mut filed = 0;
    for entry in entries {
        let fields = fields_of(&entry);
        let mut triage = Triage { connection: &mut connection, claim_ms };
        match triage.file(&entry.id, &fields).await {
            Ok(true) => filed += 1,
            Ok(false) => {}
            Err(super::queue::TriageError::Redis(error)) => return Err(error),
            Err(_) => {}
        }
        let _: () = redis::cmd("XACK").arg(INTAKE_STREAM).arg(INTAKE_GROUP).arg(&entry.id).query_async(&mut connection).await?;
    }
    Ok(filed)
}
