//! The link to Redis: one server, or a Redis Cluster. The server must start and serve pages
//! while Redis is down, so the connection is made in the background and re-made after a
//! drop (by the connection manager for one server, by the cluster client for a cluster).
//!
//! `REDIS_URL` names a cluster as `redis+cluster://host1:port1,host2:port2,…` (any reachable
//! nodes; the rest of the cluster is discovered from them). Everything a store does is the
//! same on both: scripts keep every key of one call in one hash-tag slot, wake-ups go through
//! sharded pub/sub on a cluster, and walks over keys visit every master.
use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use redis::aio::{ConnectionLike, ConnectionManager, ConnectionManagerConfig};
use redis::cluster::ClusterClient;
use redis::cluster_async::ClusterConnection;
use redis::cluster_routing::{Route, RoutingInfo, SingleNodeRoutingInfo, SlotAddr};
use redis::{Cmd, Pipeline, RedisFuture, RedisResult, Value};
use tokio::sync::OnceCell;

/// The scheme that names a cluster in `REDIS_URL`.
pub const CLUSTER_SCHEME: &str = "redis+cluster://";

const CONNECT_TIMEOUT: Duration = Duration::from_secs(1);
const RESPONSE_TIMEOUT: Duration = Duration::from_secs(1);
/// How long an acknowledged write waits for a replica (or the disk) to confirm it. Short:
/// after a failover the promoted master has no replica until the old one returns, and every
/// such write would wait this long.
const SETTLE_TIMEOUT_MS: u64 = 100;

/// What `REDIS_URL` names: one server, or the seed nodes of a cluster.
#[derive(Clone)]
pub enum RedisTarget {
    Single(redis::Client),
    Cluster { nodes: Vec<String> },
}

impl From<redis::Client> for RedisTarget {
    fn from(client: redis::Client) -> RedisTarget {
        RedisTarget::Single(client)
    }
}

impl RedisTarget {
    /// Parses `redis://…`, `rediss://…` or `redis+cluster://[user:pass@]host:port,host:port`.
    pub fn open(url: &str) -> RedisResult<RedisTarget> {
        let Some(rest) = url.strip_prefix(CLUSTER_SCHEME) else {
            return redis::Client::open(url).map(RedisTarget::Single);
        };
        let (credentials, hosts) = match rest.rsplit_once('@') {
            Some((credentials, hosts)) => (format!("{credentials}@"), hosts),
            None => (String::new(), rest),
        };
        let nodes: Vec<String> = hosts
            .trim_end_matches('/')
            .split(',')
            .map(str::trim)
            .filter(|host| !host.is_empty())
            .map(|host| format!("redis://{credentials}{host}"))
            .collect();
        if nodes.is_empty() {
            return Err((redis::ErrorKind::InvalidClientConfig, "a cluster URL names no node").into());
        }
        // Each node must be a valid address on its own.
        for node in &nodes {
            redis::Client::open(node.as_str())?;
        }
        Ok(RedisTarget::Cluster { nodes })
    }

    pub fn is_cluster(&self) -> bool {
        matches!(self, RedisTarget::Cluster { .. })
    }

    /// A cluster client; `push` receives pub/sub messages (RESP3 push), for subscribers.
    pub fn cluster_client(nodes: &[String], push: Option<impl redis::aio::AsyncPushSender>) -> RedisResult<ClusterClient> {
        let builder = ClusterClient::builder(nodes.to_vec())
            .connection_timeout(CONNECT_TIMEOUT)
            .response_timeout(RESPONSE_TIMEOUT)
            .retries(3)
            .max_retry_wait(500);
        match push {
            Some(push) => builder.use_protocol(redis::ProtocolVersion::RESP3).push_sender(push).build(),
            None => builder.build(),
        }
    }

    async fn connect(&self) -> RedisResult<RedisConnection> {
        match self {
            RedisTarget::Single(client) => {
                let config = ConnectionManagerConfig::new()
                    .set_connection_timeout(Some(CONNECT_TIMEOUT))
                    .set_response_timeout(Some(RESPONSE_TIMEOUT))
                    .set_number_of_retries(2)
                    .set_max_delay(Duration::from_secs(1));
                let manager = ConnectionManager::new_with_config(client.clone(), config).await?;
                Ok(RedisConnection::Single(manager))
            }
            RedisTarget::Cluster { nodes } => {
                let client = RedisTarget::cluster_client(nodes, None::<fn(redis::PushInfo) -> Result<(), ()>>)?;
                Ok(RedisConnection::Cluster(client.get_async_connection().await?))
            }
        }
    }
}

