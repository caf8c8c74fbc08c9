//! The two sides of a conversation over either protocol: frontdoor's (`/chat/ws`,
//! `/staff/chat/ws`) or Socket.IO's (Engine.IO v4 over a websocket, spoken by hand: open
//! packet, `40` to join the namespace, `42[...]` events, `2`/`3` ping and pong).
use std::collections::HashSet;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::Message;

use crate::cluster::Peer;

pub type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

static EPOCH: OnceLock<Instant> = OnceLock::new();

/// Microseconds since the run began, the clock every message carries.
pub fn now_us() -> u64 {
    EPOCH.get_or_init(Instant::now).elapsed().as_micros() as u64
}

/// One-way latencies in microseconds, and messages delivered.
#[derive(Default)]
pub struct Tally {
    pub latencies: Mutex<Vec<u64>>,
}

impl Tally {
    pub fn record(&self, sent_us: u64) {
        self.latencies.lock().unwrap().push(now_us().saturating_sub(sent_us));
    }
}

fn stamp(text: &str) -> Option<u64> {
    text.strip_prefix("t:")?.split(':').next()?.parse().ok()
}

pub async fn connect(addr: &str, path: &str, cookie: Option<&str>) -> Result<Socket, String> {
    let mut request = format!("ws://{addr}{path}").into_client_request().map_err(|e| e.to_string())?;
    request.headers_mut().insert("origin", format!("http://{addr}").parse().unwrap());
    if let Some(cookie) = cookie {
        request.headers_mut().insert("cookie", cookie.parse().unwrap());
    }
    tokio_tungstenite::connect_async_with_config(request, None, true).await.map(|(s, _)| s).map_err(|e| e.to_string())
}

