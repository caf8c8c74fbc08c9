//! Referrals: who is referring, what they told us, and how urgent it looks.
//! Plain data and rules, so tests can drive triage without a browser or Redis.
#[cfg(feature = "server")]
mod contact_by;
mod form;
mod outcome;
mod priority;
mod risk;

#[cfg(feature = "server")]
pub use contact_by::ContactHours;
pub use form::{FieldError, ReferralForm, ReferralPath, ValidReferral, FIELD_LIMITS, HONEYPOT};
pub use outcome::{ContactMethod, Outcome};
pub use priority::{Priority, PriorityChange, PriorityChangeError};
pub use risk::{RiskAnswers, RiskQuestion};
