//! The voice domain's Redis: feedback answers (a capped stream, comments sealed) and the
//! month counts of answers, about-you replies and chat outcomes. Every key carries the tag
//! `{voice}`; nothing here holds a chat id, a referral id or a client address. Each step
//! takes the clock as an argument, so tests can drive time.
use std::collections::BTreeMap;
use std::sync::LazyLock;

use redis::streams::{StreamId, StreamRangeReply};
use redis::{AsyncCommands, Script};

use crate::infra::redis_link::RedisLink;

/// Every answer, newest last; entry ids carry the day only.
pub const FEEDBACK_STREAM: &str = "{voice}:feedback";
/// Page tokens already used, scored by when they expire.
pub const USED_TOKENS: &str = "{voice}:feedback:used";
/// Digests of events already counted, scored by when they were.
pub const COUNTED: &str = "{voice}:counted";
/// The most answers kept at once: a flood fills this and stops, it never grows Redis further.
pub const FEEDBACK_CAP: usize = 20_000;
/// The most counted events remembered; older ones are forgotten first.
pub const COUNTED_CAP: usize = 100_000;
/// How long a counted event is remembered (a re-sent form within it counts once).
pub const COUNTED_MEMORY_MS: i64 = 7 * DAY_MS;
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// One month's counts: `{voice}:counts:2026-11`.
pub fn counts_key(month: &str) -> String {
    format!("{{voice}}:counts:{month}")
}

static GIVE_FEEDBACK: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("lua/give_feedback.lua")));
static COUNT_ONCE: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("lua/count_once.lua")));

#[derive(Debug, thiserror::Error)]
pub enum VoiceError {
    #[error("redis is unavailable")]
    Unavailable,
    #[error("redis refused: {0}")]
    Refused(#[from] redis::RedisError),
}

/// What became of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    Kept,
    /// Its page token was used before (a double click, a replay).
    TokenUsed,
    /// The stream is at its cap.
    Full,
}

/// An answer as stored: the clear fields and the sealed comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFeedback {
    /// Random, the comment's binding; names nothing else.
    pub id: String,
    pub helped: String,
    pub after: String,
    pub language: String,
    pub sealed_comment: Option<String>,
}

/// An answer read back, with the day it was given (from its entry id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackEntry {
    pub day_ms: i64,
    pub feedback: StoredFeedback,
}

impl FeedbackEntry {
    fn from_stream(entry: StreamId) -> Option<FeedbackEntry> {
        let text = |name: &str| entry.get::<String>(name);
        let day_ms = entry.id.split_once('-')?.0.parse().ok()?;
        let feedback = StoredFeedback {
            id: text("id")?,
            helped: text("helped")?,
            after: text("after")?,
            language: text("language").unwrap_or_default(),
            sealed_comment: text("comment"),
        };
        Some(FeedbackEntry { day_ms, feedback })
    }
}

#[derive(Clone)]
pub struct VoiceStore {
    redis: RedisLink,
    feedback_days: u32,
    feedback_cap: usize,
}

impl VoiceStore {
    pub fn new(redis: RedisLink, feedback_days: u32) -> VoiceStore {
        VoiceStore { redis, feedback_days, feedback_cap: FEEDBACK_CAP }
    }

    /// The same store with another cap (tests use a small one).
    pub fn with_feedback_cap(mut self, cap: usize) -> VoiceStore {
        self.feedback_cap = cap;
        self
    }

    async fn connection(&self) -> Result<crate::infra::redis_link::RedisConnection, VoiceError> {
        self.redis.connection().await.ok_or(VoiceError::Unavailable)
    }

    /// The oldest entry id still inside `FEEDBACK_DAYS` at `now_ms`.
    fn oldest_kept(&self, now_ms: i64) -> String {
        format!("{}-0", (now_ms - i64::from(self.feedback_days) * DAY_MS).max(0))
    }

    /// Keeps an answer once per page token (`nonce`, valid until `expires_ms`).
    pub async fn give_feedback(&self, nonce: &str, expires_ms: i64, feedback: &StoredFeedback, now_ms: i64) -> Result<Kept, VoiceError> {
        let mut connection = self.connection().await?;
        let mut invocation = GIVE_FEEDBACK.prepare_invoke();
        invocation
            .key(FEEDBACK_STREAM)
            .key(USED_TOKENS)
            .arg(nonce)
            .arg(now_ms)
            .arg(expires_ms)
            .arg(self.oldest_kept(now_ms))
            .arg(self.feedback_cap)
            .arg(now_ms - now_ms.rem_euclid(DAY_MS));
        for (field, value) in [
            ("id", Some(&feedback.id)),
            ("helped", Some(&feedback.helped)),
            ("after", Some(&feedback.after)),
            ("language", Some(&feedback.language)),
            ("comment", feedback.sealed_comment.as_ref()),
        ] {
            if let Some(value) = value {
                invocation.arg(field).arg(value);
            }
        }
        let done: i64 = invocation.invoke_async(&mut connection).await?;
        Ok(match done {
            1 => Kept::Kept,
            0 => Kept::TokenUsed,
            _ => Kept::Full,
        })
    }

    /// The newest `count` answers that carry a comment, newest first, after deleting those
    /// past `FEEDBACK_DAYS`.
    pub async fn comments(&self, count: usize, now_ms: i64) -> Result<Vec<FeedbackEntry>, VoiceError> {
        self.forget_old(now_ms).await?;
        let mut connection = self.connection().await?;
        let newest: StreamRangeReply = connection.xrevrange_count(FEEDBACK_STREAM, "+", "-", self.feedback_cap).await?;
        Ok(newest
            .ids
            .into_iter()
            .filter_map(FeedbackEntry::from_stream)
            .filter(|entry| entry.feedback.sealed_comment.is_some())
            .take(count)
            .collect())
    }

    /// Deletes answers older than `FEEDBACK_DAYS`; returns how many went.
    pub async fn forget_old(&self, now_ms: i64) -> Result<usize, VoiceError> {
        let mut connection = self.connection().await?;
        Ok(redis::cmd("XTRIM").arg(FEEDBACK_STREAM).arg("MINID").arg(self.oldest_kept(now_ms)).query_async(&mut connection).await?)
    }

    /// Adds one to each of `names` in `month`'s counts, once per `event` (a digest).
    pub async fn count_once(&self, event: &str, month: &str, names: &[String], now_ms: i64) -> Result<bool, VoiceError> {
        let mut connection = self.connection().await?;
        let mut invocation = COUNT_ONCE.prepare_invoke();
        invocation.key(COUNTED).key(counts_key(month)).arg(event).arg(now_ms).arg(COUNTED_MEMORY_MS).arg(COUNTED_CAP);
        for name in names {
            invocation.arg(name);
        }
        let counted: i64 = invocation.invoke_async(&mut connection).await?;
        Ok(counted == 1)
    }

    /// Each month's counts (`YYYY-MM`), one read per month (one key each, no cross-slot read).
    pub async fn counts(&self, months: &[String]) -> Result<Vec<(String, BTreeMap<String, u64>)>, VoiceError> {
        let mut connection = self.connection().await?;
        let mut out = Vec::with_capacity(months.len());
        for month in months {
            let counts: BTreeMap<String, u64> = connection.hgetall(counts_key(month)).await?;
            out.push((month.clone(), counts));
        }
        Ok(out)
    }
}
