//! The honeypot quarantine's Redis: the stream `{referrals}:quarantine` holds each caught
//! submission (sealed) for seven days, at most `QUARANTINE_CAP` at once, until an admin
//! releases it into the intake stream or discards it. Every step takes the store's clock as
//! an argument, so tests can drive time.
use std::sync::LazyLock;

use domain::referral::ReferralPath;
use redis::streams::{StreamId, StreamRangeReply};
use redis::{AsyncCommands, Script};

use super::{intake_fields, submission_key, ReferralStore, StoreError, INTAKE_GROUP, INTAKE_STREAM, SUBMISSION_MEMORY_SECONDS};
use crate::infra::record_format::{self, RecordFormat};
use crate::referrals::quarantine::CaughtSubmission;
use crate::referrals::referral::NewReferral;

/// The stream caught submissions are held in.
pub const QUARANTINE_STREAM: &str = "{referrals}:quarantine";
/// How long a caught submission is held for review.
pub const QUARANTINE_MS: i64 = 7 * 24 * 60 * 60 * 1000;
/// The most caught submissions held at once: a flood of bots cannot grow Redis without end.
pub const QUARANTINE_CAP: usize = 10_000;
/// The format of a held submission's entry (see `infra::record_format`).
pub const HELD_FORMAT: RecordFormat = RecordFormat::new("held-submission", 1);

/// Remembers which held entry a caught submission id became.
pub fn quarantined_key(submission_id: &str) -> String {
    format!("{{referrals}}:quarantined:{submission_id}")
}

static QUARANTINE_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("../lua/quarantine.lua")));
static RELEASE_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("../lua/release.lua")));

/// One held submission: its stream entry id (the handle admins use) and what was held.
#[derive(Debug, Clone)]
pub struct HeldEntry {
    pub entry_id: String,
    pub caught: CaughtSubmission,
}

impl HeldEntry {
    /// The held submission, unless the entry is of a newer format (left alone).
    fn from_stream(entry: StreamId) -> Option<HeldEntry> {
        let text = |name: &str| entry.get::<String>(name);
        if !HELD_FORMAT.readable(text(record_format::FIELD).as_deref()) {
            return None;
        }
        let caught = CaughtSubmission {
            id: text("held")?,
            submission_id: text("submission")?,
            path: ReferralPath::from_slug(&text("path")?)?,
            language: text("language")?,
            received_ms: text("received")?.parse().ok()?,
            sealed: text("sealed")?,
        };
        Some(HeldEntry { entry_id: entry.id, caught })
    }
}

/// A stream entry id as Redis writes them (`<ms>-<seq>`); anything else is no entry.
fn is_entry_id(id: &str) -> bool {
    id.split_once('-').is_some_and(|(ms, seq)| {
        [ms, seq].iter().all(|part| !part.is_empty() && part.len() <= 20 && part.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// The oldest entry id still inside the seven days at `now_ms`.
fn oldest_kept(now_ms: i64) -> String {
    format!("{}-0", (now_ms - QUARANTINE_MS).max(0))
}

impl ReferralStore {
    /// Holds a caught submission once per submission id. Returns the held entry's id (an
    /// earlier one for a re-send), or `None` when the quarantine is full.
    pub async fn quarantine(&self, caught: &CaughtSubmission, now_ms: i64) -> Result<Option<String>, StoreError> {
        let mut connection = self.redis.connection().await.ok_or(StoreError::Unavailable)?;
        let mut invocation = QUARANTINE_SCRIPT.prepare_invoke();
        invocation
            .key(quarantined_key(&caught.submission_id))
            .key(QUARANTINE_STREAM)
            .arg(oldest_kept(now_ms))
            .arg(self.quarantine_cap)
            .arg(SUBMISSION_MEMORY_SECONDS);
        for (field, value) in [
            (record_format::FIELD, HELD_FORMAT.written()),
            ("held", caught.id.clone()),
            ("submission", caught.submission_id.clone()),
            ("path", caught.path.slug().to_owned()),
            ("language", caught.language.clone()),
            ("received", caught.received_ms.to_string()),
            ("sealed", caught.sealed.clone()),
        ] {
            invocation.arg(field).arg(value);
        }
        Ok(invocation.invoke_async(&mut connection).await?)
    }

    /// The newest `count` held submissions, newest first, and how many are held in all,
    /// after dropping those past their seven days at `now_ms`.
    pub async fn held(&self, count: usize, now_ms: i64) -> Result<(Vec<HeldEntry>, usize), StoreError> {
        let mut connection = self.redis.connection().await.ok_or(StoreError::Unavailable)?;
        let _: usize = redis::cmd("XTRIM")
            .arg(QUARANTINE_STREAM).arg("MINID").arg(oldest_kept(now_ms))
            .query_async(&mut connection)
            .await?;
        let newest: StreamRangeReply = connection.xrevrange_count(QUARANTINE_STREAM, "+", "-", count).await?;
        let total: usize = connection.xlen(QUARANTINE_STREAM).await?;
        Ok((newest.ids.into_iter().filter_map(HeldEntry::from_stream).collect(), total))
    }

    /// One held submission, if it is still held.
    pub async fn held_entry(&self, entry_id: &str) -> Result<Option<HeldEntry>, StoreError> {
        if !is_entry_id(entry_id) {
            return Ok(None);
        }
        let mut connection = self.redis.connection().await.ok_or(StoreError::Unavailable)?;
        let found: StreamRangeReply = connection.xrange(QUARANTINE_STREAM, entry_id, entry_id).await?;
        Ok(found.ids.into_iter().next().and_then(HeldEntry::from_stream))
    }

    /// Files a held submission as `referral` and stops holding it, in one step, once. Returns
    /// the referral id (an earlier one when its submission id was already filed), or `None`
    /// when it is no longer held (released or discarded already).
    pub async fn release(&self, held: &HeldEntry, referral: &NewReferral) -> Result<Option<String>, StoreError> {
        let mut connection = self.redis.connection().await.ok_or(StoreError::Unavailable)?;
        let mut invocation = RELEASE_SCRIPT.prepare_invoke();
        invocation
            .key(QUARANTINE_STREAM)
            .key(submission_key(&held.caught.submission_id))
            .key(INTAKE_STREAM)
            .arg(&held.entry_id)
            .arg(&referral.id)
            .arg(SUBMISSION_MEMORY_SECONDS)
            .arg(INTAKE_GROUP);
        for (field, value) in intake_fields(referral) {
            invocation.arg(field).arg(value);
        }
        Ok(invocation.invoke_async(&mut connection).await?)
    }

    /// Stops holding a submission; false when it was not held any more.
    pub async fn discard(&self, entry_id: &str) -> Result<bool, StoreError> {
        if !is_entry_id(entry_id) {
            return Ok(false);
        }
        let mut connection = self.redis.connection().await.ok_or(StoreError::Unavailable)?;
        let deleted: usize = connection.xdel(QUARANTINE_STREAM, &[entry_id]).await?;
        Ok(deleted > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_stream_ids_reach_redis() {
        assert!(is_entry_id("1764470000000-0"));
        for bad in ["", "-", "1-", "-1", "+", "1-0-0", "abc-1", "1 -1", "1-0\r\nFLUSHALL"] {
            assert!(!is_entry_id(bad), "{bad:?}");
        }
    }

    #[test]
    fn seven_days_are_kept() {
        assert_eq!(oldest_kept(QUARANTINE_MS + 5), "5-0");
        assert_eq!(oldest_kept(1), "0-0");
    }
}
