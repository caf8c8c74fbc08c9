//! The one same-origin rule for staff forms and chat sockets: browsers send `Origin` on form
//! posts and websocket upgrades, and a page of this site names the `Host` it was served from.
use axum::http::{header, HeaderMap};

/// What the request's `Origin` says about where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OriginCheck {
    /// `Origin` is `http(s)://` followed by this request's `Host`.
    Same,
    /// `Origin` names another site (or is unreadable).
    Other,
    /// No `Origin`, or no `Host` to compare it with.
    Unknown,
}

pub fn check(headers: &HeaderMap) -> OriginCheck {
    let (Some(origin), Some(host)) = (headers.get(header::ORIGIN), headers.get(header::HOST)) else {
        return OriginCheck::Unknown;
    };
    let same = match (origin.to_str(), host.to_str()) {
        (Ok(origin), Ok(host)) => origin
            .split_once("://")
            .is_some_and(|(scheme, rest)| matches!(scheme, "http" | "https") && rest == host),
        _ => false,
    };
    if same { OriginCheck::Same } else { OriginCheck::Other }
}

/// Forms: an `Origin`, when sent, must be this site (older clients send none).
pub fn allows_form(headers: &HeaderMap) -> bool {
    check(headers) != OriginCheck::Other
}

/// Sockets: browsers apply no CORS to websockets, so the `Origin` must be sent and be this site.
pub fn allows_socket(headers: &HeaderMap) -> bool {
    check(headers) == OriginCheck::Same
}
