//! The visitor's chat socket, `GET /chat/ws`. The first frame starts a chat or resumes one
//! with the token kept in the tab's `sessionStorage`; after that the socket relays messages
//! and typing both ways and shows the queue position. The conversation lives in Redis, so
//! the socket can drop and come back on any instance without losing or repeating anything.
use std::time::Duration;

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::chat::protocol::ClientFrame;
use domain::chat::routing::estimated_wait;
use serde_json::json;

use super::bus::{chat_topic, Wake, VISITOR_WAKES};
use super::socket::{self, Incoming, PING_EVERY};
use super::store::{Appended, ChatStore, Content};
use super::ChatHub;
use crate::state::AppState;

/// How long a new socket has to say whether it starts or resumes.
const FIRST_FRAME_WITHIN: Duration = Duration::from_secs(15);
/// Entries sent per read of the record; more follow at once.
const BATCH: usize = 100;

pub async fn upgrade(upgrade: WebSocketUpgrade, headers: HeaderMap, State(state): State<AppState>) -> Response {
    if !socket::same_origin(&headers) {
        return (StatusCode::FORBIDDEN, "chat is only open to this site's pages").into_response();
    }
    let languages: Vec<String> = state.site.catalog.languages().iter().map(|l| l.tag.clone()).collect();
    socket::limited(upgrade).on_upgrade(move |ws| run(ws, state.chat, languages))
}

/// What this connection has shown, so it sends only what is new.
struct Shown {
    seq: u64,
    state: String,
    read: u64,
    queue: Option<(u64, i64)>,
}

