//! Deletes "Did this help?" answers past `FEEDBACK_DAYS` even when nobody posts or reads
//! them (posting and reading also trim).
use std::time::Duration;

use super::store::VoiceStore;

const EVERY: Duration = Duration::from_secs(60 * 60);

pub async fn run(store: VoiceStore) {
    loop {
        match store.forget_old(chrono::Utc::now().timestamp_millis()).await {
            Ok(0) => {}
            Ok(deleted) => tracing::info!(deleted, "old feedback deleted"),
            Err(error) => tracing::warn!(%error, "old feedback not deleted this time"),
        }
        tokio::time::sleep(EVERY).await;
    }
}
