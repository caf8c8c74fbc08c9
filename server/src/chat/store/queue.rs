//! What the dispatcher reads and records: its lock, lapsed offers, every adviser's desk, the
//! live chats' timers, the waiting chats, and the figures the queue estimate needs.
use redis::AsyncCommands;

use super::wake::{self, Notice};
use super::{keys, now_ms, scripts, ChatError, ChatStore, Content, DEFAULT_CHAT_MS};

/// One adviser's desk as the dispatcher sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct AdviserReading {
    pub name: String,
    /// Their console's heartbeat has not lapsed.
    pub alive: bool,
    pub active_chats: u32,
    pub status: Option<String>,
    pub capacity: Option<u32>,
    pub languages: Option<String>,
    pub idle_since: Option<i64>,
}

/// A live chat's timers (milliseconds since the epoch).
#[derive(Debug, Clone, PartialEq)]
pub struct LiveChat {
    pub chat: String,
    /// None when the chat expired underneath us.
    pub state: Option<String>,
    pub visitor_seen: Option<i64>,
    pub last_activity: Option<i64>,
    pub warned: bool,
    pub created: Option<i64>,
}

/// A waiting chat, in queue order.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitingChat {
    pub chat: String,
    pub rank: i64,
    pub language: String,
    /// Advisers who let it pass, comma-separated.
    pub passed: String,
}

/// How many waiting chats one round looks at: a longer queue is served by further rounds,
/// which follow at once while a round finds its page full. A round costs this × advisers in
/// `assignments` and holds one offer script per place found; with pages of 500, a crowd of
/// 5,000 needed ten rounds of every desk read and was last offered after 6-7 s, with 2,000
/// after 4-4.6 s (bench/README.md).
pub const WAITING_PER_ROUND: usize = 2000;
/// About how many live chats one round of timers looks at (`SSCAN`'s COUNT is a hint).
const LIVE_PER_ROUND: usize = 200;

impl ChatStore {
    /// Takes or renews the dispatcher's lock; true while this instance holds it.
    pub async fn hold_dispatcher_lock(&self, instance: &str, ms: u64) -> Result<bool, ChatError> {
        let mut connection = self.connection().await?;
        let held: i64 = scripts::HOLD_LOCK.key(keys::DISPATCHER_LOCK).arg(instance).arg(ms).invoke_async(&mut connection).await?;
        Ok(held == 1)
    }

    /// Offered chats whose offer ran out by `now`.
    pub async fn lapsed_offers(&self, now: i64) -> Result<Vec<String>, ChatError> {
        let mut connection = self.connection().await?;
        Ok(connection.zrangebyscore(keys::OFFERS, "-inf", now).await?)
    }

    /// Every adviser with a desk, read in one round trip.
    pub async fn advisers(&self) -> Result<Vec<AdviserReading>, ChatError> {
        let mut connection = self.connection().await?;
        let names: Vec<String> = connection.smembers(keys::KNOWN_ADVISERS).await?;
        if names.is_empty() {
            return Ok(Vec::new());
        }
        let mut pipe = redis::pipe();
        for name in &names {
            pipe.exists(keys::alive_key(name))
                .scard(keys::chats_of(name))
                .cmd("HMGET")
                .arg(keys::desk_key(name))
                .arg(&["status", "capacity", "languages", "idle_since"]);
        }
        type Desk = (Option<String>, Option<u32>, Option<String>, Option<i64>);
        let replies: Vec<redis::Value> = pipe.query_async(&mut connection).await?;
        let mut found = Vec::new();
        for (name, reply) in names.into_iter().zip(replies.chunks(3)) {
            let alive: bool = redis::from_redis_value_ref(&reply[0]).map_err(redis::RedisError::from)?;
            let active_chats: u32 = redis::from_redis_value_ref(&reply[1]).map_err(redis::RedisError::from)?;
            let (status, capacity, languages, idle_since): Desk = redis::from_redis_value_ref(&reply[2]).map_err(redis::RedisError::from)?;
            found.push(AdviserReading { name, alive, active_chats, status, capacity, languages, idle_since });
        }
        Ok(found)
    }

