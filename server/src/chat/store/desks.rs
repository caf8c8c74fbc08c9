//! Advisers' desks (shift status, capacity, languages), their heartbeat, who is on shift,
//! and the canned replies.
use redis::AsyncCommands;

use super::wake::{self, Notice};
use super::{keys, now_ms, ChatError, ChatStore, DeskChat, CHAT_FORMAT, DESK_FORMAT};
use crate::infra::record_format;

/// An adviser's desk settings as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Desk {
    /// `on-shift`, `away` or `off`.
    pub status: String,
    pub capacity: u32,
    /// Language tags, comma-separated.
    pub languages: String,
}

impl Default for Desk {
    /// A desk nobody has set up: off shift, three chats, no languages.
    fn default() -> Self {
        Desk { status: "off".into(), capacity: 3, languages: String::new() }
    }
}

/// A desk's view of the queue and its own settings (`ChatStore::desk_outlook`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outlook {
    pub waiting: u64,
    /// Who is on shift, as the dispatcher last wrote it (sorted, comma-separated): kept as
    /// read, so a console compares one string and makes a list only when it changed.
    pub on_shift: String,
    pub desk: Desk,
}

impl Outlook {
    /// Other advisers whose console is open and who are on shift (who a chat can go to),
    /// sorted.
    pub fn colleagues(&self, me: &str) -> Vec<String> {
        let mut others: Vec<String> = self.on_shift.split(',').filter(|n| !n.is_empty() && *n != me).map(str::to_owned).collect();
        others.sort();
        others
    }
}

type DeskFields = (Option<String>, Option<u32>, Option<String>, Option<String>);

fn desk_fields(name: &str) -> redis::Cmd {
    redis::cmd("HMGET").arg(keys::desk_key(name)).arg(&["status", "capacity", "languages", record_format::FIELD]).to_owned()
}

/// The settings with the defaults for anything missing; `NewerFormat` for a desk this
/// version cannot read.
fn desk_of((status, capacity, languages, format): DeskFields) -> Result<Desk, ChatError> {
    if !DESK_FORMAT.readable(format.as_deref()) {
        return Err(ChatError::NewerFormat);
    }
    let unset = Desk::default();
    Ok(Desk {
        status: status.unwrap_or(unset.status),
        capacity: capacity.unwrap_or(unset.capacity),
        languages: languages.unwrap_or(unset.languages),
    })
}

/// Replies every service needs, until an admin changes them.
const DEFAULT_CANNED: &[(&str, &str)] = &[
    ("999 and 55", "If you are in danger now, call 999. If you cannot speak, call 999 from a mobile, listen, then press 55 and the police will know it is a real call."),
    ("Safety planning", "Let's think together about how to keep you safe: a safe place to go, someone you trust, and what to take if you need to leave quickly."),
    ("What happens next", "With your agreement I can make a referral now. An adviser will contact you in the way you choose, at a time that is safe for you."),
];

