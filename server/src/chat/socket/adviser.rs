//! The adviser's side of the chat socket. While it is open it keeps the adviser's heartbeat
//! alive in Redis (so routing knows they are there), shows their desk (offers, chats, queue,
//! colleagues on shift) and relays their chats. At each beat it re-reads the staff session
//! (without refreshing it): once the adviser signed out, signed out everywhere, or the
//! session idled out or grew too old, the heartbeat is dropped and the socket closes.
use std::collections::HashMap;
use std::time::{Duration, Instant};

use axum::extract::ws::WebSocket;
use domain::chat::outcome::ChatOutcome;
use domain::chat::protocol::{AdviserFrame, ClientFrame, Entry, ServerFrame};

use super::{Pace, Side, PING_EVERY};
use crate::chat::bus::{adviser_topic, Wake, ADVISER_WAKES, QUEUE_TOPIC};
use crate::chat::store::{Appended, Carry, ChatStore, Content, DeskChat, Outlook};
use crate::chat::ChatHub;
use crate::staff::store::{Activity, StaffStore};
use crate::staff::StaffSession;
use crate::voice::tally::Counted;

/// Entries sent per read of one chat's record.
const BATCH: usize = 500;
/// The adviser's own frames refresh their session's idle time at most this often.
const TOUCH_EVERY: Duration = Duration::from_secs(30);
/// The close reason a signed-out console reads.
pub const SIGNED_OUT: &str = "signed-out";

/// What a frame from the console calls for, once acted on.
enum Reply {
    Send(ServerFrame),
    /// The desk may have changed: read it, and send it if it did.
    ReadDesk,
    /// The adviser's own message, stored as this entry.
    Own { chat: String, entry: Entry },
    /// What changed reaches the console by a wake-up.
    Nothing,
}

/// The adviser's connection, after the upgrade (the session was checked before it).
pub async fn run(mut ws: WebSocket, hub: ChatHub, sessions: StaffStore, session: StaffSession) {
    let name = session.name.clone();
    if hub.store.ensure_desk(&name).await.is_err() {
        super::send_error(&mut ws, "unavailable").await;
        return;
    }
    let _ = hub.store.heartbeat(&name).await;
    let (_listening, mut wakes) = hub.bus.listen(vec![adviser_topic(&name), QUEUE_TOPIC.into()], ADVISER_WAKES);
    let settings = &hub.store.settings;
    // Beat well inside the grace period, so one late beat never looks like a lost console.
    let beat = Duration::from_millis((settings.adviser_grace_seconds * 1000 / 3).max(200)).min(PING_EVERY);
    let pace = Pace { frames_per_second: settings.frames_per_second * 4, burst: settings.frame_burst * 2, beat };
    let mut adviser = Adviser {
        store: hub.store.clone(),
        voice: hub.voice.clone(),
        me: name,
        shown: Shown::default(),
        queue_changed: false,
        sessions,
        session,
        signed_out: false,
        touched: Instant::now(),
    };
    super::drive(&mut ws, &mut adviser, &mut wakes, pace, &hub.drain).await;
    if adviser.signed_out {
        // Routing stops offering to them now, and their chats go back to the queue.
        let _ = adviser.store.drop_heartbeat(&adviser.me).await;
        super::close(&mut ws, SIGNED_OUT).await;
    }
    // Otherwise nothing is undone here: if the console does not come back within the grace
    // period, the dispatcher returns its chats to the front of the queue.
}

/// What this console has been sent, so only news follows.
#[derive(Default)]
struct Shown {
    seq: HashMap<String, u64>,
    /// The last desk sent, without its colleagues (`on_shift` says which were sent).
    desk: Option<ServerFrame>,
    /// The names on shift the colleagues last sent were made from; None before the first desk.
    on_shift: Option<String>,
    /// The desk's rows, as last read.
    rows: Vec<DeskChat>,
    outlook: Outlook,
}

struct Adviser {
    store: ChatStore,
    /// Where the outcomes this adviser chooses are counted.
    voice: crate::voice::Voice,
    me: String,
    shown: Shown,
    /// The queue changed since the desk was last read in full.
    queue_changed: bool,
    /// The staff session this console was opened with, re-read at each beat.
    sessions: StaffStore,
    session: StaffSession,
    signed_out: bool,
    /// When the adviser's own frames last refreshed the session.
    touched: Instant,
}

impl Side for Adviser {
    async fn on_text(&mut self, ws: &mut WebSocket, text: &str) -> bool {
        if self.touched.elapsed() >= TOUCH_EVERY {
            // A frame the adviser sent is their own activity: it keeps the session alive.
            self.touched = Instant::now();
            if !self.session_stands(Activity::Own).await {
                return false;
            }
        }
        match AdviserFrame::decode(text) {
            Ok(frame) => match self.handle(frame).await {
                Reply::Send(reply) => super::send(ws, &reply).await,
                Reply::ReadDesk => self.read_desk(ws, true, None).await,
                Reply::Own { chat, entry } => self.show_next(ws, chat, entry).await,
                Reply::Nothing => true,
            },
            Err(error) => super::send_error(ws, error.code()).await,
        }
    }

