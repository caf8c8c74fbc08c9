//! Transitional: the session and form helpers the chat desk (`chat/desk.rs`) still calls.
//! They apply the same checks as the extractors; delete this file once the desk asks for
//! `StaffSession`, `Admin` and `CsrfForm<T>` instead.
use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::FromRef;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use redis::aio::ConnectionManager;

use super::extract::{check_form, StaffSession};
use super::store::StaffStore;
use crate::state::AppState;

/// A form post's fields in order; repeated names (checkbox groups) stay repeated.
pub fn form_pairs(body: &[u8]) -> Vec<(String, String)> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body).unwrap_or_default()
}

/// A form post's fields by name (for forms without repeated names).
pub fn form_fields(body: &[u8]) -> HashMap<String, String> {
    form_pairs(body).into_iter().collect()
}

/// The signed-in adviser and a connection, or the response to send instead (sign-in page,
/// 503, or 403 for a form post without the session's CSRF token or from another origin).
pub async fn require_session(state: &AppState, headers: &HeaderMap, body: Option<&Bytes>) -> Result<(StaffSession, ConnectionManager), Response> {
    let store = StaffStore::from_ref(state);
    let found = async {
        let staff = StaffSession::from_headers(headers, &store).await?;
        if let Some(body) = body {
            check_form(&staff, headers, body)?;
        }
        Ok((staff, store.connection().await?))
    };
    found.await.map_err(|error: crate::error::AppError| error.into_response())
}
