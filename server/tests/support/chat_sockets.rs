//! A chat client over real websockets, as the tests drive one: connecting (from any
//! loopback address), sending frames, reading until a frame or the close, and the usual
//! moves of both sides (an adviser on shift, a visitor starting, an offer accepted).
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use server::chat::store::keys;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::Message;

use super::redis_manager;

pub type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

pub async fn connect(addr: &str, path: &str, cookie: Option<&str>) -> Socket {
    connect_from([127, 0, 0, 1], addr, path, cookie).await
}

/// A socket from the client address `ip` (any 127.x.y.z reaches the loopback).
pub async fn connect_from(ip: [u8; 4], addr: &str, path: &str, cookie: Option<&str>) -> Socket {
    let mut request = format!("ws://{addr}{path}").into_client_request().unwrap();
    request.headers_mut().insert("origin", format!("http://{addr}").parse().unwrap());
    if let Some(cookie) = cookie {
        request.headers_mut().insert("cookie", cookie.parse().unwrap());
    }
    let tcp = tokio::net::TcpSocket::new_v4().unwrap();
    tcp.bind(std::net::SocketAddr::from((ip, 0))).unwrap();
    let stream = tcp.connect(addr.parse().unwrap()).await.expect("server reachable");
    let stream = tokio_tungstenite::MaybeTlsStream::Plain(stream);
    tokio_tungstenite::client_async(request, stream).await.expect("websocket opens").0
}

pub async fn send(socket: &mut Socket, frame: Value) {
    socket.send(Message::text(frame.to_string())).await.unwrap();
}

/// Frames until one matches, failing after ten seconds; returns every frame read.
pub async fn until(socket: &mut Socket, what: &str, matches: impl Fn(&Value) -> bool) -> Vec<Value> {
    let mut seen = Vec::new();
    let found = tokio::time::timeout(Duration::from_secs(10), async {
        while let Some(Ok(message)) = socket.next().await {
            if let Message::Text(text) = message {
                let frame: Value = serde_json::from_str(&text).unwrap();
                let done = matches(&frame);
                seen.push(frame);
                if done {
                    return true;
                }
            }
        }
        false
    })
    .await;
    assert!(matches!(found, Ok(true)), "no frame for {what}; saw {seen:#?}");
    seen
}

pub fn is_entry(frame: &Value, check: impl Fn(&Value) -> bool) -> bool {
    frame["type"] == "entry" && check(&frame["entry"])
}

/// A signed-in staff member's cookie (`name=value`), as a browser would send it.
pub async fn session_cookie(url: &str, name: &str, role: &str) -> String {
    let cookie = server::staff::session::start(&mut redis_manager(url).await, name, role, false).await.unwrap();
    cookie.to_str().unwrap().split(';').next().unwrap().to_owned()
}

/// An adviser with a session cookie and a desk, on shift with these languages and capacity.
pub async fn adviser(url: &str, name: &str, languages: &str, capacity: u32) -> String {
    let mut connection = redis_manager(url).await;
    let cookie = session_cookie(url, name, "adviser").await;
    let desk = keys::desk_key(name);
    let _: () = redis::pipe()
        .hset(&desk, "status", "on-shift")
        .hset(&desk, "capacity", capacity)
        .hset(&desk, "languages", languages)
        .hset(&desk, "idle_since", 0)
        .sadd(keys::KNOWN_ADVISERS, name)
        .query_async(&mut connection)
        .await
        .unwrap();
    cookie
}

/// Starts a chat and returns (socket, chat id, token).
pub async fn visitor(addr: &str, language: &str) -> (Socket, String, String) {
    let mut socket = connect(addr, "/chat/ws", None).await;
    send(&mut socket, json!({ "type": "start", "language": language })).await;
    let frames = until(&mut socket, "started", |f| f["type"] == "started").await;
    let started = frames.last().unwrap();
    (socket, started["chat"].as_str().unwrap().to_owned(), started["token"].as_str().unwrap().to_owned())
}

pub fn offered_chat(frame: &Value) -> Option<String> {
    (frame["type"] == "desk")
        .then(|| frame["chats"].as_array().unwrap().iter().find(|c| c["state"] == "offered").map(|c| c["chat"].as_str().unwrap().to_owned()))
        .flatten()
}

pub async fn accept_offer(desk: &mut Socket) -> String {
    let frames = until(desk, "an offer", |f| offered_chat(f).is_some()).await;
    let chat = offered_chat(frames.last().unwrap()).unwrap();
    send(desk, json!({ "type": "accept", "chat": chat })).await;
    until(desk, "joined", |f| is_entry(f, |e| e["event"] == "joined")).await;
    chat
}

/// Every frame until the server closes the socket, and the close code and reason it gave.
pub async fn until_closed(socket: &mut Socket) -> (Vec<Value>, Option<(u16, String)>) {
    let mut frames = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(10), async {
        while let Some(Ok(message)) = socket.next().await {
            match message {
                Message::Text(text) => frames.push(serde_json::from_str(&text).unwrap()),
                Message::Close(frame) => return frame.map(|f| (u16::from(f.code), f.reason.to_string())),
                _ => {}
            }
        }
        None
    })
    .await
    .expect("the server closes the socket");
    (frames, closed)
}

/// A console left open while the test does other things: it goes on reading, as a browser
/// tab does, so the server's pings are answered (tungstenite answers them as it reads).
/// A socket nobody reads looks dead to the server after two unanswered pings.
pub struct LeftOpen {
    stop: tokio::sync::oneshot::Sender<()>,
    reading: tokio::task::JoinHandle<(Socket, bool)>,
}

pub fn leave_open(mut socket: Socket) -> LeftOpen {
    let (stop, mut stopped) = tokio::sync::oneshot::channel();
    let reading = tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = &mut stopped => return (socket, true),
                message = socket.next() => if !matches!(message, Some(Ok(_))) {
                    return (socket, false);
                },
            }
        }
    });
    LeftOpen { stop, reading }
}

impl LeftOpen {
    /// The socket back, and whether it was still open when handed back.
    pub async fn take_back(self) -> (Socket, bool) {
        let _ = self.stop.send(());
        self.reading.await.unwrap()
    }
}
