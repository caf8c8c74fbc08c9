//! Structured logs. Request logs carry method, route path, status and latency only: never a
//! client address, a query string, a header or a body.
use axum::http::Request;
use tracing::Span;

pub fn init() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_target(false).try_init();
}

/// The span for one request: the path without its query string.
pub fn request_span<B>(request: &Request<B>) -> Span {
    tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
}
