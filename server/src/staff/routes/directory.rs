//! Admins only: the directory entries due for checking against their providers' pages.
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;

use crate::staff::desk::page;
use crate::state::AppState;
use crate::staff::extract::Admin;

pub fn routes() -> Router<AppState> {
    Router::new().route("/staff/directory", get(unchecked_entries))
}

async fn unchecked_entries(State(state): State<AppState>, Admin(staff): Admin) -> Response {
    // UTC's date: a six-month limit does not hinge on the hour around midnight.
    let today = chrono::Utc::now().date_naive();
    let stale = state.site.directory.unchecked_since(today);
    let body = app::staff::unchecked_entries_page(&stale);
    page(&state, &staff, "", "Directory entries to check", StatusCode::OK, body).await
}
