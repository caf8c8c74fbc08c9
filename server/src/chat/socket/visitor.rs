//! The visitor's side of the chat socket. The first frame starts a chat or resumes one with
//! the token kept in the tab's `sessionStorage`; after that the socket relays messages and
//! typing both ways and shows the queue position. The conversation lives in Redis, so the
//! socket can drop and come back on any instance without losing or repeating anything.
use std::time::Duration;

use axum::extract::ws::{Message, WebSocket};
use domain::chat::protocol::{ClientFrame, ServerFrame};
use domain::chat::routing::estimated_wait;

use super::{Pace, Side, PING_EVERY};
use crate::chat::bus::{chat_topic, Wake, VISITOR_WAKES};
use crate::chat::store::{Appended, Carry, ChatStore, Content, Entry, Resume, Start, VisitorView};
use crate::chat::ChatHub;

/// How long a new socket has to say whether it starts or resumes.
const FIRST_FRAME_WITHIN: Duration = Duration::from_secs(15);
/// Entries sent per read of the record; more follow at once.
const BATCH: usize = 100;

/// The visitor's connection, after the upgrade; `client` is who it counts as for the limits.
pub async fn run(mut ws: WebSocket, hub: ChatHub, languages: Vec<String>, client: String) {
    // Steps before and after the driver run boxed, so they add nothing to what an open
    // socket keeps while it waits (see `drive`).
    let Some(Opened { chat, socket, after }) = Box::pin(open(&mut ws, &hub.store, &languages, &client)).await else { return };
    // Needed only to open: not kept for the life of the connection.
    drop((languages, client));
    let (_listening, mut wakes) = hub.bus.listen(vec![chat_topic(&chat)], VISITOR_WAKES);
    let settings = &hub.store.settings;
    let pace = Pace { frames_per_second: settings.frames_per_second, burst: settings.frame_burst, beat: PING_EVERY };
    let _ = Box::pin(hub.store.visitor_seen(&chat)).await;
    let shown = Shown { seq: after, ..Shown::default() };
    let mut visitor = Visitor { store: hub.store.clone(), chat, socket, shown, left: false, taken_over: false };
    let driven = super::drive(&mut ws, &mut visitor, &mut wakes, pace, &hub.drain).await;
    // Asked to move (this instance is stopping), the visitor is back within a moment.
    if !visitor.finished() && driven == super::Driven::Over {
        // The adviser sees the visitor dropped; the chat waits for them to come back, out of
        // the queue if it was waiting.
        let _ = Box::pin(visitor.store.append(&visitor.chat, "system", Content::Event("visitor-disconnected"), "", "")).await;
        let _ = Box::pin(visitor.store.park(&visitor.chat, &visitor.socket)).await;
    }
}

/// A chat this socket now holds: its id, this socket's id, and the last entry the visitor saw.
struct Opened {
    chat: String,
    socket: String,
    after: u64,
}

/// What this connection has shown, so it sends only what is new.
#[derive(Default)]
struct Shown {
    seq: u64,
    state: String,
    read: u64,
    queue: Option<(u64, i64)>,
}

struct Visitor {
    store: ChatStore,
    chat: String,
    /// This socket's id; when the chat's changes, a newer socket has taken the chat over.
    socket: String,
    shown: Shown,
    /// The visitor said goodbye (or used quick exit).
    left: bool,
    taken_over: bool,
}

/// The close code for a socket whose chat was resumed by another one.
const TAKEN_OVER: u16 = 4001;
/// The close code for a start the queue or the client's limits refused (try again later).
const TRY_LATER: u16 = 1013;

