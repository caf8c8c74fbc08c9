//! How soon an adviser should get in touch after a referral arrives.
use chrono::{DateTime, Duration, Utc};

use super::ReferralPath;

/// Hours to first contact, per path; configurable, with the service's defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContactHours {
    pub self_referral: u32,
    pub professional: u32,
    pub friend_or_family: u32,
}

impl Default for ContactHours {
    fn default() -> Self {
        ContactHours {
            self_referral: ReferralPath::SelfReferral.default_contact_within_hours(),
            professional: ReferralPath::Professional.default_contact_within_hours(),
            friend_or_family: ReferralPath::FriendOrFamily.default_contact_within_hours(),
        }
    }
}

impl ContactHours {
    pub fn for_path(&self, path: ReferralPath) -> u32 {
        match path {
            ReferralPath::SelfReferral => self.self_referral,
            ReferralPath::Professional => self.professional,
            ReferralPath::FriendOrFamily => self.friend_or_family,
        }
    }

    pub fn contact_by(&self, path: ReferralPath, received: DateTime<Utc>) -> DateTime<Utc> {
        received + Duration::hours(i64::from(self.for_path(path)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agency_referrals_get_longer_by_default() {
        let hours = ContactHours::default();
        let received = DateTime::parse_from_rfc3339("2026-03-28T23:30:00Z").unwrap().to_utc();
        assert_eq!(hours.contact_by(ReferralPath::SelfReferral, received).to_rfc3339(), "2026-03-29T23:30:00+00:00");
        assert_eq!(hours.contact_by(ReferralPath::Professional, received).to_rfc3339(), "2026-03-30T23:30:00+00:00");
        let custom = ContactHours { friend_or_family: 6, ..hours };
        assert_eq!(custom.for_path(ReferralPath::FriendOrFamily), 6);
    }
}
