//! The chat scripts, loaded from `lua/`. Conversation scripts get the shared prelude
//! (`lua/prelude.lua`) in front, with the wake-up channel's name filled in from `keys` and
//! its publish command from `wake` (sharded pub/sub on a cluster), so each comes in two
//! versions and the store picks the one for its link; and the format versions they write
//! from `CHAT_FORMAT` and `ENTRY_FORMAT`.
use std::sync::LazyLock;

use redis::Script;

use super::keys::WAKE_CHANNEL;
use super::wake::publish_command;
use super::{CHAT_FORMAT, ENTRY_FORMAT};

/// A conversation script for one server and for a cluster.
pub struct ChatScript {
    plain: Script,
    sharded: Script,
}

impl ChatScript {
    /// The version whose wake-ups reach subscribers on this link.
    pub fn on(&self, sharded: bool) -> &Script {
        if sharded { &self.sharded } else { &self.plain }
    }
}

fn prelude(sharded: bool) -> String {
    include_str!("../lua/prelude.lua")
        .replace("__WAKE_CHANNEL__", WAKE_CHANNEL)
        .replace("__PUBLISH__", publish_command(sharded))
}

/// The prelude in front, the format versions filled in, and `insight_event`
/// (`crate::insight`) for the scripts that record events.
fn conversation_script(body: &str) -> ChatScript {
    let script = |sharded| {
        let source = format!("{}\n{body}", prelude(sharded))
            .replace("__CHAT_FORMAT__", &CHAT_FORMAT.written())
            .replace("__ENTRY_FORMAT__", &ENTRY_FORMAT.written());
        Script::new(&crate::insight::store::recording_script(&source))
    };
    ChatScript { plain: script(false), sharded: script(true) }
}

pub static START: LazyLock<ChatScript> = LazyLock::new(|| conversation_script(include_str!("../lua/start.lua")));
pub static RESUME: LazyLock<ChatScript> = LazyLock::new(|| conversation_script(include_str!("../lua/resume.lua")));
pub static PARK: LazyLock<ChatScript> = LazyLock::new(|| conversation_script(include_str!("../lua/park.lua")));
pub static APPEND: LazyLock<ChatScript> = LazyLock::new(|| conversation_script(include_str!("../lua/append.lua")));
pub static OFFER: LazyLock<ChatScript> = LazyLock::new(|| conversation_script(include_str!("../lua/offer.lua")));
pub static ACCEPT: LazyLock<ChatScript> = LazyLock::new(|| conversation_script(include_str!("../lua/accept.lua")));
pub static REQUEUE: LazyLock<ChatScript> = LazyLock::new(|| conversation_script(include_str!("../lua/requeue.lua")));
pub static TRANSFER: LazyLock<ChatScript> = LazyLock::new(|| conversation_script(include_str!("../lua/transfer.lua")));
pub static END: LazyLock<ChatScript> = LazyLock::new(|| conversation_script(include_str!("../lua/end.lua")));
pub static OUTCOME: LazyLock<ChatScript> = LazyLock::new(|| conversation_script(include_str!("../lua/outcome.lua")));
pub static LINK_REFERRAL: LazyLock<ChatScript> = LazyLock::new(|| conversation_script(include_str!("../lua/link_referral.lua")));
pub static HOLD_LOCK: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("../lua/hold_lock.lua")));

#[cfg(test)]
mod tests {
    /// Every script, as written in `lua/`.
    const SOURCES: &[(&str, &str)] = &[
        ("prelude", include_str!("../lua/prelude.lua")),
        ("start", include_str!("../lua/start.lua")),
        ("resume", include_str!("../lua/resume.lua")),
        ("park", include_str!("../lua/park.lua")),
        ("append", include_str!("../lua/append.lua")),
        ("offer", include_str!("../lua/offer.lua")),
        ("accept", include_str!("../lua/accept.lua")),
        ("requeue", include_str!("../lua/requeue.lua")),
        ("transfer", include_str!("../lua/transfer.lua")),
        ("end", include_str!("../lua/end.lua")),
        ("outcome", include_str!("../lua/outcome.lua")),
        ("hold_lock", include_str!("../lua/hold_lock.lua")),
        ("link_referral", include_str!("../lua/link_referral.lua")),
    ];

    #[test]
    fn scripts_take_every_key_from_keys_and_never_build_one() {
        for (name, source) in SOURCES {
            let code: String = source.lines().filter(|l| !l.trim_start().starts_with("--")).collect::<Vec<_>>().join("\n");
            for built in ["'chat:", "'adviser:", "{chat}", "ARGV[1] .."] {
                assert!(!code.contains(built), "{name}.lua builds a key name ({built})");
            }
        }
    }
}
