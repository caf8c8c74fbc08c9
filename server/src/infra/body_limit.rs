//! Request body limits per route, applied before any handler reads a byte: a declared
//! length over the limit is refused at once with 413, and a body without one (chunked)
//! stops being read at the limit. Routes not named here keep axum's default (2 MiB);
//! the referral form keeps its own limit, which shows the visitor their form again.
use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Quick exit's beacon carries only the chat's resume token.
pub const EXIT_BEACON_BYTES: usize = 128;
/// Every staff form, far above the largest note or canned reply.
pub const STAFF_FORM_BYTES: usize = 64 * 1024;

/// The limit for a path, when it has its own.
pub fn limit_for(path: &str) -> Option<usize> {
    if path == "/chat/exit" {
        Some(EXIT_BEACON_BYTES)
    } else if path == "/staff" || path.starts_with("/staff/") {
        Some(STAFF_FORM_BYTES)
    } else {
        None
    }
}

/// Middleware: refuses or caps the body by `limit_for`.
pub async fn limit_body(request: Request, next: Next) -> Response {
    let Some(limit) = limit_for(request.uri().path()) else {
        return next.run(request).await;
    };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return too_large(limit);
    }
    next.run(request.map(|body| Body::new(http_body_util::Limited::new(body, limit)))).await
}

fn too_large(limit: usize) -> Response {
    let message = format!("This request is too large: at most {limit} bytes are accepted here. Nothing was saved.");
    (StatusCode::PAYLOAD_TOO_LARGE, message).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_get_their_own_limits() {
        assert_eq!(limit_for("/chat/exit"), Some(EXIT_BEACON_BYTES));
        assert_eq!(limit_for("/staff/login"), Some(STAFF_FORM_BYTES));
        assert_eq!(limit_for("/staff"), Some(STAFF_FORM_BYTES));
        assert_eq!(limit_for("/staffing"), None);
        assert_eq!(limit_for("/en/refer/self"), None);
    }
}
