//! Conversations in Redis: starting, appending (sealed), offering, accepting, re-queueing,
//! transferring and ending, each one script from `scripts`; and reading the record back.
use redis::aio::ConnectionManager;
use redis::AsyncCommands;
use serde::Serialize;

use super::scripts;
use crate::config::ChatSettings;
use crate::infra::redis_link::RedisLink;
use crate::infra::tokens::{digest, random_token};
use crate::infra::sealing::Sealer;

pub const WAKE_CHANNEL: &str = "chat:wake";
pub const WAITING: &str = "chat:waiting";
pub const OFFERS: &str = "chat:offers";
pub const LIVE: &str = "chat:live";
pub const KNOWN_ADVISERS: &str = "advisers:known";
pub const STATS: &str = "chat:stats";
pub const DURATIONS: &str = "chat:durations";

pub fn chat_key(chat: &str) -> String {
    format!("chat:{chat}")
}
pub fn log_key(chat: &str) -> String {
    format!("chat:{chat}:log")
}
pub fn desk_key(name: &str) -> String {
    format!("adviser:{name}:desk")
}
pub fn alive_key(name: &str) -> String {
    format!("adviser:{name}:alive")
}
pub fn chats_of(name: &str) -> String {
    format!("adviser:{name}:chats")
}
fn token_key(token: &str) -> String {
    format!("chat:token:{}", digest(token))
}

#[derive(Debug, thiserror::Error)]
pub enum ChatError {
    #[error("redis is unavailable")]
    Unavailable,
    #[error("redis: {0}")]
    Redis(#[from] redis::RedisError),
}

/// One entry of a conversation, as both sides receive it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub seq: u64,
    /// `visitor`, `adviser` or `system`.
    pub from: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// What happened, for system entries: `joined`, `transferred`, `ended:inactive`, …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// The sender's own message id, so the sender can mark it delivered.
    pub cid: String,
    pub at: i64,
}

/// The parts of a conversation's state a socket needs to show.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChatState {
    pub state: String,
    pub language: String,
    pub adviser: String,
    pub read: u64,
    pub rank: i64,
}

/// How an append went.
#[derive(Debug, Clone, PartialEq)]
pub enum Appended {
    Stored(u64),
    /// The same client message id was stored before, as this seq.
    Again(u64),
    Refused(String),
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

    pub async fn connection(&self) -> Result<ConnectionManager, ChatError> {
        self.redis.connection().await.ok_or(ChatError::Unavailable)
    }

    fn retention(&self) -> u64 {
        self.settings.retention_days * 24 * 60 * 60
    }

    /// A new conversation in the queue; returns its id and the visitor's resume token.
    pub async fn start(&self, language: &str) -> Result<(String, String), ChatError> {
        let mut connection = self.connection().await?;
        let chat = uuid::Uuid::new_v4().simple().to_string();
        let token = random_token();
        let _: i64 = scripts::START
            .arg(&chat)
            .arg(token_key(&token))
            .arg(language)
            .arg(now_ms())
            .arg(self.retention())
            .invoke_async(&mut connection)
            .await?;
        Ok((chat, token))
    }

    /// The conversation a resume token belongs to.
    pub async fn chat_for_token(&self, token: &str) -> Result<Option<String>, ChatError> {
        let mut connection = self.connection().await?;
        Ok(connection.get(token_key(token)).await?)
    }

    /// Stores a message (sealed, bound to the chat) or an event. `holder` is required for
    /// an adviser's message: only the adviser holding an active chat may write to it.
    pub async fn append(&self, chat: &str, from: &str, content: Content<'_>, cid: &str, holder: &str) -> Result<Appended, ChatError> {
        let mut connection = self.connection().await?;
        let (field, value) = match content {
            Content::Text(text) => ("text", self.sealer.seal(text.as_bytes(), chat)),
            Content::Event(event) => ("event", event.to_owned()),
        };
        let (seq, outcome): (u64, String) = scripts::APPEND
            .arg(chat)
            .arg(from)
            .arg(field)
            .arg(value)
            .arg(cid)
            .arg(now_ms())
            .arg(self.retention())
            .arg(holder)
            .invoke_async(&mut connection)
            .await?;
        Ok(match outcome.as_str() {
            "ok" => Appended::Stored(seq),
            "again" => Appended::Again(seq),
            _ => Appended::Refused(outcome),
        })
    }

    /// Entries after `after`, oldest first, at most `count`, opened for reading.
    pub async fn entries_after(&self, chat: &str, after: u64, count: usize) -> Result<Vec<Entry>, ChatError> {
        let mut connection = self.connection().await?;
        let reply: redis::streams::StreamRangeReply = redis::cmd("XRANGE")
            .arg(log_key(chat))
            .arg(format!("(0-{after}"))
            .arg("+")
            .arg("COUNT")
            .arg(count)
            .query_async(&mut connection)
            .await?;
        Ok(reply
            .ids
            .iter()
            .filter_map(|item| {
                let seq = item.id.split_once('-')?.1.parse().ok()?;
                let field = |name: &str| item.get::<String>(name);
                let text = field("text").map(|sealed| match self.sealer.open(&sealed, chat) {
                    Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                    // Never expected; shown as a gap rather than hiding the entry.
                    Err(_) => "…".to_owned(),
                });
                Some(Entry {
                    seq,
                    from: field("from").unwrap_or_default(),
                    text,
                    event: field("event"),
                    cid: field("cid").unwrap_or_default(),
                    at: field("at").and_then(|a| a.parse().ok()).unwrap_or_default(),
                })
            })
            .collect())
    }

