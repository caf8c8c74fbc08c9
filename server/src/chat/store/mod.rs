//! The only chat code that talks to Redis. Conversations (this file): starting, appending
//! (sealed), offering, accepting, re-queueing, transferring and ending, each one script from
//! `lua/`, and reading the record back; advisers' desks and canned replies (`desks`); what the
//! dispatcher reads and records (`queue`); the wake-up channel (`wake`, and `subscribe`
//! here). Key names come from `keys` only.
pub mod keys;
mod desks;
mod queue;
mod scripts;
mod visitors;
pub mod wake;

use std::pin::Pin;

use futures_util::Stream;
use crate::infra::redis_link::{self, RedisConnection};
use redis::AsyncCommands;

use crate::config::ChatSettings;
use domain::chat::outcome::ChatOutcome;
use crate::infra::record_format::{self, RecordFormat};
use crate::infra::redis_link::{RedisLink, RedisTarget};
use crate::infra::sealing::{Binding, Sealer};
pub use desks::{Desk, Outlook};
pub use domain::chat::protocol::{DeskChat, Entry};
use domain::chat::routing::Assignment;
pub use queue::{AdviserReading, LiveChat, WaitingChat, WAITING_PER_ROUND};
pub use visitors::{Resume, Start};
use wake::{Carried, Notice};

#[derive(Debug, thiserror::Error)]
pub enum ChatError {
    #[error("redis is unavailable")]
    Unavailable,
    #[error("redis: {0}")]
    Redis(#[from] redis::RedisError),
    /// Written by a newer version: left alone here (an upgraded instance serves it).
    #[error("a record of a newer format")]
    NewerFormat,
}

/// The format of a conversation's hash, of its record's entries and of an adviser's desk
/// (see `infra::record_format`). The scripts write them (`scripts` fills them in).
pub const CHAT_FORMAT: RecordFormat = RecordFormat::new("chat-state", 1);
pub const ENTRY_FORMAT: RecordFormat = RecordFormat::new("chat-entry", 1);
pub const DESK_FORMAT: RecordFormat = RecordFormat::new("adviser-desk", 1);

/// What a visitor's connection shows (`ChatStore::visitor_view`).
#[derive(Debug, Clone, Default)]
pub struct VisitorView {
    pub entries: Vec<Entry>,
    pub state: Option<ChatState>,
    /// 1 = next; None when not waiting.
    pub place: Option<u64>,
    pub stats: QueueStats,
}

/// The record after `after`, at most `count` entries.
fn range_after(chat: &str, after: u64, count: usize) -> redis::Cmd {
    redis::cmd("XRANGE").arg(keys::log_key(chat)).arg(format!("(0-{after}")).arg("+").arg("COUNT").arg(count).to_owned()
}

type StateFields = (Option<String>, Option<String>, Option<String>, Option<u64>, Option<i64>, Option<String>, Option<String>);

fn state_fields(chat: &str) -> redis::Cmd {
    redis::cmd("HMGET").arg(keys::chat_key(chat)).arg(&["state", "lang", "adviser", "read", "rank", "socket", record_format::FIELD]).to_owned()
}

/// The state as read; `NewerFormat` for a hash this version cannot read.
fn state_of((state, language, adviser, read, rank, socket, format): StateFields) -> Result<Option<ChatState>, ChatError> {
    if !CHAT_FORMAT.readable(format.as_deref()) {
        return Err(ChatError::NewerFormat);
    }
    Ok(state.map(|state| ChatState {
        state,
        language: language.unwrap_or_default(),
        adviser: adviser.unwrap_or_default(),
        read: read.unwrap_or_default(),
        rank: rank.unwrap_or_default(),
        socket: socket.unwrap_or_default(),
    }))
}

type StatsFields = (Option<u32>, Option<u32>, Option<i64>, Option<i64>);

fn stats_fields() -> redis::Cmd {
    redis::cmd("HMGET").arg(keys::STATS).arg(&["on_shift", "free", "average_ms", "at"]).to_owned()
}

fn stats_of((on_shift, free, average_ms, at): StatsFields) -> QueueStats {
    // Stale figures (no dispatcher for a while) mean nobody is known to be on shift.
    let fresh = at.is_some_and(|at| now_ms() - at < 10_000);
    QueueStats {
        on_shift: if fresh { on_shift.unwrap_or(0) } else { 0 },
        free: if fresh { free.unwrap_or(0) } else { 0 },
        average_ms: average_ms.unwrap_or(DEFAULT_CHAT_MS),
    }
}

impl From<ChatError> for crate::error::AppError {
    fn from(error: ChatError) -> Self {
        match error {
            ChatError::Unavailable | ChatError::NewerFormat => crate::error::AppError::Unavailable,
            ChatError::Redis(error) => crate::error::AppError::Redis(error),
        }
    }
}

/// The parts of a conversation's state a socket needs to show.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChatState {
    pub state: String,
    pub language: String,
    pub adviser: String,
    pub read: u64,
    pub rank: i64,
    /// The visitor socket that holds the chat (the last to start or resume it).
    pub socket: String,
}