    async fn on_wake(&mut self, ws: &mut WebSocket, wake: Wake) -> bool {
        match wake {
            Wake::Typing { chat } => super::send(ws, &ServerFrame::Typing { chat: Some(chat.to_string()) }).await,
            Wake::Changed => self.read_desk(ws, false, None).await,
            Wake::Chat { chat } => self.read_desk(ws, false, Some(&chat)).await,
            Wake::ChatEntries { chat } => self.send_entries(ws, &chat).await,
            Wake::ChatEntry(copy) => {
                // A chat not shown yet is read whole (its first view is audited).
                let chat = copy.chat.as_str();
                let shown = self.shown.seq.get(chat).copied();
                match shown.map(|shown| self.store.carried(Some(&copy), shown)) {
                    Some(Carry::AlreadyShown) => true,
                    Some(Carry::Next(entry)) => self.show_next(ws, chat.to_owned(), entry).await,
                    Some(Carry::ReadTheRecord) | None => self.send_entries(ws, chat).await,
                }
            }
            Wake::Entries(_) => true,
            // The queue changes with every start and offer: with many advisers, re-reading
            // colleagues and the queue on each would swamp Redis. Once a second is enough.
            Wake::Queue => {
                self.queue_changed = true;
                true
            }
        }
    }

    async fn on_beat(&mut self) {
        if self.session_stands(Activity::Background).await {
            let _ = self.store.heartbeat(&self.me).await;
        }
    }

    fn finished(&self) -> bool {
        self.signed_out
    }

    async fn catch_up(&mut self, ws: &mut WebSocket) -> bool {
        self.read_desk(ws, true, None).await
    }

    fn wants_refresh(&self) -> bool {
        self.queue_changed
    }

    /// The queue moved (or a desk's settings changed): only the waiting count, colleagues
    /// on shift and this adviser's settings can differ, so only they are read. Changes to
    /// the adviser's own chats come with wake-ups of their own.
    async fn refresh(&mut self, ws: &mut WebSocket) -> bool {
        self.queue_changed = false;
        if let Ok(outlook) = self.store.desk_outlook(&self.me).await {
            self.shown.outlook = outlook;
        }
        self.show_desk(ws).await
    }
}

impl Adviser {
    /// Re-reads the session; false (and `signed_out`) once it has ended. Redis out of reach
    /// is not a sign-out: the heartbeat then lapses by itself.
    async fn session_stands(&mut self, activity: Activity) -> bool {
        if let Ok(false) = self.sessions.still_signed_in(&self.session, activity).await {
            self.signed_out = true;
        }
        !self.signed_out
    }

    /// Counts a chat's outcome, once per chat (the chat's own script recorded it once).
    async fn count_outcome(&self, chat: &str, outcome: ChatOutcome) {
        if let Err(error) = self.voice.count(&format!("chat-outcome.{chat}"), Counted::ChatOutcome(outcome)).await {
            tracing::warn!(%error, "chat outcome recorded but not counted");
        }
    }

