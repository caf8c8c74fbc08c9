//! The triage domain's Redis: the only code here that talks to it. Each referral is a hash;
//! waiting ones sit in a sorted set scored by priority then age (`lua/waiting_score.lua`,
//! the one definition of that order); claims sit in a sorted set scored by when they lapse.
//! Every change that must be all-or-nothing is one Lua script in `lua/`, so two advisers can
//! never hold the same referral.
//!
//! Every key a script touches carries the hash tag `{triage}` and is passed in `KEYS`, so each
//! script's keys share one Redis Cluster slot. Filing from the intake stream (`{referrals}`)
//! therefore cannot be one script: it is two idempotent steps, see `triage::intake`.
use std::collections::HashMap;
use std::sync::LazyLock;

use domain::referral::{ContactMethod, Outcome, Priority, PriorityChange, ReferralFlag};
pub use domain::triage::{Attempt, Note, QueueEntry, ReferralView};
use crate::infra::redis_link::RedisConnection;
use redis::{AsyncCommands, Script};

use crate::infra::record_format::{self, RecordFormat};
use crate::infra::sealing::{Binding, SealedField, Sealer};
use crate::referrals::referral::personal_binding;

fn note_binding(id: &str) -> Binding<'_> {
    Binding::new(SealedField::ReferralNote, id)
}

fn attempt_binding(id: &str) -> Binding<'_> {
    Binding::new(SealedField::ContactAttempt, id)
}

/// An attempt logged before attempts were sealed: plain JSON, never a sealed blob (sealed
/// blobs are base64 or `v2.…`, neither of which starts with a brace).
pub fn attempt_logged_in_clear(stored: &str) -> bool {
    stored.starts_with('{')
}

/// A note by `by`, stamped now, sealed to its referral.
pub(super) fn seal_note(sealer: &Sealer, id: &str, by: &str, text: &str) -> String {
    let note = Note { at_ms: chrono::Utc::now().timestamp_millis(), by: by.to_owned(), text: text.to_owned() };
    sealer.seal(serde_json::to_string(&note).expect("notes serialise").as_bytes(), &note_binding(id))
}

/// A logged attempt, opened.
fn open_attempt(sealer: &Sealer, id: &str, stored: &str) -> Option<Attempt> {
    match sealer.open(stored, &attempt_binding(id)) {
        Ok(bytes) => serde_json::from_slice(&bytes).ok(),
        Err(_) if attempt_logged_in_clear(stored) => serde_json::from_str(stored).ok(),
        Err(_) => None,
    }
}

/// Every key name of the triage domain.
pub mod keys {
    pub const WAITING: &str = "{triage}:waiting";
    pub const CLAIMED: &str = "{triage}:claimed";
    pub const CLOSED: &str = "{triage}:closed";
    /// Every referral taken on into a caseload (scored by when); they never lapse.
    pub const CASES: &str = "{triage}:cases";
    /// Wakes consoles up; the hashes are the truth.
    pub const EVENTS: &str = "{triage}:events";
    /// Who did what to which referral, and when: ids and action names, never personal data.
    /// Written by single commands only, so it needs no hash tag.
    pub const AUDIT: &str = "audit";
    /// The insight events of triage's changes, written by the same scripts (`crate::insight`).
    pub const INSIGHT_OUTBOX: &str = "{triage}:insight";

    pub fn referral(id: &str) -> String {
        format!("{{triage}}:referral:{id}")
    }
    pub fn attempts(id: &str) -> String {
        format!("{{triage}}:referral:{id}:attempts")
    }
    pub fn notes(id: &str) -> String {
        format!("{{triage}}:referral:{id}:notes")
    }
    /// One adviser's caseload (scored by when each was taken on or handed to them).
    pub fn cases_of(adviser: &str) -> String {
        format!("{{triage}}:cases:{adviser}")
    }
}
use keys::{CASES, CLAIMED, CLOSED, EVENTS, INSIGHT_OUTBOX, WAITING};

