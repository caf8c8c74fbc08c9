//! What came of a referral, as the service reports it (seed 002), and how an adviser tried
//! to reach the person. The staff console is in English, so labels live here.
use serde::{Deserialize, Serialize};

macro_rules! labelled_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => ($slug:literal, $label:literal)),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
            pub fn from_slug(slug: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.slug() == slug)
            }
        }
    };
}

labelled_enum! {
    /// The outcome recorded when a referral is closed.
    Outcome {
        OneToOne => ("one-to-one", "One-to-one support"),
        GroupWork => ("group-work", "Group work"),
        Counselling => ("counselling", "Counselling"),
        PeerSupport => ("peer-support", "Peer support"),
        ComplexNeedsOutreach => ("complex-needs-outreach", "Complex-needs outreach (DAAOS)"),
        HighRiskReferral => ("high-risk-referral", "High-risk referral (IDVA / MARAC)"),
        SafeAccommodation => ("safe-accommodation", "Refuge or safe accommodation"),
        TargetHardening => ("target-hardening", "Target hardening"),
        Signposted => ("signposted", "Signposted elsewhere"),
        NoSafeContact => ("no-safe-contact", "Could not make safe contact"),
    }
}

labelled_enum! {
    /// How a contact attempt was made.
    ContactMethod {
        Phone => ("phone", "Phone call"),
        Text => ("text", "Text message"),
        Email => ("email", "Email"),
    }
}

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
}
