//! The whole HTTP application: Leptos pages, health checks, security and compression,
//! request timeouts and body limits.
use axum::routing::get;
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeFile;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::infra::{body_limit, health, language_redirect, security_headers, telemetry, trailing_slash};
use crate::state::AppState;
use crate::{chat, referrals, staff};

pub fn build(state: AppState, config: &crate::config::Config) -> Router {
    let routes = generate_route_list(::app::App);
    let page_context = {
        let site = state.site.clone();
        move || provide_context(site.clone())
    };
    let shell = {
        let options = state.leptos_options.clone();
        move || ::app::shell(options.clone())
    };
    let site_root = std::path::PathBuf::from(state.leptos_options.site_root.as_ref());
    let client_keys = state.client_keys.clone();
    let mut router = Router::new()
        .route("/", get(language_redirect::to_visitor_language))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .merge(referrals::routes::routes(&state, &client_keys, config.referral_posts_per_minute))
        .merge(staff::routes::login::routes(&client_keys))
        .merge(staff::routes::console::routes())
        .merge(staff::routes::quarantine::routes())
        .merge(staff::routes::directory::routes())
        .merge(staff::routes::desk_state::routes())
        .merge(chat::routes())
        .leptos_routes_with_context(&state, routes, page_context.clone(), shell)
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(page_context, ::app::shell))
        .with_state(state);
    router = serve_site_root_files(router, &site_root);
    // Inside the header layers, so a redirect carries the same security headers.
    router = router.layer(axum::middleware::from_fn(trailing_slash::redirect));
    for layer in security_headers::layers() {
        router = router.layer(layer);
    }
    router.layer(
        ServiceBuilder::new()
            .layer(TraceLayer::new_for_http().make_span_with(telemetry::request_span))
            .layer(CompressionLayer::new())
            .layer(axum::middleware::from_fn(security_headers::cache_control))
            // Until the response starts; an upgraded websocket is no longer a request.
            .layer(TimeoutLayer::with_status_code(http::StatusCode::REQUEST_TIMEOUT, config.edges.request))
            .layer(axum::middleware::from_fn(body_limit::limit_body)),
    )
}

/// Files at the top of the site root (`/quick-exit.js`, `/favicon.svg`) get their own
/// routes: otherwise `/{lang}` would claim them and answer "page not found".
fn serve_site_root_files(mut router: Router, site_root: &std::path::Path) -> Router {
    let Ok(entries) = std::fs::read_dir(site_root) else {
        tracing::warn!("site root {} is missing: run the build first", site_root.display());
        return router;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if let (true, Some(name)) = (path.is_file(), path.file_name().and_then(|n| n.to_str())) {
            router = router.route_service(&format!("/{name}"), ServeFile::new(&path));
        }
    }
    router
}