/// How an acknowledged write is made to survive the loss of the process that took it,
/// decided once when the link is first made (see the README's "What a managed Redis must
/// provide").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settle {
    /// One server with `appendfsync always`: the reply already means it is on disk.
    Nothing,
    /// Redis 7.2+: `WAITAOF` — fsynced locally and, on a cluster, by one replica.
    WaitAof { replicas: u8 },
    /// A cluster before 7.2: `WAIT 1` — a replica has it (and fsyncs it itself).
    WaitReplica,
}

impl Settle {
    /// From the server's version (`redis_version` of `INFO server`) and the link's kind.
    pub fn for_server(version: &str, cluster: bool) -> Settle {
        let mut parts = version.split('.').map(|part| part.parse::<u32>().unwrap_or(0));
        let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
        match ((major, minor) >= (7, 2), cluster) {
            (true, cluster) => Settle::WaitAof { replicas: u8::from(cluster) },
            (false, true) => Settle::WaitReplica,
            (false, false) => Settle::Nothing,
        }
    }
}

/// The connection every store uses. Stores name this type, never the redis crate's, so the
/// kind of connection (one server, or a cluster) is decided here alone.
#[derive(Clone)]
pub enum RedisConnection {
    Single(ConnectionManager),
    Cluster(ClusterConnection),
}

impl ConnectionLike for RedisConnection {
    fn req_packed_command<'a>(&'a mut self, cmd: &'a Cmd) -> RedisFuture<'a, Value> {
        match self {
            RedisConnection::Single(connection) => connection.req_packed_command(cmd),
            RedisConnection::Cluster(connection) => connection.req_packed_command(cmd),
        }
    }

    fn req_packed_commands<'a>(&'a mut self, pipeline: &'a Pipeline, offset: usize, count: usize) -> RedisFuture<'a, Vec<Value>> {
        match self {
            RedisConnection::Single(connection) => connection.req_packed_commands(pipeline, offset, count),
            RedisConnection::Cluster(connection) => connection.req_packed_commands(pipeline, offset, count),
        }
    }

    fn get_db(&self) -> i64 {
        match self {
            RedisConnection::Single(connection) => connection.get_db(),
            RedisConnection::Cluster(connection) => connection.get_db(),
        }
    }
}

impl RedisConnection {
    /// Every key of one type matching `pattern`, once each. On a cluster every master is
    /// walked (SCAN sees only the node it is sent to). Only key names are held.
    pub async fn keys_matching(&mut self, pattern: &str, kind: &str) -> RedisResult<BTreeSet<String>> {
        let mut keys = BTreeSet::new();
        match self {
            RedisConnection::Single(_) => scan_node(self, None, pattern, kind, &mut keys).await?,
            RedisConnection::Cluster(_) => {
                for (host, port) in self.masters().await? {
                    let node = SingleNodeRoutingInfo::ByAddress { host, port };
                    scan_node(self, Some(node), pattern, kind, &mut keys).await?;
                }
            }
        }
        Ok(keys)
    }

    /// The address of every master that serves slots, from `CLUSTER NODES`.
    pub async fn masters(&mut self) -> RedisResult<Vec<(String, u16)>> {
        let nodes: String = redis::cmd("CLUSTER").arg("NODES").query_async(self).await?;
        Ok(nodes.lines().filter_map(serving_master).collect())
    }

    /// Sends `cmd` to one node of a cluster (`None`: wherever its keys route it).
    async fn send(&mut self, cmd: Cmd, node: Option<SingleNodeRoutingInfo>) -> RedisResult<Value> {
        match (self, node) {
            (RedisConnection::Cluster(connection), Some(node)) => {
                connection.route_command(cmd, RoutingInfo::SingleNode(node)).await
            }
            (connection, _) => cmd.query_async(connection).await,
        }
    }