    /// The next few chats not yet ended, with their timers: one `SSCAN` step from `cursor`
    /// (0 starts again), so a round's work stays bounded however many chats are live.
    /// Returns the cursor for the next call (0 when the whole set was seen).
    pub async fn live_chats(&self, cursor: u64) -> Result<(u64, Vec<LiveChat>), ChatError> {
        let mut connection = self.connection().await?;
        let (next, live): (u64, Vec<String>) =
            redis::cmd("SSCAN").arg(keys::LIVE).arg(cursor).arg("COUNT").arg(LIVE_PER_ROUND).query_async(&mut connection).await?;
        if live.is_empty() {
            return Ok((next, Vec::new()));
        }
        let mut pipe = redis::pipe();
        for chat in &live {
            pipe.cmd("HMGET").arg(keys::chat_key(chat)).arg(&["state", "visitor_seen", "last_activity", "warned", "created"]);
        }
        type Timers = (Option<String>, Option<i64>, Option<i64>, Option<u8>, Option<i64>);
        let rows: Vec<Timers> = pipe.query_async(&mut connection).await?;
        let chats = live
            .into_iter()
            .zip(rows)
            .map(|(chat, (state, visitor_seen, last_activity, warned, created))| LiveChat {
                chat,
                state,
                visitor_seen,
                last_activity,
                warned: warned == Some(1),
                created,
            })
            .collect();
        Ok((next, chats))
    }

    /// Stops tending a chat that expired underneath us.
    pub async fn forget_live(&self, chat: &str) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        let _: () = connection.srem(keys::LIVE, chat).await?;
        Ok(())
    }

    /// Marks a quiet chat as warned and tells both sides it will close.
    pub async fn warn_inactive(&self, chat: &str) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        let _: () = connection.hset(keys::chat_key(chat), "warned", 1).await?;
        self.append(chat, "system", Content::Event("inactive-warning"), "", "").await?;
        Ok(())
    }

    /// The longest-waiting chats first, with their language and who passed them over.
    pub async fn waiting_chats(&self) -> Result<Vec<WaitingChat>, ChatError> {
        let mut connection = self.connection().await?;
        let waiting: Vec<(String, i64)> = connection.zrange_withscores(keys::WAITING, 0, WAITING_PER_ROUND as isize - 1).await?;
        if waiting.is_empty() {
            return Ok(Vec::new());
        }
        let mut pipe = redis::pipe();
        for (chat, _) in &waiting {
            pipe.cmd("HMGET").arg(keys::chat_key(chat)).arg(&["lang", "passed"]);
        }
        let details: Vec<(Option<String>, Option<String>)> = pipe.query_async(&mut connection).await?;
        Ok(waiting
            .into_iter()
            .zip(details)
            .map(|((chat, rank), (language, passed))| WaitingChat { chat, rank, language: language.unwrap_or_default(), passed: passed.unwrap_or_default() })
            .collect())
    }

    /// Forgets who passed a chat over, so everyone on shift may be offered it again.
    pub async fn clear_passed(&self, chat: &str) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        let _: () = connection.hdel(keys::chat_key(chat), "passed").await?;
        Ok(())
    }

    /// The average length of the last chats, or a default before any was measured.
    pub async fn average_chat_ms(&self) -> Result<i64, ChatError> {
        let mut connection = self.connection().await?;
        let durations: Vec<i64> = connection.lrange(keys::DURATIONS, 0, -1).await?;
        Ok(if durations.is_empty() { DEFAULT_CHAT_MS } else { durations.iter().sum::<i64>() / durations.len() as i64 })
    }

    /// What the queue estimate and the consoles read: advisers on shift (and their names),
    /// free places, average chat length, and when this was seen. When the names on shift
    /// changed, the consoles are woken to show their colleagues again.
    pub async fn record_stats(&self, on_shift: &[&str], free: u32, average_ms: i64) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        let names = on_shift.join(",");
        let figures = [("on_shift", on_shift.len() as i64), ("free", i64::from(free)), ("average_ms", average_ms), ("at", now_ms())];
        let (before,): (Option<String>,) = redis::pipe()
            .hget(keys::STATS, "on_shift_names")
            .hset_multiple(keys::STATS, &figures)
            .ignore()
            .hset(keys::STATS, "on_shift_names", &names)
            .ignore()
            .query_async(&mut connection)
            .await?;
        if before.as_deref() != Some(names.as_str()) {
            let _: () = wake::publish(self.sharded(), &Notice::Queue).query_async(&mut connection).await?;
        }
        Ok(())
    }
}
