//! The frontdoor server: configuration, Redis, the HTTP stack around the Leptos app.
//!
//! `app` builds the router, `state` holds what handlers share, `error` is the one error type
//! handlers return, `infra` is what every domain builds on. Each domain (`referrals`,
//! `triage`, `staff`, `chat`) keeps its handlers in `routes`, its Redis access in `store`
//! (the only place that talks to Redis for it) and its Lua scripts in `lua/`.
pub mod app;
pub mod chat;
pub mod cli;
pub mod config;
pub mod contacts;
pub mod error;
pub mod infra;
pub mod insight;
pub mod referrals;
pub mod rekey;
pub mod staff;
pub mod state;
pub mod triage;
pub mod voice;
