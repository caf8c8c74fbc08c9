//! The insight dashboard for a year of data, and what counting costs an event.
//!
//! Starts a private redis-server, seeds a year of counters straight into it (50 000
//! referrals and 200 000 chats, spread over 365 days with their outcomes, contacts and
//! waits), then times what `/staff/insight` does for a quarter (read both periods and the
//! four quarters, work out the figures, render the page) and for a custom year: the first
//! view (every day read from Redis) and the views after it (final days from memory). Then it
//! times filing referrals (the script that now also writes the outbox entry) and counting
//! each entry (`InsightStore::drain`), against a referral post's own Redis write.
//!
//! cargo run --release -p chat-load --bin insight-bench
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{Duration as Days, NaiveDate};
use domain::insight::measures::{compare, Figures};
use domain::insight::period::{four_quarters_to, Period, PeriodKind};
use domain::insight::{counter_fields, DayCounters, InsightEvent};
use server::infra::redis_link::RedisLink;
use server::insight::{InsightStore, OUTBOXES};

const REFERRALS: u64 = 50_000;
const CHATS: u64 = 200_000;
const RUNS: usize = 20;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A year of days, each holding its share of referrals and chats as counters.
fn a_year(last: NaiveDate) -> Vec<DayCounters> {
    let paths = ["self", "professional", "friend-or-family"];
    let languages = ["en", "en", "en", "ur", "ar", "pl", "sk", "ro"];
    let outcomes = ["one-to-one", "group-work", "counselling", "signposted", "no-safe-contact"];
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    (0..365)
        .map(|back| {
            let date = last - Days::days(back);
            let noon = date.and_hms_opt(12, 0, 0).unwrap().and_utc().timestamp_millis();
            let mut day = DayCounters { date, ..Default::default() };
            let mut add = |event: InsightEvent| {
                for field in counter_fields(&event) {
                    *day.fields.entry(field).or_default() += 1;
                }
            };
            for _ in 0..REFERRALS / 365 {
                let path = paths[next(3) as usize];
                let consent = if next(10) == 0 { "no" } else { "yes" };
                add(InsightEvent::new("referral-received", noon, &[("path", path), ("priority", "standard"), ("language", languages[next(8) as usize]), ("consent", consent)]).unwrap());
                add(InsightEvent::new("first-attempt", noon, &[("path", path), ("priority", "standard")]).unwrap().lasting(next(3 * 86_400_000) as i64));
                add(InsightEvent::new("initial-contact", noon, &[("path", path), ("priority", "standard"), ("on-time", "yes")]).unwrap().lasting(next(5 * 86_400_000) as i64));
                add(InsightEvent::new("outcome", noon, &[("outcome", outcomes[next(5) as usize]), ("path", path), ("priority", "standard"), ("consent", consent), ("contacted", "yes")]).unwrap());
            }
            for _ in 0..CHATS / 365 {
                let at = noon - 12 * 3_600_000 + next(86_400_000) as i64;
                let staffed = if next(3) == 0 { "no" } else { "yes" };
                let language = languages[next(8) as usize];
                add(InsightEvent::new("chat-queued", at, &[("language", language), ("staffed", staffed)]).unwrap().hourly());
                add(InsightEvent::new("chat-answered", at, &[("language", language)]).unwrap().lasting(next(900_000) as i64));
                add(InsightEvent::new("chat-ended", at, &[("reason", "adviser-ended"), ("answered", "yes"), ("language", language)]).unwrap().lasting(next(3_600_000) as i64));
            }
            day
        })
        .collect()
}

/// What the dashboard handler does for `period`, less the session check: returns the page.
async fn dashboard(store: &InsightStore, period: Period) -> String {
    let previous = period.previous();
    let quarters = four_quarters_to(period.last);
    let today = domain::insight::day_of(chrono::Utc::now().timestamp_millis());
    let daily = store.daily_figures(previous.first.min(quarters[0].first), period.last.max(quarters[3].last), today).await.unwrap();
    let within = |p: &Period| Figures::sum(daily.iter().filter(|(date, _)| *date >= p.first && *date <= p.last).map(|(_, figures)| &**figures));
    let this_period = within(&period);
    let view = app::staff::InsightView {
        rows: compare(&this_period, &within(&previous)),
        period,
        previous,
        this_period,
        overdue_now: "0".to_owned(),
        quarters: quarters.iter().map(|q| (q.label(), within(q))).collect(),
        query: String::new(),
    };
    let desk = app::staff::Desk { name: "lee".into(), csrf: "csrf".into(), leads_team: true, current: "/staff/insight", ..Default::default() };
    app::staff::document("Insight", Some(&desk), app::staff::insight_page(view, Vec::new()))
}

