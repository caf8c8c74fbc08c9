//! Caseloads: referrals an adviser has taken on (they no longer lapse), handed over to a
//! colleague with a sealed note or reassigned by a team leader, and callbacks scheduled at
//! the person's safe times. `store` is the only code here that talks to Redis.
pub mod store;
