//! Personal data at rest, against a real redis-server: every blob bound to its place (a chat
//! entry to its sender and sequence), data keys rotated with `rekey` while referrals keep
//! arriving, and the audit trail's window and failed writes.
mod support;

use std::collections::HashSet;

use axum::extract::ConnectInfo;
use domain::referral::{ContactMethod, HONEYPOT};
use server::chat::store::{keys as chat_keys, ChatStore, Content, Start};
use server::config::ChatSettings;
use server::infra::sealing::{Binding, SealedField, Sealer};
use server::referrals::quarantine::binding as held_binding;
use server::referrals::referral::personal_binding;
use server::referrals::store::quarantine::QUARANTINE_STREAM;
use server::referrals::store::INTAKE_STREAM;
use server::rekey::{self, Part, Tally};
use server::staff::accounts::{self, Role};
use server::staff::store::StaffStore;
use server::triage::store::{keys as triage_keys, Triage, EVERY_REFERRAL};
use server::triage::{audit, intake};
use support::*;

/// The key a rotation moves to; `TEST_DATA_KEY` is the one it moves from.
const NEW_KEY: &str = "HxwdHh8AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRo=";

/// An instance whose data keys are `keys`, with the referral rate limit out of the way.
fn instance(url: &str, keys: &str) -> axum::Router {
    let client = std::net::SocketAddr::from(([127, 0, 0, 1], 40000));
    let extra = [("DATA_KEYS", keys), ("REFERRAL_POSTS_PER_MINUTE", "100000")];
    router(&config_with(url, &repo_root().join("locales"), &extra)).layer(axum::Extension(ConnectInfo(client)))
}

fn submission(n: usize) -> String {
    format!("00000000-0000-4000-8000-{n:012}")
}

async fn refer(app: &axum::Router, n: usize, honeypot: &str) {
    let id = submission(n);
    let name = format!("Person {n}");
    let form = [("submission-id", id.as_str()), ("name", &name), ("contact-method", "phone"), ("phone", "07700 900111"), (HONEYPOT, honeypot)];
    assert_eq!(post_form(app, "/en/refer/self", &form).await.status(), axum::http::StatusCode::SEE_OTHER);
}

async fn file_everything(url: &str) {
    let (link, _) = redis_link(url).await;
    while intake::file_pending(&link, "test", 60_000).await.unwrap() > 0 {}
}

async fn stream(url: &str, key: &str) -> Vec<(String, std::collections::HashMap<String, String>)> {
    let reply: redis::streams::StreamRangeReply =
        redis::cmd("XRANGE").arg(key).arg("-").arg("+").query_async(&mut redis_manager(url).await).await.unwrap();
    reply
        .ids
        .into_iter()
        .map(|e| {
            let fields = e.map.iter().map(|(k, v)| (k.clone(), redis::from_redis_value::<String>(v.clone()).unwrap())).collect();
            (e.id, fields)
        })
        .collect()
}

