//! The chat dispatcher: offers waiting visitors to advisers (the rule is
//! `domain::chat::routing`), takes back offers nobody accepted, returns the chats of advisers
//! whose console is gone, and closes chats whose visitor is gone or quiet. Every instance
//! runs it; a short Redis lock lets one act at a time, and each change is a script that
//! checks its own conditions, so a stale view can never do harm.
use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use domain::chat::routing::{next_assignment, Adviser, ShiftStatus, WaitingVisitor};
use redis::aio::ConnectionManager;
use redis::AsyncCommands;

use super::bus::{QUEUE_TOPIC, VISITOR_WAKES};
use super::scripts::HOLD_LOCK;
use super::store::{self, ChatError, ChatStore, Content};
use super::ChatHub;

const LOCK: &str = "chat:dispatcher";
const LOCK_MS: u64 = 3000;
const TICK: Duration = Duration::from_millis(500);

/// Timers (quiet chats, visitors gone) need no more than one look every few rounds.
const TIMER_EVERY_ROUNDS: u64 = 4;

pub async fn run(hub: ChatHub, instance: String) {
    let (_listening, mut wakes) = hub.bus.listen(vec![QUEUE_TOPIC.into()], VISITOR_WAKES);
    let mut rounds: u64 = 0;
    loop {
        // Wake on queue changes, or every tick for timers.
        let _ = tokio::time::timeout(TICK, wakes.recv()).await;
        rounds += 1;
        if let Err(error) = round(&hub.store, &instance, rounds % TIMER_EVERY_ROUNDS == 0).await {
            tracing::debug!(%error, "chat dispatcher round skipped");
        }
        // Drain wake-ups that arrived during the round: that round saw their changes.
        while wakes.try_recv().is_ok() {}
    }
}

/// One pass, if this instance holds the lock: timers first, then offers.
pub async fn round(store: &ChatStore, instance: &str, timers: bool) -> Result<(), ChatError> {
    let mut connection = store.connection().await?;
    let held: i64 = HOLD_LOCK.key(LOCK).arg(instance).arg(LOCK_MS).invoke_async(&mut connection).await?;
    if held != 1 {
        return Ok(());
    }
    let now = Utc::now().timestamp_millis();
    lapse_offers(store, &mut connection, now).await?;
    let advisers = advisers(store, &mut connection).await?;
    if timers {
        tend_live_chats(store, &mut connection, now).await?;
    }
    offer_waiting(store, &mut connection, advisers).await
}

/// Offers nobody accepted in time go back to the queue, passing that adviser over.
async fn lapse_offers(store: &ChatStore, connection: &mut ConnectionManager, now: i64) -> Result<(), ChatError> {
    let lapsed: Vec<String> = connection.zrangebyscore(store::OFFERS, "-inf", now).await?;
    for chat in lapsed {
        store.requeue(&chat, "", "", true, false).await?;
    }
    Ok(())
}

/// Every adviser with a desk, read in one round trip; those whose console is gone have
/// their chats re-queued.
async fn advisers(store: &ChatStore, connection: &mut ConnectionManager) -> Result<Vec<Adviser>, ChatError> {
    let names: Vec<String> = connection.smembers(store::KNOWN_ADVISERS).await?;
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let mut pipe = redis::pipe();
    for name in &names {
        pipe.exists(store::alive_key(name))
            .scard(store::chats_of(name))
            .cmd("HMGET")
            .arg(store::desk_key(name))
            .arg(&["status", "capacity", "languages", "idle_since"]);
    }
    type Desk = (Option<String>, Option<u32>, Option<String>, Option<i64>);
    let replies: Vec<redis::Value> = pipe.query_async(connection).await?;
    let mut found = Vec::new();
    for (name, reply) in names.into_iter().zip(replies.chunks(3)) {
        let alive: bool = redis::from_redis_value_ref(&reply[0]).map_err(redis::RedisError::from)?;
        let active_chats: u32 = redis::from_redis_value_ref(&reply[1]).map_err(redis::RedisError::from)?;
        if !alive {
            if active_chats > 0 {
                let chats: Vec<String> = connection.smembers(store::chats_of(&name)).await?;
                for chat in &chats {
                    // The visitor is told and goes to the front of the queue.
                    store.requeue(chat, &name, "adviser-lost", false, true).await?;
                }
            }
            continue;
        }
        let (status, capacity, languages, idle_since): Desk = redis::from_redis_value_ref(&reply[2]).map_err(redis::RedisError::from)?;
        let status = match status.as_deref() {
            Some("on-shift") => ShiftStatus::OnShift,
            Some("away") => ShiftStatus::Away,
            _ => ShiftStatus::Off,
        };
        found.push(Adviser {
            name,
            status,
            capacity: capacity.unwrap_or(3),
            active_chats,
            languages: languages.unwrap_or_default().split(',').map(str::to_owned).collect(),
            idle_since: DateTime::from_timestamp_millis(idle_since.unwrap_or(0)).unwrap_or_default(),
        });
    }
    Ok(found)
}

