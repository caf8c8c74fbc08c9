//! The triage queue advisers work from: waiting referrals ordered by priority then age,
//! exclusive claims that lapse back to the queue, outcomes, retention, and the audit trail.
pub mod audit;
pub mod intake;
pub mod jobs;
pub mod queue;