/// A script that puts referrals into the queue, with the queue's score function before it.
fn scoring_script(body: &str) -> Script {
    Script::new(&format!("{}\n{body}", include_str!("lua/waiting_score.lua")))
}

/// A script that records insight events in `INSIGHT_OUTBOX` (`crate::insight`).
fn recording_script(body: &str) -> Script {
    Script::new(&crate::insight::store::recording_script(body))
}

static FILE_SCRIPT: LazyLock<Script> =
    LazyLock::new(|| scoring_script(&crate::insight::store::recording_script(include_str!("lua/file.lua"))));
static RELEASE_SCRIPT: LazyLock<Script> = LazyLock::new(|| scoring_script(include_str!("lua/release.lua")));
static CLAIM_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("lua/claim.lua")));
static CLOSE_SCRIPT: LazyLock<Script> = LazyLock::new(|| recording_script(include_str!("lua/close.lua")));
static ATTEMPT_SCRIPT: LazyLock<Script> = LazyLock::new(|| recording_script(include_str!("lua/attempt.lua")));
static PRIORITY_SCRIPT: LazyLock<Script> = LazyLock::new(|| recording_script(include_str!("lua/priority.lua")));

#[derive(Debug, thiserror::Error)]
pub enum TriageError {
    #[error("redis: {0}")]
    Redis(#[from] redis::RedisError),
    #[error("not held by you")]
    NotHolder,
    #[error("{0}")]
    Priority(#[from] domain::referral::PriorityChangeError),
    #[error("no such referral")]
    Missing,
}

/// The format of a referral's hash (see `infra::record_format`).
pub const REFERRAL_FORMAT: RecordFormat = RecordFormat::new("triage-referral", 1);

/// What `entry_from` reads.
const QUEUE_FIELDS: &[&str] = &[
    "id", "path", "language", "priority", "created", "contact_by", "status", "holder", "initial_contact", "flags",
    "taken", "callback", "callback_outside", "attempts", "last_attempt", record_format::FIELD,
];

/// A referral's queue line; none for a hash of a newer format (left alone: neither listed
/// nor opened here).
fn entry_from(fields: &HashMap<String, String>) -> Option<QueueEntry> {
    if !REFERRAL_FORMAT.readable(fields.get(record_format::FIELD).map(String::as_str)) {
        return None;
    }
    let number = |name: &str| fields.get(name).and_then(|v| v.parse::<i64>().ok());
    Some(QueueEntry {
        id: fields.get("id")?.clone(),
        path: fields.get("path")?.clone(),
        language: fields.get("language")?.clone(),
        priority: Priority::from_slug(fields.get("priority")?)?,
        created_ms: number("created")?,
        contact_by_ms: number("contact_by")?,
        status: fields.get("status")?.clone(),
        holder: fields.get("holder").cloned().unwrap_or_default(),
        initial_contact_ms: number("initial_contact"),
        // Referrals filed before flags existed have none.
        flags: fields.get("flags").map(|f| ReferralFlag::split(f)).unwrap_or_default(),
        // Caseload and callback fields: absent on referrals from before them.
        taken: fields.get("taken").is_some_and(|t| t == "1"),
        callback_ms: number("callback"),
        callback_outside: fields.get("callback_outside").is_some_and(|t| t == "1"),
        attempts: number("attempts").unwrap_or(0).try_into().unwrap_or(0),
        last_reached: fields.get("last_attempt").and_then(|last| match last.as_str() {
            "reached" => Some(true),
            "not-reached" => Some(false),
            _ => None,
        }),
    })
}

pub struct Triage<'a> {
    pub connection: &'a mut RedisConnection,
    /// How long a claim lasts without activity before the referral returns to the queue.
    pub claim_ms: i64,
}

impl Triage<'_> {
    /// Files a referral from the intake stream into the queue; false if already filed.
    pub async fn file(&mut self, intake_id: &str, fields: &HashMap<String, String>) -> Result<bool, TriageError> {
        let get = |name: &str| fields.get(name).cloned().unwrap_or_default();
        let id = get("referral");
        let priority = Priority::from_slug(&get("priority")).unwrap_or(Priority::Standard);
        let created = get("created").parse::<i64>().unwrap_or_default().to_string();
        let copy = if fields.contains_key("resealed_from") { "1" } else { "" };
        let format = REFERRAL_FORMAT.written();
        let args = [
            &id,
            intake_id,
            &get("path"),
            &get("language"),
            priority.slug(),
            &created,
            &get("contact_by"),
            &get("sealed"),
            &get("flags"),
            copy,
            &format,
        ];
        let filed = self.run_script(&FILE_SCRIPT, &id, &[WAITING, EVENTS, INSIGHT_OUTBOX], &args).await?;
        if filed {
            crate::insight::nudge();
        }
        Ok(filed)
    }

