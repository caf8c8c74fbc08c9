//! The counting job, in every instance: counts what is new in each outbox when woken (right
//! after an event) or every few seconds, and every ten minutes replays the last day of each
//! outbox (repairing anything a crash left uncounted) and trims what is older than kept.
//! On start it reads the final days a dashboard may show once, so the first view is as quick
//! as the next (`settled`).
use std::time::{Duration, Instant};

use super::{InsightStore, OUTBOXES, WAKE};

const POLL: Duration = Duration::from_secs(5);
const REPLAY_EVERY: Duration = Duration::from_secs(600);
/// The days read on start: a custom year and the year before it, and the quarter table.
const WARM_DAYS: i64 = 2 * 366 + 92;
/// Days read per round trip while warming up, so other clients are not held up.
const WARM_CHUNK: i64 = 92;

pub async fn run(store: InsightStore) {
    warm(&store).await;
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

/// Reads the last `WARM_DAYS` once, a chunk at a time, keeping the final ones in memory.
pub async fn warm(store: &InsightStore) {
    let today = domain::insight::day_of(chrono::Utc::now().timestamp_millis());
    let mut first = today - chrono::Duration::days(WARM_DAYS);
    while first < today {
        let last = (first + chrono::Duration::days(WARM_CHUNK - 1)).min(today);
        if let Err(error) = store.daily_figures(first, last, today).await {
            tracing::debug!(%error, "insight: warming up");
            return;
        }
        first = last + chrono::Duration::days(1);
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
