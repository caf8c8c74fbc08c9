//! The server's shape, checked: only a domain's store talks to Redis, stores build no HTML,
//! and Lua scripts take every key from `KEYS` instead of building key names themselves.
use std::path::{Path, PathBuf};

fn source_files(dir: &Path, extension: &str, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            source_files(&path, extension, found);
        } else if path.extension().is_some_and(|e| e == extension) {
            found.push(path);
        }
    }
}

fn server_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// A store is `store.rs` or any file under a `store/` folder; the Redis link itself is infra.
fn is_store(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == "store.rs")
        || path.components().any(|c| c.as_os_str() == "store")
        || path.ends_with("infra/redis_link.rs")
}

/// What sending a Redis command looks like in Rust with the `redis` crate.
const REDIS_COMMANDS: &[&str] = &[
    "redis::cmd(",
    "redis::pipe(",
    "query_async(",
    "invoke_async(",
    "AsyncCommands",
    "Script::new(",
    "PubSub",
];

#[test]
fn only_stores_talk_to_redis() {
    let mut files = Vec::new();
    source_files(&server_src(), "rs", &mut files);
    let offenders: Vec<String> = files
        .iter()
        .filter(|path| !is_store(path))
        .flat_map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            REDIS_COMMANDS
                .iter()
                .filter(|command| text.contains(**command))
                .map(|command| format!("{} uses {command}", path.display()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(offenders.is_empty(), "Redis commands outside a store:\n{}", offenders.join("\n"));
}

#[test]
fn stores_build_no_html() {
    let mut files = Vec::new();
    source_files(&server_src(), "rs", &mut files);
    for path in files.iter().filter(|path| is_store(path)) {
        let text = std::fs::read_to_string(path).unwrap();
        for marker in ["view!", "text/html", "<p>", "<div", "IntoResponse"] {
            assert!(!text.contains(marker), "{} builds a response ({marker})", path.display());
        }
    }
}

#[test]
fn scripts_are_files_that_take_their_keys_from_keys() {
    let mut scripts = Vec::new();
    source_files(&server_src(), "lua", &mut scripts);
    assert!(scripts.len() >= 10, "the Lua scripts live in lua/ folders, found {}", scripts.len());
    for path in &scripts {
        assert!(path.parent().is_some_and(|p| p.ends_with("lua")), "{} is not in a lua/ folder", path.display());
        let text = std::fs::read_to_string(path).unwrap();
        // PUBLISH names a channel, not a key: a cluster delivers it to every node. The chat
        // prelude's `__PUBLISH__` becomes SPUBLISH on a cluster, on `keys::WAKE_CHANNEL`,
        // which shares the `{chat}` slot of every key the chat scripts receive.
        let publishes = |l: &str| l.contains("redis.call('PUBLISH'") || l.contains("redis.call('__PUBLISH__', '__WAKE_CHANNEL__'");
        for line in text.lines().filter(|l| l.contains("redis.call(") && !publishes(l)) {
            // The first argument after the command is a key: it must come from KEYS or a
            // local taken from KEYS, never from a literal or a concatenation.
            let after = line.split("redis.call(").nth(1).unwrap_or_default();
            let key_argument = after.split(',').nth(1).unwrap_or_default().trim();
            assert!(
                !key_argument.starts_with('\'') && !key_argument.starts_with('"') && !key_argument.contains(".."),
                "{} builds a key name instead of taking it from KEYS: {}",
                path.display(),
                line.trim()
            );
        }
    }
    let mut rust = Vec::new();
    source_files(&server_src(), "rs", &mut rust);
    let inline = rust
        .iter()
        .filter(|path| std::fs::read_to_string(path).unwrap().contains("redis.call("))
        .map(|path| path.display().to_string())
        .collect::<Vec<_>>();
    assert!(inline.is_empty(), "Lua written inside Rust strings: {inline:?}");
}
