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

async fn counters(connection: &mut server::infra::redis_link::RedisConnection) -> HashMap<String, HashMap<String, u64>> {
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

/// A burst larger than a page (a page goes as one pipeline): every event counted once, by a
/// Redis that has forgotten the script too (a restart or a new master), and an entry that
/// is not an event holds up nothing.
#[tokio::test]
async fn a_burst_is_counted_once_a_page_at_a_time_even_by_a_redis_that_forgot_the_script() {
    let redis = RedisServer::start();
    let (link, mut connection) = redis_link(&redis.url()).await;
    let store = InsightStore::new(link);
    let now = chrono::Utc::now().timestamp_millis();
    let events = 1_201;
    for i in 0..events {
        store.record(&TEST_OUTBOX, &InsightEvent::new("chat-queued", now, &[]).unwrap()).await.unwrap();
        if i == 700 {
            let _: String = redis::cmd("XADD").arg(TEST_OUTBOX.key).arg("*").arg("junk").arg("1").query_async(&mut connection).await.unwrap();
        }
    }
    let _: () = redis::cmd("SCRIPT").arg("FLUSH").query_async(&mut connection).await.unwrap();
    assert_eq!(store.drain(&TEST_OUTBOX).await.unwrap(), events);
    let counted: Option<u64> = redis::cmd("HGET").arg(keys::day(day_of(now))).arg("chat-queued").query_async(&mut connection).await.unwrap();
    assert_eq!(counted, Some(events as u64));
    assert_eq!(store.drain(&TEST_OUTBOX).await.unwrap(), 0);
    assert_eq!(store.replay(&TEST_OUTBOX).await.unwrap(), 0);
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

const PERSON: &str = "Amelia Testperson";
const PHONE: &str = "07700 900111";
const FREE_TEXT: &str = "He took my keys again tonight";

/// A referral through the real form and intake, claimed, tried, reached and closed: then
/// every `{insight}` key and value is scanned.
#[tokio::test]
async fn counters_follow_a_referral_and_hold_no_personal_data() {
    use domain::referral::{ContactMethod, Outcome};
    use server::infra::sealing::Sealer;
    use server::triage::{intake, store::Triage};
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let pairs = [
        ("submission-id", "00000000-0000-4000-8000-0000000000aa"),
        ("name", PERSON),
        ("contact-method", "phone"),
        ("phone", PHONE),
        ("about", FREE_TEXT),
    ];
    assert_eq!(post_form(&app, "/en/refer/self", &pairs).await.status(), axum::http::StatusCode::SEE_OTHER);
    let (link, mut connection) = redis_link(&redis.url()).await;
    assert_eq!(intake::file_pending(&link, "instance-a", 60_000).await.unwrap(), 1);
    let sealer = Sealer::from_base64(TEST_DATA_KEY).unwrap();
    let mut triage = Triage { connection: &mut connection, claim_ms: 60_000 };
    let id = triage.claim_next("amy").await.unwrap().unwrap();
    triage.log_attempt(&sealer, &id, "amy", ContactMethod::Phone, false).await.unwrap();
    triage.log_attempt(&sealer, &id, "amy", ContactMethod::Phone, true).await.unwrap();
    triage.log_attempt(&sealer, &id, "amy", ContactMethod::Text, true).await.unwrap();
    triage.set_priority(&sealer, &id, "amy", domain::referral::Priority::High, "").await.unwrap();
    triage.close(&sealer, &id, "amy", Outcome::OneToOne, "").await.unwrap();

    let store = InsightStore::new(link);
    // A crash before counting: nothing counted until the catch-up.
    server::insight::jobs::catch_up(&store).await;
    for outbox in server::insight::OUTBOXES {
        store.drain(outbox).await.unwrap();
    }
    let today = keys::day(day_of(chrono::Utc::now().timestamp_millis()));
    let day: HashMap<String, u64> = redis::cmd("HGETALL").arg(&today).query_async(&mut connection).await.unwrap();
    for (field, count) in [
        ("referral-received|path=self", 1),
        ("referral-received|consent=yes", 1),
        ("first-attempt", 1),
        ("contact-attempt", 3),
        ("contact-attempt|reached=yes", 2),
        ("initial-contact", 1),
        ("initial-contact|on-time=yes", 1),
        ("priority-changed|to=high", 1),
        ("outcome|outcome=one-to-one", 1),
        ("outcome|engagement=engaged", 1),
    ] {
        assert_eq!(day.get(field).copied(), Some(count), "{field} in {day:?}");
    }

    // The scan: every counter key and field is made of labels, every value a count.
    let chat = "0123456789abcdef0123456789abcdef";
    let forbidden = [PERSON, "Amelia", "07700", "900111", FREE_TEXT, "keys again", &id, chat, "amy"];
    let names: Vec<String> = redis::cmd("KEYS").arg("{insight}:*").query_async(&mut connection).await.unwrap();
    assert!(names.iter().any(|n| n.starts_with("{insight}:day:")), "{names:?}");
    for name in &names {
        for bad in forbidden {
            assert!(!name.contains(bad), "{name}");
        }
        let kind: String = redis::cmd("TYPE").arg(name).query_async(&mut connection).await.unwrap();
        let dump: Vec<String> = match kind.as_str() {
            "hash" => redis::cmd("HGETALL").arg(name).query_async(&mut connection).await.unwrap(),
            "zset" => redis::cmd("ZRANGE").arg(name).arg(0).arg(-1).arg("WITHSCORES").query_async(&mut connection).await.unwrap(),
            other => panic!("{name} is a {other}"),
        };
        for text in &dump {
            for bad in forbidden {
                assert!(!text.contains(bad), "{name} holds {text}");
            }
        }
        if name.starts_with("{insight}:day:") {
            for pair in dump.chunks(2) {
                assert!(counter_field_is_labels(&pair[0]), "{name}: {}", pair[0]);
                let count: u64 = pair[1].parse().expect("a count");
                assert!(count < 10_000, "{name}: {}", pair[1]);
            }
        }
    }
}

/// `kind`, `kind|a=b|c=d` or `kind#b03`, each part a `Label`.
fn counter_field_is_labels(field: &str) -> bool {
    let (head, bucket) = field.split_once('#').map_or((field, None), |(h, b)| (h, Some(b)));
    let mut parts = head.split('|');
    let kind_ok = parts.next().is_some_and(|k| domain::insight::Label::new(k).is_ok());
    let dims_ok = parts.all(|part| {
        part.split_once('=').is_some_and(|(n, v)| domain::insight::Label::new(n).is_ok() && domain::insight::Label::new(v).is_ok())
    });
    let bucket_ok = bucket.is_none_or(|b| b.len() == 3 && b.starts_with('b'));
    kind_ok && dims_ok && bucket_ok
}

async fn session(url: &str, name: &str, role: &str) -> String {
    let mut connection = redis_manager(url).await;
    let cookie = server::staff::session::start(&mut connection, name, role, false).await.unwrap();
    cookie.to_str().unwrap().split(';').next().unwrap().to_owned()
}

const PAGES: [&str; 3] = ["/staff/insight", "/staff/insight.csv?period=month", "/staff/insight.json?period=quarter"];

#[tokio::test]
async fn only_team_leaders_and_admins_reach_the_dashboard_and_exports() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let adviser = session(&redis.url(), "amy", "adviser").await;
    let lead = session(&redis.url(), "lee", "team-leader").await;
    let admin = session(&redis.url(), "ada", "admin").await;
    for page in PAGES {
        let signed_out = get(&app, page).await;
        assert_eq!(signed_out.status(), axum::http::StatusCode::SEE_OTHER, "{page}");
        assert_eq!(signed_out.headers()["location"], "/staff/login", "{page}");
        assert_eq!(get_with(&app, page, &[("cookie", &adviser)]).await.status(), axum::http::StatusCode::FORBIDDEN, "{page}");
        for cookie in [&lead, &admin] {
            assert_eq!(get_with(&app, page, &[("cookie", cookie)]).await.status(), axum::http::StatusCode::OK, "{page}");
        }
    }
}

#[tokio::test]
async fn the_csv_says_what_the_page_says_and_small_numbers_are_hidden() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let (link, _) = redis_link(&redis.url()).await;
    let store = InsightStore::new(link.clone());
    let now = chrono::Utc::now().timestamp_millis();
    let mut n = 0;
    let mut add = |kind: &'static str, dims: &'static [(&'static str, &'static str)], times: usize| {
        // Chat arrivals are counted per hour too, as `start.lua` records them.
        let event = InsightEvent::new(kind, now, dims).unwrap();
        let event = if kind == "chat-queued" { event.hourly() } else { event };
        let events = vec![event; times];
        let store = store.clone();
        let start = n;
        n += times;
        async move {
            for (i, event) in events.iter().enumerate() {
                store.apply("test", &format!("e{}", start + i), event).await.unwrap();
            }
        }
    };
    add("referral-received", &[("path", "self"), ("language", "en")], 7).await;
    add("referral-received", &[("path", "professional"), ("language", "pl")], 3).await;
    add("outcome", &[("consent", "yes"), ("contacted", "yes"), ("outcome", "one-to-one")], 6).await;
    add("chat-queued", &[("language", "ar"), ("staffed", "no")], 2).await;
    // Chat outcomes are counted per month by `voice`: six chats this month.
    let voice = server::voice::store::VoiceStore::new(link.clone(), 30);
    let month = server::voice::tally::month_of(now);
    for chat in 0..6 {
        voice.count_once(&format!("chat-{chat}"), &month, &["chat-outcome:safety-planning".to_owned()], now).await.unwrap();
    }
    let lead = session(&redis.url(), "lee", "team-leader").await;
    let page = body_text(get_with(&app, "/staff/insight?period=week", &[("cookie", &lead)]).await).await;
    let csv = body_text(get_with(&app, "/staff/insight.csv?period=week", &[("cookie", &lead)]).await).await;
    let json: serde_json::Value =
        serde_json::from_str(&body_text(get_with(&app, "/staff/insight.json?period=week", &[("cookie", &lead)]).await).await).unwrap();
    assert!(csv.contains("referrals,path: self,7,0"), "{csv}");
    assert!(csv.contains("referrals,path: professional,fewer than 5,0"), "{csv}");
    assert!(csv.contains("engagement,rate,100%,none"), "{csv}");
    assert!(csv.contains("languages,ar,fewer than 5,0"), "{csv}");
    // Every CSV row of a measure is a row of that measure's table on the page.
    let mut checked = 0;
    // (The measures' rows start with their lower-case key; the monthly sections' with a title.)
    let measure_rows = |line: &&str| line.starts_with(|c: char| c.is_ascii_lowercase());
    for line in csv.lines().skip(2).filter(measure_rows).filter(|l| !l.starts_with("quarters,") && !l.starts_with("unstaffed,")) {
        let cells: Vec<&str> = line.split(',').collect();
        let row = format!("<th scope=\"row\">{}</th><td>{}</td><td>{}</td>", cells[1], cells[2], cells[3]);
        assert!(page.contains(&row), "the page lacks {row}");
        checked += 1;
    }
    assert!(checked > 20, "{checked}");
    let unstaffed = csv.lines().filter(|l| l.starts_with("unstaffed,")).count();
    assert_eq!(json["rows"].as_array().unwrap().len(), checked + unstaffed);
    assert!(csv.contains("unstaffed,total,fewer than 5,0"), "{csv}");
    // The monthly sections: on the page, in the CSV and in the JSON alike.
    let outcome_line = csv.lines().find(|l| l.starts_with("Chat outcomes,Safety planning,")).expect("the chat outcomes in the CSV");
    assert!(outcome_line.starts_with("Chat outcomes,Safety planning,6,"), "{outcome_line}");
    assert!(page.contains("<th scope=\"row\">Safety planning</th><td>6</td>"), "the chat outcomes on the page");
    let outcomes = json["voice"].as_array().unwrap().iter().find(|s| s["title"] == "Chat outcomes").expect("in the JSON");
    assert!(outcomes["rows"].as_array().unwrap().iter().any(|r| r["item"] == "Safety planning" && r["this_period"] == "6"), "{outcomes}");
    assert!(page.contains("Did this help?") && page.contains("About you: "), "feedback and about-you tables on the dashboard");
    assert!(page.contains("<svg"), "charts are drawn");
    assert!(!page.contains(" style="), "no inline style");
    assert_eq!(page.matches("<script").count(), page.matches("<script src=\"/").count(), "no inline script");
    // The small counts never appear as numbers.
    for hidden in ["<td>3</td>", "<td>2</td>", ">3<", ">2<"] {
        assert!(!page.contains(&format!("path: professional</th>{hidden}")), "{hidden}");
    }
}