    /// Claims a waiting referral, or renews the holder's claim; false if someone else has it.
    pub async fn claim(&mut self, id: &str, adviser: &str) -> Result<bool, TriageError> {
        let lapses = chrono::Utc::now().timestamp_millis() + self.claim_ms;
        self.run_script(&CLAIM_SCRIPT, id, &[WAITING, CLAIMED, EVENTS], &[id, adviser, &lapses.to_string()]).await
    }

    /// Claims the most urgent, oldest waiting referral, if any.
    pub async fn claim_next(&mut self, adviser: &str) -> Result<Option<String>, TriageError> {
        for _ in 0..10 {
            let next: Vec<String> = self.connection.zrange(WAITING, 0, 0).await?;
            let Some(id) = next.into_iter().next() else { return Ok(None) };
            if self.claim(&id, adviser).await? {
                return Ok(Some(id));
            }
        }
        Ok(None)
    }

    async fn release_as(&mut self, id: &str, holder: &str) -> Result<bool, TriageError> {
        let now = chrono::Utc::now().timestamp_millis().to_string();
        self.run_script(&RELEASE_SCRIPT, id, &[WAITING, CLAIMED, EVENTS], &[id, holder, &now]).await
    }

    /// Runs one of the scripts in `lua/` on one referral: KEYS are its hash then `sets`, ARGV
    /// is `args`. True when the script made its change (it answers 1).
    async fn run_script(&mut self, script: &Script, id: &str, sets: &[&str], args: &[&str]) -> Result<bool, TriageError> {
        Ok(self.script_answer(script, id, sets, args).await? == 1)
    }

    /// The same, giving the script's numeric answer.
    pub(super) async fn script_answer(&mut self, script: &Script, id: &str, sets: &[&str], args: &[&str]) -> Result<i32, TriageError> {
        let mut invocation = script.key(keys::referral(id));
        for key in sets {
            invocation.key(*key);
        }
        for arg in args {
            invocation.arg(*arg);
        }
        Ok(invocation.invoke_async(self.connection).await?)
    }

    pub async fn release(&mut self, id: &str, adviser: &str) -> Result<bool, TriageError> {
        self.release_as(id, adviser).await
    }

    /// An admin returns someone else's claim to the queue (an adviser left mid-shift).
    pub async fn return_to_queue(&mut self, id: &str) -> Result<bool, TriageError> {
        let holder: Option<String> = self.connection.hget(keys::referral(id), "holder").await?;
        match holder.filter(|h| !h.is_empty()) {
            Some(holder) => self.release_as(id, &holder).await,
            None => Ok(false),
        }
    }

    /// Returns lapsed claims to the queue; returns how many.
    pub async fn return_lapsed_claims(&mut self) -> Result<Vec<String>, TriageError> {
        let now = chrono::Utc::now().timestamp_millis();
        let lapsed: Vec<String> = self.connection.zrangebyscore(CLAIMED, "-inf", now).await?;
        let mut returned = Vec::new();
        for id in lapsed {
            if self.release_as(&id, "").await? {
                returned.push(id);
            }
        }
        Ok(returned)
    }

