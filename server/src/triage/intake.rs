//! Every server instance files new referrals from the intake stream into the triage queue,
//! sharing the work through the consumer group `triage`: each entry goes to one instance,
//! and entries an instance took but never acknowledged (it died) are taken over by another.
//!
//! The stream lives in the `{referrals}` slot and the queue in `{triage}`, so on Redis
//! Cluster no one script can touch both. Filing is therefore two idempotent steps: read the
//! entry through the group, file it into the queue (a script that does nothing for a
//! referral already filed), then acknowledge it. A crash between the steps only means the
//! entry is read and filed again, which changes nothing.
use std::time::Duration;

use super::alert_webhook::AlertWebhook;
use super::store::{Triage, TriageError};
use crate::contacts::store::ContactIndex;
use crate::infra::redis_link::RedisLink;
use crate::referrals::store::IntakeStream;

/// Runs for the life of the server.
pub async fn run(redis: RedisLink, consumer: String, claim_ms: i64, webhook: AlertWebhook) {
    loop {
        match file_pending_announcing(&redis, &consumer, claim_ms, &webhook).await {
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

async fn create_group(redis: &RedisLink) -> redis::RedisResult<()> {
    let Some(mut connection) = redis.connection().await else { return Ok(()) };
    IntakeStream { connection: &mut connection }.create_group().await
}

/// Files what is new, and what another instance left unfinished. Returns how many it filed.
pub async fn file_pending(redis: &RedisLink, consumer: &str, claim_ms: i64) -> redis::RedisResult<usize> {
    file_pending_announcing(redis, consumer, claim_ms, &AlertWebhook::default()).await
}

/// The same, telling `webhook` of each High referral it filed (filing happens once per
/// referral, so the alert goes out once).
pub async fn file_pending_announcing(redis: &RedisLink, consumer: &str, claim_ms: i64, webhook: &AlertWebhook) -> redis::RedisResult<usize> {
    let Some(mut connection) = redis.connection().await else { return Ok(0) };
    let entries = IntakeStream { connection: &mut connection }.take(consumer).await?;
    let mut filed = 0;
    for entry in entries {
        match (Triage { connection: &mut connection, claim_ms }).file(&entry.id, &entry.fields).await {
            Ok(true) => {
                filed += 1;
                if entry.fields.get("priority").map(String::as_str) == Some(domain::referral::Priority::High.slug()) {
                    webhook.notify();
                }
            }
            Ok(false) => {}
            Err(TriageError::Redis(error)) => return Err(error),
            Err(_) => {}
        }
        index_contacts(&mut connection, &entry.fields).await?;
        IntakeStream { connection: &mut connection }.acknowledge(&entry.id).await?;
    }
    Ok(filed)
}

/// Adds a filed referral to the contact index (`contacts`), another slot: a step of its own
/// between filing and acknowledging, so a crash before it is repeated with the entry.
async fn index_contacts(connection: &mut crate::infra::redis_link::RedisConnection, fields: &std::collections::HashMap<String, String>) -> redis::RedisResult<()> {
    let (Some(referral), Some(contacts)) = (fields.get("referral"), fields.get("contacts")) else { return Ok(()) };
    let digests: Vec<String> = contacts.split(',').filter(|d| !d.is_empty()).map(str::to_owned).collect();
    let received_ms = fields.get("created").and_then(|c| c.parse().ok()).unwrap_or_default();
    ContactIndex { connection }.add(referral, received_ms, &digests).await
}
