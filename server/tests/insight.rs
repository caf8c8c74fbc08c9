//! The insight counters against real Redis: random event histories with crashes between an
//! event and its counter and with replays always end with every counter equal to what the
//! events say; a counter key or value never holds an id, a name, a number or free text.
mod support;

use std::collections::HashMap;

use domain::insight::{counter_fields, day_of, InsightEvent};
use server::insight::store::keys;
use server::insight::{Applied, InsightStore, Outbox};
use support::*;

/// A small seeded generator (xorshift64*): each seed is one reproducible history.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const TEST_OUTBOX: Outbox = Outbox { name: "test", key: "{test}:insight" };

fn random_event(rng: &mut Rng, now: i64) -> InsightEvent {
    let kind = rng.pick(&["referral-received", "outcome", "chat-queued", "chat-answered", "initial-contact"]);
    // Within the last 30 hours: across UK midnight, inside what is remembered.
    let at = now - rng.below(30 * 3_600_000) as i64;
    let dims = [
        ("path", rng.pick(&["self", "professional", "friend-or-family"])),
        ("language", rng.pick(&["en", "ur", "ar", "pl"])),
        ("consent", rng.pick(&["yes", "no"])),
        ("outcome", rng.pick(&["one-to-one", "signposted", "no-safe-contact"])),
        ("contacted", rng.pick(&["yes", "no"])),
    ];
    let count = rng.below(dims.len() as u64 + 1) as usize;
    let mut event = InsightEvent::new(kind, at, &dims[..count]).unwrap();
    if rng.below(2) == 0 {
        event = event.lasting(rng.below(10 * 86_400_000) as i64);
    }
    if kind == "chat-queued" {
        event = event.hourly();
    }
    event
}

/// What the counters must say: every event's fields, counted once, per UK day.
fn expected(events: &[InsightEvent]) -> HashMap<String, HashMap<String, u64>> {
    let mut days: HashMap<String, HashMap<String, u64>> = HashMap::new();
    for event in events {
        let day = days.entry(keys::day(day_of(event.at_ms))).or_default();
        for field in counter_fields(event) {
            *day.entry(field).or_default() += 1;
        }
    }
    days
}

async fn counters(connection: &mut redis::aio::ConnectionManager) -> HashMap<String, HashMap<String, u64>> {
    let names: Vec<String> = redis::cmd("KEYS").arg(keys::DAYS).query_async(connection).await.unwrap();
    let mut days = HashMap::new();
    for name in names {
        let fields: HashMap<String, u64> = redis::cmd("HGETALL").arg(&name).query_async(connection).await.unwrap();
        days.insert(name, fields);
    }
    days
}

#[tokio::test]
async fn counters_equal_the_events_through_crashes_and_replays() {
    let redis = RedisServer::start();
    let (link, mut connection) = redis_link(&redis.url()).await;
    let store = InsightStore::new(link);
    let now = chrono::Utc::now().timestamp_millis();
    for seed in 1..=12u64 {
        let _: () = redis::cmd("FLUSHALL").query_async(&mut connection).await.unwrap();
        let mut rng = Rng(seed * 0x9E37_79B9_7F4A_7C15);
        let mut events = Vec::new();
        for _ in 0..(20 + rng.below(60)) {
            let event = random_event(&mut rng, now);
            // The change and its outbox entry are one script: recording is the event.
            store.record(&TEST_OUTBOX, &event).await.unwrap();
            events.push(event);
            match rng.below(10) {
                // A crash between the event and its counter: nothing counted yet.
                0..=2 => {}
                // The normal path: counted right after the event.
                3..=7 => {
                    store.drain(&TEST_OUTBOX).await.unwrap();
                }
                // Counted, then the catch-up job replays the window (and drains again).
                _ => {
                    store.drain(&TEST_OUTBOX).await.unwrap();
                    store.replay(&TEST_OUTBOX).await.unwrap();
                    store.drain(&TEST_OUTBOX).await.unwrap();
                }
            }
            // Sometimes the cursor is lost (a Redis restored from an older copy).
            if rng.below(25) == 0 {
                let _: () = redis::cmd("DEL").arg(keys::CURSORS).query_async(&mut connection).await.unwrap();
            }
        }
        // The catch-up job repairs whatever a crash left uncounted.
        store.replay(&TEST_OUTBOX).await.unwrap();
        let want = expected(&events);
        assert_eq!(counters(&mut connection).await, want, "seed {seed}");
        // Replaying and draining again never counts twice.
        assert_eq!(store.replay(&TEST_OUTBOX).await.unwrap(), 0, "seed {seed}");
        store.drain(&TEST_OUTBOX).await.unwrap();
        assert_eq!(counters(&mut connection).await, want, "seed {seed}");
    }
}

