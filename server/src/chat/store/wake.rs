//! The wake-up notice on `keys::WAKE_CHANNEL`, read and written by Rust only here (the Lua
//! side writes it in `lua/prelude.lua`'s `wake` and `wake_with_entry`): `m {chat} {adviser}`
//! new entries, perhaps followed by a copy of the one new entry (`Carried`),
//! `s {chat} {adviser}` the state changed, `t {chat} {adviser} v|a` someone is typing,
//! `q {chat} -` the queue changed; `-` stands for no adviser (or no chat, or no client id).
//! The copy only saves a read: the stream stays the record, and a reader that missed an
//! entry before it reads the stream instead.
//!
//! On one server it is plain pub/sub; on a cluster, sharded pub/sub (`SPUBLISH` /
//! `SSUBSCRIBE`): the channel hashes to the `{chat}` slot, so scripts may publish on it and
//! only that slot's shard carries the traffic.
use std::sync::Arc;

use futures_util::StreamExt;
use redis::{PushInfo, PushKind};
use tokio::sync::mpsc;

use super::keys::WAKE_CHANNEL;
use super::Notices;
use crate::infra::redis_link::RedisTarget;

/// How many wake-ups may wait between the cluster connection and the bus; more are dropped,
/// which the next one makes good (any wake-up makes a socket read everything new).
const PENDING_WAKES: usize = 1024;

/// The publish command for the link: sharded on a cluster.
pub fn publish_command(sharded: bool) -> &'static str {
    if sharded { "SPUBLISH" } else { "PUBLISH" }
}

/// The command that publishes `notice`.
pub fn publish(sharded: bool, notice: &Notice) -> redis::Cmd {
    redis::cmd(publish_command(sharded)).arg(WAKE_CHANNEL).arg(notice.to_payload()).to_owned()
}

