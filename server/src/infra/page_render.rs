//! Renders a Leptos page from an axum handler, with extra context: how a form POST shows
//! the form again, with what was typed, in the visitor's language.
use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode, Uri};
use axum::response::Response;
use leptos::prelude::*;

use crate::state::AppState;

pub async fn render_page<F>(state: &AppState, uri: &Uri, headers: &HeaderMap, extra: F, status: StatusCode) -> Response
where
    F: Fn() + Clone + Send + Sync + 'static,
{
    let site = state.site.clone();
    let options = state.leptos_options.clone();
    let context_options = options.clone();
    let render = leptos_axum::render_app_to_stream_with_context(
        move || {
            provide_context(context_options.clone());
            provide_context(site.clone());
            extra();
        },
        move || app::shell(options.clone()),
    );
    // The page is rendered as if fetched: the POST body has been read and must not be re-read.
    let mut request = Request::get(uri.clone()).body(Body::empty()).expect("a URI from a request is valid");
    *request.headers_mut() = headers.clone();
    request.headers_mut().remove(header::CONTENT_LENGTH);
    request.headers_mut().remove(header::CONTENT_TYPE);
    let mut response = render(request).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}
