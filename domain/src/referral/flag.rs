//! Marks on a referral that triage must see before anything personal: kept in clear next to
//! the priority (they say what to check, not who it is about).
use serde::{Deserialize, Serialize};

use crate::slug::slug_enum;

slug_enum! {
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub enum ReferralFlag {
        /// A professional referred without the person's consent, judging the risk high.
        NoConsent,
        /// Children live in a home at high risk: check whether children's services must know.
        SafeguardingCheck,
    }
}

impl ReferralFlag {
    /// The words the (English) staff console shows.
    pub fn label(self) -> &'static str {
        match self {
            ReferralFlag::NoConsent => "NO CONSENT",
            ReferralFlag::SafeguardingCheck => "SAFEGUARDING CHECK",
        }
    }

    /// Flags as stored: slugs joined by commas, "" for none.
    pub fn join(flags: &[ReferralFlag]) -> String {
        flags.iter().map(|f| f.slug()).collect::<Vec<_>>().join(",")
    }

    /// Reads `join`'s text; unknown words (a newer version's flag) are skipped.
    pub fn split(stored: &str) -> Vec<ReferralFlag> {
        stored.split(',').filter_map(ReferralFlag::from_slug).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_round_trip_through_their_stored_text() {
        let both = [ReferralFlag::NoConsent, ReferralFlag::SafeguardingCheck];
        assert_eq!(ReferralFlag::join(&both), "no-consent,safeguarding-check");
        assert_eq!(ReferralFlag::split("no-consent,safeguarding-check"), both);
        assert_eq!(ReferralFlag::split(""), []);
        assert_eq!(ReferralFlag::split("later-flag,no-consent"), [ReferralFlag::NoConsent]);
    }
}