/// Reads the first frame: a new chat in a language the site offers, or a resume.
async fn open(ws: &mut WebSocket, store: &ChatStore, languages: &[String], client: &str) -> Option<Opened> {
    let first = match tokio::time::timeout(FIRST_FRAME_WITHIN, ws.recv()).await {
        Ok(Some(Ok(Message::Text(text)))) => ClientFrame::decode(text.as_str()),
        _ => {
            super::close(ws, "start or resume first").await;
            return None;
        }
    };
    match first {
        Ok(ClientFrame::Start { language }) if languages.contains(&language) => match store.start(&language, client).await {
            Ok(Start::Placed { chat, token, socket }) => {
                tracing::info!("chat started");
                super::send(ws, &ServerFrame::Started { chat: chat.clone(), token }).await.then_some(Opened { chat, socket, after: 0 })
            }
            Ok(refused) => {
                // The busy page: helpline, referral form and directory, in the visitor's language.
                let (reason, why) = if refused == Start::Busy { ("busy", "queue full") } else { ("too-many", "too many chats from here") };
                tracing::info!(reason, "chat start refused");
                super::send(ws, &ended(reason)).await;
                super::close_with(ws, TRY_LATER, why).await;
                None
            }
            Err(_) => {
                super::send_error(ws, "unavailable").await;
                None
            }
        },
        Ok(ClientFrame::Resume { token, after }) => match store.resume(&token).await {
            Ok(Resume::Back { chat, token, socket }) => {
                let _ = store.append(&chat, "system", Content::Event("visitor-back"), "", "").await;
                super::send(ws, &ServerFrame::Resumed { chat: chat.clone(), token }).await.then_some(Opened { chat, socket, after })
            }
            // Nothing of an ended chat is shown, whatever `after` says.
            Ok(Resume::Ended | Resume::Refused) => {
                super::send(ws, &ended("gone")).await;
                super::close(ws, "no such chat").await;
                None
            }
            Err(_) => {
                super::send_error(ws, "unavailable").await;
                None
            }
        },
        Ok(_) => {
            super::send_error(ws, "start-first").await;
            super::close(ws, "start or resume first").await;
            None
        }
        Err(error) => {
            super::send_error(ws, error.code()).await;
            super::close(ws, "start or resume first").await;
            None
        }
    }
}

fn ended(reason: &str) -> ServerFrame {
    ServerFrame::State { state: "ended".into(), read: None, reason: Some(reason.into()) }
}

impl Side for Visitor {
    async fn on_text(&mut self, ws: &mut WebSocket, text: &str) -> bool {
        match ClientFrame::decode(text) {
            Ok(frame) => self.handle(ws, frame).await,
            Err(error) => super::send_error(ws, error.code()).await,
        }
    }

    async fn on_wake(&mut self, ws: &mut WebSocket, wake: Wake) -> bool {
        match wake {
            Wake::Typing { .. } => super::send(ws, &ServerFrame::Typing { chat: None }).await,
            Wake::Entries(copy) => match self.store.carried(copy.as_deref().filter(|copy| copy.chat == self.chat), self.shown.seq) {
                Carry::AlreadyShown => true,
                Carry::Next(entry) => self.send_entry(ws, entry).await,
                Carry::ReadTheRecord => self.send_entries(ws).await,
            },
            _ => self.catch_up(ws).await,
        }
    }

    async fn on_beat(&mut self) {
        let _ = self.store.visitor_seen(&self.chat).await;
    }

    /// Every entry after the last one shown, then the state, read mark and queue place when
    /// they changed.
    async fn catch_up(&mut self, ws: &mut WebSocket) -> bool {
        // One round trip for all of it: a crowd waiting is woken often.
        let Ok(mut view) = self.store.visitor_view(&self.chat, self.shown.seq, BATCH).await else { return true };
        let first = std::mem::take(&mut view.entries);
        self.send_batches(ws, first).await && self.show_state(ws, view).await
    }

    fn finished(&self) -> bool {
        self.left || self.taken_over || self.shown.state == "ended"
    }
}

