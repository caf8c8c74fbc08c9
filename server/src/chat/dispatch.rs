//! The chat dispatcher: offers waiting visitors to advisers (the rule is
//! `domain::chat::routing`), takes back offers nobody accepted, returns the chats of advisers
//! whose console is gone, and closes chats whose visitor is gone or quiet. Every instance
//! runs it; a short Redis lock lets one act at a time, and each change is a script that
//! checks its own conditions, so a stale view can never do harm.
use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use domain::chat::routing::{assignments, Adviser, ShiftStatus, WaitingVisitor};

use super::bus::{QUEUE_TOPIC, VISITOR_WAKES};
use super::store::{ChatError, ChatStore, WAITING_PER_ROUND};
use super::ChatHub;

const LOCK_MS: u64 = 3000;
const TICK: Duration = Duration::from_millis(500);

/// Rounds start at least this far apart.
const MIN_ROUND_GAP: Duration = Duration::from_millis(100);

/// Timers (quiet chats, visitors gone) need no more than one look every few rounds.
const TIMER_EVERY_ROUNDS: u64 = 4;

pub async fn run(hub: ChatHub, instance: String) {
    let (_listening, mut wakes) = hub.bus.listen(vec![QUEUE_TOPIC.into()], VISITOR_WAKES);
    let mut rounds: u64 = 0;
    let mut timers = TimerCursor::default();
    let mut last_round = tokio::time::Instant::now().checked_sub(MIN_ROUND_GAP).unwrap_or_else(tokio::time::Instant::now);
    let mut more_waiting = false;
    loop {
        // Wake on queue changes, or every tick for timers; at once while visitors the last
        // round could not look at are waiting (no wake-up would come for them).
        if !more_waiting {
            let _ = tokio::time::timeout(TICK, wakes.recv()).await;
        }
        // A crowd arriving wakes this once per visitor: one round serves all who came within
        // the gap, instead of a round (every desk read again) per arrival. A lone arrival
        // after a quiet spell is served at once.
        tokio::time::sleep_until(last_round + MIN_ROUND_GAP).await;
        last_round = tokio::time::Instant::now();
        rounds += 1;
        let cursor = rounds.is_multiple_of(TIMER_EVERY_ROUNDS).then_some(&mut timers);
        more_waiting = match round(&hub.store, &instance, cursor).await {
            Ok(Round::MoreWaiting) => true,
            Ok(Round::Done) => false,
            Err(error) => {
                tracing::debug!(%error, "chat dispatcher round skipped");
                false
            }
        };
        // Drain wake-ups that arrived during the round: that round saw their changes.
        while wakes.try_recv().is_some() {}
    }
}

/// Where the timers' walk through the live chats is: each round with timers tends the next
/// slice, so a round's work is bounded and every live chat is seen every few rounds.
#[derive(Debug, Default)]
pub struct TimerCursor(u64);

/// What a round leaves behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Round {
    /// Everyone the round could look at was seen to.
    Done,
    /// The round looked at a full page of the queue and placed someone: more may be
    /// waiting behind it, so the next round should not wait for a wake-up.
    MoreWaiting,
}

/// One pass, if this instance holds the lock: timers first (the next slice of live chats,
/// when given a cursor), then offers.
pub async fn round(store: &ChatStore, instance: &str, timers: Option<&mut TimerCursor>) -> Result<Round, ChatError> {
    if !store.hold_dispatcher_lock(instance, LOCK_MS).await? {
        return Ok(Round::Done);
    }
    let now = Utc::now().timestamp_millis();
    lapse_offers(store, now).await?;
    let advisers = advisers(store).await?;
    if let Some(cursor) = timers {
        cursor.0 = tend_live_chats(store, now, cursor.0).await?;
    }
    offer_waiting(store, advisers).await
}

/// Offers nobody accepted in time go back to the queue, passing that adviser over.
async fn lapse_offers(store: &ChatStore, now: i64) -> Result<(), ChatError> {
    for chat in store.lapsed_offers(now).await? {
        store.requeue(&chat, "", "", true, false).await?;
    }
    Ok(())
}

/// Every adviser with a desk; those whose console is gone have their chats re-queued.
async fn advisers(store: &ChatStore) -> Result<Vec<Adviser>, ChatError> {
    let mut found = Vec::new();
    for reading in store.advisers().await? {
        if !reading.alive {
            if reading.active_chats > 0 {
                for chat in &store.chats_of(&reading.name).await? {
                    // The visitor is told and goes to the front of the queue.
                    store.requeue(chat, &reading.name, "adviser-lost", false, true).await?;
                }
            }
            continue;
        }
        let status = match reading.status.as_deref() {
            Some("on-shift") => ShiftStatus::OnShift,
            Some("away") => ShiftStatus::Away,
            _ => ShiftStatus::Off,
        };
        found.push(Adviser {
            name: reading.name,
            status,
            capacity: reading.capacity.unwrap_or(3),
            active_chats: reading.active_chats,
            languages: reading.languages.unwrap_or_default().split(',').map(str::to_owned).collect(),
            idle_since: DateTime::from_timestamp_millis(reading.idle_since.unwrap_or(0)).unwrap_or_default(),
        });
    }
    Ok(found)
}

