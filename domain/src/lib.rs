//! frontdoor's domain logic, in plain Rust with no web framework, so that tests can drive it
//! directly and both the Leptos app and the axum server can share it.
//!
//! The browser build of the app uses only the light part (the slug enums and referral rules);
//! reading files, translations, opening hours, triage and chat are behind the `server`
//! feature (on by default), so the wasm build never compiles toml, fluent or time zones.
mod slug;

pub mod contact;
pub mod csv;
pub mod helplines;
pub mod referral;
pub mod voice;

#[cfg(feature = "server")]
pub mod audit;
#[cfg(feature = "server")]
pub mod caseload;
#[cfg(feature = "server")]
pub mod chat;
#[cfg(feature = "server")]
pub mod directory;
#[cfg(feature = "server")]
pub mod i18n;
#[cfg(feature = "server")]
pub mod insight;
#[cfg(feature = "server")]
pub mod opening_hours;
#[cfg(feature = "server")]
pub mod triage;
