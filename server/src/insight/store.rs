//! The insight counters' Redis: the only code here that talks to it. Every counter key is
//! in the `{insight}` slot: one hash per UK day (`{insight}:day:2026-11-30`, field → count),
//! the events already counted (`{insight}:seen`, digests of event ids, kept `REMEMBERED_MS`)
//! and each outbox's cursor (`{insight}:cursors`). `lua/apply.lua` counts an event once per
//! event id; nothing else writes a counter.
//!
//! Events are recorded in an outbox stream in the slot of the change they describe, by the
//! same script (`lua/outbox.lua`), e.g. `{triage}:insight`. Counting reads an outbox and
//! applies each entry, keyed by the outbox's name and the entry's id, so a crash between the
//! change and its counter is repaired by the next read, and reading twice counts once.
use std::sync::{Arc, LazyLock};

use chrono::NaiveDate;
use domain::insight::measures::Figures;
use domain::insight::{counter_fields, day_of, DayCounters, InsightEvent, COUNTERS_KEPT_DAYS};
use redis::{AsyncCommands, Script};
use sha2::{Digest, Sha256};

use crate::infra::redis_link::{self, RedisConnection, RedisLink};

/// Every counter key name.
pub mod keys {
    use chrono::NaiveDate;

    /// Digests of the event ids counted in the last `REMEMBERED_MS`, scored by event time.
    pub const SEEN: &str = "{insight}:seen";
    /// Outbox name → the last entry id counted.
    pub const CURSORS: &str = "{insight}:cursors";
    /// Matches every day's counters (for SCAN).
    pub const DAYS: &str = "{insight}:day:*";

    /// One UK day's counters.
    pub fn day(date: NaiveDate) -> String {
        format!("{{insight}}:day:{date}")
    }
}

/// An outbox stream: where one slot's scripts record the events of their changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outbox {
    /// Short and fixed: part of every event id read from it.
    pub name: &'static str,
    pub key: &'static str,
}

/// How long an event is remembered as counted; older events are refused, never counted twice.
pub const REMEMBERED_MS: i64 = 3 * DAY_MS;
/// How far back the catch-up job reads each outbox again, whatever the cursor says.
pub const REPLAY_WINDOW_MS: i64 = DAY_MS;
/// Outbox entries are kept this long (longer than the replay window), then trimmed.
pub const OUTBOX_KEPT_MS: i64 = 2 * DAY_MS;
/// At most this many entries in an outbox (approximate trim on every write, `outbox.lua`).
pub const OUTBOX_MAX: usize = 200_000;
/// At most this many remembered events: far above a year's busiest three days.
pub const MOST_REMEMBERED: usize = 500_000;
/// Entries read from an outbox per round trip.
const PAGE: usize = 500;
const DAY_MS: i64 = 86_400_000;

static APPLY: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("lua/apply.lua")));
static ADVANCE: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("lua/advance.lua")));

/// A script that records insight events: `lua/outbox.lua` (its `insight_event` function)
/// in front of `body`. Other domains build their recording scripts with it.
pub fn recording_script(body: &str) -> String {
    format!("{}\n{body}", include_str!("lua/outbox.lua").replace("__OUTBOX_MAX__", &OUTBOX_MAX.to_string()))
}

#[derive(Debug, thiserror::Error)]
pub enum InsightError {
    #[error("redis: {0}")]
    Redis(#[from] redis::RedisError),
    #[error("redis unavailable")]
    Unavailable,
}

/// What applying an event did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    Counted,
    CountedBefore,
    /// Older than the events remembered: it may have been counted, so it is not.
    TooOld,
}

/// The digest an event is remembered by: ids never sit in the `{insight}` slot in clear.
pub fn event_digest(source: &str, event_id: &str) -> String {
    let digest = Sha256::new().chain_update(source.as_bytes()).chain_update(b":").chain_update(event_id.as_bytes()).finalize();
    hex::encode(&digest[..12])
}

#[derive(Clone)]
pub struct InsightStore {
    redis: RedisLink,
    /// Final days' figures, shared by every clone (`settled`).
    settled: Arc<super::settled::SettledDays>,
}

impl InsightStore {
    pub fn new(redis: RedisLink) -> InsightStore {
        InsightStore { redis, settled: Arc::default() }
    }

