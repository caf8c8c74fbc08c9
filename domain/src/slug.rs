//! The one way to declare an enum whose variants have a text form (a "slug"), used in URLs,
//! form values, Fluent keys and stored records. `strum` derives the text from each variant
//! name in kebab-case (`YoungPeople` is `young-people`); a variant whose slug differs says so
//! with `#[strum(serialize = "…")]`. The macro adds the methods every caller uses, so no enum
//! keeps its own table of slugs.

/// Declares a slug enum: `slug_enum! { /// docs  #[derive(Serialize)]  pub enum Name { A, B } }`.
/// Extra derives and attributes go before `pub enum`; variants are listed in display order.
macro_rules! slug_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($body:tt)* }) => {
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash,
            ::strum::EnumString, ::strum::IntoStaticStr, ::strum::VariantArray, ::strum::VariantNames,
        )]
        #[strum(serialize_all = "kebab-case")]
        $(#[$meta])*
        $vis enum $name { $($body)* }

        impl $name {
            /// Every variant, in the order declared (the order pages list them in).
            pub const ALL: &'static [$name] = <$name as ::strum::VariantArray>::VARIANTS;
            /// Every slug, in the same order.
            pub const SLUGS: &'static [&'static str] = <$name as ::strum::VariantNames>::VARIANTS;

            pub fn slug(self) -> &'static str {
                self.into()
            }

            pub fn from_slug(slug: &str) -> Option<$name> {
                slug.parse().ok()
            }
        }
    };
}

pub(crate) use slug_enum;

#[cfg(test)]
mod tests {
    use crate::helplines::Helpline;
    use crate::referral::{ContactMethod, Outcome, Priority, ReferralPath, RiskQuestion};

    /// Slugs are stored in Redis, sent by forms and name Fluent keys: changing one is a
    /// migration, so each is pinned here.
    #[test]
    fn every_slug_is_as_stored_and_linked() {
        assert_eq!(ReferralPath::SLUGS, ["self", "professional", "friend-or-family"]);
        assert_eq!(Priority::SLUGS, ["high", "medium", "standard"]);
        assert_eq!(ContactMethod::SLUGS, ["phone", "text", "email"]);
        assert_eq!(
            Outcome::SLUGS,
            [
                "one-to-one",
                "group-work",
                "counselling",
                "peer-support",
                "complex-needs-outreach",
                "high-risk-referral",
                "safe-accommodation",
                "target-hardening",
                "signposted",
                "no-safe-contact",
            ]
        );
        assert_eq!(
            RiskQuestion::SLUGS,
            [
                "frightened",
                "fears-killed",
                "injured",
                "getting-worse",
                "police-called",
                "strangled",
                "threat-to-kill",
                "weapons",
                "stalking",
                "separating",
                "pregnant",
                "isolated",
            ]
        );
        assert_eq!(
            Helpline::SLUGS,
            ["emergency", "emergency-relay", "national", "local", "council", "perpetrators"]
        );
    }

    #[test]
    fn slugs_and_variants_round_trip() {
        for path in ReferralPath::ALL {
            assert_eq!(ReferralPath::from_slug(path.slug()), Some(*path));
        }
        assert_eq!(ReferralPath::SelfReferral.slug(), "self");
        assert_eq!(ReferralPath::from_slug("self-referral"), None);
        assert_eq!(Priority::from_slug("High"), None);
    }

    #[cfg(feature = "server")]
    #[test]
    fn directory_slugs_are_as_the_data_file_writes_them() {
        use crate::directory::{Audience, Channel, Note};
        assert_eq!(
            Audience::SLUGS,
            [
                "everyone",
                "women",
                "men",
                "lgbt",
                "young-people",
                "deaf",
                "minority-ethnic",
                "complex-needs",
                "professionals",
                "perpetrators",
            ]
        );
        assert_eq!(Channel::SLUGS, ["phone", "text", "webchat", "web", "email"]);
        assert_eq!(
            Note::SLUGS,
            ["free", "not-on-phone-bill", "confidential", "emergency-only", "interpreters", "call-to-arrange", "housing"]
        );
    }
}
