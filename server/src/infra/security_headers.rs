//! The security baseline on every response. Pages set their own nonce-bearing CSP while
//! rendering; everything else gets a policy that allows nothing at all.
use axum::http::{header, HeaderName, HeaderValue};
use tower_http::set_header::SetResponseHeaderLayer;

pub const FALLBACK_CSP: &str =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
/// `same-origin` sends nothing to other sites, while letting no-JS form posts redirect back.
pub const REFERRER_POLICY: &str = "same-origin";
pub const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(), display-capture=(), \
     geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), \
     usb=(), browsing-topics=(), interest-cohort=()";
/// Hashed build output never changes under its name, so browsers may keep it.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Anything else (pages above all) must not stay on a shared device.
pub const NO_STORE: &str = "no-store";

/// Headers that are the same for every response, in the order they are applied.
pub fn fixed_headers() -> Vec<(HeaderName, &'static str)> {
    vec![
        (header::CONTENT_SECURITY_POLICY, FALLBACK_CSP),
        (header::REFERRER_POLICY, REFERRER_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (HeaderName::from_static("permissions-policy"), PERMISSIONS_POLICY),
        (HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
        (HeaderName::from_static("cross-origin-resource-policy"), "same-origin"),
        (header::STRICT_TRANSPORT_SECURITY, "max-age=63072000"),
    ]
}

/// One layer per header; `if_not_present` keeps a page's own CSP.
pub fn layers() -> Vec<SetResponseHeaderLayer<HeaderValue>> {
    fixed_headers()
        .into_iter()
        .map(|(name, value)| {
            SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
        })
        .collect()
}

/// Cache policy by path: hashed assets for a year, everything else never stored.
pub fn cache_control_for(path: &str) -> &'static str {
    if path.starts_with("/pkg/") {
        IMMUTABLE
    } else {
        NO_STORE
    }
}

pub async fn cache_control(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let policy = cache_control_for(request.uri().path());
    let mut response = next.run(request).await;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    response
}