impl ChatStore {
    /// Creates the adviser's desk the first time (off shift, three chats, English).
    pub async fn ensure_desk(&self, name: &str) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        let desk = keys::desk_key(name);
        let _: () = redis::pipe()
            .hset_nx(&desk, "status", "off")
            .hset_nx(&desk, "capacity", 3)
            .hset_nx(&desk, "languages", "en")
            .hset_nx(&desk, "idle_since", now_ms())
            .hset_nx(&desk, record_format::FIELD, DESK_FORMAT.written())
            .sadd(keys::KNOWN_ADVISERS, name)
            .query_async(&mut connection)
            .await?;
        Ok(())
    }

    /// The adviser's console is open: renews their heartbeat for the grace period.
    pub async fn heartbeat(&self, name: &str) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        let grace_ms = self.settings.adviser_grace_seconds * 1000;
        let _: () = connection.pset_ex(keys::alive_key(name), "1", grace_ms).await?;
        Ok(())
    }

    /// The adviser signed out: routing stops offering to them at once, and the dispatcher
    /// returns their chats to the queue as for a lost console.
    pub async fn drop_heartbeat(&self, name: &str) -> Result<(), ChatError> {
        let _: () = self.connection().await?.del(keys::alive_key(name)).await?;
        Ok(())
    }

    /// The desk's settings, with the defaults for anything missing; `NewerFormat` for a desk
    /// this version cannot read.
    pub async fn desk(&self, name: &str) -> Result<Desk, ChatError> {
        let mut connection = self.connection().await?;
        let fields: DeskFields = desk_fields(name).query_async(&mut connection).await?;
        desk_of(fields)
    }

    /// What a change of the queue can alter on a desk, in one round trip: how many wait, who
    /// is on shift (the dispatcher writes the names each round, so a console reads one field,
    /// not every desk), and the adviser's own settings.
    pub async fn desk_outlook(&self, name: &str) -> Result<Outlook, ChatError> {
        let mut connection = self.connection().await?;
        let (waiting, names, fields): (u64, Option<String>, DeskFields) = redis::pipe()
            .zcard(keys::WAITING)
            .hget(keys::STATS, "on_shift_names")
            .add_command(desk_fields(name))
            .query_async(&mut connection)
            .await?;
        Ok(Outlook { waiting, on_shift: names.unwrap_or_default(), desk: desk_of(fields)? })
    }

    /// Saves the desk's settings and tells the dispatcher the queue may move; a desk of a
    /// newer format is left alone.
    pub async fn save_desk(&self, name: &str, desk: &Desk) -> Result<(), ChatError> {
        self.desk(name).await?;
        let mut connection = self.connection().await?;
        let key = keys::desk_key(name);
        let _: () = redis::pipe()
            .hset(&key, record_format::FIELD, DESK_FORMAT.written())
            .hset(&key, "status", &desk.status)
            .hset(&key, "capacity", desk.capacity)
            .hset(&key, "languages", &desk.languages)
            .add_command(wake::publish(self.sharded(), &Notice::Queue))
            .query_async(&mut connection)
            .await?;
        Ok(())
    }

    /// The chats an adviser is offered or holds.
    pub async fn chats_of(&self, name: &str) -> Result<Vec<String>, ChatError> {
        let mut connection = self.connection().await?;
        Ok(connection.smembers(keys::chats_of(name)).await?)
    }

    /// State and language of each chat, in one round trip; chats gone from Redis are left out.
    pub async fn desk_chats(&self, chats: &[String]) -> Result<Vec<DeskChat>, ChatError> {
        // An empty pipeline is an error to the client, not an empty answer.
        if chats.is_empty() {
            return Ok(Vec::new());
        }
        let mut connection = self.connection().await?;
        let mut pipe = redis::pipe();
        for chat in chats {
            pipe.cmd("HMGET").arg(keys::chat_key(chat)).arg(&["state", "lang", record_format::FIELD]);
        }
        let states: Vec<(Option<String>, Option<String>, Option<String>)> = pipe.query_async(&mut connection).await?;
        Ok(chats
            .iter()
            .zip(states)
            .filter(|(_, (_, _, format))| CHAT_FORMAT.readable(format.as_deref()))
            .filter_map(|(chat, (state, language, _))| Some(DeskChat { chat: chat.clone(), state: state?, language: language.unwrap_or_default() }))
            .collect())
    }

    /// How many visitors are waiting.
    pub async fn waiting_count(&self) -> Result<u64, ChatError> {
        let mut connection = self.connection().await?;
        Ok(connection.zcard(keys::WAITING).await?)
    }

    /// Puts the default replies in place the first time, so an admin edits (or deletes) them
    /// like any other.
    async fn seed_canned(&self, connection: &mut crate::infra::redis_link::RedisConnection) -> Result<(), ChatError> {
        let exists: bool = connection.exists(keys::CANNED).await?;
        if !exists {
            let _: () = connection.hset_multiple(keys::CANNED, DEFAULT_CANNED).await?;
        }
        Ok(())
    }

    /// The canned replies, in title order.
    pub async fn canned(&self) -> Result<Vec<(String, String)>, ChatError> {
        let mut connection = self.connection().await?;
        self.seed_canned(&mut connection).await?;
        let mut replies: Vec<(String, String)> = connection.hgetall(keys::CANNED).await?;
        replies.sort();
        Ok(replies)
    }

    pub async fn save_canned(&self, title: &str, text: &str) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        self.seed_canned(&mut connection).await?;
        let _: () = connection.hset(keys::CANNED, title, text).await?;
        Ok(())
    }

    pub async fn delete_canned(&self, title: &str) -> Result<(), ChatError> {
        let mut connection = self.connection().await?;
        self.seed_canned(&mut connection).await?;
        let _: () = connection.hdel(keys::CANNED, title).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colleagues_are_the_others_on_shift_sorted() {
        let outlook = Outlook { on_shift: "ben,amy,,cat".into(), ..Default::default() };
        assert_eq!(outlook.colleagues("amy"), vec!["ben", "cat"]);
        assert_eq!(outlook.colleagues("dan"), vec!["amy", "ben", "cat"]);
        assert!(Outlook::default().colleagues("amy").is_empty(), "nobody on shift");
    }
}
