//! Test harness: a real redis-server on a free port (or a local Redis Cluster), and the
//! real router around it; the real binary as a process (`process`) and a websocket chat
//! client (`chat_sockets`).
#![allow(dead_code)]
pub mod chat_sockets;
mod cluster;
pub mod process;
pub use cluster::RedisCluster;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, Response};
use leptos::config::LeptosOptions;
use server::config::Config;
use server::infra::redis_link::{RedisConnection, RedisLink};
use axum::extract::ConnectInfo;
use server::state;
use tower::ServiceExt;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_owned()
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A port nothing answers on for as long as the returned socket lives: it is bound but
/// never listens, so connections are refused and no other test's server can take it (a
/// port from `free_port` is free only until someone else picks it).
pub fn refused_port() -> (socket2::Socket, u16) {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    socket.bind(&std::net::SocketAddr::from(([127, 0, 0, 1], 0)).into()).unwrap();
    let port = socket.local_addr().unwrap().as_socket().unwrap().port();
    (socket, port)
}

/// A private Redis, stopped when dropped: one redis-server on a free port, or — when
/// `FRONTDOOR_TEST_REDIS=cluster` — a local Redis Cluster of three masters and three
/// replicas (`scripts/test` runs the chat, referral and triage tests both ways).
pub struct RedisServer {
    pub port: u16,
    dir: tempfile::TempDir,
    child: Option<Child>,
    cluster: Option<RedisCluster>,
}

/// True when this test run is the cluster pass.
pub fn cluster_pass() -> bool {
    std::env::var("FRONTDOOR_TEST_REDIS").is_ok_and(|value| value == "cluster")
}

impl RedisServer {
    pub fn start() -> RedisServer {
        if cluster_pass() {
            let cluster = RedisCluster::start();
            let port = cluster.nodes[0].port;
            return RedisServer { port, dir: tempfile::tempdir().unwrap(), child: None, cluster: Some(cluster) };
        }
        RedisServer::single()
    }

    /// One redis-server, whatever the pass.
    pub fn single() -> RedisServer {
        let dir = tempfile::tempdir().unwrap();
        // A free port can be taken before redis-server binds it: then another one.
        for _ in 0..cluster::START_ATTEMPTS {
            let port = free_port();
            if let Some(child) = cluster::try_durable_redis_server(port, dir.path(), &[]) {
                return RedisServer { port, dir, child: Some(child), cluster: None };
            }
        }
        panic!("redis-server did not start on any of {} free ports", cluster::START_ATTEMPTS);
    }

    pub fn url(&self) -> String {
        match &self.cluster {
            Some(cluster) => cluster.url(),
            None => format!("redis://127.0.0.1:{}", self.port),
        }
    }

    fn spawn(&mut self) {
        self.child = Some(cluster::durable_redis_server(self.port, self.dir.path(), &[]));
    }

