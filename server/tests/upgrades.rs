//! Upgrades without downtime: records written by an earlier version are read by this one.
//! `fixtures/records-v1.redis` holds what the code before format versions wrote (generated
//! once, by `write_fixture` below run on that code); the tests load it into a fresh
//! redis-server and read every kind through today's code. A later format adds its own
//! fixture (`write_fixture` writes the current version's) and keeps every earlier one.
mod support;

use std::fmt::Write as _;

use redis::AsyncCommands;
use server::chat::store::{keys, Content};
use server::staff::accounts::{self, Role};
use server::staff::store::{insert_session, StaffStore};
use support::*;

/// The password of the fixture's adviser (only ever used against test data).
const FIXTURE_PASSWORD: &str = "fixture password, not a real one";

fn fixture_path(version: u32) -> std::path::PathBuf {
    repo_root().join(format!("server/tests/fixtures/records-v{version}.redis"))
}

/// Writes the fixture of the records today's code writes: a referral filed into the queue,
/// a submission the honeypot held, an adviser's account, session and desk, and a
/// conversation with messages both ways.
/// Run by hand when a format changes: `cargo test --test upgrades -- --ignored write_fixture`.
#[tokio::test]
#[ignore]
async fn write_fixture() {
    let version: u32 = std::env::var("FIXTURE_VERSION").map(|v| v.parse().unwrap()).unwrap_or(1);
    let redis = RedisServer::start();
    let config = config_for(&redis.url(), &repo_root().join("locales"));
    let app = app(&redis.url());
    let form = [
        ("submission-id", "5b1c3a7e-0000-4000-8000-000000000001"),
        ("name", "Fixture Person"),
        ("contact-method", "phone"),
        ("phone", "07700 900123"),
        ("safe-times", "weekday mornings"),
        ("risk-frightened", "yes"),
    ];
    assert_eq!(post_form(&app, "/en/refer/self", &form).await.status(), axum::http::StatusCode::SEE_OTHER);
    // A submission the honeypot caught, held for review.
    let caught = [
        ("submission-id", "5b1c3a7e-0000-4000-8000-000000000002"),
        ("name", "Held Person"),
        ("contact-method", "phone"),
        ("phone", "07700 900124"),
        (domain::referral::HONEYPOT, "filled"),
    ];
    assert_eq!(post_form(&app, "/en/refer/self", &caught).await.status(), axum::http::StatusCode::SEE_OTHER);
    let (link, mut connection) = redis_link(&redis.url()).await;
    assert_eq!(server::triage::intake::file_pending(&link, "fixture", 60_000).await.unwrap(), 1);

    let staff = StaffStore::new(link.clone());
    let enrolment = accounts::add(&staff, &config.sealer, "amy", FIXTURE_PASSWORD, Role::Adviser).await.unwrap();
    let session = insert_session(&mut connection, "amy", Role::Adviser).await.unwrap();

    let chat = server::chat::store::ChatStore::new(link.clone(), config.sealer.clone(), config.chat.clone());
    chat.ensure_desk("amy").await.unwrap();
    let desk = server::chat::store::Desk { status: "on-shift".into(), capacity: 2, languages: "en,pl".into() };
    chat.save_desk("amy", &desk).await.unwrap();
    chat.heartbeat("amy").await.unwrap();
    let server::chat::store::Start::Placed { chat: id, token, .. } = chat.start("en", "127.0.0.1").await.unwrap() else { panic!("no chat") };
    chat.append(&id, "visitor", Content::Text("Hello, is anyone there?"), "v-m1", "").await.unwrap();
    assert!(chat.offer(&id, "amy").await.unwrap());
    assert!(chat.accept(&id, "amy").await.unwrap());
    chat.append(&id, "adviser", Content::Text("I am here. Are you safe to talk?"), "a-r1", "amy").await.unwrap();
    chat.append(&id, "visitor", Content::Text("Yes, for now."), "v-m2", "").await.unwrap();

    let mut fixture = format!(
        "# Records written by frontdoor's format version {version}, sealed under the test data key\n\
         # (support::TEST_DATA_KEY). One Redis command per line, as a JSON array; `#` lines are notes.\n\
         # Written by `write_fixture` (server/tests/upgrades.rs); never edit by hand, never regenerate.\n\
         # session-token {session}\n# chat {id}\n# chat-token {token}\n# totp-secret {}\n",
        enrolment.secret_base32
    );
    for command in commands_for(&mut connection).await {
        writeln!(fixture, "{}", serde_json::to_string(&command).unwrap()).unwrap();
    }
    std::fs::create_dir_all(fixture_path(version).parent().unwrap()).unwrap();
    std::fs::write(fixture_path(version), fixture).unwrap();
}

/// Keys that only live a few seconds or count requests: no record of anything.
fn transient(key: &str) -> bool {
    key.ends_with(":alive") || key.ends_with(":starts") || key.starts_with("staff:failures") || key == keys::STATS || key == keys::DISPATCHER_LOCK
}

/// The commands that rebuild every lasting key of the Redis behind `connection`, in key
/// order (time to live left out: a fixture does not age).
async fn commands_for(connection: &mut redis::aio::ConnectionManager) -> Vec<Vec<String>> {
    let mut names: Vec<String> = connection.keys("*").await.unwrap();
    names.sort();
    let mut commands = Vec::new();
    for key in names.into_iter().filter(|k| !transient(k)) {
        let kind: String = redis::cmd("TYPE").arg(&key).query_async(connection).await.unwrap();
        let line = |name: &str, rest: Vec<String>| [vec![name.to_owned(), key.clone()], rest].concat();
        match kind.as_str() {
            "string" => commands.push(line("SET", vec![connection.get(&key).await.unwrap()])),
            "hash" => {
                let mut fields: Vec<(String, String)> = connection.hgetall(&key).await.unwrap();
                fields.sort();
                commands.push(line("HSET", fields.into_iter().flat_map(|(f, v)| [f, v]).collect()));
            }
            "set" => {
                let mut members: Vec<String> = connection.smembers(&key).await.unwrap();
                members.sort();
                commands.push(line("SADD", members));
            }
            "zset" => {
                let members: Vec<(String, String)> = connection.zrange_withscores(&key, 0, -1).await.unwrap();
                commands.push(line("ZADD", members.into_iter().flat_map(|(m, s)| [s, m]).collect()));
            }
            "list" => commands.push(line("RPUSH", connection.lrange(&key, 0, -1).await.unwrap())),
            "stream" => {
                let entries: redis::streams::StreamRangeReply = connection.xrange_all(&key).await.unwrap();
                for entry in entries.ids {
                    let mut fields: Vec<(String, String)> =
                        entry.map.iter().map(|(f, v)| (f.clone(), redis::from_redis_value(v.clone()).unwrap())).collect();
                    fields.sort();
                    commands.push(line("XADD", [vec![entry.id.clone()], fields.into_iter().flat_map(|(f, v)| [f, v]).collect()].concat()));
                }
                let groups: redis::streams::StreamInfoGroupsReply = connection.xinfo_groups(&key).await.unwrap();
                for group in groups.groups {
                    commands.push(vec!["XGROUP".into(), "CREATE".into(), key.clone(), group.name, group.last_delivered_id]);
                }
            }
            other => panic!("no fixture form for a {other} at {key}"),
        }
    }
    commands
}
