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

use crate::infra::page_cache::{self, PageCache};
use crate::infra::{body_limit, health, language_redirect, page_csp, security_headers, telemetry, trailing_slash};
use crate::state::AppState;
use crate::{chat, referrals, staff, voice};

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
    let page_cache = PageCache::new(
        state.site.catalog.languages().iter().map(|language| language.tag.clone()),
        state.site.chat_open.clone(),
        state.site.form_tokens.clone(),
        page_cache::CAPACITY_BYTES,
    );
    let mut router = Router::new()
        .route("/", get(language_redirect::to_visitor_language))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .merge(referrals::routes::routes(&state, &client_keys, config.referral_posts_per_minute))
        .merge(staff::routes::login::routes(&client_keys))
        .merge(staff::routes::console::routes())
        .merge(staff::routes::cases::routes())
        .merge(staff::routes::quarantine::routes())
        .merge(staff::routes::directory::routes())
        .merge(crate::insight::routes::routes())
        .merge(staff::routes::team::routes())
        .merge(staff::routes::search::routes())
        .merge(staff::routes::audit::routes())
        .merge(staff::routes::desk_state::routes())
        .merge(chat::routes())
        .merge(voice::routes::visitor::routes(&client_keys))
        .merge(voice::routes::staff::routes())
        .leptos_routes_with_context(&state, routes, page_context.clone(), shell)
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(page_context, ::app::shell))
        .with_state(state);
    router = serve_site_root_files(router, &site_root);
    // Inside the header layers, so a redirect carries the same security headers.
    router = router.layer(axum::middleware::from_fn(trailing_slash::redirect));
    // Before the fallback policy is applied: a page gets the one its inline scripts need.
    router = router.layer(axum::middleware::from_fn(page_csp::set_from_page));
    for layer in security_headers::layers() {
        router = router.layer(layer);
    }
    router = router.layer(
        ServiceBuilder::new()
            .layer(TraceLayer::new_for_http().make_span_with(telemetry::request_span))
            .layer(CompressionLayer::new())
            // Inside compression: per-response values are filled in before it.
            .layer(axum::middleware::from_fn_with_state(page_cache.clone(), page_cache::serve))
            .layer(axum::middleware::from_fn(security_headers::cache_control))
            // Until the response starts; an upgraded websocket is no longer a request.
            .layer(TimeoutLayer::with_status_code(http::StatusCode::REQUEST_TIMEOUT, config.edges.request))
            .layer(axum::middleware::from_fn(body_limit::limit_body)),
    );
    // A layer on a router runs after routing, so the kept pages' fast path wraps the whole
    // router as its fallback: a hit skips routing and every layer above.
    Router::new().fallback_service(router).layer(axum::middleware::from_fn_with_state(page_cache, page_cache::serve_kept))
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

