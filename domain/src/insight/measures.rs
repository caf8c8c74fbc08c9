//! The measures the dashboard shows, each defined once here with the words shown beside it.
use super::event::{InsightEvent, Label};
use super::kinds;

/// The 2023 progress report's engagement (2.7.4): a referral engaged when initial contact
/// was successful; referrals made without consent, or with no safe way to contact the
/// person, are left out. Counted when the referral is closed, so each referral counts once.
pub const ENGAGEMENT: &str = "engagement";
pub const ENGAGED: &str = "engaged";
pub const NOT_ENGAGED: &str = "not-engaged";
pub const LEFT_OUT: &str = "left-out";
/// The outcome that says there was no contactable number (or no safe way to use it).
const NO_CONTACTABLE_NUMBER: &str = "no-safe-contact";

/// Dimensions worked out from an event's own, when it is counted (the engagement class of
/// an outcome), so the rule lives here and not in the script that recorded the event.
pub fn derived_dimensions(event: &InsightEvent) -> Vec<(Label, Label)> {
    if event.kind.as_str() != kinds::OUTCOME {
        return Vec::new();
    }
    let class = if event.dimension(kinds::CONSENT) == Some("no") || event.dimension(kinds::OUTCOME_DIM) == Some(NO_CONTACTABLE_NUMBER) {
        LEFT_OUT
    } else if event.dimension(kinds::CONTACTED) == Some("yes") {
        ENGAGED
    } else {
        NOT_ENGAGED
    };
    vec![(Label::new(ENGAGEMENT).expect("fixed"), Label::new(class).expect("fixed"))]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(dims: &[(&str, &str)]) -> Option<String> {
        let event = InsightEvent::new(kinds::OUTCOME, 0, dims).unwrap();
        derived_dimensions(&event).first().map(|(_, v)| v.to_string())
    }

    #[test]
    fn engagement_leaves_out_no_consent_and_no_contactable_number() {
        assert_eq!(outcome(&[("consent", "yes"), ("contacted", "yes"), ("outcome", "one-to-one")]).as_deref(), Some(ENGAGED));
        assert_eq!(outcome(&[("consent", "yes"), ("contacted", "no"), ("outcome", "signposted")]).as_deref(), Some(NOT_ENGAGED));
        assert_eq!(outcome(&[("consent", "no"), ("contacted", "yes"), ("outcome", "one-to-one")]).as_deref(), Some(LEFT_OUT));
        assert_eq!(outcome(&[("consent", "yes"), ("contacted", "no"), ("outcome", "no-safe-contact")]).as_deref(), Some(LEFT_OUT));
        assert!(derived_dimensions(&InsightEvent::new(kinds::CHAT_ENDED, 0, &[]).unwrap()).is_empty());
    }
}
