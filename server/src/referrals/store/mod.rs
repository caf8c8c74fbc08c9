//! The referrals domain's Redis: the only code here that talks to it. The stream
//! `{referrals}:intake` is the record of every referral; each server instance reads it
//! through the consumer group `triage` and files new referrals into the triage queue (see
//! `triage::intake`). Only what ordering needs is in clear; the rest is sealed.
//!
//! Every key carries the hash tag `{referrals}`: the submit script touches a submission's
//! memory and the stream together, so on Redis Cluster they must share one slot.
use std::collections::HashMap;
use std::sync::LazyLock;

use crate::infra::redis_link::RedisConnection;
use redis::streams::{StreamAutoClaimReply, StreamId, StreamReadOptions, StreamReadReply};
use domain::referral::ReferralFlag;
use redis::Script;

use super::referral::NewReferral;
use crate::infra::record_format::{self, RecordFormat};
use crate::infra::redis_link::RedisLink;

pub mod quarantine;

/// The stream every referral is written to first.
pub const INTAKE_STREAM: &str = "{referrals}:intake";
/// The consumer group the server instances share intake work through.
pub const INTAKE_GROUP: &str = "triage";
/// How long a submission id is remembered to turn a re-send into the same referral.
const SUBMISSION_MEMORY_SECONDS: u64 = 7 * 24 * 60 * 60;
/// An intake entry unacknowledged this long belonged to an instance that stopped.
const TAKE_OVER_AFTER_MS: u64 = 30_000;
/// How many intake entries one read takes.
const INTAKE_BATCH: usize = 50;
/// The format of an intake entry (see `infra::record_format`).
pub const INTAKE_FORMAT: RecordFormat = RecordFormat::new("referral-intake", 1);

/// Remembers which referral a submission id became.
pub fn submission_key(submission_id: &str) -> String {
    format!("{{referrals}}:submitted:{submission_id}")
}

static SUBMIT_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("../lua/submit.lua")));
static RESEAL_INTAKE_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("../lua/reseal_intake.lua")));

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("redis is unavailable")]
    Unavailable,
    #[error("redis refused the write: {0}")]
    Refused(String),
}

#[derive(Clone)]
pub struct ReferralStore {
    redis: RedisLink,
    /// The most submissions the honeypot quarantine holds at once (see `quarantine`).
    quarantine_cap: usize,
}

impl ReferralStore {
    pub fn new(redis: RedisLink) -> ReferralStore {
        ReferralStore { redis, quarantine_cap: quarantine::QUARANTINE_CAP }
    }

    /// The same store with another quarantine bound (tests use a small one).
    pub fn with_quarantine_cap(self, quarantine_cap: usize) -> ReferralStore {
        ReferralStore { quarantine_cap, ..self }
    }

    /// Stores the referral once per submission id and returns the id of the stored referral
    /// (an earlier one when this is a re-send). Returns only after Redis has accepted the
    /// write; with `appendfsync always` that means it is on disk, and on a cluster a replica
    /// has it too (`RedisConnection::settle`), so a failover keeps it.
    pub async fn submit(&self, submission_id: &str, referral: &NewReferral) -> Result<String, StoreError> {
        let mut connection = self.redis.connection().await.ok_or(StoreError::Unavailable)?;
        let mut invocation = SUBMIT_SCRIPT.prepare_invoke();
        invocation
            .key(submission_key(submission_id))
            .key(INTAKE_STREAM)
            .arg(&referral.id)
            .arg(SUBMISSION_MEMORY_SECONDS)
            .arg(INTAKE_GROUP);
        for (field, value) in intake_fields(referral) {
            invocation.arg(field).arg(value);
        }
        let stored: String = invocation.invoke_async(&mut connection).await?;
        connection.settle(self.redis.settle_mode().await, INTAKE_STREAM).await;
        Ok(stored)
    }
}

/// Replaces intake entry `entry_id` with a copy holding `new_sealed` instead of `read_sealed`
/// (see `lua/reseal_intake.lua`). Returns the copy's id, or `None` when the entry is gone or
/// changed meanwhile.
pub async fn reseal_intake_entry(
    connection: &mut RedisConnection,
    entry_id: &str,
    read_sealed: &str,
    new_sealed: &str,
) -> redis::RedisResult<Option<String>> {
    RESEAL_INTAKE_SCRIPT.key(INTAKE_STREAM).arg(entry_id).arg(read_sealed).arg(new_sealed).invoke_async(connection).await
}