#[tokio::test]
async fn rekey_from_one_key_to_two_while_referrals_arrive_loses_nothing() {
    let redis = RedisServer::start();
    let url = redis.url();
    let old = Sealer::from_base64(TEST_DATA_KEY).unwrap();

    // Before the rotation: referrals (filed, with a note and contact attempts, one of them
    // logged before attempts were sealed), a conversation, a held submission, an account.
    let before = instance(&url, TEST_DATA_KEY);
    for n in 0..20 {
        refer(&before, n, "").await;
    }
    file_everything(&url).await;
    let mut connection = redis_manager(&url).await;
    let mut triage = Triage { connection: &mut connection, claim_ms: 600_000 };
    let held = triage.claim_next("amira").await.unwrap().unwrap();
    triage.add_note(&old, &held, "amira", "Call after six only").await.unwrap();
    triage.log_attempt(&old, &held, "amira", ContactMethod::Phone, true).await.unwrap();
    let legacy = domain::triage::Attempt { at_ms: 1, by: "amira".into(), how: ContactMethod::Text, reached: false };
    let legacy_attempt = serde_json::to_string(&legacy).unwrap();
    let _: () = redis::cmd("RPUSH").arg(triage_keys::attempts(&held)).arg(&legacy_attempt).query_async(&mut connection).await.unwrap();
    let (link, _) = redis_link(&url).await;
    let chats = ChatStore::new(link.clone(), old.clone(), ChatSettings::default());
    let Start::Placed { chat, .. } = chats.start("en", "203.0.113.9").await.unwrap() else { panic!("placed") };
    let said = ["Is anyone there?", "He checks my phone", "I can talk until 3"];
    for (n, text) in said.iter().enumerate() {
        chats.append(&chat, "visitor", Content::Text(text), &format!("v-{n}"), "").await.unwrap();
    }
    refer(&before, 99, "autofilled name").await;
    assert_eq!(stream(&url, QUARANTINE_STREAM).await.len(), 1);
    let staff = StaffStore::new(link.clone());
    accounts::add(&staff, &old, "sam", "a long enough password", Role::Adviser).await.unwrap();
    let voice = server::voice::store::VoiceStore::new(link.clone(), 30);
    let answer = "b9f8e7d6-feedback";
    let now = chrono::Utc::now().timestamp_millis();
    let feedback = server::voice::store::StoredFeedback {
        id: answer.to_owned(),
        helped: "yes".to_owned(),
        after: "chat".to_owned(),
        language: "pl".to_owned(),
        sealed_comment: Some(old.seal("Dziękuję, pomogło".as_bytes(), &Binding::new(SealedField::FeedbackComment, answer))),
    };
    voice.give_feedback("nonce-1", now + 60_000, &feedback, now).await.unwrap();

    // The rotation: instances now seal with the new key and open both; referrals keep
    // arriving (and being filed) while `rekey` runs.
    let rotated = Sealer::from_keys([NEW_KEY, TEST_DATA_KEY]).unwrap();
    let after = instance(&url, &format!("{NEW_KEY},{TEST_DATA_KEY}"));
    let arrivals = tokio::spawn({
        let url = url.clone();
        async move {
            for n in 20..50 {
                refer(&after, n, "").await;
                if n % 5 == 0 {
                    file_everything(&url).await;
                }
            }
        }
    });
    let mut reports = Vec::new();
    let mut report = |pass: usize, part: Part, tally: &Tally| reports.push((pass, part, *tally));
    let last = rekey::run(redis_manager(&url).await, &rotated, 90, 5, &mut report).await.unwrap();
    arrivals.await.unwrap();
    file_everything(&url).await;
    // Anything sealed with the old key while rekey ran is taken by running it again.
    let last = if last.iter().all(|(_, t)| t.settled()) {
        last
    } else {
        rekey::run(redis_manager(&url).await, &rotated, 90, 5, &mut |_, _, _| {}).await.unwrap()
    };
    assert!(last.iter().all(|(_, t)| t.settled() && t.unreadable == 0), "{last:?}");
    let first_pass: u64 = reports.iter().filter(|(pass, _, _)| *pass == 1).map(|(_, _, t)| t.resealed).sum();
    assert!(first_pass >= 20 + 1 + 2 + 3 + 1 + 1 + 1, "the first pass re-sealed what was there: {reports:?}");
    file_everything(&url).await;

    // Everything opens with the new key alone, and nothing was lost or doubled.
    let only_new = Sealer::from_base64(NEW_KEY).unwrap();
    let intake_entries = stream(&url, INTAKE_STREAM).await;
    let referrals: HashSet<&str> = intake_entries.iter().map(|(_, f)| f["referral"].as_str()).collect();
    assert_eq!((intake_entries.len(), referrals.len()), (50, 50), "one intake entry per referral");
    for (_, fields) in &intake_entries {
        only_new.open(&fields["sealed"], &personal_binding(&fields["referral"])).expect("intake entry re-sealed");
    }
    let mut connection = redis_manager(&url).await;
    let mut filed = 0;
    for set in EVERY_REFERRAL {
        let ids: Vec<String> = redis::cmd("ZRANGE").arg(set).arg(0).arg(-1).query_async(&mut connection).await.unwrap();
        for id in ids {
            filed += 1;
            let (sealed, intake_id): (String, String) =
                redis::cmd("HMGET").arg(triage_keys::referral(&id)).arg("sealed").arg("intake_id").query_async(&mut connection).await.unwrap();
            only_new.open(&sealed, &personal_binding(&id)).expect("filed details re-sealed");
            let pointed = intake_entries.iter().find(|(entry, _)| *entry == intake_id);
            assert_eq!(pointed.map(|(_, f)| f["referral"].as_str()), Some(id.as_str()), "the referral points at its intake entry");
        }
    }
    assert_eq!(filed, 50);
    let mut triage = Triage { connection: &mut connection, claim_ms: 600_000 };
    let view = triage.view(&only_new, &held, "amira").await.unwrap();
    assert_eq!(view.personal["details"]["name"].as_str().map(|n| n.starts_with("Person ")), Some(true));
    assert_eq!(view.notes.len(), 1);
    assert_eq!(view.attempts.len(), 2, "both attempts, the one logged in clear now sealed");
    let raw: Vec<String> = redis::cmd("LRANGE").arg(triage_keys::attempts(&held)).arg(0).arg(-1).query_async(&mut connection).await.unwrap();
    assert!(raw.iter().all(|a| !a.contains("amira")), "{raw:?}");
    let conversation = ChatStore::new(link.clone(), only_new.clone(), ChatSettings::default()).entries_after(&chat, 0, 50).await.unwrap();
    let texts: Vec<&str> = conversation.iter().filter_map(|e| e.text.as_deref()).collect();
    assert_eq!(texts, said, "the conversation reads the same, in order");
    let held_submissions = stream(&url, QUARANTINE_STREAM).await;
    assert_eq!(held_submissions.len(), 1);
    only_new.open(&held_submissions[0].1["sealed"], &held_binding(&held_submissions[0].1["held"])).expect("held submission re-sealed");
    assert!(accounts::current_code(&staff, &only_new, "sam").await.is_some(), "the authenticator secret re-sealed");
    let comments = voice.comments(10, now).await.unwrap();
    let comment = comments[0].feedback.sealed_comment.as_deref().expect("the comment kept");
    let opened = only_new.open(comment, &Binding::new(SealedField::FeedbackComment, answer)).expect("the feedback comment re-sealed");
    assert_eq!(String::from_utf8(opened).unwrap(), "Dziękuję, pomogło");
    // No blob names the old key any more.
    let old_id = format!("v2.{}.", old.key_ids()[0]);
    assert!(!redis_dump(&url).await.contains(&old_id));
}