    async fn connection(&self) -> Result<RedisConnection, InsightError> {
        self.redis.connection().await.ok_or(InsightError::Unavailable)
    }

    /// Counts `event` once for its id (`source` names where the id comes from: an outbox's
    /// name, or another domain's own record). Applying it again changes nothing.
    pub async fn apply(&self, source: &str, event_id: &str, event: &InsightEvent) -> Result<Applied, InsightError> {
        let mut connection = self.connection().await?;
        apply_on(&mut connection, source, event_id, event, chrono::Utc::now().timestamp_millis()).await
    }

    /// Records an event in an outbox with one command (for a change that is itself one
    /// command, or an event that is its own record) and wakes the counting job.
    pub async fn record(&self, outbox: &Outbox, event: &InsightEvent) -> Result<(), InsightError> {
        let mut connection = self.connection().await?;
        let fields = event.to_fields();
        let _: String = redis::cmd("XADD")
            .arg(outbox.key)
            .arg("MAXLEN")
            .arg("~")
            .arg(OUTBOX_MAX)
            .arg("*")
            .arg(&fields)
            .query_async(&mut connection)
            .await?;
        super::nudge();
        Ok(())
    }

    /// Counts what is new in `outbox` since its cursor (or in the replay window, when there
    /// is no cursor or it is older), then moves the cursor. Returns how many were counted.
    pub async fn drain(&self, outbox: &Outbox) -> Result<usize, InsightError> {
        let mut connection = self.connection().await?;
        let now = chrono::Utc::now().timestamp_millis();
        let cursor: Option<String> = connection.hget(keys::CURSORS, outbox.name).await?;
        let window_start = format!("{}-0", now - REPLAY_WINDOW_MS);
        let start = match cursor {
            Some(cursor) if entry_ms(&cursor) >= now - REPLAY_WINDOW_MS => format!("({cursor}"),
            _ => window_start,
        };
        self.count_from(&mut connection, outbox, start, now, true).await
    }

    /// Counts every entry of `outbox` in the replay window again: what was counted already
    /// is skipped. Returns how many were counted now (each one a repair).
    pub async fn replay(&self, outbox: &Outbox) -> Result<usize, InsightError> {
        let mut connection = self.connection().await?;
        let now = chrono::Utc::now().timestamp_millis();
        self.count_from(&mut connection, outbox, format!("{}-0", now - REPLAY_WINDOW_MS), now, false).await
    }

    async fn count_from(&self, connection: &mut RedisConnection, outbox: &Outbox, mut start: String, now: i64, advance: bool) -> Result<usize, InsightError> {
        let mut counted = 0;
        loop {
            let page: redis::streams::StreamRangeReply = connection.xrange_count(outbox.key, &start, "+", PAGE).await?;
            let Some(last) = page.ids.last().map(|entry| entry.id.clone()) else { break };
            // The page's events go in one pipeline: a round trip per event kept the core busy
            // long after a burst of chats (and `apply.lua` counts each once, however sent).
            let mut calls = Vec::with_capacity(page.ids.len());
            for entry in &page.ids {
                let fields: Vec<(String, String)> = entry
                    .map
                    .keys()
                    .filter_map(|name| Some((name.clone(), entry.get::<String>(name)?)))
                    .collect();
                match InsightEvent::from_fields(fields.iter().map(|(n, v)| (n.as_str(), v.as_str()))) {
                    Ok(event) => calls.push(apply_call(outbox.name, &entry.id, &event, now)),
                    // Never personal: the entry holds labels only; say which outbox.
                    Err(_) => tracing::warn!(outbox = outbox.name, "insight: an outbox entry that is not an event"),
                }
            }
            let done: Vec<i64> = redis_link::invoke_all(connection, &calls).await?;
            counted += done.into_iter().filter(|done| applied(*done) == Applied::Counted).count();
            if advance {
                let _: i64 = ADVANCE.key(keys::CURSORS).arg(outbox.name).arg(&last).invoke_async(connection).await?;
            }
            if page.ids.len() < PAGE {
                break;
            }
            start = format!("({last}");
        }
        Ok(counted)
    }