async fn run(mut ws: WebSocket, hub: ChatHub, languages: Vec<String>) {
    let Some(chat) = open(&mut ws, &hub.store, &languages).await else { return };
    let (chat, after) = chat;
    let (_listening, mut wakes) = hub.bus.listen(vec![chat_topic(&chat)], VISITOR_WAKES);
    let limiter = socket::frame_limiter(hub.store.settings.frames_per_second, hub.store.settings.frame_burst);
    let mut shown = Shown { seq: after, state: String::new(), read: 0, queue: None };
    let _ = hub.store.visitor_seen(&chat).await;
    let mut ticks = socket::spread_interval(PING_EVERY);
    let mut unanswered_pings = 0;
    let mut left = false;
    let mut connected = catch_up(&mut ws, &hub.store, &chat, &mut shown).await;
    while connected {
        connected = tokio::select! {
            incoming = ws.recv() => match socket::classify(incoming) {
                Incoming::Text(text) => {
                    if limiter.check().is_err() {
                        socket::send_error(&mut ws, "slow-down").await
                    } else {
                        match ClientFrame::decode(text.as_str()) {
                            Ok(frame) => handle(&mut ws, &hub.store, &chat, frame, &mut left).await,
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
                Wake::Typing { .. } => socket::send(&mut ws, &json!({ "type": "typing" })).await,
                Wake::Entries => send_entries(&mut ws, &hub.store, &chat, &mut shown).await,
                _ => catch_up(&mut ws, &hub.store, &chat, &mut shown).await,
            },
            _ = ticks.tick() => {
                unanswered_pings += 1;
                let _ = hub.store.visitor_seen(&chat).await;
                unanswered_pings <= 2
                    && socket::ping(&mut ws).await
                    && catch_up(&mut ws, &hub.store, &chat, &mut shown).await
            },
        };
        if left || shown.state == "ended" {
            break;
        }
    }
    if !left && shown.state != "ended" {
        // The adviser sees the visitor dropped; the chat waits for them to come back.
        let _ = hub.store.append(&chat, "system", Content::Event("visitor-disconnected"), "", "").await;
    }
}

/// Reads the first frame: a new chat in a language the site offers, or a resume.
async fn open(ws: &mut WebSocket, store: &ChatStore, languages: &[String]) -> Option<(String, u64)> {
    let first = match tokio::time::timeout(FIRST_FRAME_WITHIN, ws.recv()).await {
        Ok(Some(Ok(Message::Text(text)))) => ClientFrame::decode(text.as_str()),
        _ => {
            socket::close(ws, "start or resume first").await;
            return None;
        }
    };
    match first {
        Ok(ClientFrame::Start { language }) if languages.contains(&language) => match store.start(&language).await {
            Ok((chat, token)) => {
                tracing::info!("chat started");
                socket::send(ws, &json!({ "type": "started", "chat": chat, "token": token })).await.then_some((chat, 0))
            }
            Err(_) => {
                socket::send_error(ws, "unavailable").await;
                None
            }
        },
        Ok(ClientFrame::Resume { token, after }) => match store.chat_for_token(&token).await {
            Ok(Some(chat)) => {
                let _ = store.append(&chat, "system", Content::Event("visitor-back"), "", "").await;
                socket::send(ws, &json!({ "type": "resumed", "chat": chat })).await.then_some((chat, after))
            }
            Ok(None) => {
                socket::send(ws, &json!({ "type": "state", "state": "ended", "reason": "gone" })).await;
                socket::close(ws, "no such chat").await;
                None
            }
            Err(_) => {
                socket::send_error(ws, "unavailable").await;
                None
            }
        },
        Ok(_) => {
            socket::send_error(ws, "start-first").await;
            socket::close(ws, "start or resume first").await;
            None
        }
        Err(error) => {
            socket::send_error(ws, error.code()).await;
            socket::close(ws, "start or resume first").await;
            None
        }
    }
}

async fn handle(ws: &mut WebSocket, store: &ChatStore, chat: &str, frame: ClientFrame, left: &mut bool) -> bool {
    match frame {
        ClientFrame::Message { id, text } => {
            let text = ClientFrame::clean_text(&text);
            match store.append(chat, "visitor", Content::Text(&text), &format!("v-{id}"), "").await {
                // The entry itself reaches the visitor through the record, marking it delivered.
                Ok(Appended::Stored(_)) => true,
                Ok(Appended::Again(seq)) => socket::send(ws, &json!({ "type": "delivered", "id": id, "seq": seq })).await,
                Ok(Appended::Refused(_)) => socket::send(ws, &json!({ "type": "not-sent", "id": id, "code": "ended" })).await,
                Err(_) => socket::send(ws, &json!({ "type": "not-sent", "id": id, "code": "unavailable" })).await,
            }
        }
        ClientFrame::Typing => {
            let adviser = store.state(chat).await.ok().flatten().map(|s| s.adviser).unwrap_or_default();
            let _ = store.typing(chat, &adviser, true).await;
            true
        }
        ClientFrame::Ack { .. } => true,
        ClientFrame::Leave { sudden } => {
            let reason = if sudden { "visitor-exit" } else { "visitor-left" };
            let _ = store.end(chat, reason, "").await;
            *left = true;
            socket::send(ws, &json!({ "type": "state", "state": "ended", "reason": reason })).await;
            false
        }
        ClientFrame::Start { .. } | ClientFrame::Resume { .. } => socket::send_error(ws, "already-started").await,
    }
}

/// Sends every entry after the last one shown, then the state, read mark and queue place
/// when they changed. False when the client is gone.
async fn catch_up(ws: &mut WebSocket, store: &ChatStore, chat: &str, shown: &mut Shown) -> bool {
    if !send_entries(ws, store, chat, shown).await {
        return false;
    }
    show_state(ws, store, chat, shown).await
}

/// Every entry after the last one shown. False when the client is gone.
async fn send_entries(ws: &mut WebSocket, store: &ChatStore, chat: &str, shown: &mut Shown) -> bool {
    loop {
        let Ok(entries) = store.entries_after(chat, shown.seq, BATCH).await else { return true };
        for entry in &entries {
            if !socket::send(ws, &json!({ "type": "entry", "entry": entry })).await {
                return false;
            }
            shown.seq = entry.seq;
        }
        if entries.len() < BATCH {
            return true;
        }
    }
}

/// The state, read mark and queue place, when they changed.
async fn show_state(ws: &mut WebSocket, store: &ChatStore, chat: &str, shown: &mut Shown) -> bool {
    let Ok(Some(state)) = store.state(chat).await else { return true };
    if state.state != shown.state || state.read != shown.read {
        shown.state = state.state.clone();
        shown.read = state.read;
        if !socket::send(ws, &json!({ "type": "state", "state": state.state, "read": state.read })).await {
            return false;
        }
    }
    if state.state == "waiting" {
        let place = store.queue_place(chat).await.ok().flatten();
        let stats = store.stats().await.unwrap_or_default();
        if let Some(position) = place {
            let wait = estimated_wait(position as usize, stats.on_shift as usize, stats.free as usize, chrono::Duration::milliseconds(stats.average_ms));
            let queue = (position, wait.num_minutes());
            if shown.queue != Some(queue) {
                shown.queue = Some(queue);
                return socket::send(ws, &json!({ "type": "queue", "position": position, "minutes": queue.1 })).await;
            }
        }
    } else {
        shown.queue = None;
    }
    true
}

/// `POST /chat/exit` with the resume token as the body: quick exit's beacon, which still
/// arrives when the page is gone before the socket could say goodbye.
pub async fn exit_beacon(State(state): State<AppState>, body: axum::body::Bytes) -> StatusCode {
    let token = String::from_utf8_lossy(&body);
    if token.len() > 64 {
        return StatusCode::BAD_REQUEST;
    }
    match state.chat.store.chat_for_token(token.trim()).await {
        Ok(Some(chat)) => {
            let _ = state.chat.store.end(&chat, "visitor-exit", "").await;
            StatusCode::NO_CONTENT
        }
        Ok(None) => StatusCode::NO_CONTENT,
        Err(_) => StatusCode::SERVICE_UNAVAILABLE,
    }
}
