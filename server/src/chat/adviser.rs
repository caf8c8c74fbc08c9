//! The adviser's chat socket, `GET /staff/chat/ws`: needs a staff session. While it is
//! open it keeps the adviser's heartbeat alive in Redis (so routing knows they are there),
//! shows their desk (offers, chats, queue, colleagues on shift) and relays their chats.
use std::collections::HashMap;
use std::time::Duration;

use axum::extract::ws::{WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::chat::protocol::AdviserFrame;
use redis::AsyncCommands;
use serde_json::{json, Value};

use super::bus::{adviser_topic, Wake, ADVISER_WAKES, QUEUE_TOPIC};
use super::socket::{self, Incoming, PING_EVERY};
use super::store::{self, Appended, ChatStore, Content};
use super::ChatHub;
use crate::state::AppState;
use crate::staff::session;
use crate::triage::audit;

pub async fn upgrade(upgrade: WebSocketUpgrade, headers: HeaderMap, State(state): State<AppState>) -> Response {
    if !socket::same_origin(&headers) {
        return (StatusCode::FORBIDDEN, "only the staff console may connect").into_response();
    }
    let Some(mut connection) = state.redis.connection().await else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let Ok(Some(staff)) = session::current(&mut connection, &headers).await else {
        return (StatusCode::UNAUTHORIZED, "sign in first").into_response();
    };
    socket::limited(upgrade).on_upgrade(move |ws| run(ws, state.chat, staff.name))
}

/// Creates the adviser's desk the first time (off shift, three chats, English).
pub async fn ensure_desk(store: &ChatStore, name: &str) -> Result<(), store::ChatError> {
    let mut connection = store.connection().await?;
    let desk = store::desk_key(name);
    let now = chrono::Utc::now().timestamp_millis();
    let _: () = redis::pipe()
        .hset_nx(&desk, "status", "off")
        .hset_nx(&desk, "capacity", 3)
        .hset_nx(&desk, "languages", "en")
        .hset_nx(&desk, "idle_since", now)
        .sadd(store::KNOWN_ADVISERS, name)
        .query_async(&mut connection)
        .await?;
    Ok(())
}

async fn heartbeat(store: &ChatStore, name: &str) {
    if let Ok(mut connection) = store.connection().await {
        let grace_ms = store.settings.adviser_grace_seconds * 1000;
        let _: Result<(), _> = connection.pset_ex(store::alive_key(name), "1", grace_ms).await;
    }
}

/// What this console has been sent, so only news follows.
#[derive(Default)]
struct Shown {
    seq: HashMap<String, u64>,
    desk: Value,
    colleagues: Vec<String>,
    waiting: u64,
}

async fn run(mut ws: WebSocket, hub: ChatHub, name: String) {
    if ensure_desk(&hub.store, &name).await.is_err() {
        socket::send_error(&mut ws, "unavailable").await;
        return;
    }
    heartbeat(&hub.store, &name).await;
    let (_listening, mut wakes) = hub.bus.listen(vec![adviser_topic(&name), QUEUE_TOPIC.into()], ADVISER_WAKES);
    let limiter = socket::frame_limiter(hub.store.settings.frames_per_second * 4, hub.store.settings.frame_burst * 2);
    // Beat well inside the grace period, so one late beat never looks like a lost console.
    let beat = Duration::from_millis((hub.store.settings.adviser_grace_seconds * 1000 / 3).max(200)).min(PING_EVERY);
    let mut ticks = socket::spread_interval(beat);
    let mut queue_ticks = tokio::time::interval(Duration::from_secs(1));
    queue_ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut queue_changed = false;
    let mut since_ping = Duration::ZERO;
    let mut unanswered_pings = 0;
    let mut shown = Shown::default();
    let mut connected = catch_up(&mut ws, &hub.store, &name, &mut shown, true).await;
    while connected {
        connected = tokio::select! {
            incoming = ws.recv() => match socket::classify(incoming) {
                Incoming::Text(text) => {
                    if limiter.check().is_err() {
                        socket::send_error(&mut ws, "slow-down").await
                    } else {
                        match AdviserFrame::decode(text.as_str()) {
                            Ok(frame) => {
                                let reply = handle(&hub.store, &name, &shown, frame).await;
                                match reply {
                                    Some(reply) => socket::send(&mut ws, &reply).await,
                                    None => catch_up(&mut ws, &hub.store, &name, &mut shown, true).await,
                                }
                            }
                            Err(error) => socket::send_error(&mut ws, error.code()).await,
                        }
                    }
                }
                Incoming::Binary => socket::send_error(&mut ws, "malformed").await,
                Incoming::Pong => { unanswered_pings = 0; true }
                Incoming::Nothing => true,
                Incoming::Gone => false,
            },
            Some(wake) = wakes.recv() => match wake {
                Wake::Typing { chat } => socket::send(&mut ws, &json!({ "type": "typing", "chat": chat })).await,
                Wake::Changed => catch_up(&mut ws, &hub.store, &name, &mut shown, false).await,
                Wake::Chat { chat } => catch_up_chats(&mut ws, &hub.store, &name, &mut shown, false, Some(&chat)).await,
                Wake::ChatEntries { chat } => send_entries(&mut ws, &hub.store, &chat, &mut shown).await,
                Wake::Entries => true,
                // The queue changes with every start and offer: with many advisers, re-reading
                // colleagues and the queue on each would swamp Redis. Once a second is enough.
                Wake::Queue => {
                    queue_changed = true;
                    true
                }
            },
            _ = queue_ticks.tick(), if queue_changed => {
                queue_changed = false;
                catch_up(&mut ws, &hub.store, &name, &mut shown, true).await
            },
            _ = ticks.tick() => {
                heartbeat(&hub.store, &name).await;
                since_ping += beat;
                if since_ping < PING_EVERY {
                    true
                } else {
                    // With each ping, a full read repairs anything a dropped wake-up missed.
                    since_ping = Duration::ZERO;
                    unanswered_pings += 1;
                    unanswered_pings <= 2
                        && socket::ping(&mut ws).await
                        && catch_up(&mut ws, &hub.store, &name, &mut shown, true).await
                }
            },
        };
    }
    // Nothing is undone here: if the console does not come back within the grace period,
    // the dispatcher returns its chats to the front of the queue.
}

/// Acts on a frame; returns an error frame to send, or None to refresh the desk.
async fn handle(store: &ChatStore, me: &str, shown: &Shown, frame: AdviserFrame) -> Option<Value> {
    let chat = frame.chat().to_owned();
    let error = |code: &str| Some(json!({ "type": "error", "code": code, "chat": chat }));
    let audit = |action: &'static str| {
        let (store, me, chat) = (store.clone(), me.to_owned(), chat.clone());
        async move {
            if let Ok(mut connection) = store.connection().await {
                let _ = audit::record(&mut connection, &me, action, &format!("chat:{chat}")).await;
            }
        }
    };
    let done = match &frame {
        AdviserFrame::Accept { .. } => match store.accept(&chat, me).await {
            Ok(true) => {
                audit("chat-accepted").await;
                Ok(())
            }
            Ok(false) => return error("not-offered"),
            Err(e) => Err(e),
        },
        AdviserFrame::Decline { .. } => store.requeue(&chat, me, "", true, false).await.map(|_| ()),
        AdviserFrame::Message { id, text, .. } => {
            let text = domain::chat::protocol::ClientFrame::clean_text(text);
            match store.append(&chat, "adviser", Content::Text(&text), &format!("a-{id}"), me).await {
                Ok(Appended::Stored(_)) | Ok(Appended::Again(_)) => return Some(json!({ "type": "ok" })),
                Ok(Appended::Refused(_)) => return Some(json!({ "type": "not-sent", "chat": chat, "id": id })),
                Err(e) => Err(e),
            }
        }
        AdviserFrame::Typing { .. } if shown.seq.contains_key(&chat) => {
            let _ = store.typing(&chat, me, false).await;
            return Some(json!({ "type": "ok" }));
        }
        AdviserFrame::Typing { .. } => return error("not-yours"),
        AdviserFrame::Read { seq, .. } => {
            let _ = store.mark_read(&chat, me, *seq).await;
            return Some(json!({ "type": "ok" }));
        }
        AdviserFrame::Transfer { to, .. } => match store.transfer(&chat, me, to).await {
            Ok(1) => {
                audit("chat-transferred").await;
                Ok(())
            }
            Ok(_) => return error("cannot-transfer"),
            Err(e) => Err(e),
        },
        AdviserFrame::Return { .. } => match store.requeue(&chat, me, "requeued", true, true).await {
            Ok(true) => {
                audit("chat-returned").await;
                Ok(())
            }
            Ok(false) => return error("not-yours"),
            Err(e) => Err(e),
        },
        AdviserFrame::End { .. } => match store.end(&chat, "adviser-ended", me).await {
            Ok(true) => {
                audit("chat-ended").await;
                Ok(())
            }
            Ok(false) => return error("not-yours"),
            Err(e) => Err(e),
        },
    };
    match done {
        Ok(()) => None,
        Err(_) => error("unavailable"),
    }
}

