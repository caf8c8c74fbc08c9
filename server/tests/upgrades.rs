//! Upgrades without downtime: records written by an earlier version are read by this one.
//! `fixtures/records-v1.redis` holds what the code before format versions wrote (generated
//! once, by `write_fixture` below run on that code); the tests load it into a fresh
//! redis-server and read every kind through today's code. A later format adds its own
//! fixture (`write_fixture` writes the current version's) and keeps every earlier one.
mod support;

use std::fmt::Write as _;

use redis::AsyncCommands;
use serde_json::json;
use server::chat::store::{keys, Content, ENTRY_FORMAT};
use server::infra::record_format::FIELD;
use server::referrals::store::INTAKE_STREAM;
use server::staff::accounts::{self, Role};
use server::staff::store::{insert_session, StaffStore};
use support::chat_sockets::*;
use support::process::Frontdoor;
use support::*;

/// The password of the fixture's adviser (only ever used against test data).
const FIXTURE_PASSWORD: &str = "fixture password, not a real one";

fn fixture_path(version: u32) -> std::path::PathBuf {
    repo_root().join(format!("server/tests/fixtures/records-v{version}.redis"))
}

/// Writes the fixture of the records today's code writes: a referral filed into the queue,
/// a submission the honeypot held, an adviser's account, session and desk, and a
/// conversation with messages both ways.
/// Run by hand when a format changes:
/// `FIXTURE_VERSION=2 cargo test --test upgrades -- --ignored write_fixture`.
#[tokio::test]
#[ignore]
async fn write_fixture() {
    let version: u32 = std::env::var("FIXTURE_VERSION").expect("FIXTURE_VERSION: the format version being written").parse().unwrap();
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
    let offer = domain::chat::routing::Assignment { chat: id.clone(), adviser: "amy".into() };
    assert_eq!(chat.offer_all(&[offer]).await.unwrap(), [true]);
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
async fn commands_for(connection: &mut server::infra::redis_link::RedisConnection) -> Vec<Vec<String>> {
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

/// The fixture of `version` loaded into a fresh redis-server, and its notes (`# name value`).
async fn load_fixture(version: u32) -> (RedisServer, std::collections::HashMap<String, String>) {
    let redis = RedisServer::start();
    let mut connection = redis_manager(&redis.url()).await;
    let mut notes = std::collections::HashMap::new();
    for line in std::fs::read_to_string(fixture_path(version)).expect("the fixture").lines() {
        if let Some(note) = line.strip_prefix("# ") {
            if let Some((name, value)) = note.split_once(' ') {
                notes.insert(name.to_owned(), value.to_owned());
            }
            continue;
        }
        let command: Vec<String> = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        let mut cmd = redis::cmd(&command[0]);
        cmd.arg(&command[1..]);
        let _: redis::Value = cmd.query_async(&mut connection).await.unwrap_or_else(|e| panic!("{line}: {e}"));
    }
    // What only lives seconds in real use: the session's age (it lasts 12 hours) and the
    // adviser's heartbeat, so the chat is not sent back to the queue before the console opens.
    let session = format!("staff:session:{}", server::infra::tokens::digest(&notes["session-token"]));
    let _: () = connection.hset(&session, "created", chrono::Utc::now().timestamp()).await.unwrap();
    let _: () = connection.pset_ex(keys::alive_key("amy"), "1", 60_000).await.unwrap();
    (redis, notes)
}

/// A long-lived fixture stays readable: its chat is not ended for being old.
const TIMELESS: &[(&str, &str)] = &[("CHAT_RESUME_SECONDS", "100000000"), ("CHAT_IDLE_SECONDS", "100000000"), ("CHAT_MAX_WAIT_SECONDS", "100000000")];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn todays_code_reads_every_record_of_format_1() {
    let (redis, notes) = load_fixture(1).await;
    let link = redis_link(&redis.url()).await.0;
    let frontdoor = Frontdoor::start(&redis.url(), free_port(), TIMELESS).await;
    let base = frontdoor.base();
    let cookie = format!("{}={}", server::staff::session::COOKIE, notes["session-token"]);
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();

    // The session works: the console opens, and the referral is in its queue.
    let console = http.get(format!("{base}/staff")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(console.status(), 200, "the session is still signed in");
    let console = console.text().await.unwrap();
    let referral = console.split("/staff/referral/").nth(1).and_then(|rest| rest.split(['/', '"']).next()).expect("a referral in the queue").to_owned();
    assert!(!console.contains("Fixture Person"), "nothing personal before a claim");
    // Claimed, it opens with its details.
    let csrf = console.split("name=\"csrf\" value=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap().to_owned();
    let claimed = http
        .post(format!("{base}/staff/claim-next"))
        .header("cookie", &cookie)
        .header("origin", &base)
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(claimed.headers()["location"], format!("/staff/referral/{referral}").as_str());
    let page = http.get(format!("{base}/staff/referral/{referral}")).header("cookie", &cookie).send().await.unwrap().text().await.unwrap();
    for detail in ["Fixture Person", "07700 900123", "weekday mornings"] {
        assert!(page.contains(detail), "the referral opens with {detail}");
    }

    // The account signs in (password and a one-time code); the held submission opens.
    let config = config_for(&redis.url(), &repo_root().join("locales"));
    let staff = StaffStore::new(link.clone());
    let code = accounts::current_code(&staff, &config.sealer, "amy").await.expect("the TOTP secret opens");
    assert_eq!(accounts::verify(&staff, &config.sealer, "amy", FIXTURE_PASSWORD, &code).await.unwrap(), Some(Role::Adviser));
    let (held, total) = server::referrals::store::ReferralStore::new(link.clone()).held(10, chrono::Utc::now().timestamp_millis()).await.unwrap();
    assert_eq!(total, 1);
    assert_eq!(held[0].caught.open(&config.sealer).unwrap()["name"], "Held Person");

    // The desk is as it was saved, and shows the chat with its transcript.
    let chat = notes["chat"].clone();
    let mut desk = connect(&frontdoor.addr, "/staff/chat/ws", Some(&cookie)).await;
    let frames = until(&mut desk, "the transcript", |f| is_entry(f, |e| e["text"] == "Yes, for now.")).await;
    let texts: Vec<&str> = frames.iter().filter(|f| f["type"] == "entry").filter_map(|f| f["entry"]["text"].as_str()).collect();
    assert_eq!(texts, ["Hello, is anyone there?", "I am here. Are you safe to talk?", "Yes, for now."]);
    let frames = until(&mut desk, "the desk", |f| f["type"] == "desk").await;
    let shown = frames.last().unwrap();
    assert_eq!((shown["status"].as_str(), shown["capacity"].as_u64(), shown["languages"].as_str()), (Some("on-shift"), Some(2), Some("en,pl")));
    assert_eq!(shown["chats"][0]["chat"], chat.as_str());

    // The visitor resumes with the transcript, and the conversation goes on both ways.
    let mut visitor = connect(&frontdoor.addr, "/chat/ws", None).await;
    send(&mut visitor, json!({ "type": "resume", "token": notes["chat-token"], "after": 0 })).await;
    let frames = until(&mut visitor, "the transcript", |f| is_entry(f, |e| e["text"] == "Yes, for now.")).await;
    assert!(frames.iter().any(|f| is_entry(f, |e| e["text"] == "I am here. Are you safe to talk?")));
    send(&mut visitor, json!({ "type": "message", "id": "m3", "text": "Are you still there?" })).await;
    until(&mut desk, "the visitor's new message", |f| is_entry(f, |e| e["text"] == "Are you still there?")).await;
    send(&mut desk, json!({ "type": "message", "chat": chat, "id": "r2", "text": "Yes." })).await;
    until(&mut visitor, "the adviser's new message", |f| is_entry(f, |e| e["text"] == "Yes.")).await;

    // What today's code writes carries its version; nothing was too new to read.
    let mut connection = redis_manager(&redis.url()).await;
    let log: redis::streams::StreamRangeReply = connection.xrange_all(keys::log_key(&chat)).await.unwrap();
    assert_eq!(log.ids.last().unwrap().get::<String>(FIELD), Some(ENTRY_FORMAT.written()));
    let ready = http.get(format!("{base}/readyz")).send().await.unwrap().text().await.unwrap();
    assert!(ready.contains("newer-format-records: none"), "{ready}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_of_a_newer_format_are_left_alone_and_reported() {
    let (redis, notes) = load_fixture(1).await;
    let mut connection = redis_manager(&redis.url()).await;
    // As a later version would write them: a referral in the queue and a new intake entry.
    let referrals: Vec<String> = connection.zrange(server::triage::store::keys::WAITING, 0, -1).await.unwrap();
    let filed = server::triage::store::keys::referral(&referrals[0]);
    let _: () = connection.hset(&filed, FIELD, "99").await.unwrap();
    let _: String = connection.xadd(INTAKE_STREAM, "*", &[(FIELD, "99"), ("referral", "from-the-future")]).await.unwrap();
    let frontdoor = Frontdoor::start(&redis.url(), free_port(), TIMELESS).await;
    let cookie = format!("{}={}", server::staff::session::COOKIE, notes["session-token"]);
    let http = reqwest::Client::new();
    let console = http.get(format!("{}/staff", frontdoor.base())).header("cookie", &cookie).send().await.unwrap().text().await.unwrap();
    assert!(!console.contains(&referrals[0]), "not listed");

    // Reported by kind on /readyz (the instance stays ready: the rest works) …
    let mut ready = String::new();
    for _ in 0..50 {
        ready = http.get(format!("{}/readyz", frontdoor.base())).send().await.unwrap().text().await.unwrap();
        if ready.contains("referral-intake=") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(ready.starts_with("ready\n") && ready.contains("triage-referral=") && ready.contains("referral-intake="), "{ready}");
    // … and left as they were: the hash unchanged, the intake entry neither filed nor acknowledged.
    let format: String = connection.hget(&filed, FIELD).await.unwrap();
    assert_eq!(format, "99");
    let filed_new: bool = connection.exists(server::triage::store::keys::referral("from-the-future")).await.unwrap();
    assert!(!filed_new);
    let pending: redis::streams::StreamPendingReply = connection.xpending(INTAKE_STREAM, "triage").await.unwrap();
    assert_eq!(pending.count(), 1, "left for an upgraded instance to file");
}
