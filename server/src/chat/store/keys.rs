//! Every chat key name, built here and nowhere else.
//!
//! All of them share the hash tag `{chat}`: OFFER, REQUEUE, TRANSFER and END move a chat
//! between its hash, the queue sets and advisers' sets in one atomic script, and on Redis
//! Cluster a script's keys must share a slot. So on a cluster the whole chat coordination
//! plane lives in one slot; splitting it into per-chat slots needs each of those steps to
//! become idempotent and resumable on its own (issue 13).
/// The pub/sub channel of wake-ups (not a key, but named with the plane it belongs to).
pub const WAKE_CHANNEL: &str = "{chat}:wake";
/// Waiting chats, scored by rank (arrival time; earlier for those sent back to the queue).
pub const WAITING: &str = "{chat}:waiting";
/// Offered chats, scored by when the offer lapses.
pub const OFFERS: &str = "{chat}:offers";
/// Chats not yet ended, for the dispatcher's timers.
pub const LIVE: &str = "{chat}:live";
/// Every adviser who ever opened the desk.
pub const KNOWN_ADVISERS: &str = "{chat}:advisers";
/// What the dispatcher last saw: advisers on shift, free places, average chat length.
pub const STATS: &str = "{chat}:stats";
/// The lengths of the last 50 chats, in milliseconds.
pub const DURATIONS: &str = "{chat}:durations";
/// Canned replies, title → text.
pub const CANNED: &str = "{chat}:canned";
/// The insight events of chat changes, written by the same scripts (`crate::insight`).
pub const INSIGHT_OUTBOX: &str = "{chat}:insight";
/// The lock that lets one dispatcher act at a time.
pub const DISPATCHER_LOCK: &str = "{chat}:dispatcher";

/// A conversation's hash: state, lang, adviser, seq, rank, …
pub fn chat_key(chat: &str) -> String {
    format!("{{chat}}:c:{chat}")
}
/// The conversation's record: a stream whose entry ids are `0-{seq}`.
pub fn log_key(chat: &str) -> String {
    format!("{{chat}}:c:{chat}:log")
}
/// The seq of a record entry, from its id `0-{seq}`.
pub fn seq_of_entry(entry_id: &str) -> Option<u64> {
    entry_id.split_once('-')?.1.parse().ok()
}
/// Matches every conversation's record (for SCAN).
pub const LOG_KEYS: &str = "{chat}:c:*:log";
/// The chat whose record `key` is.
pub fn chat_of_log(key: &str) -> Option<&str> {
    key.strip_prefix("{chat}:c:")?.strip_suffix(":log")
}
/// Client message id → seq, so a re-sent message is stored once.
pub fn sent_key(chat: &str) -> String {
    format!("{{chat}}:c:{chat}:sent")
}
/// The chats not yet ended of one client (a keyed digest of its address, never the address).
pub fn client_live(client: &str) -> String {
    format!("{{chat}}:client:{client}:live")
}
/// How many chats one client started in the current hour.
pub fn client_starts(client: &str) -> String {
    format!("{{chat}}:client:{client}:starts")
}
/// An adviser's desk: status, capacity, languages, idle_since.
pub fn desk_key(name: &str) -> String {
    format!("{{chat}}:adviser:{name}:desk")
}
/// An adviser's heartbeat, renewed by their open console; expires after the grace period.
pub fn alive_key(name: &str) -> String {
    format!("{{chat}}:adviser:{name}:alive")
}
/// The chats an adviser is offered or holds.
pub fn chats_of(name: &str) -> String {
    format!("{{chat}}:adviser:{name}:chats")
}

/// What the prelude's `can_take` reads of an adviser: heartbeat, desk, chats.
pub fn can_take(name: &str) -> [String; 3] {
    [alive_key(name), desk_key(name), chats_of(name)]
}

/// A conversation's own keys, which every conversation script receives first.
pub fn conversation(chat: &str) -> [String; 3] {
    [chat_key(chat), log_key(chat), sent_key(chat)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_carries_the_one_chat_tag() {
        let keys = [
            WAITING.to_owned(), OFFERS.to_owned(), LIVE.to_owned(), KNOWN_ADVISERS.to_owned(), STATS.to_owned(),
            DURATIONS.to_owned(), CANNED.to_owned(), INSIGHT_OUTBOX.to_owned(), DISPATCHER_LOCK.to_owned(), chat_key("c"), log_key("c"),
            sent_key("c"), client_live("d"), client_starts("d"), desk_key("amy"), alive_key("amy"), chats_of("amy"),
        ];
        for key in keys {
            assert!(key.starts_with("{chat}:"), "{key}");
        }
    }
}