#[tokio::test]
async fn a_chat_entry_moved_to_another_sender_or_place_fails_to_open() {
    let redis = RedisServer::start();
    let (link, mut connection) = redis_link(&redis.url()).await;
    let sealer = Sealer::from_base64(TEST_DATA_KEY).unwrap();
    let chats = ChatStore::new(link, sealer, ChatSettings::default());
    let Start::Placed { chat, .. } = chats.start("en", "203.0.113.9").await.unwrap() else { panic!("placed") };
    chats.append(&chat, "visitor", Content::Text("first"), "v-1", "").await.unwrap();
    chats.append(&chat, "visitor", Content::Text("second"), "v-2", "").await.unwrap();
    let texts = |entries: Vec<server::chat::store::Entry>| entries.into_iter().filter_map(|e| e.text).collect::<Vec<_>>();
    assert_eq!(texts(chats.entries_after(&chat, 0, 10).await.unwrap()), ["first", "second"]);

    // Someone with Redis rewrites the record: the first message now claims to come from an
    // adviser, and the two messages' texts trade places.
    let log = chat_keys::log_key(&chat);
    let entries = stream(&redis.url(), &log).await;
    let _: () = redis::cmd("DEL").arg(&log).query_async(&mut connection).await.unwrap();
    for (index, (id, fields)) in entries.iter().enumerate() {
        let from = if index == 0 { "adviser" } else { "visitor" };
        let text = &entries[1 - index].1["text"];
        let _: String = redis::cmd("XADD").arg(&log).arg(id).arg("from").arg(from).arg("text").arg(text)
            .arg("cid").arg(&fields["cid"]).arg("at").arg(&fields["at"]).query_async(&mut connection).await.unwrap();
    }
    let shown = texts(chats.entries_after(&chat, 0, 10).await.unwrap());
    assert_eq!(shown, ["…", "…"], "neither opens where it was moved");
}

#[tokio::test]
async fn the_audit_trail_keeps_its_window_and_counts_failed_writes() {
    let redis = RedisServer::start();
    let (_, mut connection) = redis_link(&redis.url()).await;
    let day_ms = 86_400_000;
    let now = chrono::Utc::now().timestamp_millis();
    for (age_days, who) in [(401, "long-ago"), (399, "within")] {
        let id = format!("{}-0", now - age_days * day_ms);
        let _: String = redis::cmd("XADD").arg(audit::AUDIT_STREAM).arg(id).arg("at").arg(now - age_days * day_ms)
            .arg("who").arg(who).arg("action").arg("viewed").arg("referral").arg("r1").query_async(&mut connection).await.unwrap();
    }
    audit::record(&mut connection, "sam", "viewed", "r2").await;
    assert_eq!(audit::trim(&mut connection, 400).await.unwrap(), 1);
    let left: Vec<String> = audit::recent(&mut connection, 10).await.unwrap().into_iter().map(|e| e.who).collect();
    assert_eq!(left, ["sam", "within"]);

    // A write Redis refuses is not silent: /readyz counts it.
    let app = app(&redis.url());
    let count = |text: String| text.lines().find_map(|l| l.strip_prefix("audit-write-failures: ")?.parse::<u64>().ok()).unwrap();
    let before = count(body_text(get(&app, "/readyz").await).await);
    let _: () = redis::cmd("DEL").arg(audit::AUDIT_STREAM).query_async(&mut connection).await.unwrap();
    let _: () = redis::cmd("SET").arg(audit::AUDIT_STREAM).arg("not a stream").query_async(&mut connection).await.unwrap();
    audit::record(&mut connection, "sam", "viewed", "r3").await;
    let response = get(&app, "/readyz").await;
    assert_eq!(response.status(), axum::http::StatusCode::OK, "the work goes on");
    assert!(count(body_text(response).await) > before);
}
