//! chat-load: drives frontdoor's webchat (or the Socket.IO peer) with real websockets over
//! two server instances on one Redis, and prints what it measured.
//!
//!   chat-load talk  [--peer frontdoor|socketio] [--conversations N] [--messages K] [--think-ms T]
//!   chat-load idle  [--peer …] [--visitors N] [--advisers M]
//!   chat-load kill  [--conversations N] [--messages K]    (fault: SIGKILL one of two instances)
//!   chat-load storm [--conversations N]                   (fault: everyone drops and resumes)
//!   chat-load referrals [--referrals N]                   (fault: server killed 3×, Redis once)
//!   chat-load flood [--rate R] [--seconds S]              (fault: one client floods the referral
//!                                                          form while another browses)
mod clients;
mod cluster;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use clients::{adviser, converse, Tally, Visitor};
use cluster::{Cluster, Peer};
use redis::AsyncCommands;

struct Args {
    mode: String,
    peer: Peer,
    conversations: usize,
    messages: u64,
    think: Duration,
    visitors: usize,
    advisers: usize,
    server_cores: String,
    referrals: usize,
    rate: usize,
    seconds: u64,
}

fn args() -> Args {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| raw.iter().position(|a| a == name).and_then(|i| raw.get(i + 1)).cloned();
    let number = |name: &str, default: usize| value(name).and_then(|v| v.parse().ok()).unwrap_or(default);
    Args {
        mode: raw.first().cloned().unwrap_or_else(|| "talk".into()),
        peer: if value("--peer").as_deref() == Some("socketio") { Peer::SocketIo } else { Peer::Frontdoor },
        conversations: number("--conversations", 100),
        messages: number("--messages", 10) as u64,
        think: Duration::from_millis(number("--think-ms", 1000) as u64),
        visitors: number("--visitors", 10_000),
        advisers: number("--advisers", 0),
        server_cores: value("--server-cores").unwrap_or_else(|| "1".into()),
        referrals: number("--referrals", 1000),
        rate: number("--rate", 1000),
        seconds: number("--seconds", 10) as u64,
    }
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i] as f64 / 1000.0
}

fn report_latency(label: &str, tally: &Tally, seconds: f64) {
    let mut all = tally.latencies.lock().unwrap().clone();
    all.sort_unstable();
    println!(
        "{label}: {} messages in {seconds:.1} s = {:.0} msg/s; one-way latency p50 {:.2} ms, p99 {:.2} ms, p99.9 {:.2} ms, max {:.2} ms",
        all.len(),
        all.len() as f64 / seconds,
        percentile(&all, 0.5),
        percentile(&all, 0.99),
        percentile(&all, 0.999),
        all.last().copied().unwrap_or(0) as f64 / 1000.0,
    );
}

