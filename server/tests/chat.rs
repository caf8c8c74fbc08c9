//! Webchat end to end over real websockets: two server instances (each with its own bus and
//! dispatcher) sharing one real redis-server, visitors and advisers on different instances.
mod support;

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use redis::AsyncCommands;
use serde_json::{json, Value};
use server::chat::store::keys;
use support::chat_sockets::*;
use support::*;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::Message;

/// One running instance: its address and the handle that stops it.
struct Instance {
    addr: String,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Instance {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn instance(redis_url: &str, extra: &[(&str, &str)]) -> Instance {
    let mut vars = vec![
        ("REDIS_URL".to_owned(), redis_url.to_owned()),
        ("LOCALES_DIR".to_owned(), repo_root().join("locales").display().to_string()),
        ("DIRECTORY_FILE".to_owned(), repo_root().join("data/services.toml").display().to_string()),
        ("SERVICE_HOURS_FILE".to_owned(), repo_root().join("data/service-hours.toml").display().to_string()),
        ("DATA_KEY".to_owned(), TEST_DATA_KEY.to_owned()),
        ("STAFF_COOKIE_SECURE".to_owned(), "false".to_owned()),
        // Every test client comes from 127.0.0.1: only the tests of the limits keep them low.
        ("CHAT_LIVE_PER_CLIENT".to_owned(), "1000".to_owned()),
        ("CHAT_STARTS_PER_HOUR".to_owned(), "1000".to_owned()),
    ];
    vars.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let config = server::config::Config::from_vars(vars).unwrap();
    let options = leptos::config::LeptosOptions::builder().output_name("frontdoor").site_root("target/site").build();
    let redis = server::infra::redis_link::RedisLink::open(redis_url).unwrap();
    let state = server::state::state(&config, options, redis.clone()).unwrap();
    server::chat::spawn_background(&state.chat, redis.target().clone(), format!("test-{}", uuid::Uuid::new_v4()), state.site.chat_open.clone());
    let app = server::app::build(state, &config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let task = tokio::spawn(async move {
        axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>()).await.unwrap();
    });
    Instance { addr, task }
}

#[tokio::test]
async fn a_visitor_and_an_adviser_on_different_instances_talk_both_ways() {
    let redis = RedisServer::start();
    let (a, b) = (instance(&redis.url(), &[]).await, instance(&redis.url(), &[]).await);
    let cookie = adviser(&redis.url(), "amy", "en,pl", 3).await;
    let mut desk = connect(&b.addr, "/staff/chat/ws", Some(&cookie)).await;
    until(&mut desk, "the desk", |f| f["type"] == "desk").await;

    let (mut visitor, chat, _) = visitor(&a.addr, "pl").await;
    assert_eq!(accept_offer(&mut desk).await, chat);
    until(&mut visitor, "the adviser joins", |f| is_entry(f, |e| e["event"] == "joined")).await;
    until(&mut visitor, "active", |f| f["type"] == "state" && f["state"] == "active").await;

    // Visitor → adviser, with a typing notice first; the text is shown as sent, never as HTML.
    send(&mut visitor, json!({ "type": "typing" })).await;
    until(&mut desk, "typing", |f| f["type"] == "typing" && f["chat"] == chat.as_str()).await;
    let text = "Cześć <b>pomocy</b>";
    send(&mut visitor, json!({ "type": "message", "id": "m1", "text": text })).await;
    let frames = until(&mut desk, "the message", |f| is_entry(f, |e| e["from"] == "visitor")).await;
    let seq = frames.last().unwrap()["entry"]["seq"].as_u64().unwrap();
    assert_eq!(frames.last().unwrap()["entry"]["text"], text);
    until(&mut visitor, "its own message back", |f| is_entry(f, |e| e["cid"] == "v-m1")).await;

    // A re-send of the same message is stored once and acknowledged with the same seq.
    send(&mut visitor, json!({ "type": "message", "id": "m1", "text": text })).await;
    let frames = until(&mut visitor, "delivered", |f| f["type"] == "delivered").await;
    assert_eq!(frames.last().unwrap()["seq"].as_u64(), Some(seq));

    // Adviser → visitor, and the adviser's read mark reaches the visitor.
    send(&mut desk, json!({ "type": "typing", "chat": chat })).await;
    until(&mut visitor, "adviser typing", |f| f["type"] == "typing").await;
    send(&mut desk, json!({ "type": "read", "chat": chat, "seq": seq })).await;
    until(&mut visitor, "read", |f| f["type"] == "state" && f["read"].as_u64() == Some(seq)).await;
    send(&mut desk, json!({ "type": "message", "chat": chat, "id": "r1", "text": "Jestem tutaj." })).await;
    until(&mut visitor, "the reply", |f| is_entry(f, |e| e["from"] == "adviser" && e["text"] == "Jestem tutaj.")).await;

    // What Redis holds is sealed: neither message appears in clear.
    let dump = redis_dump(&redis.url()).await;
    assert!(!dump.contains("pomocy") && !dump.contains("Jestem"), "plaintext in Redis");
    let log: Vec<redis::Value> = redis::cmd("XRANGE").arg(keys::log_key(&chat)).arg("-").arg("+").query_async(&mut redis_manager(&redis.url()).await).await.unwrap();
    let visitor_messages = format!("{log:?}").matches("v-m1").count();
    assert_eq!(visitor_messages, 1, "the re-sent message is stored once");

    // The adviser ends it; the visitor is told.
    send(&mut desk, json!({ "type": "end", "chat": chat })).await;
    until(&mut visitor, "the end", |f| is_entry(f, |e| e["event"] == "ended:adviser-ended")).await;
    let mut connection = redis_manager(&redis.url()).await;
    let held: u64 = connection.scard(keys::chats_of("amy")).await.unwrap();
    assert_eq!(held, 0);
    let ttl: i64 = connection.ttl(keys::log_key(&chat)).await.unwrap();
    assert!(ttl > 29 * 24 * 3600 && ttl <= 30 * 24 * 3600, "kept for 30 days: {ttl}");
}

#[tokio::test]
async fn a_dropped_visitor_resumes_on_the_other_instance_with_nothing_lost_or_repeated() {
    let redis = RedisServer::start();
    let (a, b) = (instance(&redis.url(), &[]).await, instance(&redis.url(), &[]).await);
    let cookie = adviser(&redis.url(), "amy", "en", 3).await;
    let mut desk = connect(&b.addr, "/staff/chat/ws", Some(&cookie)).await;
    let (mut visitor, chat, token) = visitor(&a.addr, "en").await;
    accept_offer(&mut desk).await;
    send(&mut visitor, json!({ "type": "message", "id": "before", "text": "one" })).await;
    let frames = until(&mut visitor, "own message", |f| is_entry(f, |e| e["cid"] == "v-before")).await;
    let last_seen = frames.last().unwrap()["entry"]["seq"].as_u64().unwrap();

    // The phone locks: the socket is gone without a goodbye.
    drop(visitor);
    for n in 0..5 {
        send(&mut desk, json!({ "type": "message", "chat": chat, "id": format!("r{n}"), "text": format!("reply {n}") })).await;
    }
    until(&mut desk, "the disconnect notice", |f| is_entry(f, |e| e["event"] == "visitor-disconnected")).await;

    // Back, through the other instance, from the last message it had seen.
    let mut visitor = connect(&b.addr, "/chat/ws", None).await;
    send(&mut visitor, json!({ "type": "resume", "token": token, "after": last_seen })).await;
    let frames = until(&mut visitor, "the last reply", |f| is_entry(f, |e| e["text"] == "reply 4")).await;
    let entries: Vec<&Value> = frames.iter().filter(|f| f["type"] == "entry").map(|f| &f["entry"]).collect();
    let seqs: Vec<u64> = entries.iter().map(|e| e["seq"].as_u64().unwrap()).collect();
    let expected: Vec<u64> = (last_seen + 1..=last_seen + seqs.len() as u64).collect();
    assert_eq!(seqs, expected, "every entry after the last seen, once, in order");
    let replies: Vec<&str> = entries.iter().filter(|e| e["from"] == "adviser").map(|e| e["text"].as_str().unwrap()).collect();
    assert_eq!(replies, ["reply 0", "reply 1", "reply 2", "reply 3", "reply 4"]);

    // A message sent while away (kept in the tab's outbox) is sent again and stored once.
    send(&mut visitor, json!({ "type": "message", "id": "before", "text": "one" })).await;
    until(&mut visitor, "delivered again", |f| f["type"] == "delivered" && f["id"] == "before").await;
    // A stolen or made-up token resumes nothing.
    let mut stranger = connect(&a.addr, "/chat/ws", None).await;
    send(&mut stranger, json!({ "type": "resume", "token": "not-a-real-token", "after": 0 })).await;
    until(&mut stranger, "refusal", |f| f["type"] == "state" && f["state"] == "ended").await;
}

#[tokio::test]
async fn bad_frames_and_foreign_pages_are_refused_without_harm() {
    let redis = RedisServer::start();
    let a = instance(&redis.url(), &[]).await;
    // Another site's page may not open a chat socket.
    let mut request = format!("ws://{}/chat/ws", a.addr).into_client_request().unwrap();
    request.headers_mut().insert("origin", "https://evil.example".parse().unwrap());
    assert!(tokio_tungstenite::connect_async(request).await.is_err());
    // Nor may anyone open the staff socket without a staff session.
    let mut request = format!("ws://{}/staff/chat/ws", a.addr).into_client_request().unwrap();
    request.headers_mut().insert("origin", format!("http://{}", a.addr).parse().unwrap());
    assert!(tokio_tungstenite::connect_async(request).await.is_err());

    let (mut visitor, _, _) = visitor(&a.addr, "en").await;
    for (frame, code) in [
        ("{not json", "malformed"),
        (r#"{"type":"message","id":"x","text":"   "}"#, "empty"),
        (r#"{"type":"start","language":"en"}"#, "already-started"),
    ] {
        visitor.send(Message::text(frame)).await.unwrap();
        until(&mut visitor, code, |f| f["type"] == "error" && f["code"] == code).await;
    }
    visitor.send(Message::binary(vec![0u8, 159, 146, 150])).await.unwrap();
    until(&mut visitor, "binary refused", |f| f["type"] == "error" && f["code"] == "malformed").await;
    // A start in a language the site does not offer is refused.
    let mut odd = connect(&a.addr, "/chat/ws", None).await;
    send(&mut odd, json!({ "type": "start", "language": "xx" })).await;
    until(&mut odd, "refused start", |f| f["type"] == "error").await;

    // A frame over the limit closes that socket; the server carries on.
    let huge = json!({ "type": "message", "id": "big", "text": "x".repeat(20_000) }).to_string();
    let _ = visitor.send(Message::text(huge)).await;
    let closed = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match visitor.next().await {
                None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return true,
                _ => {}
            }
        }
    })
    .await;
    assert_eq!(closed, Ok(true));
    let (_again, _, _) = visitor_start_ok(&a.addr).await;

    // Floods are slowed down per connection.
    let (mut flood, _, _) = visitor_start_ok(&a.addr).await;
    for _ in 0..40 {
        send(&mut flood, json!({ "type": "typing" })).await;
    }
    until(&mut flood, "slow down", |f| f["type"] == "error" && f["code"] == "slow-down").await;
}

async fn visitor_start_ok(addr: &str) -> (Socket, String, String) {
    visitor(addr, "en").await
}

#[tokio::test]
async fn capacity_holds_under_fifty_simultaneous_visitors() {
    let redis = RedisServer::start();
    let (a, b) = (instance(&redis.url(), &[]).await, instance(&redis.url(), &[]).await);
    let amy = adviser(&redis.url(), "amy", "en", 3).await;
    let ben = adviser(&redis.url(), "ben", "en", 3).await;
    let _amy_desk = connect(&a.addr, "/staff/chat/ws", Some(&amy)).await;
    let _ben_desk = connect(&b.addr, "/staff/chat/ws", Some(&ben)).await;
    let starts = (0..50).map(|n| {
        let addr = if n % 2 == 0 { a.addr.clone() } else { b.addr.clone() };
        async move { visitor(&addr, "en").await }
    });
    let mut visitors: Vec<(Socket, String, String)> = futures_util::future::join_all(starts).await;
    let mut connection = redis_manager(&redis.url()).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let waiting: u64 = connection.zcard(keys::WAITING).await.unwrap();
        let amy_held: u64 = connection.scard(keys::chats_of("amy")).await.unwrap();
        let ben_held: u64 = connection.scard(keys::chats_of("ben")).await.unwrap();
        if waiting == 44 && amy_held == 3 && ben_held == 3 {
            break;
        }
        assert!(amy_held <= 3 && ben_held <= 3, "capacity exceeded: amy {amy_held}, ben {ben_held}");
        assert!(std::time::Instant::now() < deadline, "never settled: waiting {waiting}, amy {amy_held}, ben {ben_held}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Every waiting visitor is told a distinct place in the queue.
    let mut places = Vec::new();
    for (socket, chat, _) in visitors.iter_mut() {
        let rank: Option<u64> = connection.zrank(keys::WAITING, chat.as_str()).await.unwrap();
        if let Some(rank) = rank {
            let want = rank + 1;
            until(socket, "its place", |f| f["type"] == "queue" && f["position"].as_u64() == Some(want)).await;
            places.push(want);
        }
    }
    places.sort();
    assert_eq!(places, (1..=44).collect::<Vec<u64>>());
    tokio::time::sleep(Duration::from_secs(1)).await;
    let amy_held: u64 = connection.scard(keys::chats_of("amy")).await.unwrap();
    assert_eq!(amy_held, 3, "still within capacity");
}

#[tokio::test]
async fn a_lost_adviser_console_sends_its_chats_to_the_front_and_to_another_adviser() {
    let redis = RedisServer::start();
    let settings = [("CHAT_ADVISER_GRACE_SECONDS", "1")];
    let (a, b) = (instance(&redis.url(), &settings).await, instance(&redis.url(), &settings).await);
    let amy = adviser(&redis.url(), "amy", "en", 1).await;
    let mut amy_desk = connect(&a.addr, "/staff/chat/ws", Some(&amy)).await;
    let (mut visitor, chat, _) = visitor(&b.addr, "en").await;
    accept_offer(&mut amy_desk).await;
    // A second visitor arrives later; the returned chat must still go first.
    let (_later, _, _) = visitor_start_ok(&b.addr).await;

    drop(amy_desk);
    until(&mut visitor, "told the adviser was lost", |f| is_entry(f, |e| e["event"] == "adviser-lost")).await;
    let mut connection = redis_manager(&redis.url()).await;
    let first: Vec<String> = connection.zrange(keys::WAITING, 0, 0).await.unwrap();
    assert_eq!(first, [chat.clone()], "back at the front of the queue");

    let ben = adviser(&redis.url(), "ben", "en", 1).await;
    let mut ben_desk = connect(&b.addr, "/staff/chat/ws", Some(&ben)).await;
    assert_eq!(accept_offer(&mut ben_desk).await, chat);
    until(&mut visitor, "a new adviser", |f| is_entry(f, |e| e["event"] == "joined")).await;
}

#[tokio::test]
async fn offers_lapse_to_the_next_adviser_and_chats_transfer_and_return() {
    let redis = RedisServer::start();
    let settings = [("CHAT_OFFER_SECONDS", "1")];
    let (a, b) = (instance(&redis.url(), &settings).await, instance(&redis.url(), &settings).await);
    // Amy speaks the visitor's language, so she is offered it first; she does not answer.
    let amy = adviser(&redis.url(), "amy", "en,sk", 3).await;
    let ben = adviser(&redis.url(), "ben", "en", 3).await;
    let mut amy_desk = connect(&a.addr, "/staff/chat/ws", Some(&amy)).await;
    let mut ben_desk = connect(&b.addr, "/staff/chat/ws", Some(&ben)).await;
    let (mut visitor, chat, _) = visitor(&a.addr, "sk").await;
    until(&mut amy_desk, "amy's offer", |f| offered_chat(f).as_deref() == Some(chat.as_str())).await;
    assert_eq!(accept_offer(&mut ben_desk).await, chat, "after the lapse, ben is offered it");
    send(&mut amy_desk, json!({ "type": "accept", "chat": chat })).await;
    until(&mut amy_desk, "too late", |f| f["type"] == "error" && f["code"] == "not-offered").await;

    // Ben hands it to amy, who now has it as active.
    send(&mut ben_desk, json!({ "type": "transfer", "chat": chat, "to": "amy" })).await;
    until(&mut visitor, "transferred", |f| is_entry(f, |e| e["event"] == "transferred")).await;
    until(&mut amy_desk, "amy holds it", |f| f["type"] == "desk" && f["chats"].as_array().unwrap().iter().any(|c| c["chat"] == chat.as_str() && c["state"] == "active")).await;
    send(&mut ben_desk, json!({ "type": "message", "chat": chat, "id": "late", "text": "still here?" })).await;
    until(&mut ben_desk, "refused", |f| f["type"] == "not-sent").await;

    // Amy returns it to the queue: the visitor is told and waits at the front.
    send(&mut amy_desk, json!({ "type": "return", "chat": chat })).await;
    until(&mut visitor, "requeued", |f| is_entry(f, |e| e["event"] == "requeued")).await;
}

#[tokio::test]
async fn a_desk_names_colleagues_on_shift_when_they_change_and_not_with_every_desk() {
    let redis = RedisServer::start();
    let settings = [("CHAT_ADVISER_GRACE_SECONDS", "1")];
    let (a, b) = (instance(&redis.url(), &settings).await, instance(&redis.url(), &settings).await);
    let amy = adviser(&redis.url(), "amy", "en", 3).await;
    let ben = adviser(&redis.url(), "ben", "pl", 3).await;
    let mut amy_desk = connect(&a.addr, "/staff/chat/ws", Some(&amy)).await;
    let frames = until(&mut amy_desk, "the first desk", |f| f["type"] == "desk").await;
    assert!(frames.last().unwrap()["colleagues"].is_array(), "a console's first desk names its colleagues");

    // Ben's console opens: amy is told at once, not at her next ping.
    let ben_desk = connect(&b.addr, "/staff/chat/ws", Some(&ben)).await;
    until(&mut amy_desk, "ben on shift", |f| f["type"] == "desk" && f["colleagues"] == json!(["ben"])).await;

    // An offer changes amy's desk, not her colleagues: the names stay behind.
    let (_visitor, chat, _) = visitor(&b.addr, "en").await;
    let frames = until(&mut amy_desk, "the offer", |f| offered_chat(f).as_deref() == Some(chat.as_str())).await;
    let offer = frames.last().unwrap();
    assert!(offer.get("colleagues").is_none(), "unchanged colleagues are left out: {offer}");

    // Ben's console goes: once his grace is over, amy's list is empty again.
    drop(ben_desk);
    until(&mut amy_desk, "ben gone", |f| f["type"] == "desk" && f["colleagues"] == json!([])).await;
}

#[tokio::test]
async fn quiet_chats_are_warned_then_closed_and_leaving_ends_the_chat() {
    let redis = RedisServer::start();
    let settings = [("CHAT_IDLE_SECONDS", "1"), ("CHAT_IDLE_WARNING_SECONDS", "1"), ("CHAT_MAX_WAIT_SECONDS", "2")];
    let a = instance(&redis.url(), &settings).await;
    let amy = adviser(&redis.url(), "amy", "en", 3).await;
    let mut desk = connect(&a.addr, "/staff/chat/ws", Some(&amy)).await;
    let (mut visitor, _, _) = visitor(&a.addr, "en").await;
    accept_offer(&mut desk).await;
    until(&mut visitor, "the warning", |f| is_entry(f, |e| e["event"] == "inactive-warning")).await;
    until(&mut visitor, "closed", |f| is_entry(f, |e| e["event"] == "ended:inactive")).await;

    // Quick exit: the adviser is told the visitor left suddenly.
    let (mut leaver, _, _) = visitor_start_ok(&a.addr).await;
    let chat = accept_offer(&mut desk).await;
    send(&mut leaver, json!({ "type": "leave", "sudden": true })).await;
    until(&mut desk, "sudden exit", |f| f["chat"] == chat.as_str() && is_entry(f, |e| e["event"] == "ended:visitor-exit")).await;

    // The quick-exit beacon ends a chat by its token even when the socket said nothing.
    let (_beaconed, beacon_chat, token) = visitor_start_ok(&a.addr).await;
    let response = reqwest::Client::new().post(format!("http://{}/chat/exit", a.addr)).body(token).send().await.unwrap();
    assert_eq!(response.status(), 204);
    let state = redis_manager(&redis.url()).await.hget::<_, _, String>(keys::chat_key(&beacon_chat), "end_reason").await.unwrap();
    assert_eq!(state, "visitor-exit");

    // Set desk off shift: a waiting visitor's wait runs out and they are told.
    let _: () = redis_manager(&redis.url()).await.hset(keys::desk_key("amy"), "status", "off").await.unwrap();
    let (mut waiting, _, _) = visitor_start_ok(&a.addr).await;
    until(&mut waiting, "wait over", |f| is_entry(f, |e| e["event"] == "ended:wait-over")).await;
}

#[tokio::test]
async fn pages_show_the_chat_entry_only_while_someone_is_on_shift() {
    let redis = RedisServer::start();
    let a = instance(&redis.url(), &[]).await;
    let page = reqwest::get(format!("http://{}/en/chat", a.addr)).await.unwrap().text().await.unwrap();
    assert!(page.contains(r#"data-chat="closed""#) && page.contains("data-testid=\"chat-closed\""), "offline path");
    assert!(page.contains("0808 2000 247") && page.contains("/en/refer"));
    assert!(!page.contains("chat-start-button"));
    let home = reqwest::get(format!("http://{}/en", a.addr)).await.unwrap().text().await.unwrap();
    assert!(!home.split("<h1").next().unwrap().contains("data-testid=\"chat-entry\""), "nothing above the heading");
    assert!(home.contains(r#"data-chat="closed""#) && !home.contains("call-now__chat"));
    // Other pages, "not found" for an unknown language too, keep it in the header.
    let missing = reqwest::get(format!("http://{}/xx", a.addr)).await.unwrap().text().await.unwrap();
    assert!(missing.split("<h1").next().unwrap().contains(r#"data-chat="closed""#));

    let amy = adviser(&redis.url(), "amy", "en", 3).await;
    let _desk = connect(&a.addr, "/staff/chat/ws", Some(&amy)).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let page = reqwest::get(format!("http://{}/pl/directory", a.addr)).await.unwrap().text().await.unwrap();
        if page.contains(r#"data-chat="open""#) {
            assert!(page.contains("href=\"/pl/chat\""));
            // On the home page the entry sits under "Talk to someone", below the heading, and
            // the line with the helpline under the heading offers the chat too.
            let home = reqwest::get(format!("http://{}/pl", a.addr)).await.unwrap().text().await.unwrap();
            let after_heading = home.split("<h1").nth(1).unwrap();
            assert!(after_heading.contains(r#"data-chat="open""#), "entry below the heading");
            assert!(home.contains(r#"href="/pl/chat" class="call-now__chat""#), "chat offered by the helpline");
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the entry never opened");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let page = reqwest::get(format!("http://{}/ar/chat", a.addr)).await.unwrap().text().await.unwrap();
    assert!(page.contains("chat-start-button") && page.contains(r#"dir="rtl""#));
    // The script's words are a JSON data block in Arabic, with the placeholders it fills in.
    let block = page.split(r#"id="chat-text">"#).nth(1).unwrap().split("</script>").next().unwrap();
    let words: Value = serde_json::from_str(block).unwrap();
    assert!(words["queue"].as_str().unwrap().contains("{position}"));
    assert!(words["typing"].as_str().unwrap().chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
}

#[tokio::test]
async fn the_shift_form_puts_an_adviser_on_shift() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let mut connection = redis_manager(&redis.url()).await;
    let cookie = session_cookie(&redis.url(), "amy", "adviser").await;
    let (_, csrf) = csrf_for(&app, "/staff/chats", &cookie).await;
    let form = [("csrf", csrf.as_str()), ("status", "on-shift"), ("capacity", "2"), ("languages", "ur"), ("languages", "ar"), ("languages", "xx")];
    assert_eq!(post_as(&app, "/staff/shift", &cookie, &form).await.status(), 303);
    let desk: std::collections::HashMap<String, String> = connection.hgetall(keys::desk_key("amy")).await.unwrap();
    assert_eq!((desk["status"].as_str(), desk["capacity"].as_str(), desk["languages"].as_str()), ("on-shift", "2", "ur,ar"));
    // Without the session's token, nothing changes.
    assert_eq!(post_as(&app, "/staff/shift", &cookie, &[("status", "off")]).await.status(), 403);
}

/// The staff page's CSRF token for `cookie`, read from `path`.
async fn csrf_for(app: &axum::Router, path: &str, cookie: &str) -> (axum::http::StatusCode, String) {
    let response = get_with(app, path, &[("cookie", cookie)]).await;
    let status = response.status();
    let page = body_text(response).await;
    let marker = "name=\"csrf\" value=\"";
    let csrf = page.find(marker).map(|i| page[i + marker.len()..].split('"').next().unwrap().to_owned()).unwrap_or_default();
    (status, csrf)
}

async fn post_as(app: &axum::Router, path: &str, cookie: &str, pairs: &[(&str, &str)]) -> axum::http::Response<axum::body::Body> {
    let request = axum::http::Request::post(path)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cookie)
        .body(axum::body::Body::from(serde_urlencoded::to_string(pairs).unwrap()))
        .unwrap();
    tower::ServiceExt::oneshot(app.clone(), request).await.unwrap()
}

#[tokio::test]
async fn an_adviser_refers_from_a_chat_once_the_visitor_agrees() {
    let redis = RedisServer::start();
    let a = instance(&redis.url(), &[]).await;
    let app = app(&redis.url());
    let cookie = adviser(&redis.url(), "amy", "en,ro", 3).await;
    let mut desk = connect(&a.addr, "/staff/chat/ws", Some(&cookie)).await;
    let (mut visitor, chat, _) = visitor(&a.addr, "ro").await;
    accept_offer(&mut desk).await;
    let path = format!("/staff/chat/{chat}/referral");
    let (status, csrf) = csrf_for(&app, &path, &cookie).await;
    assert_eq!(status, 200);

    // Without the visitor's agreement, or with a bad phone number, nothing is stored and
    // what the adviser typed is kept.
    let fields = [("csrf", csrf.as_str()), ("name", "Ioana"), ("contact-method", "phone"), ("phone", "not a phone"), ("about", "Needs advice")];
    let response = post_as(&app, &path, &cookie, &fields).await;
    assert_eq!(response.status(), 422);
    assert!(body_text(response).await.contains("must agree"));
    let mut with_agreement = fields.to_vec();
    with_agreement.push(("agreed", "yes"));
    let response = post_as(&app, &path, &cookie, &with_agreement).await;
    assert_eq!(response.status(), 422);
    let page = body_text(response).await;
    assert!(page.contains("phone") && page.contains("value=\"Ioana\""), "kept what was typed");
    let mut connection = redis_manager(&redis.url()).await;
    let stored: u64 = connection.xlen(server::referrals::store::INTAKE_STREAM).await.unwrap();
    assert_eq!(stored, 0);

    with_agreement[3] = ("phone", "07700 900123");
    assert_eq!(post_as(&app, &path, &cookie, &with_agreement).await.status(), 303);
    // A second press finds the first referral rather than making another.
    assert_eq!(post_as(&app, &path, &cookie, &with_agreement).await.status(), 303);
    let stored: u64 = connection.xlen(server::referrals::store::INTAKE_STREAM).await.unwrap();
    assert_eq!(stored, 1);
    let linked: String = connection.hget(keys::chat_key(&chat), "referral").await.unwrap();
    assert!(!linked.is_empty());
    until(&mut visitor, "told of the referral", |f| is_entry(f, |e| e["event"] == "referral-created")).await;
    assert!(!redis_dump(&redis.url()).await.contains("900123"), "contact details are sealed");

    // Another adviser cannot refer from a chat that is not theirs.
    let other = adviser(&redis.url(), "ben", "en", 3).await;
    let (status, _) = csrf_for(&app, &path, &other).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn only_admins_edit_canned_replies_and_the_desk_offers_them() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let admin = session_cookie(&redis.url(), "ada", "admin").await;
    let adviser_cookie = adviser(&redis.url(), "amy", "en", 3).await;
    assert_eq!(get_with(&app, "/staff/canned", &[("cookie", &adviser_cookie)]).await.status(), 403);

    let (status, csrf) = csrf_for(&app, "/staff/canned", &admin).await;
    assert_eq!(status, 200);
    let response = post_as(&app, "/staff/canned", &admin, &[("csrf", &csrf), ("action", "save"), ("title", "Refuge"), ("text", "We can look for a refuge space with you <today>.")]).await;
    assert_eq!(response.status(), 303);
    post_as(&app, "/staff/canned", &admin, &[("csrf", &csrf), ("action", "delete"), ("title", "Safety planning")]).await;
    let (_, adviser_csrf) = csrf_for(&app, "/staff/chats", &adviser_cookie).await;
    let refused = post_as(&app, "/staff/canned", &adviser_cookie, &[("csrf", &adviser_csrf), ("action", "save"), ("title", "x"), ("text", "y")]).await;
    assert_eq!(refused.status(), 403);

    let desk = body_text(get_with(&app, "/staff/chats", &[("cookie", &adviser_cookie)]).await).await;
    assert!(desk.contains(">Refuge<") && desk.contains("&lt;today&gt;"), "new reply offered, escaped");
    assert!(desk.contains(">999 and 55<") && !desk.contains(">Safety planning<"));
}

/// A resume with `token` from the very first entry: the server says "ended", shows nothing
/// of the chat, and closes.
async fn assert_resume_shows_nothing(addr: &str, token: &str, what: &str) {
    let mut socket = connect(addr, "/chat/ws", None).await;
    send(&mut socket, json!({ "type": "resume", "token": token, "after": 0 })).await;
    let (frames, closed) = until_closed(&mut socket).await;
    assert_eq!(frames, [json!({ "type": "state", "state": "ended", "reason": "gone" })], "{what}: nothing but 'ended'");
    assert_eq!(closed.map(|(code, _)| code), Some(1008), "{what}: closed");
}

#[tokio::test]
async fn after_leave_exit_end_or_timeout_a_resume_shows_nothing() {
    let redis = RedisServer::start();
    let a = instance(&redis.url(), &[]).await;
    let amy = adviser(&redis.url(), "amy", "en", 3).await;
    let mut desk = connect(&a.addr, "/staff/chat/ws", Some(&amy)).await;
    let mut connection = redis_manager(&redis.url()).await;
    let mut ended = Vec::new();

    // Each chat has something said in it, so "nothing shown" is not an empty chat.
    for how in ["leave", "exit", "beacon", "adviser-end"] {
        let (mut visitor, chat, token) = visitor(&a.addr, "en").await;
        accept_offer(&mut desk).await;
        send(&mut visitor, json!({ "type": "message", "id": "m", "text": "something private" })).await;
        until(&mut visitor, "stored", |f| is_entry(f, |e| e["cid"] == "v-m")).await;
        match how {
            "leave" => send(&mut visitor, json!({ "type": "leave", "sudden": false })).await,
            "exit" => send(&mut visitor, json!({ "type": "leave", "sudden": true })).await,
            "beacon" => {
                let response = reqwest::Client::new().post(format!("http://{}/chat/exit", a.addr)).body(token.clone()).send().await.unwrap();
                assert_eq!(response.status(), 204);
            }
            _ => send(&mut desk, json!({ "type": "end", "chat": chat })).await,
        }
        until(&mut visitor, "the end", |f| f["type"] == "state" && f["state"] == "ended" || is_entry(f, |e| e["event"].as_str().unwrap_or("").starts_with("ended:"))).await;
        ended.push((how, chat, token));
    }
    // Timeout: the visitor drops and does not come back within the resume window (a short
    // one, on its own Redis: connected visitors renew their presence only every 10 s).
    let quick_redis = RedisServer::start();
    let quick = instance(&quick_redis.url(), &[("CHAT_RESUME_SECONDS", "2")]).await;
    let mut quick_connection = redis_manager(&quick_redis.url()).await;
    let (dropped, chat, token) = visitor(&quick.addr, "en").await;
    drop(dropped);
    let deadline = std::time::Instant::now() + Duration::from_secs(15);
    while quick_connection.hget::<_, _, Option<String>>(keys::chat_key(&chat), "end_reason").await.unwrap().as_deref() != Some("visitor-gone") {
        assert!(std::time::Instant::now() < deadline, "the dropped chat never ended");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_resume_shows_nothing(&quick.addr, &token, "timeout").await;
    assert_eq!(quick_connection.hget::<_, _, Option<String>>(keys::chat_key(&chat), "token").await.unwrap(), None, "timeout: token deleted");

    for (how, chat, token) in &ended {
        // The token went with the chat, in the same script that ended it.
        let stored: Option<String> = connection.hget(keys::chat_key(chat), "token").await.unwrap();
        assert_eq!(stored, None, "{how}: token deleted");
        assert_resume_shows_nothing(&a.addr, token, how).await;
        // Nor does the beacon find it.
        let response = reqwest::Client::new().post(format!("http://{}/chat/exit", a.addr)).body(token.clone()).send().await.unwrap();
        assert_eq!(response.status(), 204);
    }
}

#[tokio::test]
async fn a_second_resume_takes_the_chat_over_and_the_old_token_stops_working() {
    let redis = RedisServer::start();
    let (a, b) = (instance(&redis.url(), &[]).await, instance(&redis.url(), &[]).await);
    let (mut first, chat, token) = visitor(&a.addr, "en").await;

    // Another tab (on another instance) resumes with the same token while the first is open.
    let mut second = connect(&b.addr, "/chat/ws", None).await;
    send(&mut second, json!({ "type": "resume", "token": token, "after": 0 })).await;
    let frames = until(&mut second, "resumed", |f| f["type"] == "resumed").await;
    let new_token = frames.last().unwrap()["token"].as_str().unwrap().to_owned();
    assert_ne!(new_token, token, "each resume issues a new token");

    let (_, closed) = until_closed(&mut first).await;
    assert_eq!(closed, Some((4001, "resumed elsewhere".to_owned())), "the older socket is closed with a reason");

    // The old token no longer resumes; the chat is still live, and the new token works.
    assert_resume_shows_nothing(&a.addr, &token, "old token").await;
    let state: String = redis_manager(&redis.url()).await.hget(keys::chat_key(&chat), "state").await.unwrap();
    assert_eq!(state, "waiting");
    let mut third = connect(&a.addr, "/chat/ws", None).await;
    send(&mut third, json!({ "type": "resume", "token": new_token, "after": 0 })).await;
    until(&mut third, "resumed", |f| f["type"] == "resumed" && f["chat"] == chat.as_str()).await;
    let (_, closed) = until_closed(&mut second).await;
    assert_eq!(closed.map(|(code, _)| code), Some(4001));
}

/// Starts a chat from `ip`; the first frame the server answers with.
async fn start_from(ip: [u8; 4], addr: &str) -> (Socket, Value) {
    let mut socket = connect_from(ip, addr, "/chat/ws", None).await;
    send(&mut socket, json!({ "type": "start", "language": "en" })).await;
    let frames = until(&mut socket, "an answer", |f| f["type"] == "started" || f["type"] == "state").await;
    (socket, frames.last().unwrap().clone())
}

/// The visitor's next queue position.
async fn queue_position(socket: &mut Socket) -> u64 {
    let frames = until(socket, "a queue position", |f| f["type"] == "queue").await;
    frames.last().unwrap()["position"].as_u64().unwrap()
}

#[tokio::test]
async fn a_flood_from_one_address_is_bounded_and_genuine_visitors_wait_behind_genuine_chats_only() {
    let redis = RedisServer::start();
    // The limits at their defaults (2 live chats, 6 starts an hour per client).
    let a = instance(&redis.url(), &[("CHAT_LIVE_PER_CLIENT", "2"), ("CHAT_STARTS_PER_HOUR", "6")]).await;
    let (mut genuine, _) = start_from([127, 0, 0, 2], &a.addr).await;
    assert_eq!(queue_position(&mut genuine).await, 1);

    // A script starts 500 chats from one address, 50 at a time, and drops each socket.
    let flooder = [127, 0, 0, 9];
    let mut placed = 0;
    let mut busy = 0;
    for _ in 0..10 {
        let answers = futures_util::future::join_all((0..50).map(|_| start_from(flooder, &a.addr))).await;
        for (socket, first) in answers {
            if first["type"] == "started" {
                placed += 1;
            } else {
                assert_eq!(first, json!({ "type": "state", "state": "ended", "reason": "too-many" }));
                busy += 1;
            }
            drop(socket);
        }
    }
    assert_eq!((placed, busy), (2, 498), "one address holds at most its live chats");

    let mut connection = redis_manager(&redis.url()).await;
    // Dropped sockets leave the queue (their chats wait out the resume window, unoffered).
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while connection.zcard::<_, u64>(keys::WAITING).await.unwrap() != 1 {
        assert!(std::time::Instant::now() < deadline, "the flood's dropped chats still wait in the queue");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A genuine visitor from elsewhere is placed behind the genuine one only.
    let (mut next, first) = start_from([127, 0, 0, 3], &a.addr).await;
    assert_eq!(first["type"], "started");
    assert_eq!(queue_position(&mut next).await, 2);

    // Redis holds two chats of the flood, counters that expire, and never the address.
    let chats: Vec<String> = redis::cmd("KEYS").arg("{chat}:c:*").query_async(&mut connection).await.unwrap();
    assert_eq!(chats.iter().filter(|k| !k.ends_with(":log") && !k.ends_with(":sent")).count(), 4);
    let counters: Vec<String> = redis::cmd("KEYS").arg("{chat}:client:*").query_async(&mut connection).await.unwrap();
    for key in &counters {
        let ttl: i64 = connection.ttl(key).await.unwrap();
        assert!(ttl > 0, "{key} expires");
    }
    let dump = redis_dump(&redis.url()).await;
    assert!(!dump.contains("127.0.0."), "a client address is stored");

    // Ending a chat frees its place in the client's count; the hour's starts still hold.
    let (mut third, first) = start_from([127, 0, 0, 3], &a.addr).await;
    assert_eq!(first["type"], "started");
    let (_, first) = start_from([127, 0, 0, 3], &a.addr).await;
    assert_eq!(first["reason"], "too-many", "a third live chat from one address");
    send(&mut third, json!({ "type": "leave", "sudden": false })).await;
    until(&mut third, "left", |f| f["type"] == "state" && f["state"] == "ended").await;
    let (_, first) = start_from([127, 0, 0, 3], &a.addr).await;
    assert_eq!(first["type"], "started", "a place freed by leaving");
}

#[tokio::test]
async fn the_queue_is_capped_and_the_next_visitor_gets_the_busy_path() {
    let redis = RedisServer::start();
    let a = instance(&redis.url(), &[("CHAT_MAX_WAITING", "5")]).await;
    let answers = futures_util::future::join_all((0..20).map(|_| start_from([127, 0, 0, 1], &a.addr))).await;
    let started = answers.iter().filter(|(_, first)| first["type"] == "started").count();
    assert_eq!(started, 5);
    let waiting: u64 = redis_manager(&redis.url()).await.zcard(keys::WAITING).await.unwrap();
    assert_eq!(waiting, 5, "never more waiting than the cap");

    let mut late = connect(&a.addr, "/chat/ws", None).await;
    send(&mut late, json!({ "type": "start", "language": "pl" })).await;
    let (frames, closed) = until_closed(&mut late).await;
    assert_eq!(frames, [json!({ "type": "state", "state": "ended", "reason": "busy" })]);
    assert_eq!(closed, Some((1013, "queue full".to_owned())));
    // The page words the busy path in the visitor's language, with the helpline.
    let page = reqwest::get(format!("http://{}/pl/chat", a.addr)).await.unwrap().text().await.unwrap();
    assert!(page.contains("\"ended-busy\"") && page.contains("chat-ended-helpline"), "busy words and helpline on the page");
}

#[tokio::test]
async fn a_visitors_messages_share_one_limit_per_chat_across_sockets() {
    let redis = RedisServer::start();
    let a = instance(&redis.url(), &[("CHAT_FRAMES_PER_SECOND", "1"), ("CHAT_FRAME_BURST", "10")]).await;
    let (mut first, _, token) = visitor(&a.addr, "en").await;
    for n in 0..8 {
        send(&mut first, json!({ "type": "message", "id": format!("a{n}"), "text": "hello" })).await;
    }
    until(&mut first, "the eighth", |f| is_entry(f, |e| e["cid"] == "v-a7")).await;
    // A second socket has its own frame bucket, but not a second message bucket.
    let mut second = connect(&a.addr, "/chat/ws", None).await;
    send(&mut second, json!({ "type": "resume", "token": token, "after": 0 })).await;
    until(&mut second, "resumed", |f| f["type"] == "resumed").await;
    for n in 0..5 {
        send(&mut second, json!({ "type": "message", "id": format!("b{n}"), "text": "hello" })).await;
    }
    let frames = until(&mut second, "a refusal", |f| f["type"] == "not-sent" && f["code"] == "slow-down").await;
    let stored = frames.iter().filter(|f| is_entry(f, |e| e["cid"].as_str().unwrap_or("").starts_with("v-b"))).count();
    assert!(stored <= 2, "only the chat's remaining 2 messages are stored, saw {stored}");
}

/// What a visitor's tab does with one message: send it until the server acknowledges it
/// (its entry, or `delivered` for a re-send), resuming on another socket when this one is
/// lost and re-sending after `not-sent`. Returns the number of sends it took.
async fn send_until_acknowledged(socket: &mut Socket, addr: &str, token: &mut String, seen: &mut u64, id: &str) -> u32 {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    let mut sends = 0;
    loop {
        assert!(tokio::time::Instant::now() < deadline, "message {id} never acknowledged");
        sends += 1;
        let sent = socket.send(Message::text(json!({ "type": "message", "id": id, "text": id }).to_string())).await.is_ok();
        let mut answer = None;
        while sent && answer.is_none() {
            match tokio::time::timeout(Duration::from_secs(5), socket.next()).await {
                Ok(Some(Ok(Message::Text(text)))) => {
                    let frame: Value = serde_json::from_str(&text).unwrap();
                    if let Some(seq) = frame["entry"]["seq"].as_u64() {
                        *seen = (*seen).max(seq);
                    }
                    if is_entry(&frame, |e| e["cid"] == format!("v-{id}")) || (frame["type"] == "delivered" && frame["id"] == id) {
                        return sends;
                    }
                    if frame["type"] == "not-sent" && frame["id"] == id {
                        answer = Some(false);
                    }
                }
                Ok(Some(Ok(_))) => {}
                // Closed, broken or silent: resume on a new socket.
                _ => answer = Some(true),
            }
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
        if answer != Some(false) {
            let mut fresh = connect(addr, "/chat/ws", None).await;
            send(&mut fresh, json!({ "type": "resume", "token": token, "after": *seen })).await;
            if let Ok(frames) = tokio::time::timeout(Duration::from_secs(5), async {
                loop {
                    match fresh.next().await {
                        Some(Ok(Message::Text(text))) => {
                            let frame: Value = serde_json::from_str(&text).unwrap();
                            if frame["type"] == "resumed" || frame["type"] == "error" {
                                return frame;
                            }
                        }
                        Some(Ok(_)) => {}
                        _ => return json!({ "type": "closed" }),
                    }
                }
            })
            .await
            {
                if frames["type"] == "resumed" {
                    *token = frames["token"].as_str().unwrap().to_owned();
                    *socket = fresh;
                }
            }
        }
    }
}

/// Posts a referral the way a browser re-posts a form that failed: the same submission id
/// until it is acknowledged (the redirect to the "sent" page).
async fn refer_until_acknowledged(app: &axum::Router, submission: &str) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    let form = [("submission-id", submission), ("safe-now", "yes"), ("name", "Drill"), ("contact-method", "phone"),
        ("phone", "07700 900123"), ("voicemail-ok", "no"), ("about", "drill"), (domain::referral::HONEYPOT, "")];
    while post_form(app, "/en/refer/self", &form).await.status() != axum::http::StatusCode::SEE_OTHER {
        assert!(tokio::time::Instant::now() < deadline, "referral {submission} never acknowledged");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The master-kill drill (issue 13): while a chat and referral posts run against a local
/// cluster, the master of the chat slot and then the master of the referral slot are killed
/// (SIGKILL). Replicas take over, the instances reconnect by themselves, `/readyz` reports
/// the gap, and no acknowledged referral or chat entry is lost or stored twice.
/// `cargo test --release -p server --test chat master_kill -- --nocapture` prints the counts.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn master_kill_drill_loses_and_repeats_nothing_acknowledged() {
    // It brings its own cluster, so it runs in the single-Redis pass only (once).
    if cluster_pass() {
        return;
    }
    let mut cluster = RedisCluster::start();
    let url = cluster.url();
    let settings = [("CHAT_FRAME_BURST", "1000")];
    let (a, b) = (instance(&url, &settings).await, instance(&url, &settings).await);
    let client = axum::extract::ConnectInfo(std::net::SocketAddr::from(([127, 0, 0, 1], 40000)));
    let referrals = bare_app(&url, &repo_root().join("locales"), &[("REFERRAL_POSTS_PER_MINUTE", "100000")]).layer(axum::Extension(client));
    let cookie = adviser(&url, "amy", "en", 3).await;
    let mut desk = connect(&b.addr, "/staff/chat/ws", Some(&cookie)).await;
    let (mut visitor, chat, mut token) = visitor(&a.addr, "en").await;
    accept_offer(&mut desk).await;
    // The console stays open through the drill, reading as a browser does (the drill can
    // outlast the pings an unread socket may leave unanswered).
    let console = leave_open(desk);

    // /readyz on instance a, every 100 ms, until told to stop.
    let (stop, mut stopped) = tokio::sync::watch::channel(false);
    let ready_url = format!("http://{}/readyz", a.addr);
    let readiness = tokio::spawn(async move {
        let mut seen = Vec::new();
        while !*stopped.borrow() {
            let status = reqwest::get(&ready_url).await.map(|r| r.status().as_u16()).unwrap_or(0);
            if seen.last() != Some(&status) {
                seen.push(status);
            }
            let _ = tokio::time::timeout(Duration::from_millis(100), stopped.changed()).await;
        }
        seen
    });
    // Referral posts throughout, one after another.
    let (posting, mut halt) = tokio::sync::watch::channel(false);
    let poster = tokio::spawn(async move {
        let mut acknowledged = Vec::new();
        while !*halt.borrow_and_update() {
            let submission = uuid::Uuid::new_v4().to_string();
            refer_until_acknowledged(&referrals, &submission).await;
            acknowledged.push(submission);
            let _ = tokio::time::timeout(Duration::from_millis(50), halt.changed()).await;
        }
        acknowledged
    });

    let (mut seen, mut acknowledged, mut resends) = (0u64, Vec::new(), 0u32);
    for key in ["{chat}", "{referrals}"] {
        for round in 0..20 {
            if round == 5 {
                cluster.master_of(key).kill();
            }
            let id = format!("m{}", acknowledged.len() + 1);
            resends += send_until_acknowledged(&mut visitor, &a.addr, &mut token, &mut seen, &id).await - 1;
            acknowledged.push(id);
        }
        // The killed node comes back as a replica, ready for the next kill.
        cluster.nodes.iter_mut().for_each(|node| node.revive());
        cluster.wait_until_ok();
    }
    let _ = posting.send(true);
    let acknowledged_referrals = poster.await.unwrap();
    let _ = stop.send(true);
    let readiness = readiness.await.unwrap();

    // The adviser's socket lived through it: a reply still arrives.
    let (mut desk, open) = console.take_back().await;
    assert!(open, "the adviser's console was closed during the drill");
    send(&mut desk, json!({ "type": "message", "chat": chat, "id": "after", "text": "still here" })).await;
    until(&mut visitor, "the reply after the drill", |f| is_entry(f, |e| e["text"] == "still here")).await;

    let mut connection = redis_manager(&url).await;
    // Chat: every acknowledged message once.
    let log: redis::streams::StreamRangeReply =
        redis::cmd("XRANGE").arg(keys::log_key(&chat)).arg("-").arg("+").query_async(&mut connection).await.unwrap();
    let cids: Vec<String> = log.ids.iter().filter_map(|entry| entry.get::<String>("cid")).filter(|cid| cid.starts_with("v-")).collect();
    let lost_entries = acknowledged.iter().filter(|id| !cids.contains(&format!("v-{id}"))).count();
    let mut unique = cids.clone();
    unique.sort();
    unique.dedup();
    let repeated_entries = cids.len() - unique.len();
    // Referrals: every acknowledged submission filed once in the intake stream.
    let intake: redis::streams::StreamRangeReply = redis::cmd("XRANGE")
        .arg(server::referrals::store::INTAKE_STREAM).arg("-").arg("+").query_async(&mut connection).await.unwrap();
    let filed: Vec<String> = intake.ids.iter().filter_map(|entry| entry.get::<String>("referral")).collect();
    let mut lost_referrals = 0;
    for submission in &acknowledged_referrals {
        let referral: Option<String> = connection.get(server::referrals::store::submission_key(submission)).await.unwrap();
        if !referral.is_some_and(|id| filed.contains(&id)) {
            lost_referrals += 1;
        }
    }
    let repeated_referrals = filed.len() - acknowledged_referrals.len().min(filed.len());
    println!(
        "master-kill drill: chat entries {} acknowledged ({resends} re-sends), lost {lost_entries}, duplicated {repeated_entries}; \
         referrals {} acknowledged, lost {lost_referrals}, duplicated {repeated_referrals}; /readyz {readiness:?}",
        acknowledged.len(),
        acknowledged_referrals.len()
    );
    assert_eq!((lost_entries, repeated_entries), (0, 0), "chat entries lost, duplicated");
    assert_eq!((lost_referrals, repeated_referrals), (0, 0), "referrals lost, duplicated");
    assert!(acknowledged_referrals.len() >= 2, "referrals were posted throughout");
    assert!(readiness.contains(&503) && readiness.last() == Some(&200), "/readyz reports the gap: {readiness:?}");
}

#[tokio::test]
async fn an_adviser_records_each_chats_outcome_once_and_it_is_counted() {
    let redis = RedisServer::start();
    let a = instance(&redis.url(), &[]).await;
    let cookie = adviser(&redis.url(), "amy", "en", 3).await;
    let mut desk = connect(&a.addr, "/staff/chat/ws", Some(&cookie)).await;
    let mut connection = redis_manager(&redis.url()).await;
    let month = server::voice::tally::month_of(chrono::Utc::now().timestamp_millis());
    let counted = async |connection: &mut server::infra::redis_link::RedisConnection| -> std::collections::BTreeMap<String, u64> {
        connection.hgetall(server::voice::store::counts_key(&month)).await.unwrap()
    };

    // Ended by the adviser with an outcome: recorded in the chat's hash and counted.
    let (mut first, chat, _) = visitor(&a.addr, "en").await;
    accept_offer(&mut desk).await;
    send(&mut desk, json!({ "type": "end", "chat": chat, "outcome": "safety-planning" })).await;
    until(&mut first, "the end", |f| is_entry(f, |e| e["event"] == "ended:adviser-ended")).await;
    let outcome: Option<String> = connection.hget(keys::chat_key(&chat), "outcome").await.unwrap();
    assert_eq!(outcome.as_deref(), Some("safety-planning"));
    // Once recorded it never changes, and it is counted once.
    send(&mut desk, json!({ "type": "outcome", "chat": chat, "outcome": "abusive-or-hoax" })).await;
    until(&mut desk, "refused", |f| f["type"] == "error" && f["code"] == "no-outcome").await;

    // Ended by the visitor: the adviser records the outcome afterwards.
    let (mut second, other, _) = visitor(&a.addr, "en").await;
    accept_offer(&mut desk).await;
    send(&mut second, json!({ "type": "leave" })).await;
    until(&mut desk, "the visitor left", |f| is_entry(f, |e| e["event"] == "ended:visitor-left")).await;
    send(&mut desk, json!({ "type": "outcome", "chat": other, "outcome": "visitor-left" })).await;
    until(&mut desk, "saved", |f| f["type"] == "ok").await;
    send(&mut desk, json!({ "type": "outcome", "chat": other, "outcome": "visitor-left" })).await;
    until(&mut desk, "once only", |f| f["type"] == "error" && f["code"] == "no-outcome").await;
    // Not theirs, or not a known outcome: refused.
    send(&mut desk, json!({ "type": "outcome", "chat": "someone-elses", "outcome": "signposted" })).await;
    until(&mut desk, "not theirs", |f| f["type"] == "error" && f["code"] == "no-outcome").await;
    send(&mut desk, json!({ "type": "end", "chat": other, "outcome": "solved" })).await;
    until(&mut desk, "unknown outcome", |f| f["type"] == "error").await;

    let counts = counted(&mut connection).await;
    assert_eq!(counts.get("chat-outcome:safety-planning"), Some(&1));
    assert_eq!(counts.get("chat-outcome:visitor-left"), Some(&1));
    assert_eq!(counts.get("chat-outcome:abusive-or-hoax"), None);
    // The counts name outcomes only: no chat id.
    let dump = redis_dump(&redis.url()).await;
    let voice: Vec<&str> = dump.lines().filter(|l| l.starts_with("{voice}")).collect();
    assert!(voice.iter().all(|line| !line.contains(&chat) && !line.contains(&other)), "{voice:?}");
}

/// Calls of one Redis command so far (`INFO commandstats`).
async fn calls_of(url: &str, command: &str) -> u64 {
    let info: String = redis::cmd("INFO").arg("commandstats").query_async(&mut redis_manager(url).await).await.unwrap();
    let line = info.lines().find(|line| line.starts_with(&format!("cmdstat_{command}:"))).unwrap_or_default();
    line.split("calls=").nth(1).and_then(|rest| rest.split(',').next()).and_then(|n| n.parse().ok()).unwrap_or(0)
}

#[tokio::test]
async fn the_wake_up_carries_the_new_entry_and_opens_to_what_the_record_holds() {
    use server::chat::store::wake::Notice;
    use server::chat::store::{Carry, ChatStore, Content, Start};
    let redis = RedisServer::start();
    let (link, _) = redis_link(&redis.url()).await;
    let sealer = server::infra::sealing::Sealer::from_base64(TEST_DATA_KEY).unwrap();
    let chats = ChatStore::new(link.clone(), sealer, server::config::ChatSettings::default());
    let mut notices = chats.subscribe(link.target()).await.unwrap();
    let Start::Placed { chat, .. } = chats.start("en", "203.0.113.9").await.unwrap() else { panic!("placed") };
    chats.append(&chat, "system", Content::Event("visitor-back"), "", "").await.unwrap();
    chats.append_after(&chat, "visitor", Content::Text("Is anyone there?"), "v-m1", "", Some(1)).await.unwrap();
    let mut copies = Vec::new();
    while copies.len() < 2 {
        let notice = tokio::time::timeout(Duration::from_secs(5), notices.next()).await.expect("a wake-up").unwrap();
        if let Notice::Entries { chat: of, carried: Some(copy), .. } = notice {
            assert_eq!(of, chat);
            copies.push(copy);
        }
    }
    let record = chats.entries_after(&chat, 0, 10).await.unwrap();
    assert_eq!(record.len(), 2);
    assert!(!copies[1].value.contains("anyone"), "the copy is sealed as stored");
    for (shown, (copy, stored)) in copies.iter().zip(&record).enumerate() {
        let Carry::Next(entry) = chats.carried(Some(copy), shown as u64) else { panic!("the next entry opens") };
        assert_eq!(&entry, stored);
    }
    assert_eq!(record[1].text.as_deref(), Some("Is anyone there?"));
    // Shown already: nothing to send. An entry missed before it, a newer format, or no copy:
    // read the record.
    assert!(matches!(chats.carried(Some(&copies[0]), 1), Carry::AlreadyShown));
    assert!(matches!(chats.carried(Some(&copies[1]), 0), Carry::ReadTheRecord));
    let newer = server::chat::store::wake::Carried { format: "99".into(), ..(*copies[1]).clone() };
    assert!(matches!(chats.carried(Some(&newer), 1), Carry::ReadTheRecord));
    assert!(matches!(chats.carried(None, 1), Carry::ReadTheRecord));
}

#[tokio::test]
async fn a_busy_chat_keeps_its_keys_for_the_retention_without_expiring_them_on_every_message() {
    use server::chat::store::{ChatStore, Content, Start};
    // One server in either pass: the test counts commands with INFO.
    let redis = RedisServer::single();
    let (link, _) = redis_link(&redis.url()).await;
    let sealer = server::infra::sealing::Sealer::from_base64(TEST_DATA_KEY).unwrap();
    let chats = ChatStore::new(link, sealer, server::config::ChatSettings::default());
    let Start::Placed { chat, .. } = chats.start("en", "203.0.113.9").await.unwrap() else { panic!("placed") };
    let mut connection = redis_manager(&redis.url()).await;
    let retention: i64 = 30 * 24 * 3600;
    let say = async |seq: u64| chats.append_after(&chat, "visitor", Content::Text("hello"), &format!("v-m{seq}"), "", Some(seq - 1)).await.unwrap();
    say(1).await;
    for key in keys::conversation(&chat) {
        let ttl: i64 = connection.ttl(&key).await.unwrap();
        assert!(ttl > retention - 60 && ttl <= retention, "{key} kept for the retention: {ttl}");
    }
    // Within the hour, messages leave the expiry times alone.
    let expires = calls_of(&redis.url(), "expire").await;
    for seq in 2..=4 {
        say(seq).await;
    }
    assert_eq!(calls_of(&redis.url(), "expire").await, expires);
    // An hour after they were last kept, the next message keeps all three again.
    let _: () = connection.expire(keys::log_key(&chat), 100).await.unwrap();
    let two_hours_ago = chrono::Utc::now().timestamp_millis() - 2 * 3600 * 1000;
    let _: () = connection.hset(keys::chat_key(&chat), "kept", two_hours_ago).await.unwrap();
    let expires = calls_of(&redis.url(), "expire").await;
    say(5).await;
    assert_eq!(calls_of(&redis.url(), "expire").await, expires + 3);
    let ttl: i64 = connection.ttl(keys::log_key(&chat)).await.unwrap();
    assert!(ttl > retention - 60, "kept again: {ttl}");
    assert_eq!(chats.entries_after(&chat, 0, 10).await.unwrap().len(), 5);
}

#[tokio::test]
async fn messages_reach_both_sides_from_the_wake_up_without_reading_the_record_each_time() {
    let redis = RedisServer::single();
    let (a, b) = (instance(&redis.url(), &[]).await, instance(&redis.url(), &[]).await);
    let cookie = adviser(&redis.url(), "amy", "en", 3).await;
    let mut desk = connect(&b.addr, "/staff/chat/ws", Some(&cookie)).await;
    until(&mut desk, "the desk", |f| f["type"] == "desk").await;
    let (mut visitor, chat, _) = visitor(&a.addr, "en").await;
    assert_eq!(accept_offer(&mut desk).await, chat);
    until(&mut visitor, "active", |f| f["type"] == "state" && f["state"] == "active").await;
    let xrange = calls_of(&redis.url(), "xrange").await;
    const EXCHANGES: u64 = 10;
    for n in 0..EXCHANGES {
        let (asked, answered) = (format!("question {n}"), format!("answer {n}"));
        send(&mut visitor, json!({ "type": "message", "id": format!("m{n}"), "text": asked })).await;
        until(&mut desk, "the question", |f| is_entry(f, |e| e["text"] == asked.as_str())).await;
        until(&mut visitor, "its own message back", |f| is_entry(f, |e| e["cid"] == format!("v-m{n}"))).await;
        send(&mut desk, json!({ "type": "message", "chat": chat, "id": format!("r{n}"), "text": answered })).await;
        until(&mut visitor, "the answer", |f| is_entry(f, |e| e["text"] == answered.as_str())).await;
        // The adviser's own entry is the one frame that confirms it: no "ok" before it.
        let frames = until(&mut desk, "its own answer back", |f| is_entry(f, |e| e["cid"] == format!("a-r{n}"))).await;
        assert!(frames.iter().all(|f| f["type"] != "ok"), "{frames:?}");
    }
    // 20 messages, each shown on two sockets: reading the record for each would be 40 XRANGEs.
    let read = calls_of(&redis.url(), "xrange").await - xrange;
    assert!(read < EXCHANGES, "{read} reads of the record for {} messages", 2 * EXCHANGES);
}

#[tokio::test]
async fn a_rounds_offers_go_out_together_and_survive_a_redis_that_lost_its_scripts() {
    use domain::chat::routing::Assignment;
    use server::chat::store::{ChatStore, Start};
    let redis = RedisServer::start();
    let (link, mut connection) = redis_link(&redis.url()).await;
    let sealer = server::infra::sealing::Sealer::from_base64(TEST_DATA_KEY).unwrap();
    let chats = ChatStore::new(link, sealer, server::config::ChatSettings::default());
    let mut waiting = Vec::new();
    for n in 0..3 {
        let Start::Placed { chat, .. } = chats.start("en", &format!("203.0.113.{n}")).await.unwrap() else { panic!("placed") };
        waiting.push(chat);
    }
    // amy can take two; a third offer to her finds her full and leaves its visitor waiting.
    let _: () = redis::pipe()
        .hset(keys::desk_key("amy"), "status", "on-shift")
        .hset(keys::desk_key("amy"), "capacity", 2)
        .set(keys::alive_key("amy"), 1)
        .query_async(&mut connection)
        .await
        .unwrap();
    // As after a restart from disk: the scripts are gone, the data is not.
    let _: () = redis::cmd("SCRIPT").arg("FLUSH").query_async(&mut connection).await.unwrap();
    let round: Vec<Assignment> = waiting.iter().map(|chat| Assignment { chat: chat.clone(), adviser: "amy".into() }).collect();
    assert_eq!(chats.offer_all(&round).await.unwrap(), [true, true, false]);
    let states: Vec<Option<String>> = {
        let mut pipe = redis::pipe();
        for chat in &waiting {
            pipe.hget(keys::chat_key(chat), "state");
        }
        pipe.query_async(&mut connection).await.unwrap()
    };
    assert_eq!(states, [Some("offered".into()), Some("offered".into()), Some("waiting".into())]);
    let still_waiting: Vec<String> = connection.zrange(keys::WAITING, 0, -1).await.unwrap();
    assert_eq!(still_waiting, [waiting[2].clone()]);
    assert!(chats.offer_all(&[]).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_queue_longer_than_a_rounds_page_is_served_by_rounds_that_follow_at_once() {
    use server::chat::dispatch::{round, Round};
    use server::chat::store::{ChatStore, Start, WAITING_PER_ROUND};
    let redis = RedisServer::start();
    let (link, mut connection) = redis_link(&redis.url()).await;
    let sealer = server::infra::sealing::Sealer::from_base64(TEST_DATA_KEY).unwrap();
    let settings = server::config::ChatSettings { max_waiting: 10_000, ..Default::default() };
    let chats = ChatStore::new(link, sealer, settings);
    let queued = WAITING_PER_ROUND + 20;
    for n in 0..queued {
        let Start::Placed { .. } = chats.start("en", &format!("client-{n}")).await.unwrap() else { panic!("placed") };
    }
    let _: () = redis::pipe()
        .hset(keys::desk_key("amy"), "status", "on-shift")
        .hset(keys::desk_key("amy"), "capacity", 10_000)
        .hset(keys::desk_key("amy"), "languages", "en")
        .set(keys::alive_key("amy"), 1)
        .sadd(keys::KNOWN_ADVISERS, "amy")
        .query_async(&mut connection)
        .await
        .unwrap();

    assert_eq!(round(&chats, "test", None).await.unwrap(), Round::MoreWaiting, "a full page placed: more may be behind it");
    let waiting: usize = connection.zcard(keys::WAITING).await.unwrap();
    assert_eq!(waiting, 20);
    assert_eq!(round(&chats, "test", None).await.unwrap(), Round::Done, "the rest fitted in one page");
    let waiting: usize = connection.zcard(keys::WAITING).await.unwrap();
    assert_eq!(waiting, 0);
    let offered: usize = connection.zcard(keys::OFFERS).await.unwrap();
    assert_eq!(offered, queued);
    assert_eq!(round(&chats, "test", None).await.unwrap(), Round::Done, "nothing left");
}
