//! The frontdoor server: configuration, Redis, the HTTP stack around the Leptos app.
pub mod chat;
pub mod config;
pub mod health;
pub mod language_redirect;
pub mod page_render;
pub mod redis_link;
pub mod referrals;
pub mod router;
pub mod security_headers;
pub mod shutdown;
pub mod staff;
pub mod telemetry;
pub mod tokens;
pub mod triage;