impl Visitor {
    async fn handle(&mut self, ws: &mut WebSocket, frame: ClientFrame) -> bool {
        let (store, chat) = (&self.store, self.chat.as_str());
        match frame {
            ClientFrame::Message { id, text } => {
                let text = ClientFrame::clean_text(&text);
                let not_sent = |code: &str| ServerFrame::NotSent { id: id.clone(), chat: None, code: Some(code.into()) };
                match store.append_after(chat, "visitor", Content::Text(&text), &format!("v-{id}"), "", Some(self.shown.seq)).await {
                    // The entry itself marks it delivered: shown now when it is the next one
                    // (no decrypting the wake-up's copy); else it comes with those before it.
                    Ok(Appended::Stored(entry)) if entry.seq == self.shown.seq + 1 => self.send_entry(ws, entry).await,
                    Ok(Appended::Stored(_)) => true,
                    Ok(Appended::Again(seq)) => super::send(ws, &ServerFrame::Delivered { id: id.clone(), seq }).await,
                    Ok(Appended::Refused(code)) if code == "slow-down" => {
                        super::send(ws, &not_sent("slow-down")).await && super::send_error(ws, "slow-down").await
                    }
                    Ok(Appended::Refused(_)) => super::send(ws, &not_sent("ended")).await,
                    Err(_) => super::send(ws, &not_sent("unavailable")).await,
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
                self.left = true;
                super::send(ws, &ended(reason)).await;
                false
            }
            ClientFrame::Start { .. } | ClientFrame::Resume { .. } => super::send_error(ws, "already-started").await,
        }
    }

    /// Every entry after the last one shown.
    async fn send_entries(&mut self, ws: &mut WebSocket) -> bool {
        let Ok(first) = self.store.entries_after(&self.chat, self.shown.seq, BATCH).await else { return true };
        self.send_batches(ws, first).await
    }

    /// Sends `entries` (a batch read after the last one shown), then reads and sends the
    /// batches after it for as long as they come full.
    async fn send_batches(&mut self, ws: &mut WebSocket, mut entries: Vec<Entry>) -> bool {
        loop {
            let full = entries.len() >= BATCH;
            for entry in entries {
                if !self.send_entry(ws, entry).await {
                    return false;
                }
            }
            if !full {
                return true;
            }
            let Ok(next) = self.store.entries_after(&self.chat, self.shown.seq, BATCH).await else { return true };
            entries = next;
        }
    }

    async fn send_entry(&mut self, ws: &mut WebSocket, entry: Entry) -> bool {
        let seq = entry.seq;
        let sent = super::send(ws, &ServerFrame::Entry { chat: None, entry }).await;
        if sent {
            self.shown.seq = seq;
        }
        sent
    }

    /// The state, read mark and queue place (as `view` read them), when they changed.
    async fn show_state(&mut self, ws: &mut WebSocket, view: VisitorView) -> bool {
        let shown = &mut self.shown;
        let Some(state) = view.state else { return true };
        if state.state != "ended" && state.socket != self.socket {
            // Resumed elsewhere (another tab, or this phone after a drop): that socket holds it.
            self.taken_over = true;
            super::close_with(ws, TAKEN_OVER, "resumed elsewhere").await;
            return false;
        }
        if state.state != shown.state || state.read != shown.read {
            shown.state = state.state.clone();
            shown.read = state.read;
            if !super::send(ws, &ServerFrame::State { state: state.state.clone(), read: Some(state.read), reason: None }).await {
                return false;
            }
        }
        if state.state == "waiting" {
            if let Some(position) = view.place {
                let stats = view.stats;
                let wait = estimated_wait(position as usize, stats.on_shift as usize, stats.free as usize, chrono::Duration::milliseconds(stats.average_ms));
                let queue = (position, wait.num_minutes());
                if shown.queue != Some(queue) {
                    shown.queue = Some(queue);
                    return super::send(ws, &ServerFrame::Queue { position, minutes: queue.1 }).await;
                }
            }
        } else {
            shown.queue = None;
        }
        true
    }
}
