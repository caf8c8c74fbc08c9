//! The staff handlers. They ask for what they need through the extractors (`StaffSession`,
//! `Admin`, `CsrfForm<T>`), reach Redis only through `StaffStore` (and the triage queue),
//! and answer with the pages `app::staff` renders.
pub mod cases;
pub mod audit;
pub mod console;
pub mod desk_state;
pub mod directory;
pub mod login;
pub mod quarantine;
pub mod search;
pub mod team;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};


/// A staff page: HTML under the staff console's own CSP.
pub fn html(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(app::staff::STAFF_CSP));
    response
}
