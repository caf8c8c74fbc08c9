//! The counting job, in every instance: counts what is new in each outbox when woken (right
//! after an event) or every few seconds, and every ten minutes replays the last day of each
//! outbox (repairing anything a crash left uncounted) and trims what is older than kept.
use std::time::{Duration, Instant};

use super::{InsightStore, OUTBOXES, WAKE};

const POLL: Duration = Duration::from_secs(5);
const REPLAY_EVERY: Duration = Duration::from_secs(600);

pub async fn run(store: InsightStore) {
    let mut last_replay: Option<Instant> = None;
    loop {
        tokio::select! {
            _ = WAKE.notified() => {}
            _ = tokio::time::sleep(POLL) => {}
        }
        for outbox in OUTBOXES {
            if let Err(error) = store.drain(outbox).await {
                tracing::warn!(outbox = outbox.name, %error, "insight: counting");
            }
        }
        if last_replay.is_none_or(|at| at.elapsed() >= REPLAY_EVERY) {
            last_replay = Some(Instant::now());
            catch_up(&store).await;
        }
    }
}

/// Replays every outbox's window and trims old entries; returns how many events it repaired.
pub async fn catch_up(store: &InsightStore) -> usize {
    let mut repaired = 0;
    for outbox in OUTBOXES {
        match store.replay(outbox).await {
            Ok(count) => repaired += count,
            Err(error) => tracing::warn!(outbox = outbox.name, %error, "insight: replay"),
        }
        if let Err(error) = store.trim(outbox).await {
            tracing::warn!(outbox = outbox.name, %error, "insight: trim");
        }
    }
    if repaired > 0 {
        tracing::info!(repaired, "insight: counted events missed before");
    }
    repaired
}
