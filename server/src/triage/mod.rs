//! The triage queue advisers work from: waiting referrals ordered by priority then age,
//! exclusive claims that lapse back to the queue, outcomes, retention, and the audit trail.
//! `store` (with its scripts in `lua/`) is the only code that talks to Redis for triage;
//! `intake` and `jobs` are the background loops that drive it.
pub mod alert_webhook;
pub mod audit;
pub mod cases;
pub mod intake;
pub mod jobs;
pub mod store;
