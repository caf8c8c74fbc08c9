//! The drain before a stop, so instances can be replaced one by one: once told to stop, the
//! instance says not-ready on `/readyz` (the proxy sends new clients elsewhere), refuses new
//! chat sockets, asks every open one to connect again (to another instance) and resume,
//! and waits for them to go, up to `DRAIN_SECONDS`. Only then does it stop accepting
//! connections (`infra::serve`). Everything of a chat lives in Redis, so a socket that moves
//! loses nothing.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

/// How often the drain looks whether every socket has gone.
const LOOK_EVERY: Duration = Duration::from_millis(50);

/// This instance's drain: shared by the probes, the socket upgrades and every open socket.
#[derive(Clone)]
pub struct Drain {
    inner: Arc<Inner>,
}

struct Inner {
    draining: watch::Sender<bool>,
    open_sockets: AtomicUsize,
}

impl Default for Drain {
    fn default() -> Self {
        Drain { inner: Arc::new(Inner { draining: watch::channel(false).0, open_sockets: AtomicUsize::new(0) }) }
    }
}

/// Held by each open socket; the drain waits until none is held.
pub struct SocketHold(Arc<Inner>);

impl Drop for SocketHold {
    fn drop(&mut self) {
        self.0.open_sockets.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Drain {
    pub fn is_draining(&self) -> bool {
        *self.inner.draining.borrow()
    }

    /// Counts a socket as open until the hold is dropped.
    pub fn hold(&self) -> SocketHold {
        self.inner.open_sockets.fetch_add(1, Ordering::SeqCst);
        SocketHold(self.inner.clone())
    }

    pub fn open_sockets(&self) -> usize {
        self.inner.open_sockets.load(Ordering::SeqCst)
    }

    /// Resolves once the drain has begun (at once if it already has): a socket's cue to ask
    /// its client to go.
    pub async fn begun(&self) {
        let mut draining = self.inner.draining.subscribe();
        let _ = draining.wait_for(|draining| *draining).await;
    }

    /// Begins the drain and waits until every socket has gone, at most `bound`. Returns how
    /// many were still open then (they are cut when the process stops).
    pub async fn run(&self, bound: Duration) -> usize {
        self.inner.draining.send_replace(true);
        tracing::info!(sockets = self.open_sockets(), "draining: asking every chat socket to resume elsewhere");
        let _ = tokio::time::timeout(bound, async {
            while self.open_sockets() > 0 {
                tokio::time::sleep(LOOK_EVERY).await;
            }
        })
        .await;
        let left = self.open_sockets();
        if left > 0 {
            tracing::warn!(left, "draining: some sockets were still open after {bound:?}");
        }
        left
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_drain_waits_for_held_sockets_up_to_its_bound() {
        let drain = Drain::default();
        assert!(!drain.is_draining());
        let hold = drain.hold();
        let socket = {
            let drain = drain.clone();
            tokio::spawn(async move {
                drain.begun().await;
                drop(hold);
            })
        };
        assert_eq!(drain.run(Duration::from_secs(5)).await, 0, "the socket went when asked");
        assert!(drain.is_draining());
        socket.await.unwrap();

        let _stuck = drain.hold();
        let started = std::time::Instant::now();
        assert_eq!(drain.run(Duration::from_millis(200)).await, 1);
        assert!(started.elapsed() < Duration::from_secs(2), "the bound holds");
        // A socket opened after the drain began is asked at once.
        tokio::time::timeout(Duration::from_millis(100), drain.begun()).await.unwrap();
    }
}