    /// Waits, as `settle` says, until the write just made to `key` would survive the loss
    /// of the node that took it. Never fails the write: when no replica confirms in time
    /// (one is down), the write stands as the server acknowledged it.
    pub async fn settle(&mut self, settle: Settle, key: &str) {
        let cmd = match settle {
            Settle::Nothing => return,
            Settle::WaitAof { replicas } => redis::cmd("WAITAOF").arg(1).arg(replicas).arg(SETTLE_TIMEOUT_MS).to_owned(),
            Settle::WaitReplica => redis::cmd("WAIT").arg(1).arg(SETTLE_TIMEOUT_MS).to_owned(),
        };
        // WAIT speaks for the writes on this link to one node: the master of `key`'s slot.
        let node = SingleNodeRoutingInfo::SpecificNode(Route::with_key(key, SlotAddr::Master));
        if let Err(error) = self.send(cmd, Some(node)).await {
            tracing::debug!(%error, "acknowledged write not confirmed by a replica");
        }
    }
}

/// `(host, port)` of a `CLUSTER NODES` line that is a master serving slots and not failed.
fn serving_master(line: &str) -> Option<(String, u16)> {
    let fields: Vec<&str> = line.split(' ').collect();
    let flags = fields.get(2)?;
    let serving = fields.len() > 8;
    if !flags.split(',').any(|flag| flag == "master") || flags.contains("fail") || !serving {
        return None;
    }
    let address = fields.get(1)?.split('@').next()?;
    let (host, port) = address.rsplit_once(':')?;
    Some((host.to_owned(), port.parse().ok()?))
}

async fn scan_node(
    connection: &mut RedisConnection,
    node: Option<SingleNodeRoutingInfo>,
    pattern: &str,
    kind: &str,
    keys: &mut BTreeSet<String>,
) -> RedisResult<()> {
    let mut cursor = 0u64;
    loop {
        let scan = redis::cmd("SCAN").arg(cursor).arg("MATCH").arg(pattern).arg("COUNT").arg(500).arg("TYPE").arg(kind).to_owned();
        let (next, page): (u64, Vec<String>) = redis::from_redis_value(connection.send(scan, node.clone()).await?)?;
        keys.extend(page);
        if next == 0 {
            return Ok(());
        }
        cursor = next;
    }
}

#[derive(Clone)]
pub struct RedisLink {
    target: RedisTarget,
    connection: Arc<OnceCell<(RedisConnection, Settle)>>,
}