    /// Acts on a frame; says what the console needs to hear of it.
    async fn handle(&self, frame: AdviserFrame) -> Reply {
        let (store, me) = (&self.store, self.me.as_str());
        let chat = frame.chat().to_owned();
        let error = |code: &str| Reply::Send(ServerFrame::Error { code: code.into(), chat: Some(chat.clone()) });
        let audit = async |action: &str| store.audit(me, action, &format!("chat:{chat}")).await;
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
                let text = ClientFrame::clean_text(text);
                let shown = self.shown.seq.get(&chat).copied();
                match store.append_after(&chat, "adviser", Content::Text(&text), &format!("a-{id}"), me, shown).await {
                    // The entry itself confirms it (as the visitor's does): one frame per
                    // message, not an "ok" and then the entry.
                    Ok(Appended::Stored(entry)) => return Reply::Own { chat: chat.clone(), entry },
                    Ok(Appended::Again(_)) => return Reply::Nothing,
                    Ok(Appended::Refused(_)) => return Reply::Send(ServerFrame::NotSent { id: id.clone(), chat: Some(chat.clone()), code: None }),
                    Err(e) => Err(e),
                }
            }
            AdviserFrame::Typing { .. } if self.shown.seq.contains_key(&chat) => {
                let _ = store.typing(&chat, me, false).await;
                return Reply::Send(ServerFrame::Ok);
            }
            AdviserFrame::Typing { .. } => return error("not-yours"),
            AdviserFrame::Read { seq, .. } => {
                let _ = store.mark_read(&chat, me, *seq).await;
                return Reply::Send(ServerFrame::Ok);
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
            AdviserFrame::End { outcome: None, .. } => match store.end(&chat, "adviser-ended", me).await {
                Ok(true) => {
                    audit("chat-ended").await;
                    Ok(())
                }
                Ok(false) => return error("not-yours"),
                Err(e) => Err(e),
            },
            AdviserFrame::End { outcome: Some(outcome), .. } => match store.end_with_outcome(&chat, me, *outcome).await {
                Ok(true) => {
                    audit("chat-ended").await;
                    self.count_outcome(&chat, *outcome).await;
                    Ok(())
                }
                Ok(false) => return error("not-yours"),
                Err(e) => Err(e),
            },
            AdviserFrame::Outcome { outcome, .. } => match store.record_outcome(&chat, me, *outcome).await {
                Ok(true) => {
                    audit("chat-outcome").await;
                    self.count_outcome(&chat, *outcome).await;
                    return Reply::Send(ServerFrame::Ok);
                }
                Ok(false) => return error("no-outcome"),
                Err(e) => Err(e),
            },
        };
        match done {
            Ok(()) => Reply::ReadDesk,
            Err(_) => error("unavailable"),
        }
    }

    /// Sends what is new: entries of the adviser's chats (and the last ones of chats that
    /// just left the desk; of `only` that chat when a wake-up named one), then the desk when
    /// it changed. `full` re-reads colleagues and the queue.
    async fn read_desk(&mut self, ws: &mut WebSocket, full: bool, only: Option<&str>) -> bool {
        let Ok(mine) = self.store.chats_of(&self.me).await else { return true };
        let mut chats: Vec<String> = mine.clone();
        chats.extend(self.shown.seq.keys().filter(|c| !mine.contains(c)).cloned());
        // The named chat, and any chat this console has not been sent yet.
        let to_read: Vec<String> = chats.into_iter().filter(|c| only.is_none_or(|o| o == c) || !self.shown.seq.contains_key(c)).collect();
        for chat in &to_read {
            if !self.send_entries(ws, chat).await {
                return false;
            }
        }
        self.shown.seq.retain(|chat, _| mine.contains(chat));
        let mut rows = self.store.desk_chats(&mine).await.unwrap_or_default();
        rows.sort_by(|a, b| a.chat.cmp(&b.chat));
        self.shown.rows = rows;
        if full {
            if let Ok(outlook) = self.store.desk_outlook(&self.me).await {
                self.shown.outlook = outlook;
            }
        } else {
            self.shown.outlook.desk = self.store.desk(&self.me).await.unwrap_or_default();
        }
        self.show_desk(ws).await
    }

    /// Sends the desk when it differs from the one last sent; its colleagues only when they
    /// changed (the console keeps the list it was last sent).
    async fn show_desk(&mut self, ws: &mut WebSocket) -> bool {
        let outlook = &self.shown.outlook;
        let Outlook { waiting, on_shift, desk: settings } = outlook;
        let mut desk = ServerFrame::Desk {
            me: self.me.clone(),
            status: settings.status.clone(),
            capacity: settings.capacity,
            languages: settings.languages.clone(),
            waiting: *waiting,
            colleagues: None,
            chats: self.shown.rows.clone(),
        };
        // One string compared, not a list made, per desk: with hundreds on shift, making the
        // list for every offer and acceptance was a fifth of a crowd's arrival.
        let colleagues_changed = self.shown.on_shift.as_ref() != Some(on_shift);
        if !colleagues_changed && self.shown.desk.as_ref() == Some(&desk) {
            return true;
        }
        if let (ServerFrame::Desk { colleagues: sent, .. }, true) = (&mut desk, colleagues_changed) {
            *sent = Some(outlook.colleagues(&self.me));
            self.shown.on_shift = Some(on_shift.clone());
        }
        let sent = super::send(ws, &desk).await;
        // Kept without the colleagues, so the next desk compares like with like.
        if let ServerFrame::Desk { colleagues, .. } = &mut desk {
            *colleagues = None;
        }
        self.shown.desk = Some(desk);
        sent
    }

    /// Shows `entry` when it is the next one of a chat this console shows (a wake-up's copy,
    /// or the adviser's own message as stored, so nothing is decrypted); else the record
    /// brings it with those before it.
    async fn show_next(&mut self, ws: &mut WebSocket, chat: String, entry: Entry) -> bool {
        match self.shown.seq.get_mut(&chat) {
            Some(shown) if *shown + 1 == entry.seq => {
                *shown = entry.seq;
                super::send(ws, &ServerFrame::Entry { chat: Some(chat), entry }).await
            }
            _ => true,
        }
    }

    /// New entries of one chat this console shows (a chat it does not show yet waits for the
    /// state change that brings it to the desk).
    async fn send_entries(&mut self, ws: &mut WebSocket, chat: &str) -> bool {
        let after = self.shown.seq.get(chat).copied().unwrap_or(0);
        if let Ok(entries) = self.store.entries_after(chat, after, BATCH).await {
            if !self.shown.seq.contains_key(chat) && !entries.is_empty() {
                // The transcript reaches this console for the first time: a view, audited.
                self.store.audit(&self.me, "chat-viewed", &format!("chat:{chat}")).await;
            }
            let last = entries.last().map_or(after, |e| e.seq);
            for entry in entries {
                if !super::send(ws, &ServerFrame::Entry { chat: Some(chat.to_owned()), entry }).await {
                    return false;
                }
            }
            self.shown.seq.insert(chat.to_owned(), last);
        }
        true
    }
}
