//! Anonymous webchat between visitors and advisers on shift. Everything that matters lives in
//! Redis (queue, presence, membership, the sealed conversation streams); an instance holds
//! only sockets, so any instance can serve any visitor or adviser.
pub mod adviser;
pub mod availability;
pub mod bus;
pub mod desk;
pub mod dispatch;
pub mod scripts;
pub mod socket;
pub mod store;
pub mod visitor;

use std::sync::Arc;

use axum::routing::get;
use axum::Router;

use crate::state::AppState;

/// What chat handlers share: the store and this instance's wake-up bus.
#[derive(Clone)]
pub struct ChatHub {
    pub store: store::ChatStore,
    pub bus: Arc<bus::Bus>,
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/chat/ws", get(visitor::upgrade))
        .route("/chat/exit", axum::routing::post(visitor::exit_beacon))
        .route("/staff/chat/ws", get(adviser::upgrade))
        .merge(desk::routes())
}

/// The background work every instance runs for chat.
pub fn spawn_background(hub: &ChatHub, client: redis::Client, instance: String, open: app::site::ChatOpen) {
    tokio::spawn(hub.bus.clone().run(client));
    tokio::spawn(dispatch::run(hub.clone(), instance));
    tokio::spawn(availability::watch(hub.store.clone(), open));
}
