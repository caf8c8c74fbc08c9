//! Chat's HTTP handlers, and nothing else: the two socket upgrades, quick exit's beacon, and
//! the desk pages (`desk`). What a socket does once open is in `chat::socket`; everything
//! stored is reached through `chat::store`.
pub mod desk;

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRef, State, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;

use super::socket;
use crate::error::AppError;
use crate::infra::origin;
use crate::staff::store::StaffStore;
use crate::staff::StaffSession;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/chat/ws", get(visitor_upgrade))
        .route("/chat/exit", post(exit_beacon))
        .route("/staff/chat/ws", get(adviser_upgrade))
        .merge(desk::routes())
}

/// `GET /chat/ws`: the visitor's socket, for this site's pages only.
async fn visitor_upgrade(
    upgrade: WebSocketUpgrade,
    headers: HeaderMap,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    State(state): State<AppState>,
) -> Response {
    if !origin::allows_socket(&headers) {
        return (StatusCode::FORBIDDEN, "chat is only open to this site's pages").into_response();
    }
    if state.drain.is_draining() {
        return stopping();
    }
    let languages: Vec<String> = state.site.catalog.languages().iter().map(|l| l.tag.clone()).collect();
    let client = state.client_keys.key(peer.ip(), &headers).to_string();
    socket::limited(upgrade).on_upgrade(move |ws| socket::visitor::run(ws, state.chat.clone(), languages, client))
}

/// `GET /staff/chat/ws`: the adviser's socket; needs a staff session. A socket cannot follow
/// the sign-in redirect, so no session is a plain 401.
async fn adviser_upgrade(
    upgrade: WebSocketUpgrade,
    headers: HeaderMap,
    State(state): State<AppState>,
    staff: Result<StaffSession, AppError>,
) -> Response {
    if !origin::allows_socket(&headers) {
        return (StatusCode::FORBIDDEN, "only the staff console may connect").into_response();
    }
    if state.drain.is_draining() {
        return stopping();
    }
    let staff = match staff {
        Ok(staff) => staff,
        Err(AppError::SignedOut) => return (StatusCode::UNAUTHORIZED, "sign in first").into_response(),
        Err(error) => return error.into_response(),
    };
    let sessions = StaffStore::from_ref(&state);
    socket::limited(upgrade).on_upgrade(move |ws| socket::adviser::run(ws, state.chat.clone(), sessions, staff))
}

/// This instance is draining: the client tries again, and the proxy sends it elsewhere
/// (503 is one of the answers it passes on to the next instance).
fn stopping() -> Response {
    (StatusCode::SERVICE_UNAVAILABLE, "this instance is stopping; connect again").into_response()
}

/// `POST /chat/exit` with the resume token as the body: quick exit's beacon, which still
/// arrives when the page is gone before the socket could say goodbye.
async fn exit_beacon(State(state): State<AppState>, body: axum::body::Bytes) -> Result<StatusCode, AppError> {
    let token = String::from_utf8_lossy(&body);
    if token.len() > 128 {
        return Ok(StatusCode::BAD_REQUEST);
    }
    if let Some(chat) = state.chat.store.chat_for_token(token.trim()).await? {
        let _ = state.chat.store.end(&chat, "visitor-exit", "").await;
    }
    Ok(StatusCode::NO_CONTENT)
}
