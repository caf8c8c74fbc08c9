//! The link to Redis. The server must start and serve pages while Redis is down, so the
//! connection is made in the background and re-made by the connection manager after a drop.
use std::sync::Arc;
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use tokio::sync::OnceCell;

/// The connection every store uses. Stores name this type, never the redis crate's, so the
/// kind of connection (one server, or a cluster) is decided here alone.
pub type RedisConnection = ConnectionManager;

#[derive(Clone)]
pub struct RedisLink {
    client: redis::Client,
    manager: Arc<OnceCell<ConnectionManager>>,
}

impl RedisLink {
    /// Starts connecting in the background; never fails once the URL has parsed.
    pub fn start(client: redis::Client) -> RedisLink {
        let link = RedisLink { client, manager: Arc::new(OnceCell::new()) };
        let background = link.clone();
        tokio::spawn(async move {
            let mut delay = Duration::from_millis(100);
            while background.connection().await.is_none() {
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(2));
            }
        });
        link
    }

    /// The shared multiplexed connection, if Redis has been reached at least once.
    pub async fn connection(&self) -> Option<ConnectionManager> {
        if let Some(manager) = self.manager.get() {
            return Some(manager.clone());
        }
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(Duration::from_secs(1)))
            .set_response_timeout(Some(Duration::from_secs(1)))
            .set_number_of_retries(2)
            .set_max_delay(Duration::from_secs(1));
        let client = self.client.clone();
        self.manager
            .get_or_try_init(|| ConnectionManager::new_with_config(client, config))
            .await
            .ok()
            .cloned()
    }

    /// True when Redis answers a PING now.
    pub async fn is_up(&self) -> bool {
        let Some(mut connection) = self.connection().await else {
            return false;
        };
        let ping = redis::cmd("PING");
        let ping = ping.query_async::<String>(&mut connection);
        matches!(tokio::time::timeout(Duration::from_secs(1), ping).await, Ok(Ok(_)))
    }
}