    async fn require_holder(&mut self, id: &str, adviser: &str) -> Result<(), TriageError> {
        let (status, holder): (Option<String>, Option<String>) =
            redis::cmd("HMGET").arg(keys::referral(id)).arg("status").arg("holder").query_async(self.connection).await?;
        if status.as_deref() == Some("claimed") && holder.as_deref() == Some(adviser) {
            self.claim(id, adviser).await?;
            Ok(())
        } else {
            Err(TriageError::NotHolder)
        }
    }

    /// Judgement may raise a priority freely; lowering needs a reason, kept sealed as a note.
    pub async fn set_priority(&mut self, sealer: &Sealer, id: &str, adviser: &str, to: Priority, reason: &str) -> Result<PriorityChange, TriageError> {
        let current: Option<String> = self.connection.hget(keys::referral(id), "priority").await?;
        let from = current.as_deref().and_then(Priority::from_slug).ok_or(TriageError::Missing)?;
        let change = PriorityChange::new(from, to, reason)?;
        let now = chrono::Utc::now().timestamp_millis().to_string();
        if !self.run_script(&PRIORITY_SCRIPT, id, &[INSIGHT_OUTBOX], &[adviser, to.slug(), &now]).await? {
            return Err(TriageError::NotHolder);
        }
        crate::insight::nudge();
        self.claim(id, adviser).await?;
        if let Some(reason) = &change.reason {
            let text = format!("Priority {} → {}: {reason}", from.slug(), to.slug());
            self.add_note(sealer, id, adviser, &text).await?;
        }
        Ok(change)
    }

    pub async fn log_attempt(&mut self, sealer: &Sealer, id: &str, adviser: &str, how: ContactMethod, reached: bool) -> Result<(), TriageError> {
        self.require_holder(id, adviser).await?;
        let at_ms = chrono::Utc::now().timestamp_millis();
        let attempt = Attempt { at_ms, by: adviser.to_owned(), how, reached };
        let json = serde_json::to_string(&attempt).expect("attempts serialise");
        // How and when the person was tried is personal too (it says they were in touch).
        let sealed = sealer.seal(json.as_bytes(), &attempt_binding(id));
        // Also sets "successful initial contact" (the first attempt that reached the person).
        let reached = if reached { "1" } else { "0" };
        let args = [adviser, sealed.as_str(), &at_ms.to_string(), how.slug(), reached];
        let attempts = keys::attempts(id);
        if !self.run_script(&ATTEMPT_SCRIPT, id, &[attempts.as_str(), INSIGHT_OUTBOX], &args).await? {
            return Err(TriageError::NotHolder);
        }
        crate::insight::nudge();
        Ok(())
    }

    pub async fn add_note(&mut self, sealer: &Sealer, id: &str, adviser: &str, text: &str) -> Result<(), TriageError> {
        self.require_holder(id, adviser).await?;
        self.append_note(sealer, id, adviser, text).await
    }

    /// A note whoever holds the referral (an export's reason, by a team leader).
    pub async fn append_note(&mut self, sealer: &Sealer, id: &str, adviser: &str, text: &str) -> Result<(), TriageError> {
        let _: () = self.connection.rpush(keys::notes(id), seal_note(sealer, id, adviser, text)).await?;
        Ok(())
    }

    pub async fn close(&mut self, sealer: &Sealer, id: &str, adviser: &str, outcome: Outcome, note: &str) -> Result<(), TriageError> {
        if !note.trim().is_empty() {
            self.add_note(sealer, id, adviser, &format!("Outcome: {}. {}", outcome.label(), note.trim())).await?;
        }
        let now = chrono::Utc::now().timestamp_millis().to_string();
        let sets = [CLAIMED, CLOSED, EVENTS, CASES, &keys::cases_of(adviser), INSIGHT_OUTBOX];
        if !self.run_script(&CLOSE_SCRIPT, id, &sets, &[id, adviser, outcome.slug(), &now]).await? {
            return Err(TriageError::NotHolder);
        }
        crate::insight::nudge();
        Ok(())
    }

