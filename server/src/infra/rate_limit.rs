//! Per-client rate limits (tower_governor) whose memory is bounded: a background task
//! forgets clients whose bucket is full again, and the table holds at most a set number of
//! clients. Past that number, requests from clients the table cannot take share one
//! overflow bucket until the cleanup makes room: a flood from many networks is slowed as
//! one, and memory stays put.
use std::net::IpAddr;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::http::Request;
use governor::clock::DefaultClock;
use governor::state::keyed::DefaultKeyedStateStore;
use governor::RateLimiter;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::key_extractor::KeyExtractor;
use tower_governor::{GovernorError, GovernorLayer};

use super::client::ClientKeys;

/// Clients one limiter tracks at most (an entry is well under 100 bytes).
pub const MAX_TRACKED_CLIENTS: usize = 100_000;

/// How often quiet clients are forgotten.
pub const CLEANUP_EVERY: Duration = Duration::from_secs(60);

/// One bucket in a limiter's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    Client(IpAddr),
    /// Shared by every client that arrives while the table is full.
    Overflow,
}

pub type ClientLimiter = RateLimiter<Bucket, DefaultKeyedStateStore<Bucket>, DefaultClock>;
pub type ClientLimitLayer = GovernorLayer<CappedClientKeys, governor::middleware::NoOpMiddleware, axum::body::Body>;

/// `ClientKeys`, sending new clients to the overflow bucket once the limiter is full.
#[derive(Debug, Clone)]
pub struct CappedClientKeys {
    keys: ClientKeys,
    limiter: Arc<OnceLock<Arc<ClientLimiter>>>,
    max_clients: usize,
}

impl KeyExtractor for CappedClientKeys {
    type Key = Bucket;

    fn extract<T>(&self, request: &Request<T>) -> Result<Bucket, GovernorError> {
        let key = self.keys.of(request).ok_or(GovernorError::UnableToExtractKey)?;
        let full = self.limiter.get().is_some_and(|limiter| limiter.len() >= self.max_clients);
        Ok(if full { Bucket::Overflow } else { Bucket::Client(key) })
    }
}

/// A layer allowing each client `burst` requests at once, then one per `period`, and the
/// limiter behind it (for tests and the cleanup). Starts the cleanup task.
pub fn per_client(keys: &ClientKeys, period: Duration, burst: u32, max_clients: usize) -> (ClientLimitLayer, Arc<ClientLimiter>) {
    let slot = Arc::new(OnceLock::new());
    let config = GovernorConfigBuilder::default()
        .period(period)
        .burst_size(burst)
        .key_extractor(CappedClientKeys { keys: keys.clone(), limiter: slot.clone(), max_clients })
        .finish()
        .expect("a positive period and burst");
    let limiter = config.limiter().clone();
    let _ = slot.set(limiter.clone());
    spawn_cleanup(Arc::downgrade(&limiter));
    (GovernorLayer::new(config), limiter)
}

/// A per-client allowance checked by hand rather than as a layer, with the same bound on
/// clients and the same cleanup: for something costly done for a client only now and then,
/// such as giving a refused form back.
pub struct Allowance {
    keys: CappedClientKeys,
    limiter: Arc<ClientLimiter>,
}

impl Allowance {
    /// `burst` at once, then one more each `period`.
    pub fn new(keys: &ClientKeys, period: Duration, burst: u32, max_clients: usize) -> Allowance {
        let slot = Arc::new(OnceLock::new());
        let quota = governor::Quota::with_period(period)
            .expect("a positive period")
            .allow_burst(std::num::NonZeroU32::new(burst).expect("a positive burst"));
        let limiter = Arc::new(RateLimiter::keyed(quota));
        let _ = slot.set(limiter.clone());
        spawn_cleanup(Arc::downgrade(&limiter));
        Allowance { keys: CappedClientKeys { keys: keys.clone(), limiter: slot, max_clients }, limiter }
    }

    /// Whose allowance `request` draws on (none when the client cannot be told).
    pub fn bucket_of<T>(&self, request: &Request<T>) -> Option<Bucket> {
        self.keys.extract(request).ok()
    }

    /// Takes one from the bucket's allowance; false when it is used up.
    pub fn take(&self, bucket: Option<Bucket>) -> bool {
        bucket.is_some_and(|bucket| self.limiter.check_key(&bucket).is_ok())
    }

    pub fn clients(&self) -> usize {
        self.limiter.len()
    }
}

/// Forgets clients whose bucket has refilled: they are indistinguishable from new ones.
pub fn forget_quiet_clients(limiter: &ClientLimiter) {
    limiter.retain_recent();
    limiter.shrink_to_fit();
}

/// Runs the cleanup until the limiter (its router) is gone.
fn spawn_cleanup(limiter: std::sync::Weak<ClientLimiter>) {
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(CLEANUP_EVERY).await;
            let Some(limiter) = limiter.upgrade() else { return };
            forget_quiet_clients(&limiter);
        }
    });
}