/// The wake-ups, on a connection of their own. The stream ends when that connection drops
/// (on a cluster: when any node's connection drops), so the caller subscribes again and
/// has every listener read the record for what it missed.
pub async fn subscribe(target: &RedisTarget) -> redis::RedisResult<Notices> {
    match target {
        RedisTarget::Single(client) => {
            let mut pubsub = client.get_async_pubsub().await?;
            pubsub.subscribe(WAKE_CHANNEL).await?;
            let notices = pubsub
                .into_on_message()
                .filter_map(|message| async move { Notice::parse(&message.get_payload::<String>().ok()?) });
            Ok(Box::pin(notices))
        }
        RedisTarget::Cluster { nodes } => {
            let (sender, receiver) = mpsc::channel::<PushInfo>(PENDING_WAKES);
            let push = move |push: PushInfo| {
                let _ = sender.try_send(push);
                Ok::<(), std::convert::Infallible>(())
            };
            let client = RedisTarget::cluster_client(nodes, Some(push))?;
            let mut connection = client.get_async_connection().await?;
            connection.ssubscribe(WAKE_CHANNEL).await?;
            // The connection lives as long as the stream.
            let notices = futures_util::stream::unfold((receiver, connection), |(mut receiver, connection)| async move {
                loop {
                    let push = receiver.recv().await?;
                    match push.kind {
                        PushKind::Disconnection => return None,
                        PushKind::SMessage => {
                            let payload = push.data.get(1).and_then(|value| redis::from_redis_value_ref::<String>(value).ok());
                            if let Some(notice) = payload.as_deref().and_then(Notice::parse) {
                                return Some((notice, (receiver, connection)));
                            }
                        }
                        _ => {}
                    }
                }
            });
            Ok(Box::pin(notices))
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// New entries only; with a copy of the entry when one entry was added.
    Entries { chat: String, adviser: Option<String>, carried: Option<Arc<Carried>> },
    /// The chat's state changed (and perhaps its entries).
    Changed { chat: String, adviser: Option<String> },
    /// The visitor (`by_visitor`) or the adviser is typing.
    Typing { chat: String, adviser: Option<String>, by_visitor: bool },
    Queue,
}

/// One new entry as the script stored it (a text still sealed to its sender and seq).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carried {
    pub chat: String,
    pub seq: u64,
    /// The entry format it was written in (`record_format`).
    pub format: String,
    pub from: String,
    /// `text` (sealed) or `event`.
    pub field: String,
    pub at: i64,
    pub cid: String,
    pub value: String,
}

impl Carried {
    /// The parts after `m chat adviser`, when all are there.
    fn parse(chat: &str, parts: &mut std::str::Split<'_, char>) -> Option<Carried> {
        let seq = parts.next()?.parse().ok()?;
        let format = parts.next()?.to_owned();
        let from = parts.next()?.to_owned();
        let field = parts.next()?.to_owned();
        let at = parts.next()?.parse().ok()?;
        let cid = named(parts.next()?).unwrap_or_default();
        let value = parts.next()?.to_owned();
        parts.next().is_none().then(|| Carried { chat: chat.to_owned(), seq, format, from, field, at, cid, value })
    }

    fn to_payload(&self) -> String {
        let cid = if self.cid.is_empty() { NOBODY } else { &self.cid };
        format!("{} {} {} {} {} {cid} {}", self.seq, self.format, self.from, self.field, self.at, self.value)
    }
}

const NOBODY: &str = "-";

fn named(part: &str) -> Option<String> {
    (part != NOBODY && !part.is_empty()).then(|| part.to_owned())
}

impl Notice {
    pub fn parse(payload: &str) -> Option<Notice> {
        let mut parts = payload.split(' ');
        let kind = parts.next()?;
        let chat = parts.next().unwrap_or(NOBODY).to_owned();
        let adviser = named(parts.next().unwrap_or(NOBODY));
        match kind {
            "m" => Some(Notice::Entries { carried: Carried::parse(&chat, &mut parts).map(Arc::new), chat, adviser }),
            "s" => Some(Notice::Changed { chat, adviser }),
            "t" => match parts.next() {
                Some("v") => Some(Notice::Typing { chat, adviser, by_visitor: true }),
                Some("a") => Some(Notice::Typing { chat, adviser, by_visitor: false }),
                _ => None,
            },
            "q" => Some(Notice::Queue),
            _ => None,
        }
    }

    pub fn to_payload(&self) -> String {
        let or_nobody = |adviser: &Option<String>| adviser.clone().unwrap_or_else(|| NOBODY.to_owned());
        match self {
            Notice::Entries { chat, adviser, carried: None } => format!("m {chat} {}", or_nobody(adviser)),
            Notice::Entries { chat, adviser, carried: Some(entry) } => format!("m {chat} {} {}", or_nobody(adviser), entry.to_payload()),
            Notice::Changed { chat, adviser } => format!("s {chat} {}", or_nobody(adviser)),
            Notice::Typing { chat, adviser, by_visitor } => {
                format!("t {chat} {} {}", or_nobody(adviser), if *by_visitor { "v" } else { "a" })
            }
            Notice::Queue => format!("q {NOBODY} {NOBODY}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn carried() -> Carried {
        Carried {
            chat: "c1".into(),
            seq: 7,
            format: "1".into(),
            from: "visitor".into(),
            field: "text".into(),
            at: 1_700_000_000_000,
            cid: "v-m1".into(),
            value: "s1.k.AbC+/=".into(),
        }
    }

    #[test]
    fn notices_round_trip_and_nonsense_is_ignored() {
        let amy = Some("amy".to_owned());
        for notice in [
            Notice::Entries { chat: "c1".into(), adviser: amy.clone(), carried: None },
            Notice::Entries { chat: "c1".into(), adviser: None, carried: Some(Arc::new(carried())) },
            Notice::Changed { chat: "c1".into(), adviser: None },
            Notice::Typing { chat: "c1".into(), adviser: amy.clone(), by_visitor: true },
            Notice::Typing { chat: "c1".into(), adviser: None, by_visitor: false },
            Notice::Queue,
        ] {
            assert_eq!(Notice::parse(&notice.to_payload()), Some(notice));
        }
        // What the Lua `wake` writes.
        assert_eq!(Notice::parse("s c1 -"), Some(Notice::Changed { chat: "c1".into(), adviser: None }));
        assert_eq!(Notice::parse("q c2 -"), Some(Notice::Queue));
        assert_eq!(Notice::parse("nonsense"), None);
        // What `wake_with_entry` writes; a copy cut short is no copy, the wake-up still counts.
        let entry = Notice::parse("m c1 - 7 1 visitor text 1700000000000 v-m1 s1.k.AbC+/=").unwrap();
        assert_eq!(entry, Notice::Entries { chat: "c1".into(), adviser: None, carried: Some(Arc::new(carried())) });
        assert_eq!(Notice::parse("m c1 amy 7 1 visitor"), Some(Notice::Entries { chat: "c1".into(), adviser: amy.clone(), carried: None }));
        let no_cid = Notice::parse("m c1 amy 8 1 system event 5 - visitor-back").unwrap();
        assert!(matches!(no_cid, Notice::Entries { carried: Some(c), .. } if c.cid.is_empty() && c.value == "visitor-back"));
        assert_eq!(Notice::parse("t c1 amy x"), None);
    }
}