    /// The queue's fields of each referral in one round trip, without the sealed blob:
    /// consoles ask for this every few seconds.
    pub async fn entries(&mut self, ids: Vec<String>) -> Result<Vec<QueueEntry>, TriageError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut pipe = redis::pipe();
        for id in &ids {
            pipe.cmd("HMGET").arg(keys::referral(id)).arg(QUEUE_FIELDS);
        }
        let rows: Vec<Vec<Option<String>>> = pipe.query_async(self.connection).await?;
        Ok(rows
            .into_iter()
            .filter_map(|values| {
                let fields: HashMap<String, String> = QUEUE_FIELDS
                    .iter()
                    .zip(values)
                    .filter_map(|(name, value)| Some((name.to_string(), value?)))
                    .collect();
                entry_from(&fields)
            })
            .collect())
    }

    /// The console's list: overdue first, then by priority and age; claimed ones after.
    pub async fn queue(&mut self) -> Result<Vec<QueueEntry>, TriageError> {
        let waiting: Vec<String> = self.connection.zrange(WAITING, 0, 499).await?;
        let claimed: Vec<String> = self.connection.zrange(CLAIMED, 0, 499).await?;
        let mut entries = self.entries(waiting).await?;
        let now = chrono::Utc::now().timestamp_millis();
        // A stable sort keeps priority-then-age order inside each group.
        entries.sort_by_key(|e| !e.overdue(now));
        entries.extend(self.entries(claimed).await?);
        let cases: Vec<String> = self.connection.zrange(CASES, 0, 499).await?;
        entries.extend(self.entries(cases).await?);
        Ok(entries)
    }

    /// Marks each waiting High referral that went overdue as announced; returns how many this
    /// call marked first (across instances exactly one marks each: HSETNX on its hash).
    pub async fn announce_overdue_high(&mut self, now_ms: i64) -> Result<usize, TriageError> {
        // High sorts first in the waiting set (score below 10^13, `lua/waiting_score.lua`).
        let high: Vec<String> = self.connection.zrangebyscore_limit(WAITING, "-inf", "(10000000000000", 0, 500).await?;
        let mut newly = 0;
        for entry in self.entries(high).await? {
            if entry.overdue(now_ms) && self.connection.hset_nx(keys::referral(&entry.id), "overdue_announced", now_ms).await? {
                newly += 1;
            }
        }
        Ok(newly)
    }

    /// The whole referral for the adviser holding it.
    pub async fn view(&mut self, sealer: &Sealer, id: &str, adviser: &str) -> Result<ReferralView, TriageError> {
        let view = self.record(sealer, id).await?;
        if !(view.entry.status == "claimed" && view.entry.holder == adviser) {
            return Err(TriageError::NotHolder);
        }
        self.claim(id, adviser).await?;
        Ok(view)
    }

    /// The whole referral, whoever holds it, claiming nothing: found again by a search, or
    /// exported for the case system (the caller audits the reading).
    pub async fn record(&mut self, sealer: &Sealer, id: &str) -> Result<ReferralView, TriageError> {
        let fields: HashMap<String, String> = self.connection.hgetall(keys::referral(id)).await?;
        let entry = entry_from(&fields).ok_or(TriageError::Missing)?;
        let personal = fields
            .get("sealed")
            .and_then(|s| sealer.open(s, &personal_binding(id)).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or(serde_json::Value::Null);
        let attempts: Vec<String> = self.connection.lrange(keys::attempts(id), 0, -1).await?;
        let notes: Vec<String> = self.connection.lrange(keys::notes(id), 0, -1).await?;
        Ok(ReferralView {
            suggested: fields.get("suggested").and_then(|s| Priority::from_slug(s)).unwrap_or(entry.priority),
            outcome: fields.get("outcome").and_then(|s| Outcome::from_slug(s)),
            entry,
            personal,
            attempts: attempts.iter().filter_map(|a| open_attempt(sealer, id, a)).collect(),
            notes: notes
                .iter()
                .filter_map(|n| sealer.open(n, &note_binding(id)).ok())
                .filter_map(|bytes| serde_json::from_slice(&bytes).ok())
                .collect(),
        })
    }
}