fn stats(mut times: Vec<Duration>) -> String {
    times.sort();
    format!("median {:.1} ms, worst {:.1} ms", times[times.len() / 2].as_secs_f64() * 1e3, times.last().unwrap().as_secs_f64() * 1e3)
}

#[tokio::main]
async fn main() {
    let port = free_port();
    let dir = std::env::temp_dir().join(format!("insight-bench-{port}"));
    std::fs::create_dir_all(&dir).unwrap();
    let mut redis = Command::new("redis-server")
        .args(["--bind", "127.0.0.1", "--port", &port.to_string(), "--save", "", "--appendonly", "yes", "--appendfsync", "always"])
        .arg("--dir")
        .arg(&dir)
        .stdout(Stdio::null())
        .spawn()
        .expect("redis-server");
    let link = RedisLink::start(redis::Client::open(format!("redis://127.0.0.1:{port}")).unwrap());
    let mut connection = loop {
        if let Some(connection) = link.connection().await {
            break connection;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let store = InsightStore::new(link.clone());
    let today = domain::insight::day_of(chrono::Utc::now().timestamp_millis());
    let year = a_year(today);
    let fields: usize = year.iter().map(|d| d.fields.len()).sum();
    store.seed(&year).await.unwrap();
    println!("seeded 365 days: {REFERRALS} referrals, {CHATS} chats ({fields} counter fields)");

    for (name, period) in [
        ("quarter", Period::containing(PeriodKind::Quarter, today)),
        ("custom year", Period::custom(today - Days::days(364), today)),
    ] {
        // A store of its own each time, as a new instance has: it warms up on start (reading
        // the final days once); every view then reads only the days that can still change.
        let store = InsightStore::new(link.clone());
        let start = Instant::now();
        server::insight::jobs::warm(&store).await;
        let warming = start.elapsed();
        let mut times = Vec::new();
        let mut size = 0;
        for _ in 0..RUNS {
            let start = Instant::now();
            size = dashboard(&store, period).await.len();
            times.push(start.elapsed());
        }
        let first = times.remove(0);
        println!(
            "dashboard, {name}: a new instance warms up in {:.0} ms; then its first view {:.1} ms, and after it {} ({} kB page)",
            warming.as_secs_f64() * 1e3,
            first.as_secs_f64() * 1e3,
            stats(times),
            size / 1024
        );
    }

    // Counting's cost per event: a referral filed (the script writes the outbox entry too)
    // and the entry counted, against the referral post's own write (submit.lua's XADD).
    use server::triage::store::Triage;
    let mut filing = Vec::new();
    for i in 0..500 {
        let fields = std::collections::HashMap::from([
            ("referral".to_owned(), format!("bench-{i}")),
            ("path".to_owned(), "self".to_owned()),
            ("language".to_owned(), "en".to_owned()),
            ("priority".to_owned(), "standard".to_owned()),
            ("created".to_owned(), chrono::Utc::now().timestamp_millis().to_string()),
            ("contact_by".to_owned(), "0".to_owned()),
            ("sealed".to_owned(), "x".repeat(600)),
        ]);
        let start = Instant::now();
        Triage { connection: &mut connection, claim_ms: 60_000 }.file(&format!("{i}-1"), &fields).await.unwrap();
        filing.push(start.elapsed());
    }
    let start = Instant::now();
    let mut counted = 0;
    for outbox in OUTBOXES {
        counted += store.drain(outbox).await.unwrap();
    }
    let per_event = start.elapsed() / counted.max(1) as u32;
    println!("filing a referral (with its outbox entry): {}", stats(filing));
    println!("counting one event (drain, per event, {counted} events): {:.3} ms", per_event.as_secs_f64() * 1e3);
    println!("a chat message (append.lua) records no event: no counting cost");
    let _ = redis.kill();
    let _ = std::fs::remove_dir_all(&dir);
}
