//! frontdoor's domain logic, in plain Rust with no web framework, so that tests can drive it
//! directly and both the Leptos app and the axum server can share it.
pub mod chat;
pub mod directory;
pub mod opening_hours;
pub mod referral;
pub mod triage;
pub mod i18n;
