//! A local Redis Cluster for tests: three masters and three replicas of Debian's
//! redis-server in cluster mode, on free ports, AOF with `appendfsync always`, created
//! with `redis-cli --cluster create` and waited for until every node says
//! `cluster_state:ok`. A short node timeout makes a replica take over within seconds.
//! `bench/chat-load` includes this file too (`CHAT_LOAD_REDIS=cluster`).
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::free_port;

/// How long a master may be silent before its replica takes over (milliseconds).
pub const NODE_TIMEOUT_MS: u64 = 1000;

pub struct ClusterNode {
    pub port: u16,
    bus_port: u16,
    dir: tempfile::TempDir,
    child: Option<Child>,
}

impl ClusterNode {
    fn new() -> ClusterNode {
        ClusterNode { port: free_port(), bus_port: free_port(), dir: tempfile::tempdir().unwrap(), child: None }
    }

    /// Starts the node. A free port can be taken by someone else before redis-server binds
    /// it (many tests start clusters at once): a new node then tries other ports; a node
    /// coming back tries its own again (the cluster knows it by it).
    fn spawn(&mut self, fresh: bool) {
        for attempt in 1..=START_ATTEMPTS {
            let (bus_port, timeout) = (self.bus_port.to_string(), NODE_TIMEOUT_MS.to_string());
            let cluster = ["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-port", &bus_port];
            let options: Vec<&str> = cluster.into_iter().chain(["--cluster-node-timeout", &timeout]).collect();
            if let Some(child) = try_durable_redis_server(self.port, self.dir.path(), &options) {
                self.child = Some(child);
                return;
            }
            if fresh {
                (self.port, self.bus_port) = (free_port(), free_port());
            } else {
                std::thread::sleep(Duration::from_millis(200 * attempt));
            }
        }
        panic!("a cluster node did not start after {START_ATTEMPTS} attempts");
    }

    /// SIGKILL: the process dies at once, as a machine that fails.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub fn is_running(&self) -> bool {
        self.child.is_some()
    }

    /// Starts the node again on its port, with its data and cluster configuration.
    pub fn revive(&mut self) {
        if self.child.is_none() {
            self.spawn(false);
        }
    }

    /// What `redis-cli -p PORT ARGS…` prints.
    pub fn cli(&self, args: &[&str]) -> String {
        let output = Command::new("redis-cli").args(["-p", &self.port.to_string()]).args(args).output().unwrap();
        String::from_utf8_lossy(&output.stdout).into_owned()
    }
}

/// A redis-server on `port` with data in `dir`, AOF with `appendfsync always`, plus
/// `options`; returns once it accepts connections.
pub fn durable_redis_server(port: u16, dir: &std::path::Path, options: &[&str]) -> Child {
    try_durable_redis_server(port, dir, options).expect("redis-server did not start")
}

/// How many times a redis-server (alone or a cluster node) is started before the test gives up.
pub const START_ATTEMPTS: u64 = 5;

/// Like `durable_redis_server`, but `None` when redis-server exits (its port was taken) or
/// does not answer within 20 s.
pub fn try_durable_redis_server(port: u16, dir: &std::path::Path, options: &[&str]) -> Option<Child> {
    let mut child = Command::new("redis-server")
        .args(["--bind", "127.0.0.1", "--port", &port.to_string()])
        .args(["--save", "", "--appendonly", "yes", "--appendfsync", "always"])
        .args(options)
        .arg("--dir")
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("redis-server must be installed (scripts/test installs it)");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let mut exited = child.try_wait().ok().flatten().is_some();
        if !exited && std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            // Someone answers; make sure it is ours and not a process that had the port.
            std::thread::sleep(Duration::from_millis(50));
            exited = child.try_wait().ok().flatten().is_some();
            if !exited {
                return Some(child);
            }
        }
        if exited || Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

pub struct RedisCluster {
    pub nodes: Vec<ClusterNode>,
}

impl RedisCluster {
    pub fn start() -> RedisCluster {
        let mut cluster = RedisCluster { nodes: (0..6).map(|_| ClusterNode::new()).collect() };
        cluster.nodes.iter_mut().for_each(|node| node.spawn(true));
        let addresses: Vec<String> = cluster.nodes.iter().map(|node| format!("127.0.0.1:{}", node.port)).collect();
        let created = Command::new("redis-cli")
            .arg("--cluster")
            .arg("create")
            .args(&addresses)
            .args(["--cluster-replicas", "1", "--cluster-yes"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("redis-cli must be installed");
        assert!(created.success(), "redis-cli --cluster create failed");
        cluster.wait_until_ok();
        cluster
    }

    /// `redis+cluster://` with every node, as `REDIS_URL` names it.
    pub fn url(&self) -> String {
        let nodes: Vec<String> = self.nodes.iter().map(|node| format!("127.0.0.1:{}", node.port)).collect();
        format!("redis+cluster://{}", nodes.join(","))
    }

    /// Until every running node says `cluster_state:ok` and every running replica is in
    /// step with its master.
    pub fn wait_until_ok(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let running = self.nodes.iter().filter(|node| node.is_running());
            let ready = running.clone().all(|node| node.cli(&["cluster", "info"]).contains("cluster_state:ok"))
                && running.filter(|node| node.cli(&["role"]).starts_with("slave")).all(|node| {
                    node.cli(&["info", "replication"]).contains("master_link_status:up")
                });
            if ready {
                return;
            }
            assert!(Instant::now() < deadline, "the cluster did not become ready");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The node now serving `key`'s slot as master.
    pub fn master_of(&mut self, key: &str) -> &mut ClusterNode {
        let any = self.nodes.iter().find(|node| node.is_running()).expect("a running node");
        let slot = any.cli(&["cluster", "keyslot", key]).trim().parse::<u16>().unwrap();
        let nodes = any.cli(&["cluster", "nodes"]);
        let port = nodes
            .lines()
            .find_map(|line| {
                let fields: Vec<&str> = line.split(' ').collect();
                let master = fields.get(2)?.contains("master") && !fields[2].contains("fail");
                let serves = fields[8..].iter().any(|range| {
                    let (low, high) = range.split_once('-').unwrap_or((range, range));
                    matches!((low.parse::<u16>(), high.parse::<u16>()), (Ok(low), Ok(high)) if (low..=high).contains(&slot))
                });
                (master && serves).then(|| fields[1].split(['@', ':']).nth(1)?.parse::<u16>().ok())?
            })
            .expect("a master serves the slot");
        self.nodes.iter_mut().find(|node| node.port == port).unwrap()
    }

    pub fn stop(&mut self) {
        self.nodes.iter_mut().for_each(ClusterNode::kill);
    }

    /// Every node stopped and started again: the cluster forms again from its saved
    /// configuration and its data from the append-only files.
    pub fn restart(&mut self) {
        self.stop();
        self.nodes.iter_mut().for_each(|node| node.spawn(false));
        self.wait_until_ok();
    }
}

impl Drop for RedisCluster {
    fn drop(&mut self) {
        self.stop();
    }
}