impl RedisLink {
    /// Starts connecting in the background; never fails once the URL has parsed.
    pub fn start(target: impl Into<RedisTarget>) -> RedisLink {
        let link = RedisLink { target: target.into(), connection: Arc::new(OnceCell::new()) };
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

    /// `REDIS_URL`, parsed, and the link started.
    pub fn open(url: &str) -> RedisResult<RedisLink> {
        RedisTarget::open(url).map(RedisLink::start)
    }

    pub fn target(&self) -> &RedisTarget {
        &self.target
    }

    /// True when the link is to a cluster (wake-ups then go through sharded pub/sub).
    pub fn is_cluster(&self) -> bool {
        self.target.is_cluster()
    }

    async fn established(&self) -> Option<&(RedisConnection, Settle)> {
        // Every command asks: once connected, no clone of the target (its strings) for it.
        if let Some(established) = self.connection.get() {
            return Some(established);
        }
        let target = self.target.clone();
        self.connection
            .get_or_try_init(|| async move {
                let mut connection = target.connect().await?;
                // One node answers for all: a cluster's nodes run one version.
                let info = redis::cmd("INFO").arg("server").to_owned();
                let info: String = redis::from_redis_value(connection.send(info, Some(SingleNodeRoutingInfo::RandomPrimary)).await?)?;
                let version = info.lines().find_map(|line| line.strip_prefix("redis_version:")).unwrap_or("0");
                Ok::<_, redis::RedisError>((connection, Settle::for_server(version.trim(), target.is_cluster())))
            })
            .await
            .ok()
    }

    /// The shared multiplexed connection, if Redis has been reached at least once.
    pub async fn connection(&self) -> Option<RedisConnection> {
        self.established().await.map(|(connection, _)| connection.clone())
    }

    /// How acknowledged writes are settled on this Redis (see [`RedisConnection::settle`]).
    pub async fn settle_mode(&self) -> Settle {
        self.established().await.map_or(Settle::Nothing, |(_, settle)| *settle)
    }

    /// True when Redis answers a PING now (on a cluster: every master does).
    pub async fn is_up(&self) -> bool {
        let Some(mut connection) = self.connection().await else {
            return false;
        };
        let check = async {
            match &mut connection {
                RedisConnection::Single(_) => redis::cmd("PING").query_async::<String>(&mut connection).await.is_ok(),
                RedisConnection::Cluster(cluster) => cluster_ok(cluster).await,
            }
        };
        tokio::time::timeout(Duration::from_secs(1), check).await.unwrap_or(false)
    }
}

/// A cluster is usable when the node asked says `cluster_state:ok` (every slot served) and
/// every master answers.
async fn cluster_ok(cluster: &mut ClusterConnection) -> bool {
    let info: RedisResult<String> = redis::cmd("CLUSTER").arg("INFO").query_async(cluster).await;
    if !matches!(&info, Ok(text) if text.contains("cluster_state:ok")) {
        return false;
    }
    let ping = redis::cmd("PING").to_owned();
    let routing = RoutingInfo::MultiNode((redis::cluster_routing::MultipleNodeRoutingInfo::AllMasters, None));
    cluster.route_command(ping, routing).await.is_ok()
}

/// Runs calls of one script in one pipeline: one round trip for the lot. A pipeline sends a
/// script by digest only, so a Redis that has not seen it yet (restarted, or a new master)
/// runs none of them: load it and send them all again. Each call runs whole or not at all,
/// but the pipeline is not one transaction: a script called this way must be safe to run
/// twice, for a caller to send again after an error.
pub async fn invoke_all<T: redis::FromRedisValue>(connection: &mut RedisConnection, calls: &[redis::ScriptInvocation<'_>]) -> RedisResult<Vec<T>> {
    // An empty pipeline is an error to the client, not an empty answer.
    let Some(first) = calls.first() else { return Ok(Vec::new()) };
    let mut pipe = redis::pipe();
    for call in calls {
        pipe.invoke_script(call);
    }
    match pipe.query_async(connection).await {
        Err(error) if error.code() == Some("NOSCRIPT") => {
            first.load_async(connection).await?;
            pipe.query_async(connection).await
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cluster_url_names_each_node_and_keeps_credentials() {
        let target = RedisTarget::open("redis+cluster://:secret@10.0.0.1:7000,10.0.0.2:7001/").unwrap();
        let RedisTarget::Cluster { nodes } = target else { panic!("not a cluster") };
        assert_eq!(nodes, ["redis://:secret@10.0.0.1:7000", "redis://:secret@10.0.0.2:7001"]);
        assert!(!RedisTarget::open("redis://127.0.0.1:6379").unwrap().is_cluster());
        assert!(RedisTarget::open("redis+cluster://").is_err());
        assert!(RedisTarget::open("http://x").is_err());
    }

    #[test]
    fn writes_settle_with_waitaof_from_7_2_and_wait_on_an_older_cluster() {
        assert_eq!(Settle::for_server("7.0.15", false), Settle::Nothing);
        assert_eq!(Settle::for_server("7.0.15", true), Settle::WaitReplica);
        assert_eq!(Settle::for_server("7.2.4", false), Settle::WaitAof { replicas: 0 });
        assert_eq!(Settle::for_server("8.0.0", true), Settle::WaitAof { replicas: 1 });
    }

    #[test]
    fn only_masters_serving_slots_are_walked() {
        let nodes = "a1 127.0.0.1:7000@17000 myself,master - 0 0 1 connected 0-5460\n\
                     b2 127.0.0.1:7003@17003 slave a1 0 0 1 connected\n\
                     c3 127.0.0.1:7001@17001 master,fail - 0 0 2 disconnected\n\
                     d4 127.0.0.1:7004@17004 master - 0 0 4 connected 5461-10922\n\
                     e5 127.0.0.1:7005@17005 master - 0 0 5 connected";
        let masters: Vec<_> = nodes.lines().filter_map(serving_master).collect();
        assert_eq!(masters, [("127.0.0.1".to_owned(), 7000), ("127.0.0.1".to_owned(), 7004)]);
    }
}