/// The fields of a referral's intake entry, as `triage::intake` reads them.
fn intake_fields(referral: &NewReferral) -> [(&'static str, String); 10] {
    [
        (record_format::FIELD, INTAKE_FORMAT.written()),
        ("referral", referral.id.clone()),
        ("path", referral.path.slug().to_owned()),
        ("language", referral.language.clone()),
        ("priority", referral.priority.slug().to_owned()),
        ("created", referral.created_ms.to_string()),
        ("contact_by", referral.contact_by_ms.to_string()),
        ("flags", ReferralFlag::join(&referral.flags)),
        ("sealed", referral.sealed.clone()),
        // Digests only; `triage::intake` adds them to the contact index.
        ("contacts", referral.contacts.join(",")),
    ]
}

impl From<redis::RedisError> for StoreError {
    fn from(e: redis::RedisError) -> StoreError {
        if e.is_io_error() || e.is_timeout() || e.is_connection_dropped() || e.is_cluster_error() {
            StoreError::Unavailable
        } else {
            StoreError::Refused(e.code().unwrap_or("unknown").to_owned())
        }
    }
}

/// One referral as the intake stream holds it: the entry id and its fields.
#[derive(Debug, Clone)]
pub struct IntakeEntry {
    pub id: String,
    pub fields: HashMap<String, String>,
}

impl IntakeEntry {
    fn from_stream(entry: StreamId) -> IntakeEntry {
        let fields = entry
            .map
            .into_iter()
            .filter_map(|(k, v)| redis::from_redis_value::<String>(v).ok().map(|v| (k, v)))
            .collect();
        IntakeEntry { id: entry.id, fields }
    }
}

/// The intake stream as the consumer group `triage` works through it, over a borrowed
/// connection. Every step is safe to repeat.
pub struct IntakeStream<'a> {
    pub connection: &'a mut RedisConnection,
}

impl IntakeStream<'_> {
    /// Creates the stream and its group; "already exists" is success.
    pub async fn create_group(&mut self) -> redis::RedisResult<()> {
        let created: redis::RedisResult<()> = redis::cmd("XGROUP")
            .arg("CREATE").arg(INTAKE_STREAM).arg(INTAKE_GROUP).arg("0").arg("MKSTREAM")
            .query_async(self.connection)
            .await;
        match created {
            Err(error) if error.code() != Some("BUSYGROUP") => Err(error),
            _ => Ok(()),
        }
    }

    /// What another instance took but never acknowledged (it died), then what is new, for
    /// `consumer`. Fails with the code `NOGROUP` before the group exists. An entry of a newer
    /// format is left out and so never acknowledged here: an upgraded instance takes it over.
    pub async fn take(&mut self, consumer: &str) -> redis::RedisResult<Vec<IntakeEntry>> {
        let taken_over: StreamAutoClaimReply = redis::cmd("XAUTOCLAIM")
            .arg(INTAKE_STREAM).arg(INTAKE_GROUP).arg(consumer).arg(TAKE_OVER_AFTER_MS).arg("0-0")
            .arg("COUNT").arg(INTAKE_BATCH)
            .query_async(self.connection)
            .await?;
        let options = StreamReadOptions::default().group(INTAKE_GROUP, consumer).count(INTAKE_BATCH);
        let fresh: StreamReadReply =
            redis::AsyncCommands::xread_options(self.connection, &[INTAKE_STREAM], &[">"], &options).await?;
        Ok(taken_over
            .claimed
            .into_iter()
            .chain(fresh.keys.into_iter().flat_map(|k| k.ids))
            .map(IntakeEntry::from_stream)
            .filter(|entry| INTAKE_FORMAT.readable(entry.fields.get(record_format::FIELD).map(String::as_str)))
            .collect())
    }

    /// Marks an entry as filed, so no instance takes it again.
    pub async fn acknowledge(&mut self, entry_id: &str) -> redis::RedisResult<()> {
        redis::cmd("XACK").arg(INTAKE_STREAM).arg(INTAKE_GROUP).arg(entry_id).query_async(self.connection).await
    }

    /// Removes an entry from the record (retention).
    pub async fn delete(&mut self, entry_id: &str) -> redis::RedisResult<()> {
        self.acknowledge(entry_id).await?;
        redis::cmd("XDEL").arg(INTAKE_STREAM).arg(entry_id).query_async(self.connection).await
    }
}