    pub fn stop(&mut self) {
        if let Some(cluster) = &mut self.cluster {
            return cluster.stop();
        }
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub fn restart(&mut self) {
        if let Some(cluster) = &mut self.cluster {
            return cluster.restart();
        }
        self.stop();
        self.spawn();
    }

    /// The cluster, in the cluster pass.
    pub fn cluster(&mut self) -> Option<&mut RedisCluster> {
        self.cluster.as_mut()
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.stop();
    }
}

pub const TEST_DATA_KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

pub fn config_for(redis_url: &str, locales_dir: &Path) -> Config {
    config_with(redis_url, locales_dir, &[])
}

/// The test settings, plus `extra` ones (which win).
pub fn config_with(redis_url: &str, locales_dir: &Path, extra: &[(&str, &str)]) -> Config {
    let mut vars = vec![
        ("REDIS_URL".to_owned(), redis_url.to_owned()),
        ("LOCALES_DIR".to_owned(), locales_dir.display().to_string()),
        (
            "DIRECTORY_FILE".to_owned(),
            repo_root().join("data/services.toml").display().to_string(),
        ),
        (
            "SERVICE_HOURS_FILE".to_owned(),
            repo_root().join("data/service-hours.toml").display().to_string(),
        ),
        ("DATA_KEY".to_owned(), TEST_DATA_KEY.to_owned()),
        ("STAFF_COOKIE_SECURE".to_owned(), "false".to_owned()),
    ];
    // DATA_KEYS replaces the single test key rather than clashing with it.
    if extra.iter().any(|(name, _)| *name == "DATA_KEYS") {
        vars.retain(|(name, _)| name != "DATA_KEY");
    }
    vars.extend(extra.iter().map(|(name, value)| (name.to_string(), value.to_string())));
    Config::from_vars(vars).unwrap()
}

/// The real application router, as `main` builds it, against `redis_url`.
pub fn app_with(redis_url: &str, locales_dir: &Path) -> axum::Router {
    // Handlers see a client address, as behind `into_make_service_with_connect_info`.
    let client = std::net::SocketAddr::from(([127, 0, 0, 1], 40000));
    router(&config_for(redis_url, locales_dir)).layer(axum::Extension(ConnectInfo(client)))
}

/// The real router with `extra` settings and no client address: serve it with
/// `into_make_service_with_connect_info`, or give each request its own `ConnectInfo`.
pub fn bare_app(redis_url: &str, locales_dir: &Path, extra: &[(&str, &str)]) -> axum::Router {
    router(&config_with(redis_url, locales_dir, extra))
}

/// The real application router for `config`, without a client address: the server's
/// accept loop (or the test) puts one on each request.
pub fn router(config: &Config) -> axum::Router {
    let leptos_options = LeptosOptions::builder()
        .output_name("frontdoor")
        .site_root("target/site")
        .build();
    let redis = RedisLink::open(&config.redis_url).unwrap();
    let state = state::state(config, leptos_options, redis).expect("site data loads");
    server::app::build(state, config)
}

/// The real application router and the flag its pages read for "is the chat open" (which
/// the server's availability watcher would keep up to date).
pub fn app_and_chat_flag(redis_url: &str) -> (axum::Router, app::site::ChatOpen) {
    let config = config_for(redis_url, &repo_root().join("locales"));
    let leptos_options = LeptosOptions::builder().output_name("frontdoor").site_root("target/site").build();
    let redis = RedisLink::open(&config.redis_url).unwrap();
    let state = state::state(&config, leptos_options, redis).expect("site data loads");
    let flag = state.site.chat_open.clone();
    let client = std::net::SocketAddr::from(([127, 0, 0, 1], 40000));
    (server::app::build(state, &config).layer(axum::Extension(ConnectInfo(client))), flag)
}

pub fn app(redis_url: &str) -> axum::Router {
    app_with(redis_url, &repo_root().join("locales"))
}

pub async fn get(app: &axum::Router, uri: &str) -> Response<Body> {
    get_with(app, uri, &[]).await
}

pub async fn get_with(app: &axum::Router, uri: &str, headers: &[(&str, &str)]) -> Response<Body> {
    let mut request = Request::get(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    app.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap()
}

pub async fn body_text(response: Response<Body>) -> String {
    let bytes = axum::body::to_bytes(response.into_body(), 10 * 1024 * 1024).await.unwrap();
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// Posts a urlencoded form, as a browser without JavaScript does.
pub async fn post_form(app: &axum::Router, uri: &str, pairs: &[(&str, &str)]) -> Response<Body> {
    let body = serde_urlencoded::to_string(pairs).unwrap();
    let request = Request::post(uri)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    app.clone().oneshot(request).await.unwrap()
}

/// A signed-in staff member's cookie (`name=value`) with `role`'s slug, without the form.
pub async fn staff_cookie(url: &str, name: &str, role: &str) -> String {
    let cookie = server::staff::session::start(&mut redis_manager(url).await, name, role, false).await.unwrap();
    cookie.to_str().unwrap().split(';').next().unwrap().to_owned()
}

/// Every key and value in the Redis at `url` (every master of a cluster), as text, for
/// scans and counts.
pub async fn redis_dump(url: &str) -> String {
    let mut dump = String::new();
    for node in node_urls(url).await {
        let client = redis::Client::open(node.as_str()).unwrap();
        dump_node(&mut client.get_multiplexed_async_connection().await.unwrap(), &mut dump).await;
    }
    dump
}

/// The URL of each server holding data: the one server, or every master of a cluster.
async fn node_urls(url: &str) -> Vec<String> {
    if !url.starts_with(server::infra::redis_link::CLUSTER_SCHEME) {
        return vec![url.to_owned()];
    }
    let masters = redis_manager(url).await.masters().await.unwrap();
    masters.into_iter().map(|(host, port)| format!("redis://{host}:{port}")).collect()
}

async fn dump_node(connection: &mut redis::aio::MultiplexedConnection, dump: &mut String) {
    let keys: Vec<String> = redis::cmd("KEYS").arg("*").query_async(connection).await.unwrap();
    for key in keys {
        let kind: String = redis::cmd("TYPE").arg(&key).query_async(connection).await.unwrap();
        let value: redis::Value = match kind.as_str() {
            "string" => redis::cmd("GET").arg(&key).query_async(connection).await.unwrap(),
            "stream" => redis::cmd("XRANGE").arg(&key).arg("-").arg("+").query_async(connection).await.unwrap(),
            "hash" => redis::cmd("HGETALL").arg(&key).query_async(connection).await.unwrap(),
            "zset" => redis::cmd("ZRANGE").arg(&key).arg(0).arg(-1).query_async(connection).await.unwrap(),
            "list" => redis::cmd("LRANGE").arg(&key).arg(0).arg(-1).query_async(connection).await.unwrap(),
            _ => redis::Value::Nil,
        };
        dump.push_str(&key);
        flatten(&value, dump);
        dump.push('\n');
    }
}

/// Every string inside a reply, as text: byte arrays would hide plaintext from a scan.
fn flatten(value: &redis::Value, out: &mut String) {
    match value {
        redis::Value::BulkString(bytes) => {
            out.push(' ');
            out.push_str(&String::from_utf8_lossy(bytes));
        }
        redis::Value::SimpleString(text) => {
            out.push(' ');
            out.push_str(text);
        }
        redis::Value::Array(items) | redis::Value::Set(items) => items.iter().for_each(|v| flatten(v, out)),
        redis::Value::Map(pairs) => pairs.iter().for_each(|(k, v)| {
            flatten(k, out);
            flatten(v, out);
        }),
        _ => {}
    }
}

/// A connection of our own to the Redis (or cluster) at `url`.
pub async fn redis_manager(url: &str) -> RedisConnection {
    redis_link(url).await.1
}

/// The server's Redis link to `url`, once it has connected, and a connection of our own.
pub async fn redis_link(url: &str) -> (RedisLink, RedisConnection) {
    let link = RedisLink::open(url).unwrap();
    for _ in 0..50 {
        if let Some(connection) = link.connection().await {
            return (link, connection);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no redis at {url}");
}
