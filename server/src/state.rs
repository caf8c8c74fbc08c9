//! What every handler shares: the configuration-derived settings, the site data, and each
//! domain's store. Handlers take the part they need (`State<AppState>` or a `FromRef` part).
use std::sync::Arc;

use app::site::SiteContext;
use axum::extract::FromRef;
use leptos::prelude::*;

use crate::infra::redis_link::RedisLink;
use crate::infra::sealing::Sealer;
use crate::referrals::store::ReferralStore;

/// Cloned for every request (axum hands each handler its own copy): one reference count,
/// where copying the parts themselves (options, links, stores) was about a twentieth of a
/// kept page's cost.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

pub struct Shared {
    pub leptos_options: LeptosOptions,
    pub site: SiteContext,
    pub redis: RedisLink,
    pub referrals: ReferralStore,
    pub sealer: Sealer,
    pub staff: StaffSettings,
    pub chat: crate::chat::ChatHub,
    /// Who a request counts as for every per-client limit (IPv6 by /64, trusted proxies).
    pub client_keys: crate::infra::client::ClientKeys,
    /// Begun on SIGTERM: `/readyz` says not-ready, chat sockets move elsewhere.
    pub drain: crate::infra::drain::Drain,
    /// Feedback and about-you answers, and the counts of them.
    pub voice: crate::voice::Voice,
    /// The service's counters (one per process: it keeps final days' figures in memory).
    pub insight: crate::insight::InsightStore,
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
    let drain = crate::infra::drain::Drain::default();
    let voice = crate::voice::Voice::new(redis.clone(), config.sealer.clone(), config.feedback_days);
    let chat = crate::chat::ChatHub {
        store: crate::chat::store::ChatStore::new(redis.clone(), config.sealer.clone(), config.chat.clone()),
        bus: Default::default(),
        drain: drain.clone(),
        voice: voice.clone(),
    };
    Ok(AppState(Arc::new(Shared {
        insight: crate::insight::InsightStore::new(redis.clone()),
        chat,
        drain,
        client_keys: crate::infra::client::ClientKeys::new(config.edges.trusted_proxies.clone()),
        leptos_options,
        site: load_site(config)?,
        referrals: ReferralStore::new(redis.clone()),
        sealer: config.sealer.clone(),
        voice,
        staff: StaffSettings {
            cookie_secure: config.staff_cookie_secure,
            claim_ms: i64::from(config.claim_minutes) * 60_000,
        },
        redis,
    })))
}

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Loads the read-only site data, failing with a message that names the broken file.
pub fn load_site(config: &crate::config::Config) -> Result<SiteContext, String> {
    let catalog = domain::i18n::Catalog::load(&config.locales_dir)
        .map_err(|e| format!("translations: {e}"))?;
    let directory = domain::directory::Directory::load(&config.directory_file)
        .and_then(|directory| directory.for_site(&config.site_area))
        .map_err(|e| format!("service directory {}: {e}", config.directory_file.display()))?;
    let service_hours = domain::referral::ServiceHours::load(&config.service_hours_file)
        .map_err(|e| format!("service hours {}: {e}", config.service_hours_file.display()))?;
    let this_year = chrono::Datelike::year(&chrono::Utc::now());
    if service_hours.last_listed_year().is_none_or(|last| last <= this_year) {
        tracing::warn!(
            file = %config.service_hours_file.display(),
            "bank holidays for next year are not listed yet: add them from https://www.gov.uk/bank-holidays"
        );
    }
    Ok(SiteContext {
        catalog: Arc::new(catalog),
        directory: Arc::new(directory),
        quick_exit_url: config.quick_exit_url.as_str().into(),
        service_hours: Arc::new(service_hours),
        chat_open: Default::default(),
        retention: app::site::Retention {
            referral_days: u64::from(config.retention_days),
            chat_days: config.chat.retention_days,
            held_form_days: (crate::referrals::store::quarantine::QUARANTINE_MS / DAY_MS) as u64,
            feedback_days: u64::from(config.feedback_days),
        },
        form_tokens: {
            let tokens = crate::voice::token::FormTokens::new(config.sealer.clone());
            app::site::FormTokenIssuer(Arc::new(move || tokens.issue(chrono::Utc::now().timestamp_millis())))
        },
    })
}
