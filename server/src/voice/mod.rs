//! What visitors tell the service about itself: "Did this help?" (sealed comments a team
//! leader reads, kept `FEEDBACK_DAYS`), the optional about-you step (counts only) and the
//! counts of chat outcomes. Nothing here is linked to a chat or a referral: no id, no
//! cookie, answers dated by day only.
pub mod figures;
pub mod jobs;
pub mod routes;
pub mod store;
pub mod tally;
pub mod token;

/// What the voice handlers share (a part of `AppState`).
#[derive(Clone)]
pub struct Voice {
    pub store: store::VoiceStore,
    pub tokens: token::FormTokens,
    pub sealer: crate::infra::sealing::Sealer,
    pub feedback_days: u32,
}

impl Voice {
    pub fn new(redis: crate::infra::redis_link::RedisLink, sealer: crate::infra::sealing::Sealer, feedback_days: u32) -> Voice {
        Voice {
            store: store::VoiceStore::new(redis, feedback_days),
            tokens: token::FormTokens::new(sealer.clone()),
            sealer,
            feedback_days,
        }
    }

    /// Counts `counted` once for `event_id` (see `tally`).
    pub async fn count(&self, event_id: &str, counted: tally::Counted<'_>) -> Result<bool, store::VoiceError> {
        tally::count(&self.store, &self.sealer, event_id, counted, chrono::Utc::now().timestamp_millis()).await
    }
}
