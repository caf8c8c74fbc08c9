//! `/staff/desk-state`: what `public/staff.js` polls every second on every staff page to keep
//! the header's counts and the High alert current. A light poll rather than the chat socket:
//! every staff page has it (the socket lives on the chat desk only), it reads the truth from
//! Redis each time so it works the same across instances with no pub/sub, and without
//! JavaScript the page still shows the state as of loading. Marked `X-Background` by the
//! script, so it never keeps an unattended console signed in.
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;

use app::staff as pages;
use crate::error::AppError;
use crate::staff::desk::desk;
use crate::staff::StaffSession;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/staff/desk-state", get(desk_state))
}

/// The header's words, ready to show: the script only swaps text.
#[derive(Serialize)]
struct DeskState {
    /// The High alert's words for an on-shift adviser; "" when none (or off shift).
    alert: String,
    chats: String,
    overdue: String,
}

async fn desk_state(State(state): State<AppState>, staff: Result<StaffSession, AppError>) -> Response {
    let Ok(staff) = staff else { return StatusCode::UNAUTHORIZED.into_response() };
    let desk = desk(&state, &staff, "").await;
    let alert = if desk.on_shift() { pages::alert_text(&desk.alert) } else { String::new() };
    let reply = DeskState {
        alert,
        chats: pages::chats_waiting(desk.waiting_chats),
        overdue: pages::overdue_referrals(desk.overdue_referrals),
    };
    Json(reply).into_response()
}