#[tokio::test]
async fn final_days_are_read_once_and_recent_days_every_time() {
    let redis = RedisServer::start();
    let (link, mut connection) = redis_link(&redis.url()).await;
    let store = InsightStore::new(link);
    let today = day_of(chrono::Utc::now().timestamp_millis());
    let old_day = today - chrono::Duration::days(30);
    let at = |date: chrono::NaiveDate| date.and_hms_opt(12, 0, 0).unwrap().and_utc().timestamp_millis();
    let referral = |date| InsightEvent::new("referral-received", at(date), &[("path", "self")]).unwrap();
    let mut old = domain::insight::DayCounters { date: old_day, ..Default::default() };
    for field in counter_fields(&referral(old_day)) {
        old.fields.insert(field, 7);
    }
    store.seed(&[old]).await.unwrap();
    store.apply("test", "today-1", &referral(today)).await.unwrap();
    let referrals_on = |daily: &[(chrono::NaiveDate, std::sync::Arc<domain::insight::measures::Figures>)], date| {
        daily.iter().find(|(d, _)| *d == date).map(|(_, f)| f.referrals)
    };
    let first = store.daily_figures(old_day, today, today).await.unwrap();
    assert_eq!(first.len(), 31, "every day of the range, once");
    assert_eq!((referrals_on(&first, old_day), referrals_on(&first, today)), (Some(7), Some(1)));

    // The final day is not read again (its counters gone from Redis, it still shows); today's is.
    let _: () = redis::cmd("DEL").arg(keys::day(old_day)).query_async(&mut connection).await.unwrap();
    store.apply("test", "today-2", &referral(today)).await.unwrap();
    let again = store.daily_figures(old_day, today, today).await.unwrap();
    assert_eq!((referrals_on(&again, old_day), referrals_on(&again, today)), (Some(7), Some(2)));
    // A new store (another instance) reads it from Redis.
    let other = InsightStore::new(redis_link(&redis.url()).await.0);
    assert_eq!(referrals_on(&other.daily_figures(old_day, today, today).await.unwrap(), old_day), Some(0));
}