/// How an append went.
#[derive(Debug, Clone, PartialEq)]
pub enum Appended {
    /// Stored as this entry (its text in clear, as the sender wrote it): the sender's
    /// socket can show it without opening the sealed copy the wake-up carries.
    Stored(Entry),
    /// The same client message id was stored before, as this seq.
    Again(u64),
    Refused(String),
}

/// An entry's content as stored: a sealed text or an event.
struct Stored {
    text: Option<String>,
    event: Option<String>,
}

/// What to do with a copy of a new entry (see `ChatStore::carried`).
#[derive(Debug)]
pub enum Carry {
    /// It was shown already: nothing to do.
    AlreadyShown,
    /// The very next entry: send it.
    Next(Entry),
    /// Something came before it unseen, or no usable copy: read the record.
    ReadTheRecord,
}

/// What an entry carries: a message's text (sealed before it is stored) or an event code.
#[derive(Debug, Clone, Copy)]
pub enum Content<'a> {
    Text(&'a str),
    Event(&'a str),
}

/// How often a text is sealed again when other entries keep taking its seq first.
const RESEAL_ATTEMPTS: usize = 8;

/// The script's answer; `stored` makes the entry it wrote from its seq.
fn outcome_of((seq, outcome): (u64, String), stored: impl FnOnce(u64) -> Entry) -> Appended {
    match outcome.as_str() {
        "ok" => Appended::Stored(stored(seq)),
        "again" => Appended::Again(seq),
        _ => Appended::Refused(outcome),
    }
}

/// A chat's length when nothing has been measured yet.
pub const DEFAULT_CHAT_MS: i64 = 15 * 60 * 1000;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct QueueStats {
    pub on_shift: u32,
    pub free: u32,
    pub average_ms: i64,
}

/// The wake-up notices this instance receives, for as long as the subscription lasts.
pub type Notices = Pin<Box<dyn Stream<Item = Notice> + Send>>;

/// REQUEUE and END answer this when the chat's holder is not the one whose keys they got.
const HOLDER_MOVED: i64 = -2;
/// How often a change "whoever holds it" is tried again when the holder moved meanwhile.
const HOLDER_ATTEMPTS: usize = 5;

/// A change that touches the keys of whoever holds the chat.
enum HolderChange<'a> {
    Requeue { event: &'a str, passed_over: bool, front: bool },
    End { reason: &'a str, outcome: Option<ChatOutcome> },
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

#[derive(Clone)]
pub struct ChatStore {
    redis: RedisLink,
    sealer: Sealer,
    pub settings: ChatSettings,
}

impl ChatStore {
    pub fn new(redis: RedisLink, sealer: Sealer, settings: ChatSettings) -> ChatStore {
        ChatStore { redis, sealer, settings }
    }

    async fn connection(&self) -> Result<RedisConnection, ChatError> {
        self.redis.connection().await.ok_or(ChatError::Unavailable)
    }

    fn retention(&self) -> u64 {
        self.settings.retention_days * 24 * 60 * 60
    }

    /// True when wake-ups go through sharded pub/sub (the link is to a cluster).
    fn sharded(&self) -> bool {
        self.redis.is_cluster()
    }

    /// Subscribes to the wake-up channel on a connection of its own (pub/sub cannot share
    /// the multiplexed one). The stream ends when that connection drops.
    pub async fn subscribe(&self, target: &RedisTarget) -> Result<Notices, ChatError> {
        Ok(wake::subscribe(target).await?)
    }

    async fn publish(&self, connection: &mut RedisConnection, notice: Notice) -> Result<(), ChatError> {
        let _: () = wake::publish(self.sharded(), &notice).query_async(connection).await?;
        Ok(())
    }

    /// Stores a message (sealed, bound to the chat) or an event. `holder` is required for
    /// an adviser's message: only the adviser holding an active chat may write to it.
    pub async fn append(&self, chat: &str, from: &str, content: Content<'_>, cid: &str, holder: &str) -> Result<Appended, ChatError> {
        self.append_after(chat, from, content, cid, holder, None).await
    }

    /// `append` from a socket that has shown the chat's entries up to `shown`: a text is first
    /// sealed for the seq after it, which saves reading the chat's seq when no other entry
    /// came in between (else the script gives the right seq and it is sealed again).
    pub async fn append_after(&self, chat: &str, from: &str, content: Content<'_>, cid: &str, holder: &str, shown: Option<u64>) -> Result<Appended, ChatError> {
        let mut connection = self.connection().await?;
        // A text is sealed to its sender and seq, so it must know the seq it will get; when
        // another entry takes that seq first, the script says so and it is sealed again.
        let mut seq = match (content, shown) {
            (Content::Text(_), Some(shown)) => shown + 1,
            (Content::Text(_), None) => connection.hget::<_, _, Option<u64>>(keys::chat_key(chat), "seq").await?.unwrap_or(0) + 1,
            (Content::Event(_), _) => 0,
        };
        let at = now_ms();
        let stored = |seq| {
            let (text, event) = match content {
                Content::Text(text) => (Some(text.to_owned()), None),
                Content::Event(event) => (None, Some(event.to_owned())),
            };
            Entry { seq, from: from.to_owned(), text, event, cid: cid.to_owned(), at }
        };
        for _ in 0..RESEAL_ATTEMPTS {
            match self.try_append(&mut connection, chat, from, content, cid, holder, seq, at).await? {
                (next, outcome) if outcome == "reseal" => seq = next,
                outcome => {
                    let appended = outcome_of(outcome, stored);
                    if !matches!(appended, Appended::Refused(_)) {
                        // Stored (now or before): make sure it outlives the master that took it.
                        connection.settle(self.redis.settle_mode().await, &keys::log_key(chat)).await;
                    }
                    return Ok(appended);
                }
            }
        }
        Ok(Appended::Refused("busy".to_owned()))
    }

    #[allow(clippy::too_many_arguments)]
    async fn try_append(
        &self,
        connection: &mut RedisConnection,
        chat: &str,
        from: &str,
        content: Content<'_>,
        cid: &str,
        holder: &str,
        seq: u64,
        at: i64,
    ) -> Result<(u64, String), ChatError> {
        let (field, value, sealed_for) = match content {
            Content::Text(text) => ("text", self.sealer.seal(text.as_bytes(), &Binding::chat_entry(chat, from, seq)), seq.to_string()),
            Content::Event(event) => ("event", event.to_owned(), String::new()),
        };
        // A visitor's messages are limited per chat (one bucket however many sockets):
        // `frame_burst` in the time the frame rate takes to refill it.
        let settings = &self.settings;
        let limited = from == "visitor" && matches!(content, Content::Text(_));
        let (most, window_ms) = if limited {
            (settings.frame_burst, u64::from(settings.frame_burst) * 1000 / u64::from(settings.frames_per_second.max(1)))
        } else {
            (0, 0)
        };
        let (seq, outcome): (u64, String) = scripts::APPEND.on(self.sharded())
            .key(&keys::conversation(chat)[..])
            .arg(chat)
            .arg(from)
            .arg(field)
            .arg(value)
            .arg(cid)
            .arg(at)
            .arg(self.retention())
            .arg(holder)
            .arg(most)
            .arg(window_ms)
            .arg(sealed_for)
            .invoke_async(connection)
            .await?;
        Ok((seq, outcome))
    }

    /// Entries after `after`, oldest first, at most `count`, opened for reading. They stop
    /// before an entry of a newer format, so no reader moves past it: an upgraded instance
    /// shows it, and what follows, when the client comes back there.
    pub async fn entries_after(&self, chat: &str, after: u64, count: usize) -> Result<Vec<Entry>, ChatError> {
        let mut connection = self.connection().await?;
        let reply = range_after(chat, after, count).query_async(&mut connection).await?;
        Ok(self.entries_of(chat, reply))
    }

    fn entries_of(&self, chat: &str, reply: redis::streams::StreamRangeReply) -> Vec<Entry> {
        reply
            .ids
            .iter()
            .take_while(|item| ENTRY_FORMAT.readable(item.get::<String>(record_format::FIELD).as_deref()))
            .filter_map(|item| {
                let field = |name: &str| item.get::<String>(name);
                let stored = Stored { text: field("text"), event: field("event") };
                let at = field("at").and_then(|a| a.parse().ok()).unwrap_or_default();
                Some(self.opened(chat, keys::seq_of_entry(&item.id)?, field("from").unwrap_or_default(), stored, field("cid").unwrap_or_default(), at))
            })
            .collect()
    }

    /// Everything a visitor's connection shows, in one round trip: the entries after `after`
    /// (at most `count`), the state, the place in the queue and the queue's figures. Each
    /// change of a waiting crowd's chats makes every one of them read this.
    pub async fn visitor_view(&self, chat: &str, after: u64, count: usize) -> Result<VisitorView, ChatError> {
        let mut connection = self.connection().await?;
        let (entries, state, rank, stats): (redis::streams::StreamRangeReply, StateFields, Option<u64>, StatsFields) = redis::pipe()
            .add_command(range_after(chat, after, count))
            .add_command(state_fields(chat))
            .zrank(keys::WAITING, chat)
            .add_command(stats_fields())
            .query_async(&mut connection)
            .await?;
        Ok(VisitorView { entries: self.entries_of(chat, entries), state: state_of(state)?, place: rank.map(|r| r + 1), stats: stats_of(stats) })
    }

    /// What a reader that has shown entries up to `shown` does with the copy of a new entry a
    /// wake-up carried: send it when it is the next one (in a format this version reads),
    /// else read the record.
    pub fn carried(&self, copy: Option<&Carried>, shown: u64) -> Carry {
        let Some(copy) = copy.filter(|copy| matches!(copy.field.as_str(), "text" | "event")) else { return Carry::ReadTheRecord };
        if copy.seq <= shown {
            Carry::AlreadyShown
        } else if copy.seq == shown + 1 && ENTRY_FORMAT.readable(Some(&copy.format)) {
            // Only the copy that is sent is cloned out of the shared wake-up.
            let value = Some(copy.value.clone());
            let stored = if copy.field == "text" { Stored { text: value, event: None } } else { Stored { text: None, event: value } };
            Carry::Next(self.opened(&copy.chat, copy.seq, copy.from.clone(), stored, copy.cid.clone(), copy.at))
        } else {
            Carry::ReadTheRecord
        }
    }

    /// An entry as stored, its text opened for reading.
    fn opened(&self, chat: &str, seq: u64, from: String, stored: Stored, cid: String, at: i64) -> Entry {
        let text = stored.text.map(|sealed| match self.sealer.open(&sealed, &Binding::chat_entry(chat, &from, seq)) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            // Never expected; shown as a gap rather than hiding the entry.
            Err(_) => "…".to_owned(),
        });
        Entry { seq, from, text, event: stored.event, cid, at }
    }

    /// The conversation's state; `NewerFormat` for a hash this version cannot read.
    pub async fn state(&self, chat: &str) -> Result<Option<ChatState>, ChatError> {
        let mut connection = self.connection().await?;
        state_of(state_fields(chat).query_async(&mut connection).await?)
    }

    /// The visitor is still there (their socket is open on some instance).
    pub async fn visitor_seen(&self, chat: &str) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        let _: () = connection.hset(keys::chat_key(chat), "visitor_seen", now_ms()).await?;
        Ok(())
    }

    /// The adviser has read up to `seq`; the visitor sees "read".
    pub async fn mark_read(&self, chat: &str, adviser: &str, seq: u64) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        let state = self.state(chat).await?;
        if state.as_ref().is_some_and(|s| s.adviser == adviser && seq > s.read) {
            let _: () = connection.hset(keys::chat_key(chat), "read", seq).await?;
            self.publish(&mut connection, Notice::Changed { chat: chat.to_owned(), adviser: Some(adviser.to_owned()) }).await?;
        }
        Ok(())
    }

    /// Tells the other side someone is typing: a wake-up only, nothing is stored.
    pub async fn typing(&self, chat: &str, adviser: &str, by_visitor: bool) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        let adviser = (!adviser.is_empty()).then(|| adviser.to_owned());
        self.publish(&mut connection, Notice::Typing { chat: chat.to_owned(), adviser, by_visitor }).await
    }

    /// What the dispatcher last saw: advisers on shift, free places, average chat length.
    pub async fn stats(&self) -> Result<QueueStats, ChatError> {
        let mut connection = self.connection().await?;
        Ok(stats_of(stats_fields().query_async(&mut connection).await?))
    }

    /// Offers each chat to its adviser, in one round trip (a pipeline of OFFER scripts, each
    /// checking its own conditions); says which offers were made.
    pub async fn offer_all(&self, assignments: &[Assignment]) -> Result<Vec<bool>, ChatError> {
        // Most rounds offer nothing: they need no connection, and no error when Redis is away.
        if assignments.is_empty() {
            return Ok(Vec::new());
        }
        let mut connection = self.connection().await?;
        let now = now_ms();
        let until = now + (self.settings.offer_seconds * 1000) as i64;
        let script = scripts::OFFER.on(self.sharded());
        let invocations: Vec<redis::ScriptInvocation<'_>> = assignments
            .iter()
            .map(|Assignment { chat, adviser }| {
                let mut invocation = script.prepare_invoke();
                invocation
                    .key(&keys::conversation(chat)[..])
                    .key(keys::WAITING)
                    .key(keys::OFFERS)
                    .key(&keys::can_take(adviser)[..])
                    .key(keys::INSIGHT_OUTBOX)
                    .arg(chat)
                    .arg(adviser)
                    .arg(until)
                    .arg(now);
                invocation
            })
            .collect();
        let done: Vec<i64> = redis_link::invoke_all(&mut connection, &invocations).await?;
        Ok(done.into_iter().map(|done| counted(done == 1)).collect())
    }

    pub async fn accept(&self, chat: &str, adviser: &str) -> Result<bool, ChatError> {
        let mut connection = self.connection().await?;
        let done: i64 = scripts::ACCEPT.on(self.sharded())
            .key(&keys::conversation(chat)[..])
            .key(keys::OFFERS)
            .key(keys::desk_key(adviser))
            .key(keys::INSIGHT_OUTBOX)
            .arg(chat)
            .arg(adviser)
            .arg(now_ms())
            .arg(self.retention())
            .invoke_async(&mut connection)
            .await?;
        Ok(counted(done == 1))
    }

    /// The adviser holding (or offered) the chat, if any.
    async fn holder(&self, connection: &mut RedisConnection, chat: &str) -> Result<Option<String>, ChatError> {
        Ok(connection.hget(keys::chat_key(chat), "adviser").await?)
    }

    /// The client whose live chats this chat counts in ('' for chats from before limits).
    async fn client(&self, connection: &mut RedisConnection, chat: &str) -> Result<String, ChatError> {
        Ok(connection.hget::<_, _, Option<String>>(keys::chat_key(chat), "client").await?.unwrap_or_default())
    }

    /// Runs a change that needs the holder's keys. With `required` it is that holder or
    /// nothing; with '' it is whoever holds the chat, read first and checked by the script,
    /// which answers `HOLDER_MOVED` if the chat changed hands in between: then read again.
    async fn as_holder(&self, chat: &str, required: &str, change: HolderChange<'_>) -> Result<bool, ChatError> {
        let mut connection = self.connection().await?;
        if !required.is_empty() {
            return Ok(self.run_as(&mut connection, chat, Some(required), &change).await? == 1);
        }
        for _ in 0..HOLDER_ATTEMPTS {
            let holder = self.holder(&mut connection, chat).await?;
            match self.run_as(&mut connection, chat, holder.as_deref(), &change).await? {
                HOLDER_MOVED => continue,
                done => return Ok(done == 1),
            }
        }
        Ok(false)
    }

    /// One REQUEUE or END with the keys of `holder` (None: the chat has no holder).
    async fn run_as(&self, connection: &mut RedisConnection, chat: &str, holder: Option<&str>, change: &HolderChange<'_>) -> Result<i64, ChatError> {
        let flag = |b: bool| if b { "1" } else { "0" };
        let name = holder.unwrap_or_default();
        let done: i64 = match *change {
            HolderChange::Requeue { event, passed_over, front } => {
                let mut invocation = scripts::REQUEUE.on(self.sharded()).key(&keys::conversation(chat)[..]);
                invocation.key(keys::WAITING).key(keys::OFFERS);
                if holder.is_some() {
                    invocation.key(keys::chats_of(name));
                }
                invocation
                    .arg(chat)
                    .arg(name)
                    .arg(event)
                    .arg(now_ms())
                    .arg(self.retention())
                    .arg(flag(passed_over))
                    .arg(flag(front))
                    .invoke_async(connection)
                    .await?
            }
            HolderChange::End { reason, outcome } => {
                let mut invocation = scripts::END.on(self.sharded()).key(&keys::conversation(chat)[..]);
                // Set at the start and never changed, so it can be read before the script.
                let client = self.client(connection, chat).await?;
                invocation.key(keys::WAITING).key(keys::OFFERS).key(keys::LIVE).key(keys::DURATIONS).key(keys::client_live(&client));
                if holder.is_some() {
                    invocation.key(keys::chats_of(name)).key(keys::desk_key(name));
                }
                invocation.key(keys::INSIGHT_OUTBOX);
                invocation
                    .arg(chat)
                    .arg(reason)
                    .arg(now_ms())
                    .arg(self.retention())
                    .arg(name)
                    .arg(outcome.map_or("", ChatOutcome::slug))
                    .invoke_async(connection)
                    .await?
            }
        };
        Ok(done)
    }

    /// Back to the queue. `holder` '' means whoever holds it; `front` puts it ahead of
    /// everyone who has not yet been with an adviser.
    pub async fn requeue(&self, chat: &str, holder: &str, event: &str, passed_over: bool, front: bool) -> Result<bool, ChatError> {
        self.as_holder(chat, holder, HolderChange::Requeue { event, passed_over, front }).await
    }

    /// Hands an active chat from one adviser to another. Returns 1, 0 (not `from`'s active
    /// chat) or -1 (`to` cannot take it).
    pub async fn transfer(&self, chat: &str, from: &str, to: &str) -> Result<i64, ChatError> {
        let mut connection = self.connection().await?;
        Ok(scripts::TRANSFER.on(self.sharded())
            .key(&keys::conversation(chat)[..])
            .key(keys::chats_of(from))
            .key(keys::desk_key(from))
            .key(&keys::can_take(to)[..])
            .arg(chat)
            .arg(from)
            .arg(to)
            .arg(now_ms())
            .arg(self.retention())
            .invoke_async(&mut connection)
            .await?)
    }

    /// Ends the chat for `reason` (`visitor-left`, `visitor-exit`, `adviser-ended`, …);
    /// `holder` '' means whoever holds it.
    pub async fn end(&self, chat: &str, reason: &str, holder: &str) -> Result<bool, ChatError> {
        Ok(counted(self.as_holder(chat, holder, HolderChange::End { reason, outcome: None }).await?))
    }

    /// The adviser `holder` ends the chat with the outcome they chose (recorded in its hash).
    pub async fn end_with_outcome(&self, chat: &str, holder: &str, outcome: ChatOutcome) -> Result<bool, ChatError> {
        Ok(counted(self.as_holder(chat, holder, HolderChange::End { reason: "adviser-ended", outcome: Some(outcome) }).await?))
    }

    /// Records the outcome of `adviser`'s chat that ended another way. Returns true when it
    /// was recorded now (false: it has one already, or it is not their ended chat).
    pub async fn record_outcome(&self, chat: &str, adviser: &str, outcome: ChatOutcome) -> Result<bool, ChatError> {
        let mut connection = self.connection().await?;
        let done: i64 = scripts::OUTCOME
            .on(self.sharded())
            .key(&keys::conversation(chat)[..])
            .arg(chat)
            .arg(adviser)
            .arg(outcome.slug())
            .arg(now_ms())
            .invoke_async(&mut connection)
            .await?;
        Ok(done == 1)
    }

    /// Links the referral made from this chat to it.
    pub async fn link_referral(&self, chat: &str, referral: &str) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        let _: i64 = scripts::LINK_REFERRAL
            .on(self.sharded())
            .key(&keys::conversation(chat)[..])
            .key(keys::INSIGHT_OUTBOX)
            .arg(chat)
            .arg(referral)
            .arg(now_ms())
            .invoke_async(&mut connection)
            .await?;
        counted(true);
        Ok(())
    }

    /// Records what a staff member did in the audit stream (ids and action names only).
    pub async fn audit(&self, who: &str, action: &str, target: &str) {
        crate::triage::audit::record_through(&self.redis, who, action, target).await
    }
}

/// A change that recorded an insight event (`done`) wakes the counting job.
fn counted(done: bool) -> bool {
    if done {
        crate::insight::nudge();
    }
    done
}