/// Visitors gone longer than the resume window, waits that ran out, and quiet chats.
async fn tend_live_chats(store: &ChatStore, connection: &mut ConnectionManager, now: i64) -> Result<(), ChatError> {
    let settings = &store.settings;
    let live: Vec<String> = connection.smembers(store::LIVE).await?;
    let mut pipe = redis::pipe();
    for chat in &live {
        pipe.cmd("HMGET").arg(store::chat_key(chat)).arg(&["state", "visitor_seen", "last_activity", "warned", "created"]);
    }
    if live.is_empty() {
        return Ok(());
    }
    let rows: Vec<(Option<String>, Option<i64>, Option<i64>, Option<u8>, Option<i64>)> = pipe.query_async(connection).await?;
    let ms = |seconds: u64| (seconds * 1000) as i64;
    for (chat, (state, seen, last_activity, warned, created)) in live.iter().zip(rows) {
        let Some(state) = state else {
            // Expired underneath us: nothing left to tend.
            let _: () = connection.srem(store::LIVE, chat).await?;
            continue;
        };
        let quiet = now - last_activity.unwrap_or(now);
        if now - seen.unwrap_or(now) > ms(settings.resume_seconds) {
            store.end(chat, "visitor-gone", "").await?;
        } else if state == "waiting" && now - created.unwrap_or(now) > ms(settings.max_wait_seconds) {
            store.end(chat, "wait-over", "").await?;
        } else if state == "active" && quiet > ms(settings.idle_seconds) + ms(settings.idle_warning_seconds) && warned == Some(1) {
            store.end(chat, "inactive", "").await?;
        } else if state == "active" && quiet > ms(settings.idle_seconds) && warned != Some(1) {
            let _: () = connection.hset(store::chat_key(chat), "warned", 1).await?;
            store.append(chat, "system", Content::Event("inactive-warning"), "", "").await?;
        }
    }
    Ok(())
}

/// Offers waiting visitors, longest-waiting first, while someone can take them; then
/// records what the queue estimate needs.
async fn offer_waiting(store: &ChatStore, connection: &mut ConnectionManager, mut advisers: Vec<Adviser>) -> Result<(), ChatError> {
    let waiting: Vec<(String, i64)> = connection.zrange_withscores(store::WAITING, 0, 199).await?;
    let mut pipe = redis::pipe();
    for (chat, _) in &waiting {
        pipe.cmd("HMGET").arg(store::chat_key(chat)).arg(&["lang", "passed"]);
    }
    // An empty pipeline is an error to the client, not an empty answer.
    let details: Vec<(Option<String>, Option<String>)> = if waiting.is_empty() { Vec::new() } else { pipe.query_async(connection).await? };
    let mut visitors: Vec<WaitingVisitor> = waiting
        .iter()
        .zip(details)
        .map(|((chat, rank), (language, passed))| WaitingVisitor {
            chat: chat.clone(),
            language: language.unwrap_or_default(),
            waiting_since: DateTime::from_timestamp_millis(*rank).unwrap_or_default(),
            passed_over_by: passed.unwrap_or_default().split(',').filter(|n| !n.is_empty()).map(str::to_owned).collect(),
        })
        .collect();
    // Someone every adviser on shift has passed over would wait for ever: start again.
    for visitor in &mut visitors {
        let someone_left = advisers.iter().any(|a| a.status == ShiftStatus::OnShift && !visitor.passed_over_by.contains(&a.name));
        if !someone_left && !visitor.passed_over_by.is_empty() {
            visitor.passed_over_by.clear();
            let _: () = connection.hdel(store::chat_key(&visitor.chat), "passed").await?;
        }
    }
    let mut by_name: HashMap<String, usize> = advisers.iter().enumerate().map(|(i, a)| (a.name.clone(), i)).collect();
    while let Some(assignment) = next_assignment(&visitors, &advisers) {
        visitors.retain(|v| v.chat != assignment.chat);
        if store.offer(&assignment.chat, &assignment.adviser).await? {
            if let Some(&i) = by_name.get(&assignment.adviser) {
                advisers[i].active_chats += 1;
            }
        } else if let Some(i) = by_name.remove(&assignment.adviser) {
            // Their state changed under us; leave them for the next round.
            advisers[i].status = ShiftStatus::Away;
        }
    }
    let on_shift = advisers.iter().filter(|a| a.status == ShiftStatus::OnShift).count();
    let free: u32 = advisers.iter().filter(|a| a.status == ShiftStatus::OnShift).map(Adviser::free_capacity).sum();
    let durations: Vec<i64> = connection.lrange(store::DURATIONS, 0, -1).await?;
    let average_ms = if durations.is_empty() { store::DEFAULT_CHAT_MS } else { durations.iter().sum::<i64>() / durations.len() as i64 };
    let names: Vec<&str> = advisers.iter().filter(|a| a.status == ShiftStatus::OnShift).map(|a| a.name.as_str()).collect();
    let _: () = redis::pipe()
        .hset_multiple(store::STATS, &[("on_shift", on_shift as i64), ("free", i64::from(free)), ("average_ms", average_ms), ("at", Utc::now().timestamp_millis())])
        .hset(store::STATS, "on_shift_names", names.join(","))
        .query_async(connection)
        .await?;
    Ok(())
}