/// A connection to the Redis (or Redis Cluster) under test, once it answers.
async fn redis_connection(url: &str) -> server::infra::redis_link::RedisConnection {
    let link = server::infra::redis_link::RedisLink::open(url).unwrap();
    for _ in 0..100 {
        if let Some(connection) = link.connection().await {
            return connection;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("Redis under test unreachable");
}

/// Adviser sessions and desks straight into Redis (the sign-in page is not what is measured).
async fn frontdoor_advisers(redis_url: &str, count: usize, capacity: usize) -> Vec<String> {
    let mut connection = redis_connection(redis_url).await;
    let mut cookies = Vec::new();
    for i in 0..count {
        let name = format!("adviser{i}");
        let cookie = server::staff::session::start(&mut connection, &name, "adviser", false).await.unwrap();
        let desk = server::chat::store::keys::desk_key(&name);
        let _: () = redis::pipe()
            .hset(&desk, "status", "on-shift")
            .hset(&desk, "capacity", capacity)
            .hset(&desk, "languages", "en")
            .hset(&desk, "idle_since", 0)
            .sadd(server::chat::store::keys::KNOWN_ADVISERS, &name)
            .query_async(&mut connection)
            .await
            .unwrap();
        cookies.push(cookie.to_str().unwrap().split(';').next().unwrap().to_owned());
    }
    cookies
}

/// Advisers on alternate instances; returns their tasks.
async fn start_advisers(args: &Args, cluster: &Cluster, count: usize, capacity: usize, chats: &[String], tally: &Arc<Tally>) -> Vec<tokio::task::JoinHandle<()>> {
    let cookies = match args.peer {
        Peer::Frontdoor => frontdoor_advisers(&cluster.redis_url, count, capacity).await,
        Peer::SocketIo => vec![String::from("peer=1"); count],
    };
    let mut tasks = Vec::new();
    for (i, cookie) in cookies.into_iter().enumerate() {
        let mine: Vec<String> = chats.iter().skip(i).step_by(count).cloned().collect();
        let addr = cluster.addrs[i % cluster.addrs.len()].clone();
        tasks.push(tokio::spawn(adviser(args.peer, addr, cookie, mine, tally.clone())));
    }
    // Let consoles connect (and, for the peer, join their rooms) before visitors arrive.
    tokio::time::sleep(Duration::from_millis(500 + count as u64 * 2)).await;
    tasks
}

/// The pause between the last arrival and the first timed message.
const SETTLE_AFTER_ARRIVALS: Duration = Duration::from_secs(3);

/// When one visitor was placed in the queue, offered to an adviser, and joined by them.
#[derive(Clone, Copy)]
struct Milestones {
    placed: Instant,
    offered: Instant,
    active: Instant,
}

async fn talk(args: &Args) {
    let cluster = Cluster::start(args.peer, 2, &args.server_cores, &[]);
    let n = args.conversations;
    let advisers = if args.advisers > 0 { args.advisers } else { n.div_ceil(10) };
    let capacity = n.div_ceil(advisers);
    let chats: Vec<String> = (0..n).map(|i| format!("c{i}")).collect();
    let to_adviser = Arc::new(Tally::default());
    let to_visitor = Arc::new(Tally::default());
    let _advisers = start_advisers(args, &cluster, advisers, capacity, &chats, &to_adviser).await;
    println!("{:?}: {n} conversations, {advisers} advisers (up to {capacity} chats each), {} messages each way per conversation, {} ms apart, servers on core(s) {}",
        args.peer, args.messages, args.think.as_millis(), args.server_cores);
    // Everyone joins first, so the measured part is conversation, not arrival; while they
    // wait, each keeps reading its socket so the server's pings are answered.
    let started = Instant::now();
    let (go, ready) = tokio::sync::watch::channel(false);
    // Each visitor reports when it was placed in the queue, offered and active (None: failed).
    let (joined_tx, mut joined_rx) = tokio::sync::mpsc::channel::<Option<Milestones>>(n.max(1));
    let runs: Vec<_> = chats
        .iter()
        .enumerate()
        .map(|(i, chat)| {
            let addr = cluster.addrs[(i + 1) % 2].clone();
            let (peer, chat, mut ready, joined) = (args.peer, chat.clone(), ready.clone(), joined_tx.clone());
            let (tally, think, messages) = (to_visitor.clone(), args.think, args.messages);
            tokio::spawn(async move {
                let mut visitor = match Visitor::start(peer, &addr, &chat).await {
                    Ok(v) => v,
                    Err(e) => {
                        let _ = joined.send(None).await;
                        return Err(e);
                    }
                };
                let placed = Instant::now();
                let active = visitor.until_active().await;
                let _ = joined.send(active.as_ref().ok().map(|&offered| Milestones { placed, offered, active: Instant::now() })).await;
                active?;
                visitor.wait_for(&mut ready).await?;
                // Spread the first messages over one think time so conversations do not march in step.
                tokio::time::sleep(think.mul_f64((i % 100) as f64 / 100.0)).await;
                converse(&mut visitor, messages, think, &tally).await
            })
        })
        .collect();
    let mut under_way = 0;
    let mut last = Milestones { placed: started, offered: started, active: started };
    for _ in 0..n {
        if let Some(joined) = joined_rx.recv().await.flatten() {
            under_way += 1;
            last = Milestones { placed: last.placed.max(joined.placed), offered: last.offered.max(joined.offered), active: last.active.max(joined.active) };
        }
    }
    let after = |at: Instant| at.duration_since(started).as_secs_f64();
    println!("all {under_way} conversations under way after {:.1} s (the last placed in the queue after {:.1} s, the last offered after {:.1} s)",
        after(last.active), after(last.placed), after(last.offered));
    // Work the arrivals left behind (audit lines, counters, desk reads) finishes before the
    // conversations are timed: they measure conversation, not the tail of an arrival.
    tokio::time::sleep(SETTLE_AFTER_ARRIVALS).await;
    let rss_before: Vec<u64> = (0..2).map(|i| cluster.rss_kib(i)).collect();
    let began = Instant::now();
    let _ = go.send(true);
    let failures = futures_util::future::join_all(runs).await.into_iter().filter(|r| !matches!(r, Ok(Ok(())))).count();
    let seconds = began.elapsed().as_secs_f64();
    report_latency("visitor → adviser", &to_adviser, seconds);
    report_latency("adviser → visitor", &to_visitor, seconds);
    let both = Tally::default();
    both.latencies.lock().unwrap().extend(to_adviser.latencies.lock().unwrap().iter().chain(to_visitor.latencies.lock().unwrap().iter()));
    report_latency("both ways", &both, seconds);
    println!("failed conversations: {failures}; server RSS now {:?} KiB (at start of talk {:?} KiB)", [cluster.rss_kib(0), cluster.rss_kib(1)], rss_before);
}

async fn idle(args: &Args) {
    let cluster = Cluster::start(args.peer, 1, &args.server_cores, &[]);
    let advisers = if args.advisers > 0 { args.advisers } else { 100 };
    let tally = Arc::new(Tally::default());
    let _advisers = start_advisers(args, &cluster, advisers, 3, &[], &tally).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let before = cluster.rss_kib(0);
    let mut sockets = Vec::with_capacity(args.visitors);
    let addr = cluster.addrs[0].clone();
    let began = Instant::now();
    for chunk in (0..args.visitors).collect::<Vec<_>>().chunks(500) {
        let starts = chunk.iter().map(|i| {
            let (addr, peer) = (addr.clone(), args.peer);
            let chat = format!("idle{i}");
            async move { Visitor::start(peer, &addr, &chat).await }
        });
        for visitor in futures_util::future::join_all(starts).await {
            match visitor {
                Ok(v) => sockets.push(v),
                Err(e) => eprintln!("an idle visitor could not connect: {e}"),
            }
        }
    }
    println!("{:?}: {} idle visitor sockets (chats started, waiting) + {advisers} advisers on one instance, opened in {:.1} s",
        args.peer, sockets.len(), began.elapsed().as_secs_f64());
    // Settle: queue positions sent, allocations done. (Under the first ping's deadline.)
    tokio::time::sleep(Duration::from_secs(12)).await;
    let after = cluster.rss_kib(0);
    let per = (after.saturating_sub(before)) as f64 * 1024.0 / sockets.len().max(1) as f64;
    println!("server RSS {before} KiB before the visitors, {after} KiB with them: {:.0} bytes ({:.2} KiB) per idle socket", per, per / 1024.0);
    drop(sockets);
}

/// Drill: conversations spread over two instances; one instance is killed mid-way. Every
/// client of the dead one reconnects to the other and resumes. Counts lost and repeated.
async fn kill(args: &Args) {
    let mut cluster = Cluster::start(Peer::Frontdoor, 2, &args.server_cores, &[("CHAT_ADVISER_GRACE_SECONDS", "5")]);
    let n = args.conversations;
    let advisers = n.div_ceil(10);
    let cookies = frontdoor_advisers(&cluster.redis_url, advisers, 10).await;
    let replies_seen = Arc::new(std::sync::Mutex::new(HashMap::<String, Vec<u64>>::new()));
    // Advisers that reconnect to the surviving instance when theirs dies.
    for (i, cookie) in cookies.iter().enumerate() {
        let addrs = cluster.addrs.clone();
        let cookie = cookie.clone();
        tokio::spawn(async move {
            let mut which = i % 2;
            loop {
                adviser(Peer::Frontdoor, addrs[which].clone(), cookie.clone(), vec![], Arc::new(Tally::default())).await;
                which = 0;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        });
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let mut visitors = Vec::new();
    for i in 0..n {
        let mut v = Visitor::start(Peer::Frontdoor, &cluster.addrs[i % 2], "").await.expect("start");
        v.until_active().await.expect("active");
        visitors.push((i % 2, v));
    }
    println!("kill drill: {n} live conversations over two instances; killing instance 2 after the first exchange");
    let killer = {
        let pid_kill = Duration::from_millis(args.think.as_millis() as u64 * 2);
        tokio::spawn(async move { tokio::time::sleep(pid_kill).await })
    };
    let addr0 = cluster.addrs[0].clone();
    let runs = visitors.into_iter().map(|(on, mut v)| {
        let (seen, addr0, think, messages) = (replies_seen.clone(), addr0.clone(), args.think, args.messages);
        tokio::spawn(async move {
            let mut n = 0;
            let mut resumed = false;
            while n < messages {
                if !v.say(n).await {
                    resumed |= resume(&mut v, &addr0).await;
                    continue;
                }
                match v.reply().await {
                    Some((_, seq)) => {
                        seen.lock().unwrap().entry(v.chat.clone()).or_default().push(seq);
                        n += 1;
                        tokio::time::sleep(think).await;
                    }
                    None => {
                        // The instance died under us: resume on the other and send the message
                        // again (same id: stored once); its reply arrives after resuming.
                        resumed |= resume(&mut v, &addr0).await;
                        v.say(n).await;
                        if let Some((_, seq)) = v.reply().await {
                            seen.lock().unwrap().entry(v.chat.clone()).or_default().push(seq);
                            n += 1;
                        }
                    }
                }
            }
            let _ = on;
            resumed
        })
    });
    let joined = futures_util::future::join(futures_util::future::join_all(runs), async {
        killer.await.unwrap();
        cluster.kill(1);
        println!("instance 2 killed (SIGKILL)");
    });
    let (results, _) = joined.await;
    let resumed = results.iter().filter(|r| matches!(r, Ok(true))).count();
    let seen = replies_seen.lock().unwrap();
    let mut duplicated = 0;
    let mut short = 0;
    for seqs in seen.values() {
        let mut sorted = seqs.clone();
        sorted.sort_unstable();
        sorted.dedup();
        duplicated += seqs.len() - sorted.len();
        short += (args.messages as usize).saturating_sub(sorted.len());
    }
    println!("conversations that resumed on the surviving instance: {resumed}; adviser replies lost: {short}; duplicated: {duplicated}");
}

async fn resume(visitor: &mut Visitor, addr: &str) -> bool {
    for _ in 0..50 {
        if visitor.resume(addr).await.is_ok() {
            // The last message may not have been stored before the crash: send it again.
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

/// Drill: every visitor drops at once; advisers keep writing; visitors come back within 15 s
/// from their last seen entry. Counts gaps and repeats.
async fn storm(args: &Args) {
    let cluster = Cluster::start(Peer::Frontdoor, 2, &args.server_cores, &[]);
    let n = args.conversations;
    let advisers = n.div_ceil(10);
    let cookies = frontdoor_advisers(&cluster.redis_url, advisers, 10).await;
    let desk_tally = Arc::new(Tally::default());
    for (i, cookie) in cookies.into_iter().enumerate() {
        tokio::spawn(adviser(Peer::Frontdoor, cluster.addrs[i % 2].clone(), cookie, vec![], desk_tally.clone()));
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let joins = (0..n).map(|i| {
        let addr = cluster.addrs[i % 2].clone();
        tokio::spawn(async move {
            let mut v = Visitor::start(Peer::Frontdoor, &addr, "").await?;
            v.until_active().await?;
            // One exchange, so each has a last-seen entry to resume from.
            v.say(0).await;
            v.reply().await.ok_or("no reply")?;
            Ok::<Visitor, String>(v)
        })
    });
    let visitors: Vec<Visitor> = futures_util::future::join_all(joins).await.into_iter().filter_map(|r| r.ok()?.ok()).collect();
    println!("storm: {} conversations under way; all visitors drop now", visitors.len());
    let connection = redis_connection(&cluster.redis_url).await;
    // Drop every socket, then the record gains one more entry per chat while they are away.
    let mut away: Vec<(String, String, u64)> = visitors.into_iter().map(|v| (v.chat.clone(), v.token.clone(), v.last_seq)).collect();
    let store = server::chat::store::ChatStore::new(
        server::infra::redis_link::RedisLink::open(&cluster.redis_url).unwrap(),
        server::infra::sealing::Sealer::from_base64("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=").unwrap(),
        Default::default(),
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    for (chat, _, _) in &away {
        let _ = store.append(chat, "system", server::chat::store::Content::Event("storm-marker"), "", "").await;
    }
    let began = Instant::now();
    let back = away.drain(..).enumerate().map(|(i, (chat, token, after))| {
        let addr = cluster.addrs[(i + 1) % 2].clone();
        let mut connection = connection.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis((i as u64 * 7919) % 15_000)).await;
            let mut socket = clients::connect(&addr, "/chat/ws", None).await.map_err(|e| e.to_string())?;
            futures_util::SinkExt::send(&mut socket, tokio_tungstenite::tungstenite::Message::text(
                serde_json::json!({ "type": "resume", "token": token, "after": after }).to_string())).await.map_err(|e| e.to_string())?;
            let last: u64 = connection.hget(server::chat::store::keys::chat_key(&chat), "seq").await.map_err(|e| e.to_string())?;
            let mut seqs = Vec::new();
            while seqs.last().copied().unwrap_or(after) < last {
                let text = clients::next_text(&mut socket).await.ok_or("closed")?;
                let frame: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
                if let Some(seq) = frame["entry"]["seq"].as_u64() {
                    seqs.push(seq);
                }
            }
            Ok::<(u64, u64, Vec<u64>), String>((after, last, seqs))
        })
    });
    let mut gaps = 0;
    let mut repeats = 0;
    let mut failed = 0;
    for result in futures_util::future::join_all(back).await {
        match result {
            Ok(Ok((after, last, seqs))) => {
                let expected: Vec<u64> = (after + 1..=last).collect();
                let mut unique = seqs.clone();
                unique.dedup();
                repeats += seqs.len() - unique.len();
                gaps += expected.iter().filter(|s| !unique.contains(s)).count();
            }
            _ => failed += 1,
        }
    }
    println!("all back within {:.1} s: gaps {gaps}, repeated entries {repeats}, could not resume {failed}", began.elapsed().as_secs_f64());
}

/// Drill: referrals sent by 20 clients (each retrying until it gets its "thank you", as a
/// person would) while the server is SIGKILLed and restarted three times and Redis once.
async fn referrals(args: &Args) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let total = args.referrals;
    let mut cluster = Cluster::start_with(Peer::Frontdoor, 1, &args.server_cores, &[("REFERRAL_POSTS_PER_MINUTE", "100000")], "always");
    let base = format!("http://{}", cluster.addrs[0]);
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).timeout(Duration::from_secs(5)).build().unwrap();
    let next = Arc::new(AtomicUsize::new(0));
    let acked = Arc::new(AtomicUsize::new(0));
    let failures = Arc::new(AtomicUsize::new(0));
    let id = |n: usize| format!("00000000-0000-4000-8000-{n:012}");
    let workers: Vec<_> = (0..20)
        .map(|_| {
            let (client, base, next, acked, failures) = (client.clone(), base.clone(), next.clone(), acked.clone(), failures.clone());
            tokio::spawn(async move {
                loop {
                    let n = next.fetch_add(1, Ordering::SeqCst);
                    if n >= total {
                        return;
                    }
                    let name = format!("Person {n}");
                    let form = [("submission-id", id(n)), ("name", name), ("contact-method", "phone".into()), ("phone", "07700 900444".into())];
                    loop {
                        match client.post(format!("{base}/en/refer/self")).form(&form).send().await {
                            Ok(r) if r.status() == 303 => break,
                            _ => {
                                failures.fetch_add(1, Ordering::Relaxed);
                                tokio::time::sleep(Duration::from_millis(50)).await;
                            }
                        }
                    }
                    acked.fetch_add(1, Ordering::SeqCst);
                }
            })
        })
        .collect();
    let began = Instant::now();
    let mut log = Vec::new();
    for (at, what) in [(total / 5, "server"), (2 * total / 5, "server"), (3 * total / 5, "redis"), (4 * total / 5, "server")] {
        while acked.load(Ordering::SeqCst) < at {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        if what == "server" {
            cluster.kill(0);
            tokio::time::sleep(Duration::from_millis(300)).await;
            cluster.restart(0);
        } else {
            cluster.restart_redis();
        }
        log.push(format!("{what} killed after {at} acknowledged"));
    }
    for worker in workers {
        worker.await.unwrap();
    }
    let mut connection = redis_connection(&cluster.redis_url).await;
    let stored: usize = connection.xlen(server::referrals::store::INTAKE_STREAM).await.unwrap();
    let mut missing = 0;
    for n in 0..total {
        let remembered: bool = connection.exists(server::referrals::store::submission_key(&id(n))).await.unwrap();
        missing += usize::from(!remembered);
    }
    println!("referrals drill: {}", log.join("; "));
    println!(
        "{total} referrals acknowledged in {:.1} s ({} sends failed and were retried); stored {stored}: lost {missing}, duplicated {}",
        began.elapsed().as_secs_f64(),
        failures.load(Ordering::Relaxed),
        stored.saturating_sub(total - missing)
    );
}

/// Drill: one client (source address 127.0.0.2) sends referral posts at `--rate` a second
/// for `--seconds`, whatever the answers, while another (127.0.0.3) browses four pages one
/// after another. Two source addresses, so the server sees two clients, as it would two
/// people. Prints how the posts were answered and the browsing client's latencies.
async fn flood(args: &Args) {
    use std::collections::BTreeMap;
    use std::net::{IpAddr, Ipv4Addr};
    use std::sync::atomic::{AtomicBool, Ordering};
    let cluster = Cluster::start(Peer::Frontdoor, 1, &args.server_cores, &[]);
    let base = format!("http://{}", cluster.addrs[0]);
    let client_at = |last: u8| {
        reqwest::Client::builder()
            .local_address(IpAddr::V4(Ipv4Addr::new(127, 0, 0, last)))
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap()
    };
    let (flooder, browser) = (client_at(2), client_at(3));
    let answers: Arc<std::sync::Mutex<BTreeMap<String, u64>>> = Arc::default();
    let done = Arc::new(AtomicBool::new(false));

    let browsing = {
        let (base, done) = (base.clone(), done.clone());
        tokio::spawn(async move {
            let pages = ["/en", "/en/directory?audience=women", "/pl/refer/self", "/ar/chat"];
            let mut latencies_us = Vec::new();
            let mut failed = 0;
            for page in pages.iter().cycle() {
                if done.load(Ordering::Relaxed) {
                    break;
                }
                let started = Instant::now();
                let answered = match browser.get(format!("{base}{page}")).send().await {
                    Ok(response) if response.status() == 200 => response.bytes().await.is_ok(),
                    _ => false,
                };
                match answered {
                    true => latencies_us.push(started.elapsed().as_micros() as u64),
                    false => failed += 1,
                }
            }
            (latencies_us, failed)
        })
    };

    // Posts go out on a 10 ms tick, rate/100 at a time, each on its own task.
    let form = [("name", "Flood"), ("contact-method", "phone"), ("phone", "07700 900000"), ("about", "flood")];
    let per_tick = args.rate.div_ceil(100);
    let mut tick = tokio::time::interval(Duration::from_millis(10));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let mut posts = tokio::task::JoinSet::new();
    let began = Instant::now();
    let mut sent = 0;
    while began.elapsed() < Duration::from_secs(args.seconds) {
        tick.tick().await;
        for _ in 0..per_tick {
            let (client, url, answers) = (flooder.clone(), format!("{base}/en/refer/self"), answers.clone());
            posts.spawn(async move {
                let answer = match client.post(url).form(&form).send().await {
                    Ok(response) => response.status().as_u16().to_string(),
                    Err(_) => "no answer".to_owned(),
                };
                *answers.lock().unwrap().entry(answer).or_default() += 1;
            });
            sent += 1;
        }
        // Finished posts are collected as we go, so the set holds only those in flight.
        while posts.try_join_next().is_some() {}
    }
    let sending = began.elapsed().as_secs_f64();
    done.store(true, Ordering::Relaxed);
    while posts.join_next().await.is_some() {}
    let (mut latencies_us, failed) = browsing.await.unwrap();
    latencies_us.sort_unstable();
    println!("flood: {sent} referral posts sent in {sending:.1} s ({:.0}/s) from one client: {:?}", sent as f64 / sending, answers.lock().unwrap());
    println!(
        "browsing client: {} pages, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, {failed} failed",
        latencies_us.len(),
        percentile(&latencies_us, 0.5),
        percentile(&latencies_us, 0.99),
        latencies_us.last().copied().unwrap_or(0) as f64 / 1000.0
    );
    drop(cluster);
}

#[tokio::main]
async fn main() {
    let args = args();
    clients::now_us();
    match args.mode.as_str() {
        "talk" => talk(&args).await,
        "idle" => idle(&args).await,
        "kill" => kill(&args).await,
        "storm" => storm(&args).await,
        "referrals" => referrals(&args).await,
        "flood" => flood(&args).await,
        other => eprintln!("unknown mode {other}: talk, idle, kill, storm, referrals or flood"),
    }
}
