//! `/healthz`: the process is up. `/readyz`: it can do its work, which needs Redis.
use axum::extract::State;
use axum::http::StatusCode;

use crate::state::AppState;

pub async fn healthz() -> &'static str {
    "ok"
}

/// The first line is the verdict; the lines after it are details for whoever is looking,
/// such as audit lines this instance could not write (kept out of the verdict: the work
/// itself goes on).
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, String) {
    let (status, verdict) =
        if state.redis.is_up().await { (StatusCode::OK, "ready") } else { (StatusCode::SERVICE_UNAVAILABLE, "redis unavailable") };
    (status, format!("{verdict}\naudit-write-failures: {}\n", crate::triage::audit::failed_writes()))
}