/// A waiting visitor not seen for this long has no socket open (theirs renew every ping):
/// they leave the queue until they resume. Covers an instance that died with their socket.
const VISITOR_AWAY_MS: i64 = 3 * super::socket::PING_EVERY.as_millis() as i64;

/// Visitors gone longer than the resume window, waits that ran out, and quiet chats, in the
/// slice of live chats after `cursor`; returns the cursor for the next slice.
async fn tend_live_chats(store: &ChatStore, now: i64, cursor: u64) -> Result<u64, ChatError> {
    let settings = &store.settings;
    let ms = |seconds: u64| (seconds * 1000) as i64;
    let (next, live_chats) = store.live_chats(cursor).await?;
    for live in live_chats {
        let chat = live.chat.as_str();
        let Some(state) = live.state else {
            // Expired underneath us: nothing left to tend.
            store.forget_live(chat).await?;
            continue;
        };
        let quiet = now - live.last_activity.unwrap_or(now);
        let away = now - live.visitor_seen.unwrap_or(now);
        if away > ms(settings.resume_seconds) {
            store.end(chat, "visitor-gone", "").await?;
        } else if state == "waiting" && away > VISITOR_AWAY_MS {
            store.park(chat, "").await?;
        } else if state == "waiting" && now - live.created.unwrap_or(now) > ms(settings.max_wait_seconds) {
            store.end(chat, "wait-over", "").await?;
        } else if state == "active" && quiet > ms(settings.idle_seconds) + ms(settings.idle_warning_seconds) && live.warned {
            store.end(chat, "inactive", "").await?;
        } else if state == "active" && quiet > ms(settings.idle_seconds) && !live.warned {
            store.warn_inactive(chat).await?;
        }
    }
    Ok(next)
}

/// Offers waiting visitors, longest-waiting first, while someone can take them; then
/// records what the queue estimate needs.
async fn offer_waiting(store: &ChatStore, mut advisers: Vec<Adviser>) -> Result<Round, ChatError> {
    let mut visitors: Vec<WaitingVisitor> = store
        .waiting_chats()
        .await?
        .into_iter()
        .map(|waiting| WaitingVisitor {
            waiting_since: DateTime::from_timestamp_millis(waiting.rank).unwrap_or_default(),
            passed_over_by: waiting.passed.split(',').filter(|n| !n.is_empty()).map(str::to_owned).collect(),
            chat: waiting.chat,
            language: waiting.language,
        })
        .collect();
    // Someone every adviser on shift has passed over would wait for ever: start again.
    for visitor in &mut visitors {
        let someone_left = advisers.iter().any(|a| a.status == ShiftStatus::OnShift && !visitor.passed_over_by.contains(&a.name));
        if !someone_left && !visitor.passed_over_by.is_empty() {
            visitor.passed_over_by.clear();
            store.clear_passed(&visitor.chat).await?;
        }
    }
    // The whole round's offers at once; each script checks its own conditions again, so one
    // that no longer holds (the adviser went away meanwhile) just leaves its visitor waiting.
    let planned = assignments(&visitors, &advisers);
    let by_name: HashMap<String, usize> = advisers.iter().enumerate().map(|(i, a)| (a.name.clone(), i)).collect();
    let mut placed = 0;
    for (assignment, offered) in planned.iter().zip(store.offer_all(&planned).await?) {
        if let Some(&i) = by_name.get(&assignment.adviser).filter(|_| offered) {
            advisers[i].active_chats += 1;
            placed += 1;
        }
    }
    let on_shift: Vec<&Adviser> = advisers.iter().filter(|a| a.status == ShiftStatus::OnShift).collect();
    let free: u32 = on_shift.iter().map(|a| a.free_capacity()).sum();
    // Sorted, so the same advisers always make the same string (consoles compare it whole).
    let mut names: Vec<&str> = on_shift.iter().map(|a| a.name.as_str()).collect();
    names.sort_unstable();
    store.record_stats(&names, free, store.average_chat_ms().await?).await?;
    Ok(if placed > 0 && visitors.len() >= WAITING_PER_ROUND { Round::MoreWaiting } else { Round::Done })
}
