//! The system under test: a private redis-server and two server instances (frontdoor, or
//! the Socket.IO peer), each pinned to the given cores with `taskset`.
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The local Redis Cluster the tests start (three masters, three replicas): the same file.
#[path = "../../../server/tests/support/cluster.rs"]
#[allow(dead_code)]
mod redis_cluster;
use redis_cluster::RedisCluster;

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Peer {
    Frontdoor,
    SocketIo,
}

pub struct Cluster {
    pub redis_url: String,
    pub addrs: Vec<String>,
    children: Vec<Child>,
    servers: Vec<u32>,
    _dir: PathBuf,
    peer: Peer,
    cores: String,
    env: Vec<(String, String)>,
    fsync: &'static str,
    /// With `CHAT_LOAD_REDIS=cluster`: a local Redis Cluster instead of one redis-server.
    redis_cluster: Option<RedisCluster>,
}

fn wait_for_port(port: u16, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "{what} did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
}

impl Cluster {
    /// Starts Redis and `instances` servers on `cores` (a taskset list such as "1"). Redis
    /// writes its append-only file every second, like a typical deployment of the peer.
    pub fn start(peer: Peer, instances: usize, cores: &str, extra_env: &[(&str, &str)]) -> Cluster {
        Self::start_with(peer, instances, cores, extra_env, "everysec")
    }

    /// As `start`, with Redis's `appendfsync` policy given (`always` for durability drills).
    pub fn start_with(peer: Peer, instances: usize, cores: &str, extra_env: &[(&str, &str)], fsync: &'static str) -> Cluster {
        let dir = std::env::temp_dir().join(format!("chat-load-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let redis_cluster = std::env::var("CHAT_LOAD_REDIS").is_ok_and(|v| v == "cluster").then(RedisCluster::start);
        let redis_url = match &redis_cluster {
            Some(redis_cluster) => redis_cluster.url(),
            None => format!("redis://127.0.0.1:{}", free_port()),
        };
        let mut cluster = Cluster {
            redis_url,
            addrs: Vec::new(),
            children: Vec::new(),
            servers: Vec::new(),
            _dir: dir,
            peer,
            cores: cores.to_owned(),
            env: extra_env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            fsync,
            redis_cluster,
        };
        if cluster.redis_cluster.is_none() {
            let redis = cluster.spawn_redis();
            cluster.children.push(redis);
        }
        for _ in 0..instances {
            let addr = format!("127.0.0.1:{}", free_port());
            let child = cluster.spawn_server(&addr);
            cluster.servers.push(child.id());
            cluster.children.push(child);
            cluster.addrs.push(addr);
        }
        cluster
    }

    fn spawn_redis(&self) -> Child {
        let port: u16 = self.redis_url.rsplit(':').next().unwrap().parse().unwrap();
        let redis = Command::new("taskset")
            .args(["-c", &self.cores, "redis-server", "--bind", "127.0.0.1", "--port", &port.to_string()])
            .args(["--save", "", "--appendonly", "yes", "--appendfsync", self.fsync, "--maxclients", "50000"])
            .arg("--dir")
            .arg(&self._dir)
            .stdout(Stdio::null())
            .spawn()
            .expect("redis-server");
        wait_for_port(port, "redis-server");
        redis
    }

    fn spawn_server(&self, addr: &str) -> Child {
        let port: u16 = addr.rsplit(':').next().unwrap().parse().unwrap();
        let mut command = Command::new("taskset");
        command.args(["-c", &self.cores]).current_dir(repo_root()).stdout(Stdio::null()).stderr(Stdio::inherit());
        match self.peer {
            Peer::Frontdoor => {
                let bin = std::env::var("FRONTDOOR_BIN").expect("FRONTDOOR_BIN (bench/chat-load.sh sets it)");
                command
                    .arg(bin)
                    .env("REDIS_URL", &self.redis_url)
                    .env("LEPTOS_SITE_ADDR", addr)
                    .env("LEPTOS_OUTPUT_NAME", "frontdoor")
                    .env("LEPTOS_SITE_ROOT", "target/site")
                    .env("DATA_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")
                    .env("RUST_LOG", "warn")
                    // The load is many chats, not one flooding client: measure the relay,
                    // not the per-connection limiter, and let advisers take their time.
                    .env("CHAT_FRAMES_PER_SECOND", "1000")
                    .env("CHAT_FRAME_BURST", "1000")
                    .env("CHAT_OFFER_SECONDS", "600")
                    // Every generated visitor comes from one address: lift the per-client caps.
                    .env("CHAT_LIVE_PER_CLIENT", "1000000")
                    .env("CHAT_STARTS_PER_HOUR", "1000000")
                    .env("CHAT_MAX_WAITING", "1000000");
            }
            Peer::SocketIo => {
                command.args(["node", "bench/peers/socketio-chat/server.js"]).env("PORT", port.to_string()).env("REDIS_URL", &self.redis_url);
            }
        }
        for (k, v) in &self.env {
            command.env(k, v);
        }
        let child = command.spawn().expect("server");
        wait_for_port(port, "server");
        child
    }

    /// Starts server `i` again on its address after a kill.
    pub fn restart(&mut self, i: usize) {
        let child = self.spawn_server(&self.addrs[i].clone());
        self.servers[i] = child.id();
        self.children.push(child);
    }

    /// SIGKILL Redis and start it again from its append-only file. On a cluster: SIGKILL
    /// the master of the referral slot, let its replica take over, then start it again (it
    /// comes back as a replica).
    pub fn restart_redis(&mut self) {
        if let Some(redis_cluster) = &mut self.redis_cluster {
            redis_cluster.master_of("{referrals}").kill();
            std::thread::sleep(Duration::from_secs(3));
            redis_cluster.nodes.iter_mut().for_each(|node| node.revive());
            return redis_cluster.wait_until_ok();
        }
        let _ = self.children[0].kill();
        let _ = self.children[0].wait();
        self.children[0] = self.spawn_redis();
    }

    /// Resident memory of server `i`, in KiB.
    pub fn rss_kib(&self, i: usize) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.servers[i])).unwrap_or_default();
        status
            .lines()
            .find(|l| l.starts_with("VmRSS:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    }

    /// SIGKILL server `i`, as a crash would.
    pub fn kill(&mut self, i: usize) {
        let _ = Command::new("kill").args(["-9", &self.servers[i].to_string()]).status();
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for child in self.children.iter_mut().rev() {
            let _ = child.kill();
            let _ = child.wait();
        }
        let _ = std::fs::remove_dir_all(&self._dir);
    }
}
