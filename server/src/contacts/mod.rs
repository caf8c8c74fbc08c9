//! Finding a person's referrals again without keeping their contact details readable: the
//! blind index (`infra::blind_index` digests of normalised phone numbers and email
//! addresses) from digest to referrals, and from each referral to its digests.
pub mod store;
