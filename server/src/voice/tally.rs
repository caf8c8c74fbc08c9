//! The one place the voice domain counts: "Did this help?" answers, about-you replies and
//! chat outcomes, per month (UK time), once per event. Today the counts live in the
//! `{voice}` store; switching them to the shared insight counters changes this file only.
use chrono::TimeZone;
use domain::chat::outcome::ChatOutcome;
use domain::voice::about_you::AboutYou;
use domain::voice::feedback::Feedback;

use super::store::{VoiceError, VoiceStore};
use crate::infra::sealing::Sealer;

/// Counts every about-you reply, answered or not.
pub const ABOUT_YOU_REPLIES: &str = "about-you:replies";

/// Something to count.
#[derive(Debug, Clone, Copy)]
pub enum Counted<'a> {
    Feedback(&'a Feedback),
    AboutYou(&'a AboutYou),
    ChatOutcome(ChatOutcome),
}

impl Counted<'_> {
    /// The counts it adds one to: names of fixed answers only, never anything typed.
    pub fn names(&self) -> Vec<String> {
        match self {
            Counted::Feedback(feedback) => vec![feedback_count(feedback.after.slug(), feedback.helped.slug())],
            Counted::AboutYou(about) => std::iter::once(ABOUT_YOU_REPLIES.to_owned()).chain(about.count_names()).collect(),
            Counted::ChatOutcome(outcome) => vec![format!("chat-outcome:{}", outcome.slug())],
        }
    }
}

/// `feedback-chat:yes`: answers to "Did this help?" by where it was asked.
pub fn feedback_count(after: &str, helped: &str) -> String {
    format!("feedback-{after}:{helped}")
}

/// The month (`YYYY-MM`, UK time) an instant falls in.
pub fn month_of(ms: i64) -> String {
    chrono_tz::Europe::London.timestamp_millis_opt(ms).single().map(|t| t.format("%Y-%m").to_string()).unwrap_or_default()
}

/// The month before `month` (`YYYY-MM`).
pub fn month_before(month: &str) -> String {
    chrono::NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d")
        .ok()
        .and_then(|first| first.pred_opt())
        .map(|last_day| last_day.format("%Y-%m").to_string())
        .unwrap_or_default()
}

/// Counts `counted` once for `event_id` (a submission id, a page token's nonce, a chat id).
/// Only a keyed digest of the id is remembered, so the counts cannot be traced back to it.
pub async fn count(store: &VoiceStore, sealer: &Sealer, event_id: &str, counted: Counted<'_>, now_ms: i64) -> Result<bool, VoiceError> {
    let event = sealer.keyed_digest(format!("voice-event.{event_id}").as_bytes());
    store.count_once(&event, &month_of(now_ms), &counted.names(), now_ms).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_uk_months() {
        // 2026-03-31 23:30 UTC is already April in London (BST).
        let ms = chrono::Utc.with_ymd_and_hms(2026, 3, 31, 23, 30, 0).unwrap().timestamp_millis();
        assert_eq!(month_of(ms), "2026-04");
        let ms = chrono::Utc.with_ymd_and_hms(2026, 12, 31, 23, 30, 0).unwrap().timestamp_millis();
        assert_eq!(month_of(ms), "2026-12");
        assert_eq!(month_before("2026-01"), "2025-12");
        assert_eq!(month_before("2026-03"), "2026-02");
    }
}
