//! What came of a chat, chosen by the adviser when they end it (or afterwards, when the
//! visitor ended it). English labels: the staff console is in English.
use serde::{Deserialize, Serialize};

use crate::slug::slug_enum;

slug_enum! {
    /// A chat's outcome; its English label is the `message`. Sent and stored by slug.
    #[derive(Serialize, Deserialize, strum::EnumMessage)]
    #[serde(rename_all = "kebab-case")]
    pub enum ChatOutcome {
        #[strum(message = "Information given")]
        InformationGiven,
        #[strum(message = "Safety planning")]
        SafetyPlanning,
        #[strum(message = "Referral made")]
        ReferralMade,
        #[strum(message = "Signposted elsewhere")]
        Signposted,
        #[strum(message = "Visitor left")]
        VisitorLeft,
        #[strum(message = "Abusive or hoax")]
        AbusiveOrHoax,
    }
}

impl ChatOutcome {
    pub fn label(self) -> &'static str {
        strum::EnumMessage::get_message(&self).unwrap_or_else(|| self.slug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_are_sent_and_stored_by_slug() {
        assert_eq!(
            ChatOutcome::SLUGS,
            ["information-given", "safety-planning", "referral-made", "signposted", "visitor-left", "abusive-or-hoax"]
        );
        assert_eq!(serde_json::to_string(&ChatOutcome::AbusiveOrHoax).unwrap(), "\"abusive-or-hoax\"");
        assert!(ChatOutcome::ALL.iter().all(|o| !o.label().is_empty()));
    }
}
