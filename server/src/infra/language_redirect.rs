//! `/` sends the visitor to their language, chosen from `Accept-Language`. No cookie: the
//! language lives in the URL, so nothing is left on a shared device.
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Redirect};

use crate::state::AppState;

pub async fn to_visitor_language(State(state): State<AppState>, headers: HeaderMap) -> impl IntoResponse {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let language = state.site.catalog.negotiate(accept);
    (
        [(header::VARY, HeaderValue::from_static("Accept-Language"))],
        Redirect::to(&format!("/{}", language.tag)),
    )
}
