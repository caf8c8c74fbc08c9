//! Anonymous webchat between visitors and advisers on shift. Everything that matters lives in
//! Redis (queue, presence, membership, the sealed conversation streams); an instance holds
//! only sockets, so any instance can serve any visitor or adviser.
//!
//! `routes` (handlers only) → `socket` (the one socket driver, the visitor's and adviser's
//! sides) and `dispatch` (offers, timers) → `store` (the only code that talks to Redis, with
//! the scripts in `lua/` and every key name in `store::keys`). `bus` routes this instance's
//! wake-ups to its sockets; `availability` keeps the "chat open" flag pages show.
//!
//! On Redis Cluster the chat plane lives in one slot: every chat key carries the hash tag
//! `{chat}` so each script's keys share a slot; splitting it into per-chat slots needs
//! idempotent steps (issue 13).
pub mod availability;
pub mod bus;
pub mod dispatch;
pub mod routes;
pub mod socket;
pub mod store;

use std::sync::Arc;

use crate::infra::redis_link::RedisTarget;

pub use routes::routes;

/// What chat handlers share: the store, this instance's wake-up bus, and its drain (which
/// asks every open socket to resume elsewhere before the instance stops).
#[derive(Clone)]
pub struct ChatHub {
    pub store: store::ChatStore,
    pub bus: Arc<bus::Bus>,
    pub drain: crate::infra::drain::Drain,
    /// Where chat outcomes are counted.
    pub voice: crate::voice::Voice,
}

/// The background work every instance runs for chat.
pub fn spawn_background(hub: &ChatHub, target: RedisTarget, instance: String, open: app::site::ChatOpen) {
    tokio::spawn(hub.bus.clone().run(hub.store.clone(), target));
    tokio::spawn(dispatch::run(hub.clone(), instance));
    tokio::spawn(availability::watch(hub.store.clone(), open));
}
