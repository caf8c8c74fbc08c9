//! Where referrals arrive in Redis: the stream `referrals:intake` is the record. Every server
//! instance reads it through the consumer group `triage` and files new referrals into the
//! triage queue (see `triage::intake`). Only what ordering needs is in clear; the rest is sealed.
use domain::referral::{Priority, ReferralPath};
use std::sync::LazyLock;

use redis::Script;

use crate::infra::redis_link::RedisLink;

/// The stream every referral is written to first.
pub const INTAKE_STREAM: &str = "referrals:intake";
/// The consumer group the server instances share intake work through.
pub const INTAKE_GROUP: &str = "triage";
/// How long a submission id is remembered to turn a re-send into the same referral.
const SUBMISSION_MEMORY_SECONDS: u64 = 7 * 24 * 60 * 60;

fn submission_key(submission_id: &str) -> String {
    format!("referral:submission:{submission_id}")
}

/// A referral ready to store: `sealed` holds every piece of personal data.
#[derive(Debug, Clone)]
pub struct NewReferral {
    pub id: String,
    pub path: ReferralPath,
    pub language: String,
    pub priority: Priority,
    pub created_ms: i64,
    pub contact_by_ms: i64,
    pub sealed: String,
}

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
}

/// Remembering the submission and adding the entry happen in one script, so a re-send can
/// never add a second entry, and a crash can never leave one without the other.
const SUBMIT: &str = r#"
local existing = redis.call('GET', KEYS[1])
if existing then return existing end
redis.pcall('XGROUP', 'CREATE', KEYS[2], ARGV[3], '0', 'MKSTREAM')
redis.call('XADD', KEYS[2], '*', unpack(ARGV, 4))
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return ARGV[1]
"#;

static SUBMIT_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(SUBMIT));

impl ReferralStore {
    pub fn new(redis: RedisLink) -> ReferralStore {
        ReferralStore { redis }
    }

    /// Stores the referral once per submission id and returns the id of the stored referral
    /// (an earlier one when this is a re-send). Returns only after Redis has accepted the
    /// write; with `appendfsync always` that means it is on disk.
    pub async fn submit(&self, submission_id: &str, referral: &NewReferral) -> Result<String, StoreError> {
        let mut connection = self.redis.connection().await.ok_or(StoreError::Unavailable)?;
        let mut invocation = SUBMIT_SCRIPT.prepare_invoke();
        invocation
            .key(submission_key(submission_id))
            .key(INTAKE_STREAM)
            .arg(&referral.id)
            .arg(SUBMISSION_MEMORY_SECONDS)
            .arg(INTAKE_GROUP);
        for (field, value) in [
            ("referral", referral.id.clone()),
            ("path", referral.path.slug().to_owned()),
            ("language", referral.language.clone()),
            ("priority", referral.priority.slug().to_owned()),
            ("created", referral.created_ms.to_string()),
            ("contact_by", referral.contact_by_ms.to_string()),
            ("sealed", referral.sealed.clone()),
        ] {
            invocation.arg(field).arg(value);
        }
        invocation.invoke_async(&mut connection).await.map_err(|e| {
            if e.is_io_error() || e.is_timeout() || e.is_connection_dropped() {
                StoreError::Unavailable
            } else {
                StoreError::Refused(e.code().unwrap_or("unknown").to_owned())
            }
        })
    }
}
