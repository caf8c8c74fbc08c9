//! `/healthz`: the process is up. `/readyz`: it can do its work, which needs Redis.
use axum::extract::State;
use axum::http::StatusCode;

use crate::state::AppState;

pub async fn healthz() -> &'static str {
    "ok"
}

/// The first line is the verdict; the lines after it are details for whoever is looking,
/// such as audit lines this instance could not write and records of a newer format it left
/// alone (kept out of the verdict: the work itself goes on). A draining instance (told to
/// stop) is not ready, so the proxy sends new clients elsewhere.
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, String) {
    let (status, verdict) = if state.drain.is_draining() {
        (StatusCode::SERVICE_UNAVAILABLE, "draining")
    } else if state.redis.is_up().await {
        (StatusCode::OK, "ready")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "redis unavailable")
    };
    let audit = crate::triage::audit::failed_writes();
    (status, format!("{verdict}\naudit-write-failures: {audit}\n{}\n", crate::infra::record_format::readiness_line()))
}