#[tokio::test]
async fn an_event_is_counted_once_per_id_and_never_when_too_old_to_tell() {
    let redis = RedisServer::start();
    let (link, mut connection) = redis_link(&redis.url()).await;
    let store = InsightStore::new(link);
    let now = chrono::Utc::now().timestamp_millis();
    let event = InsightEvent::new("feedback-given", now, &[("answer", "yes")]).unwrap();
    assert_eq!(store.apply("voice", "s1", &event).await.unwrap(), Applied::Counted);
    assert_eq!(store.apply("voice", "s1", &event).await.unwrap(), Applied::CountedBefore);
    assert_eq!(store.apply("other", "s1", &event).await.unwrap(), Applied::Counted);
    let old = InsightEvent::new("feedback-given", now - 4 * 86_400_000, &[]).unwrap();
    assert_eq!(store.apply("voice", "s2", &old).await.unwrap(), Applied::TooOld);
    let day: HashMap<String, u64> =
        redis::cmd("HGETALL").arg(keys::day(day_of(now))).query_async(&mut connection).await.unwrap();
    assert_eq!(day.get("feedback-given"), Some(&2));
    assert_eq!(day.get("feedback-given|answer=yes"), Some(&2));
    // Kept for years, never with the records.
    let ttl: i64 = redis::cmd("TTL").arg(keys::day(day_of(now))).query_async(&mut connection).await.unwrap();
    assert!(ttl > 6 * 365 * 86_400, "{ttl}");
}

#[tokio::test]
async fn what_is_remembered_and_the_outbox_are_bounded() {
    let redis = RedisServer::start();
    let (link, mut connection) = redis_link(&redis.url()).await;
    let store = InsightStore::new(link);
    let now = chrono::Utc::now().timestamp_millis();
    // Remembered events older than the window go on the next count.
    let _: () = redis::cmd("ZADD").arg(keys::SEEN).arg(now - 5 * 86_400_000).arg("stale").query_async(&mut connection).await.unwrap();
    store.apply("t", "1", &InsightEvent::new("k", now, &[]).unwrap()).await.unwrap();
    let stale: Option<f64> = redis::cmd("ZSCORE").arg(keys::SEEN).arg("stale").query_async(&mut connection).await.unwrap();
    assert_eq!(stale, None);
    // Outbox entries older than kept are trimmed.
    let old_id = format!("{}-0", now - 3 * 86_400_000);
    let _: String = redis::cmd("XADD").arg(TEST_OUTBOX.key).arg(&old_id).arg("kind").arg("k").arg("at").arg(now).query_async(&mut connection).await.unwrap();
    store.record(&TEST_OUTBOX, &InsightEvent::new("k", now, &[]).unwrap()).await.unwrap();
    assert_eq!(store.trim(&TEST_OUTBOX).await.unwrap(), 1);
    let left: usize = redis::cmd("XLEN").arg(TEST_OUTBOX.key).query_async(&mut connection).await.unwrap();
    assert_eq!(left, 1);
}
