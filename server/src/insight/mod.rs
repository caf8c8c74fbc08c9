//! The service counting itself, with no personal data (`domain::insight` says what is
//! counted and how it is read back). Scripts record each event in an outbox stream in their
//! own slot, atomically with the change (`store::recording_script`); `jobs` counts each
//! outbox entry once per entry id into per-day counters in the `{insight}` slot, right after
//! the event (woken by `nudge`) and again by a catch-up replay of the last day, so a crash
//! between an event and its counter is repaired and a replay never counts twice.
pub mod jobs;
pub mod routes;
pub mod settled;
pub mod store;

use tokio::sync::Notify;

pub use store::{Applied, InsightError, InsightStore, Outbox};

/// Every outbox the counting job reads. A domain recording events of its own adds its
/// outbox here (a key in its own slot, a short fixed name).
pub const OUTBOXES: &[Outbox] = &[
    Outbox { name: "triage", key: crate::triage::store::keys::INSIGHT_OUTBOX },
    Outbox { name: "chat", key: crate::chat::store::keys::INSIGHT_OUTBOX },
];

/// Wakes this instance's counting job (one pending wake-up at most, however many events).
static WAKE: Notify = Notify::const_new();

/// Called by a store right after a change that recorded an event.
pub fn nudge() {
    WAKE.notify_one();
}
