//! The chat scripts, loaded from `lua/`. Conversation scripts get the shared prelude
//! (`lua/prelude.lua`) in front, with the wake-up channel's name filled in from `keys`.
use std::sync::LazyLock;

use redis::Script;

use super::keys::WAKE_CHANNEL;

static PRELUDE: LazyLock<String> = LazyLock::new(|| include_str!("../lua/prelude.lua").replace("__WAKE_CHANNEL__", WAKE_CHANNEL));

fn conversation_script(body: &str) -> Script {
    Script::new(&format!("{}\n{body}", *PRELUDE))
}

pub static START: LazyLock<Script> = LazyLock::new(|| conversation_script(include_str!("../lua/start.lua")));
pub static RESUME: LazyLock<Script> = LazyLock::new(|| conversation_script(include_str!("../lua/resume.lua")));
pub static PARK: LazyLock<Script> = LazyLock::new(|| conversation_script(include_str!("../lua/park.lua")));
pub static APPEND: LazyLock<Script> = LazyLock::new(|| conversation_script(include_str!("../lua/append.lua")));
pub static OFFER: LazyLock<Script> = LazyLock::new(|| conversation_script(include_str!("../lua/offer.lua")));
pub static ACCEPT: LazyLock<Script> = LazyLock::new(|| conversation_script(include_str!("../lua/accept.lua")));
pub static REQUEUE: LazyLock<Script> = LazyLock::new(|| conversation_script(include_str!("../lua/requeue.lua")));
pub static TRANSFER: LazyLock<Script> = LazyLock::new(|| conversation_script(include_str!("../lua/transfer.lua")));
pub static END: LazyLock<Script> = LazyLock::new(|| conversation_script(include_str!("../lua/end.lua")));
pub static OUTCOME: LazyLock<Script> = LazyLock::new(|| conversation_script(include_str!("../lua/outcome.lua")));
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