    pub async fn state(&self, chat: &str) -> Result<Option<ChatState>, ChatError> {
        let mut connection = self.connection().await?;
        let (state, language, adviser, read, rank): (Option<String>, Option<String>, Option<String>, Option<u64>, Option<i64>) =
            redis::cmd("HMGET")
                .arg(chat_key(chat))
                .arg(&["state", "lang", "adviser", "read", "rank"])
                .query_async(&mut connection)
                .await?;
        Ok(state.map(|state| ChatState {
            state,
            language: language.unwrap_or_default(),
            adviser: adviser.unwrap_or_default(),
            read: read.unwrap_or_default(),
            rank: rank.unwrap_or_default(),
        }))
    }

    /// The visitor is still there (their socket is open on some instance).
    pub async fn visitor_seen(&self, chat: &str) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        let _: () = connection.hset(chat_key(chat), "visitor_seen", now_ms()).await?;
        Ok(())
    }

    /// The adviser has read up to `seq`; the visitor sees "read".
    pub async fn mark_read(&self, chat: &str, adviser: &str, seq: u64) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        let state = self.state(chat).await?;
        if state.as_ref().is_some_and(|s| s.adviser == adviser && seq > s.read) {
            let _: () = connection.hset(chat_key(chat), "read", seq).await?;
            let _: () = connection.publish(WAKE_CHANNEL, format!("s {chat} {adviser}")).await?;
        }
        Ok(())
    }

    /// Tells the other side someone is typing: a wake-up only, nothing is stored.
    pub async fn typing(&self, chat: &str, adviser: &str, by_visitor: bool) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        let who = if by_visitor { "v" } else { "a" };
        let adviser = if adviser.is_empty() { "-" } else { adviser };
        let _: () = connection.publish(WAKE_CHANNEL, format!("t {chat} {adviser} {who}")).await?;
        Ok(())
    }

    /// The visitor's place in the queue (1 = next), if they are waiting.
    pub async fn queue_place(&self, chat: &str) -> Result<Option<u64>, ChatError> {
        let mut connection = self.connection().await?;
        let rank: Option<u64> = connection.zrank(WAITING, chat).await?;
        Ok(rank.map(|r| r + 1))
    }

    /// What the dispatcher last saw: advisers on shift, free places, average chat length.
    pub async fn stats(&self) -> Result<QueueStats, ChatError> {
        let mut connection = self.connection().await?;
        let (on_shift, free, average_ms, at): (Option<u32>, Option<u32>, Option<i64>, Option<i64>) =
            redis::cmd("HMGET").arg(STATS).arg(&["on_shift", "free", "average_ms", "at"]).query_async(&mut connection).await?;
        // Stale figures (no dispatcher for a while) mean nobody is known to be on shift.
        let fresh = at.is_some_and(|at| now_ms() - at < 10_000);
        Ok(QueueStats {
            on_shift: if fresh { on_shift.unwrap_or(0) } else { 0 },
            free: if fresh { free.unwrap_or(0) } else { 0 },
            average_ms: average_ms.unwrap_or(DEFAULT_CHAT_MS),
        })
    }

    pub async fn offer(&self, chat: &str, adviser: &str) -> Result<bool, ChatError> {
        let mut connection = self.connection().await?;
        let until = now_ms() + (self.settings.offer_seconds * 1000) as i64;
        let done: i64 = scripts::OFFER.arg(chat).arg(adviser).arg(until).invoke_async(&mut connection).await?;
        Ok(done == 1)
    }

    pub async fn accept(&self, chat: &str, adviser: &str) -> Result<bool, ChatError> {
        let mut connection = self.connection().await?;
        let done: i64 = scripts::ACCEPT.arg(chat).arg(adviser).arg(now_ms()).arg(self.retention()).invoke_async(&mut connection).await?;
        Ok(done == 1)
    }

    /// Back to the queue. `holder` '' means whoever holds it; `front` puts it ahead of
    /// everyone who has not yet been with an adviser.
    pub async fn requeue(&self, chat: &str, holder: &str, event: &str, passed_over: bool, front: bool) -> Result<bool, ChatError> {
        let mut connection = self.connection().await?;
        let flag = |b: bool| if b { "1" } else { "0" };
        let done: i64 = scripts::REQUEUE
            .arg(chat)
            .arg(holder)
            .arg(event)
            .arg(now_ms())
            .arg(self.retention())
            .arg(flag(passed_over))
            .arg(flag(front))
            .invoke_async(&mut connection)
            .await?;
        Ok(done == 1)
    }

    pub async fn transfer(&self, chat: &str, from: &str, to: &str) -> Result<i64, ChatError> {
        let mut connection = self.connection().await?;
        Ok(scripts::TRANSFER.arg(chat).arg(from).arg(to).arg(now_ms()).arg(self.retention()).invoke_async(&mut connection).await?)
    }

    /// Ends the chat for `reason` (`visitor-left`, `visitor-exit`, `adviser-ended`, …).
    pub async fn end(&self, chat: &str, reason: &str, holder: &str) -> Result<bool, ChatError> {
        let mut connection = self.connection().await?;
        let done: i64 = scripts::END.arg(chat).arg(reason).arg(now_ms()).arg(self.retention()).arg(holder).invoke_async(&mut connection).await?;
        Ok(done == 1)
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

/// What an entry carries: a message's text (sealed before it is stored) or an event code.
#[derive(Debug, Clone, Copy)]
pub enum Content<'a> {
    Text(&'a str),
    Event(&'a str),
}
