//! The whole HTTP application: Leptos pages, health checks, security and compression.
use std::sync::Arc;

use app::site::SiteContext;
use axum::extract::FromRef;
use axum::routing::get;
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeFile;
use tower_http::trace::TraceLayer;

use crate::redis_link::RedisLink;
use crate::referrals::sealing::Sealer;
use crate::referrals::store::ReferralStore;
use crate::{chat, health, language_redirect, referrals, security_headers, staff, telemetry};

#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub site: SiteContext,
    pub redis: RedisLink,
    pub referrals: ReferralStore,
    pub sealer: Sealer,
    pub staff: StaffSettings,
    pub chat: crate::chat::ChatHub,
}

#[derive(Clone, Debug)]
pub struct StaffSettings {
    pub cookie_secure: bool,
    /// How long a claim lasts without activity.
    pub claim_ms: i64,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The state every handler shares, from the configuration and a Redis link.
pub fn state(config: &crate::config::Config, leptos_options: LeptosOptions, redis: RedisLink) -> Result<AppState, String> {
    let chat = crate::chat::ChatHub {
        store: crate::chat::store::ChatStore::new(redis.clone(), config.sealer.clone(), config.chat.clone()),
        bus: Default::default(),
    };
    Ok(AppState {
        chat,
        leptos_options,
        site: load_site(config)?,
        referrals: ReferralStore::new(redis.clone()),
        sealer: config.sealer.clone(),
        staff: StaffSettings {
            cookie_secure: config.staff_cookie_secure,
            claim_ms: i64::from(config.claim_minutes) * 60_000,
        },
        redis,
    })
}

pub fn build(state: AppState, config: &crate::config::Config) -> Router {
    let routes = generate_route_list(app::App);
    let page_context = {
        let site = state.site.clone();
        move || provide_context(site.clone())
    };
    let shell = {
        let options = state.leptos_options.clone();
        move || app::shell(options.clone())
    };
    let site_root = std::path::PathBuf::from(state.leptos_options.site_root.as_ref());
    let mut router = Router::new()
        .route("/", get(language_redirect::to_visitor_language))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .merge(referrals::submit::routes(&state, config.referral_posts_per_minute))
        .merge(staff::login::routes())
        .merge(staff::console::routes())
        .merge(chat::routes())
        .leptos_routes_with_context(&state, routes, page_context.clone(), shell)
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(page_context, app::shell))
        .with_state(state);
    router = serve_site_root_files(router, &site_root);
    for layer in security_headers::layers() {
        router = router.layer(layer);
    }
    router.layer(
        ServiceBuilder::new()
            .layer(TraceLayer::new_for_http().make_span_with(telemetry::request_span))
            .layer(CompressionLayer::new())
            .layer(axum::middleware::from_fn(security_headers::cache_control)),
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

/// Loads the read-only site data, failing with a message that names the broken file.
pub fn load_site(config: &crate::config::Config) -> Result<SiteContext, String> {
    let catalog = domain::i18n::Catalog::load(&config.locales_dir)
        .map_err(|e| format!("translations: {e}"))?;
    let directory = domain::directory::Directory::load(&config.directory_file)
        .map_err(|e| format!("service directory {}: {e}", config.directory_file.display()))?;
    Ok(SiteContext {
        catalog: Arc::new(catalog),
        directory: Arc::new(directory),
        quick_exit_url: config.quick_exit_url.as_str().into(),
        contact_hours: config.contact_hours,
        chat_open: Default::default(),
    })
}
