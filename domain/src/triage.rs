//! What advisers see of the triage queue: plain data shared by the store and the console.
use serde::{Deserialize, Serialize};

use crate::referral::{ContactMethod, Outcome, Priority, ReferralFlag};

/// One line of the queue: nothing personal, only what ordering and triage need.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueueEntry {
    pub id: String,
    pub path: String,
    pub language: String,
    pub priority: Priority,
    pub created_ms: i64,
    pub contact_by_ms: i64,
    pub status: String,
    pub holder: String,
    pub initial_contact_ms: Option<i64>,
    /// No consent, safeguarding check: shown on the row before anything personal.
    pub flags: Vec<ReferralFlag>,
    /// Taken on into the holder's caseload: it no longer lapses.
    pub taken: bool,
    /// The next callback the holder scheduled (ms), until an attempt is logged.
    pub callback_ms: Option<i64>,
    /// That callback is outside the person's safe windows (a reason was recorded).
    pub callback_outside: bool,
    /// Contact attempts so far, and whether the last one reached the person.
    pub attempts: u32,
    pub last_reached: Option<bool>,
}

impl QueueEntry {
    pub fn overdue(&self, now_ms: i64) -> bool {
        self.initial_contact_ms.is_none() && self.contact_by_ms < now_ms
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Attempt {
    pub at_ms: i64,
    pub by: String,
    pub how: ContactMethod,
    pub reached: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Note {
    pub at_ms: i64,
    pub by: String,
    pub text: String,
}

/// Everything an adviser holding a referral may see.
#[derive(Debug, Clone)]
pub struct ReferralView {
    pub entry: QueueEntry,
    pub suggested: Priority,
    pub personal: serde_json::Value,
    pub attempts: Vec<Attempt>,
    pub notes: Vec<Note>,
    pub outcome: Option<Outcome>,
}