/// One line of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// The stream entry's id: where the next page starts.
    pub id: String,
    /// When, in ms since the epoch (`None` if the stored time is unreadable).
    pub at_ms: Option<i64>,
    pub who: String,
    pub action: String,
    /// The referral (or `chat:{id}`, or `-`/empty for actions on no record).
    pub referral: String,
}

/// Appends one line to the audit trail, stamped now.
pub async fn append_audit(connection: &mut RedisConnection, who: &str, action: &str, referral: &str) -> redis::RedisResult<()> {
    let now = chrono::Utc::now().timestamp_millis().to_string();
    redis::cmd("XADD")
        .arg(keys::AUDIT)
        .arg("*")
        .arg(&[("at", now.as_str()), ("who", who), ("action", action), ("referral", referral)])
        .query_async(connection)
        .await
}

/// Removes audit lines written before `cutoff_ms` (their ids are the times they were written).
pub async fn trim_audit_before(connection: &mut RedisConnection, cutoff_ms: i64) -> redis::RedisResult<usize> {
    redis::cmd("XTRIM").arg(keys::AUDIT).arg("MINID").arg(cutoff_ms.max(0)).query_async(connection).await
}

/// The newest `count` lines of the audit trail, newest first.
pub async fn recent_audit(connection: &mut RedisConnection, count: usize) -> redis::RedisResult<Vec<AuditEntry>> {
    audit_range(connection, "+", "-", count).await
}

/// Up to `count` lines from `end` back to `start` (stream ids, `(id` for "before id"), newest first.
pub async fn audit_range(connection: &mut RedisConnection, end: &str, start: &str, count: usize) -> redis::RedisResult<Vec<AuditEntry>> {
    let reply: redis::streams::StreamRangeReply = connection.xrevrange_count(keys::AUDIT, end, start, count).await?;
    Ok(reply
        .ids
        .iter()
        .map(|line| {
            let get = |field: &str| line.get::<String>(field).unwrap_or_default();
            AuditEntry { id: line.id.clone(), at_ms: get("at").parse().ok(), who: get("who"), action: get("action"), referral: get("referral") }
        })
        .collect())
}

/// When a referral was closed (ms), if it is closed.
pub async fn closed_at(connection: &mut RedisConnection, id: &str) -> redis::RedisResult<Option<i64>> {
    let score: Option<f64> = connection.zscore(CLOSED, id).await?;
    Ok(score.map(|ms| ms as i64))
}

/// The sets that between them hold every referral not yet deleted.
pub const EVERY_REFERRAL: [&str; 4] = [WAITING, CLAIMED, CASES, CLOSED];

/// One page of the referral ids in `set` (one of `EVERY_REFERRAL`).
pub async fn referral_ids(connection: &mut RedisConnection, set: &str, start: isize, count: isize) -> redis::RedisResult<Vec<String>> {
    connection.zrange(set, start, start + count - 1).await
}

/// Closed referrals closed before `cutoff_ms`.
pub async fn closed_before(connection: &mut RedisConnection, cutoff_ms: i64) -> redis::RedisResult<Vec<String>> {
    connection.zrangebyscore(CLOSED, "-inf", cutoff_ms).await
}

/// The intake stream entry a referral was filed from.
pub async fn intake_entry_of(connection: &mut RedisConnection, id: &str) -> redis::RedisResult<Option<String>> {
    connection.hget(keys::referral(id), "intake_id").await
}

/// Deletes a closed referral with its attempts and notes.
pub async fn delete_closed(connection: &mut RedisConnection, id: &str) -> redis::RedisResult<()> {
    let _: () = connection.del(&[keys::referral(id), keys::attempts(id), keys::notes(id)]).await?;
    connection.zrem(CLOSED, id).await
}