/// Sends what is new: entries of the adviser's chats (and the last ones of chats that just
/// left the desk), then the desk when it changed. `full` re-reads colleagues and the queue.
async fn catch_up(ws: &mut WebSocket, store: &ChatStore, me: &str, shown: &mut Shown, full: bool) -> bool {
    catch_up_chats(ws, store, me, shown, full, None).await
}

/// As `catch_up`, reading entries of `only` that chat when the wake-up named one.
async fn catch_up_chats(ws: &mut WebSocket, store: &ChatStore, me: &str, shown: &mut Shown, full: bool, only: Option<&str>) -> bool {
    let Ok(mut connection) = store.connection().await else { return true };
    let mine: Vec<String> = connection.smembers(store::chats_of(me)).await.unwrap_or_default();
    let mut chats: Vec<String> = mine.clone();
    chats.extend(shown.seq.keys().filter(|c| !mine.contains(c)).cloned());
    // The named chat, and any chat this console has not been sent yet.
    let to_read: Vec<String> = chats.into_iter().filter(|c| only.is_none_or(|o| o == c) || !shown.seq.contains_key(c)).collect();
    for chat in &to_read {
        if !send_entries(ws, store, chat, shown).await {
            return false;
        }
    }
    shown.seq.retain(|chat, _| mine.contains(chat));
    // Every chat's state in one round trip.
    let mut states = redis::pipe();
    for chat in &mine {
        states.cmd("HMGET").arg(store::chat_key(chat)).arg(&["state", "lang"]);
    }
    let states: Vec<(Option<String>, Option<String>)> =
        if mine.is_empty() { Vec::new() } else { states.query_async(&mut connection).await.unwrap_or_default() };
    let mut rows: Vec<Value> = mine
        .iter()
        .zip(states)
        .filter_map(|(chat, (state, language))| Some(json!({ "chat": chat, "state": state?, "language": language.unwrap_or_default() })))
        .collect();
    if full {
        shown.waiting = connection.zcard(store::WAITING).await.unwrap_or(0);
        shown.colleagues = colleagues_on_shift(&mut connection, me).await;
    }
    let (status, capacity, languages): (Option<String>, Option<u32>, Option<String>) =
        redis::cmd("HMGET").arg(store::desk_key(me)).arg(&["status", "capacity", "languages"]).query_async(&mut connection).await.unwrap_or_default();
    rows.sort_by(|a, b| a["chat"].as_str().cmp(&b["chat"].as_str()));
    let desk = json!({
        "type": "desk",
        "me": me,
        "status": status.unwrap_or_else(|| "off".into()),
        "capacity": capacity.unwrap_or(3),
        "languages": languages.unwrap_or_default(),
        "waiting": shown.waiting,
        "colleagues": shown.colleagues,
        "chats": rows,
    });
    if desk != shown.desk {
        shown.desk = desk.clone();
        return socket::send(ws, &desk).await;
    }
    true
}

/// New entries of one chat this console shows (a chat it does not show yet waits for the
/// state change that brings it to the desk). False when the client is gone.
async fn send_entries(ws: &mut WebSocket, store: &ChatStore, chat: &str, shown: &mut Shown) -> bool {
    let after = shown.seq.get(chat).copied().unwrap_or(0);
    if let Ok(entries) = store.entries_after(chat, after, 500).await {
        for entry in &entries {
            if !socket::send(ws, &json!({ "type": "entry", "chat": chat, "entry": entry })).await {
                return false;
            }
        }
        let last = entries.last().map_or(after, |e| e.seq);
        shown.seq.insert(chat.to_owned(), last);
    }
    true
}

/// Other advisers whose console is open and who are on shift: who a chat can go to. The
/// dispatcher writes the list each round, so each console reads one field, not every desk.
async fn colleagues_on_shift(connection: &mut redis::aio::ConnectionManager, me: &str) -> Vec<String> {
    let names: Option<String> = connection.hget(store::STATS, "on_shift_names").await.unwrap_or_default();
    let mut on_shift: Vec<String> = names.unwrap_or_default().split(',').filter(|n| !n.is_empty() && *n != me).map(str::to_owned).collect();
    on_shift.sort();
    on_shift
}