/// The next text frame (answering Engine.IO pings on the way), or None when closed.
pub async fn next_text(socket: &mut Socket) -> Option<String> {
    loop {
        match socket.next().await? {
            Ok(Message::Text(text)) if text.as_str() == "2" => socket.send(Message::text("3")).await.ok()?,
            Ok(Message::Text(text)) => return Some(text.to_string()),
            Ok(Message::Close(_)) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

async fn send(socket: &mut Socket, text: String) -> bool {
    socket.send(Message::text(text)).await.is_ok()
}

/// Joins Socket.IO's default namespace.
async fn socketio_handshake(socket: &mut Socket) -> Result<(), String> {
    let open = next_text(socket).await.ok_or("no open packet")?;
    if !open.starts_with('0') {
        return Err(format!("unexpected {open}"));
    }
    send(socket, "40".into()).await;
    let joined = next_text(socket).await.ok_or("no namespace reply")?;
    if joined.starts_with("40") { Ok(()) } else { Err(format!("unexpected {joined}")) }
}

fn socketio_event(text: &str) -> Option<(String, Value)> {
    let body: Value = serde_json::from_str(text.strip_prefix("42")?).ok()?;
    Some((body[0].as_str()?.to_owned(), body[1].clone()))
}

/// A visitor in a conversation, on either protocol.
pub struct Visitor {
    pub socket: Socket,
    pub chat: String,
    pub token: String,
    /// The last entry seen (frontdoor), for resuming.
    pub last_seq: u64,
    peer: Peer,
}

impl Visitor {
    /// Connects and starts a chat; for the peer the chat id is chosen by the generator.
    pub async fn start(peer: Peer, addr: &str, chat: &str) -> Result<Visitor, String> {
        match peer {
            Peer::Frontdoor => {
                let mut socket = connect(addr, "/chat/ws", None).await?;
                send(&mut socket, json!({ "type": "start", "language": "en" }).to_string()).await;
                loop {
                    let frame: Value = serde_json::from_str(&next_text(&mut socket).await.ok_or("closed before start")?).unwrap_or_default();
                    if frame["type"] == "started" {
                        let chat = frame["chat"].as_str().unwrap_or_default().to_owned();
                        let token = frame["token"].as_str().unwrap_or_default().to_owned();
                        return Ok(Visitor { socket, chat, token, last_seq: 0, peer });
                    }
                }
            }
            Peer::SocketIo => {
                let mut socket = connect(addr, "/socket.io/?EIO=4&transport=websocket", None).await?;
                socketio_handshake(&mut socket).await?;
                send(&mut socket, format!("42{}", json!(["visitor", { "chat": chat }]))).await;
                Ok(Visitor { socket, chat: chat.to_owned(), token: String::new(), last_seq: 0, peer })
            }
        }
    }

    /// Reconnects after a drop and resumes after the last entry seen (frontdoor only).
    pub async fn resume(&mut self, addr: &str) -> Result<(), String> {
        let mut socket = connect(addr, "/chat/ws", None).await?;
        send(&mut socket, json!({ "type": "resume", "token": self.token, "after": self.last_seq }).to_string()).await;
        self.socket = socket;
        Ok(())
    }

    /// Waits until an adviser has joined (frontdoor; the peer has no queue). Returns when
    /// the visitor was told their chat was offered: at the latest, when it became active
    /// (an offer accepted before the visitor's socket looked is never shown as offered).
    pub async fn until_active(&mut self) -> Result<Instant, String> {
        if self.peer == Peer::SocketIo {
            return Ok(Instant::now());
        }
        let mut offered = None;
        loop {
            let frame: Value = serde_json::from_str(&next_text(&mut self.socket).await.ok_or("closed while waiting")?).unwrap_or_default();
            self.note_seq(&frame);
            if frame["type"] == "state" && frame["state"] == "offered" {
                offered.get_or_insert_with(Instant::now);
            }
            if frame["type"] == "state" && frame["state"] == "active" {
                return Ok(offered.unwrap_or_else(Instant::now));
            }
        }
    }

    /// Keeps reading (so pings are answered) until `go` turns true.
    pub async fn wait_for(&mut self, go: &mut tokio::sync::watch::Receiver<bool>) -> Result<(), String> {
        while !*go.borrow() {
            tokio::select! {
                _ = go.changed() => {}
                text = next_text(&mut self.socket) => {
                    let text = text.ok_or("closed while waiting to talk")?;
                    let frame: Value = serde_json::from_str(&text).unwrap_or_default();
                    self.note_seq(&frame);
                }
            }
        }
        Ok(())
    }

    /// Keeps the last entry seen and, after a resume, the new token (each resume issues one).
    fn note_seq(&mut self, frame: &Value) {
        if let (Some("resumed"), Some(token)) = (frame["type"].as_str(), frame["token"].as_str()) {
            self.token = token.to_owned();
        }
        if let Some(seq) = frame["entry"]["seq"].as_u64() {
            self.last_seq = self.last_seq.max(seq);
        }
    }

    pub async fn say(&mut self, n: u64) -> bool {
        let text = format!("t:{}:{n}", now_us());
        match self.peer {
            Peer::Frontdoor => send(&mut self.socket, json!({ "type": "message", "id": format!("m{n}"), "text": text }).to_string()).await,
            Peer::SocketIo => send(&mut self.socket, format!("42{}", json!(["message", { "chat": self.chat, "from": "visitor", "text": text }]))).await,
        }
    }

    /// The next message from the adviser: its text and, for frontdoor, its seq.
    pub async fn reply(&mut self) -> Option<(String, u64)> {
        loop {
            let text = next_text(&mut self.socket).await?;
            match self.peer {
                Peer::Frontdoor => {
                    let frame: Value = serde_json::from_str(&text).unwrap_or_default();
                    self.note_seq(&frame);
                    if frame["type"] == "entry" && frame["entry"]["from"] == "adviser" {
                        let seq = frame["entry"]["seq"].as_u64().unwrap_or(0);
                        return Some((frame["entry"]["text"].as_str().unwrap_or_default().to_owned(), seq));
                    }
                }
                Peer::SocketIo => {
                    if let Some((name, data)) = socketio_event(&text) {
                        if name == "message" && data["from"] == "adviser" {
                            return Some((data["text"].as_str().unwrap_or_default().to_owned(), 0));
                        }
                    }
                }
            }
        }
    }
}

/// One visitor's whole conversation: `messages` exchanges, `think` apart.
pub async fn converse(visitor: &mut Visitor, messages: u64, think: Duration, tally: &Tally) -> Result<(), String> {
    for n in 0..messages {
        if !visitor.say(n).await {
            return Err("send failed".into());
        }
        let (text, _) = visitor.reply().await.ok_or("closed mid-conversation")?;
        if let Some(sent) = stamp(&text) {
            tally.record(sent);
        }
        tokio::time::sleep(think).await;
    }
    Ok(())
}

/// An adviser: accepts every chat offered, answers every visitor message at once with a
/// fresh timestamp, and records the visitor → adviser latency.
pub async fn adviser(peer: Peer, addr: String, cookie: String, chats: Vec<String>, tally: Arc<Tally>) {
    let path = match peer {
        Peer::Frontdoor => "/staff/chat/ws",
        Peer::SocketIo => "/socket.io/?EIO=4&transport=websocket",
    };
    let Ok(mut socket) = connect(&addr, path, Some(&cookie)).await else { return };
    if peer == Peer::SocketIo {
        if socketio_handshake(&mut socket).await.is_err() {
            return;
        }
        send(&mut socket, format!("42{}", json!(["adviser", { "chats": chats }]))).await;
    }
    let mut accepted = HashSet::new();
    while let Some(text) = next_text(&mut socket).await {
        let (chat, from, message) = match peer {
            Peer::Frontdoor => {
                let frame: Value = serde_json::from_str(&text).unwrap_or_default();
                if frame["type"] == "desk" {
                    for row in frame["chats"].as_array().into_iter().flatten() {
                        let chat = row["chat"].as_str().unwrap_or_default().to_owned();
                        if row["state"] == "offered" && accepted.insert(chat.clone()) {
                            send(&mut socket, json!({ "type": "accept", "chat": chat }).to_string()).await;
                        }
                    }
                    continue;
                }
                if frame["type"] != "entry" {
                    continue;
                }
                (frame["chat"].as_str().unwrap_or_default().to_owned(), frame["entry"]["from"].clone(), frame["entry"]["text"].as_str().unwrap_or_default().to_owned())
            }
            Peer::SocketIo => match socketio_event(&text) {
                Some((name, data)) if name == "message" => {
                    (data["chat"].as_str().unwrap_or_default().to_owned(), data["from"].clone(), data["text"].as_str().unwrap_or_default().to_owned())
                }
                _ => continue,
            },
        };
        if from != "visitor" {
            continue;
        }
        let Some(sent) = stamp(&message) else { continue };
        tally.record(sent);
        let n = message.rsplit(':').next().unwrap_or("0");
        let reply = format!("t:{}:{n}", now_us());
        let frame = match peer {
            Peer::Frontdoor => json!({ "type": "message", "chat": chat, "id": format!("r{n}"), "text": reply }).to_string(),
            Peer::SocketIo => format!("42{}", json!(["message", { "chat": chat, "from": "adviser", "text": reply }])),
        };
        if !send(&mut socket, frame).await {
            return;
        }
    }
}
