//! Referrals: who is referring, what they told us, and how urgent it looks.
//! Plain data and rules, so tests can drive triage without a browser or Redis.
#[cfg(feature = "server")]
mod contact_by;
#[cfg(feature = "server")]
mod service_hours;
mod flag;
mod form;
mod outcome;
mod priority;
mod risk;
pub mod safe_times;

#[cfg(feature = "server")]
pub use service_hours::{ServiceHours, ServiceHoursError, WorkingDay};
pub use flag::ReferralFlag;
pub use form::{
    FieldError, ReferralForm, ReferralPath, ValidReferral, CHOICES, CONSENT_GIVEN, FIELD_LIMITS, HONEYPOT, NO_CONSENT_HIGH_RISK,
};
pub use outcome::{ContactMethod, Outcome};
pub use priority::{Priority, PriorityChange, PriorityChangeError};
pub use safe_times::{Day, SafeWindows, TimeRange};
pub use risk::{RiskAnswers, RiskQuestion, RiskRule, When, RULES};
