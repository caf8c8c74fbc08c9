//! Replacing an instance without dropping anyone: two real `frontdoor` processes on one real
//! redis-server. A visitor and an adviser chat through A; A gets SIGTERM: it says not-ready
//! on `/readyz` while it drains, asks both sockets to resume elsewhere (a `reconnect` frame,
//! then close 1012), and they resume through B with no entry lost or repeated.
mod support;

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::chat_sockets::*;
use support::process::Frontdoor;
use support::*;

/// Every client comes from 127.0.0.1; the drain is bounded well inside the test's patience.
const SETTINGS: &[(&str, &str)] = &[("CHAT_LIVE_PER_CLIENT", "1000"), ("CHAT_STARTS_PER_HOUR", "1000"), ("DRAIN_SECONDS", "8")];

/// The seq of every entry frame in `frames`.
fn seqs(frames: &[Value]) -> Vec<u64> {
    frames.iter().filter(|f| f["type"] == "entry").map(|f| f["entry"]["seq"].as_u64().unwrap()).collect()
}

/// `/readyz` of `base`: its status and first line.
async fn readiness(base: &str) -> Option<(u16, String)> {
    let response = reqwest::get(format!("{base}/readyz")).await.ok()?;
    let status = response.status().as_u16();
    Some((status, response.text().await.ok()?.lines().next()?.to_owned()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopping_instance_moves_both_sides_of_a_chat_to_another_with_nothing_lost_or_repeated() {
    let redis = RedisServer::start();
    let mut a = Frontdoor::start(&redis.url(), free_port(), SETTINGS).await;
    let b = Frontdoor::start(&redis.url(), free_port(), SETTINGS).await;
    let amy = adviser(&redis.url(), "amy", "en", 3).await;
    let mut desk = connect(&a.addr, "/staff/chat/ws", Some(&amy)).await;
    until(&mut desk, "the desk", |f| f["type"] == "desk").await;
    let (mut visitor, chat, token) = visitor(&a.addr, "en").await;
    assert_eq!(accept_offer(&mut desk).await, chat);
    send(&mut visitor, json!({ "type": "message", "id": "m1", "text": "before the restart" })).await;
    until(&mut desk, "the visitor's message", |f| is_entry(f, |e| e["text"] == "before the restart")).await;
    send(&mut desk, json!({ "type": "message", "chat": chat, "id": "r1", "text": "I can see it" })).await;
    let frames = until(&mut visitor, "the reply", |f| is_entry(f, |e| e["text"] == "I can see it")).await;
    let visitor_seen = *seqs(&frames).last().unwrap();

    // A colleague's console that stops reading holds the drain open (up to its bound), so
    // A's readiness can be watched while it drains.
    let ben = adviser(&redis.url(), "ben", "en", 0).await;
    let mut lingering = connect(&a.addr, "/staff/chat/ws", Some(&ben)).await;
    until(&mut lingering, "ben's desk", |f| f["type"] == "desk").await;

    a.terminate();
    let asked = Instant::now();
    let (visitor_frames, visitor_closed) = until_closed(&mut visitor).await;
    let (desk_frames, desk_closed) = until_closed(&mut desk).await;
    for (who, frames, closed) in [("visitor", &visitor_frames, visitor_closed), ("adviser", &desk_frames, desk_closed)] {
        assert!(frames.iter().any(|f| f["type"] == "reconnect"), "{who} is asked to reconnect: {frames:?}");
        assert_eq!(closed.map(|(code, _)| code), Some(1012), "{who}: closed with 'service restart'");
    }
    assert_eq!(readiness(&a.base()).await, Some((503, "draining".to_owned())), "A is not ready while it drains");
    assert_eq!(readiness(&b.base()).await.map(|(status, _)| status), Some(200));

    // Both come back through B: the visitor after the last entry it saw, the console from
    // the start (it shows each seq once).
    let mut visitor = connect(&b.addr, "/chat/ws", None).await;
    send(&mut visitor, json!({ "type": "resume", "token": token, "after": visitor_seen })).await;
    until(&mut visitor, "resumed", |f| f["type"] == "resumed").await;
    let mut desk = connect(&b.addr, "/staff/chat/ws", Some(&amy)).await;
    let frames = until(&mut desk, "the visitor back", |f| is_entry(f, |e| e["event"] == "visitor-back")).await;
    let transcript = seqs(&frames);
    assert_eq!(transcript, (1..=transcript.len() as u64).collect::<Vec<_>>(), "every entry once, in order");

    send(&mut visitor, json!({ "type": "message", "id": "m2", "text": "after the restart" })).await;
    until(&mut desk, "the visitor's next message", |f| is_entry(f, |e| e["text"] == "after the restart")).await;
    send(&mut desk, json!({ "type": "message", "chat": chat, "id": "r2", "text": "still here" })).await;
    let frames = until(&mut visitor, "the next reply", |f| is_entry(f, |e| e["text"] == "still here")).await;
    let after = seqs(&frames);
    assert_eq!(after, (visitor_seen + 1..=visitor_seen + after.len() as u64).collect::<Vec<_>>(), "nothing skipped or repeated");

    // The record holds each message once, and nothing about the move but the visitor's return.
    let mut connection = redis_manager(&redis.url()).await;
    let log: redis::streams::StreamRangeReply =
        redis::AsyncCommands::xrange_all(&mut connection, server::chat::store::keys::log_key(&chat)).await.unwrap();
    let cids: Vec<String> = log.ids.iter().filter_map(|e| e.get::<String>("cid")).filter(|c| !c.is_empty()).collect();
    assert_eq!(cids, ["v-m1", "a-r1", "v-m2", "a-r2"]);
    let events: Vec<String> = log.ids.iter().filter_map(|e| e.get::<String>("event")).collect();
    assert!(!events.iter().any(|e| e == "visitor-disconnected"), "a move is not a disconnect: {events:?}");

    // A stops once the lingering console's close times out, within its bound.
    while !a.exited() {
        assert!(asked.elapsed() < Duration::from_secs(20), "A did not stop after draining");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    drop(lingering);
}