    /// Drops outbox entries older than `OUTBOX_KEPT_MS` (their ids are their times).
    pub async fn trim(&self, outbox: &Outbox) -> Result<usize, InsightError> {
        let mut connection = self.connection().await?;
        let cutoff = chrono::Utc::now().timestamp_millis() - OUTBOX_KEPT_MS;
        Ok(redis::cmd("XTRIM").arg(outbox.key).arg("MINID").arg(cutoff).query_async(&mut connection).await?)
    }

    /// Each day's figures from `first` to `last` (inclusive), worked out once per day: days
    /// that can no longer change come from memory, the others from Redis in one round trip.
    pub async fn daily_figures(&self, first: NaiveDate, last: NaiveDate, today: NaiveDate) -> Result<Vec<(NaiveDate, Arc<Figures>)>, InsightError> {
        let dates: Vec<NaiveDate> = first.iter_days().take_while(|day| *day <= last).collect();
        let mut known: Vec<Option<Arc<Figures>>> = dates.iter().map(|date| self.settled.get(*date)).collect();
        let missing: Vec<NaiveDate> = dates.iter().zip(&known).filter(|(_, f)| f.is_none()).map(|(date, _)| *date).collect();
        if !missing.is_empty() {
            let mut read = self.read_days(&missing).await?.into_iter().map(|day| {
                let figures = Arc::new(Figures::of_day(&day));
                self.settled.keep(day.date, today, &figures);
                figures
            });
            for slot in known.iter_mut().filter(|f| f.is_none()) {
                *slot = read.next();
            }
        }
        Ok(dates.into_iter().zip(known).filter_map(|(date, f)| Some((date, f?))).collect())
    }

    /// The counters of each of `dates`, in one round trip.
    async fn read_days(&self, dates: &[NaiveDate]) -> Result<Vec<DayCounters>, InsightError> {
        let mut connection = self.connection().await?;
        let mut pipe = redis::pipe();
        for date in dates {
            pipe.hgetall(keys::day(*date));
        }
        let maps: Vec<std::collections::HashMap<String, u64>> = pipe.query_async(&mut connection).await?;
        Ok(dates.iter().zip(maps).map(|(date, fields)| DayCounters { date: *date, fields }).collect())
    }

    /// Writes counts straight into days' counters (benchmarks and tests seeding a year).
    pub async fn seed(&self, days: &[DayCounters]) -> Result<(), InsightError> {
        let mut connection = self.connection().await?;
        for chunk in days.chunks(30) {
            let mut pipe = redis::pipe();
            for day in chunk {
                let fields: Vec<(&String, &u64)> = day.fields.iter().collect();
                if !fields.is_empty() {
                    pipe.hset_multiple(keys::day(day.date), &fields).ignore();
                }
            }
            let _: () = pipe.query_async(&mut connection).await?;
        }
        Ok(())
    }
}

/// One event through `apply.lua`.
async fn apply_on(connection: &mut RedisConnection, source: &str, event_id: &str, event: &InsightEvent, now: i64) -> Result<Applied, InsightError> {
    let done: i64 = apply_call(source, event_id, event, now).invoke_async(connection).await?;
    Ok(applied(done))
}

/// The call of `apply.lua` that counts `event`, made ready to send.
fn apply_call(source: &str, event_id: &str, event: &InsightEvent, now: i64) -> redis::ScriptInvocation<'static> {
    let date = day_of(event.at_ms);
    let expires = date.and_hms_opt(0, 0, 0).expect("midnight").and_utc().timestamp() + COUNTERS_KEPT_DAYS * 86_400;
    let mut call = APPLY.prepare_invoke();
    call.key(keys::SEEN)
        .key(keys::day(date))
        .arg(event_digest(source, event_id))
        .arg(event.at_ms)
        .arg(now - REMEMBERED_MS)
        .arg(expires)
        .arg(MOST_REMEMBERED);
    for field in counter_fields(event) {
        call.arg(field);
    }
    call
}

/// What `apply.lua`'s answer says.
fn applied(done: i64) -> Applied {
    match done {
        1 => Applied::Counted,
        0 => Applied::CountedBefore,
        _ => Applied::TooOld,
    }
}

/// The time part of a stream entry id.
fn entry_ms(id: &str) -> i64 {
    id.split_once('-').and_then(|(ms, _)| ms.parse().ok()).unwrap_or(0)
}
