//! What came of a referral, as the service reports it (seed 002), and how an adviser tried
//! to reach the person. The staff console is in English, so labels live here.
use serde::{Deserialize, Serialize};
use strum::EnumMessage;

use crate::slug::slug_enum;

// Serialized by variant name (as stored in attempt records), not by slug.
slug_enum! {
    /// The outcome recorded when a referral is closed; its English label is the `message`.
    #[derive(Serialize, Deserialize, strum::EnumMessage)]
    pub enum Outcome {
        #[strum(message = "One-to-one support")]
        OneToOne,
        #[strum(message = "Group work")]
        GroupWork,
        #[strum(message = "Counselling")]
        Counselling,
        #[strum(message = "Peer support")]
        PeerSupport,
        #[strum(message = "Complex-needs outreach (DAAOS)")]
        ComplexNeedsOutreach,
        #[strum(message = "High-risk referral (IDVA / MARAC)")]
        HighRiskReferral,
        #[strum(message = "Refuge or safe accommodation")]
        SafeAccommodation,
        #[strum(message = "Target hardening")]
        TargetHardening,
        #[strum(message = "Signposted elsewhere")]
        Signposted,
        #[strum(message = "Could not make safe contact")]
        NoSafeContact,
    }
}

slug_enum! {
    /// How a contact attempt was made (and how a person asks to be contacted).
    #[derive(Serialize, Deserialize, strum::EnumMessage)]
    pub enum ContactMethod {
        #[strum(message = "Phone call")]
        Phone,
        #[strum(message = "Text message")]
        Text,
        #[strum(message = "Email")]
        Email,
    }
}

/// The English label shown in the staff console, from each variant's `message`.
macro_rules! english_label {
    ($($name:ident),+) => {$(
        impl $name {
            pub fn label(self) -> &'static str {
                self.get_message().unwrap_or(self.slug())
            }
        }
    )+};
}
english_label!(Outcome, ContactMethod);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_outcome_round_trips_through_its_slug() {
        assert_eq!(Outcome::ALL.len(), 10);
        for outcome in Outcome::ALL {
            assert_eq!(Outcome::from_slug(outcome.slug()), Some(*outcome));
        }
        assert_eq!(ContactMethod::from_slug("text"), Some(ContactMethod::Text));
        assert_eq!(Outcome::from_slug("made-up"), None);
    }

    #[test]
    fn every_variant_has_its_own_label() {
        for outcome in Outcome::ALL {
            assert!(outcome.get_message().is_some(), "{outcome:?}");
        }
        for method in ContactMethod::ALL {
            assert!(method.get_message().is_some(), "{method:?}");
        }
        assert_eq!(Outcome::ComplexNeedsOutreach.label(), "Complex-needs outreach (DAAOS)");
        assert_eq!(ContactMethod::Text.label(), "Text message");
    }
}
