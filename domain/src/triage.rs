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

/// The alert every on-shift console shows until someone claims: High referrals waiting in
/// the queue, and how many of them are past their contact-by time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct HighAlert {
    pub waiting: usize,
    pub overdue: usize,
}

impl HighAlert {
    pub fn of(entries: &[QueueEntry], now_ms: i64) -> HighAlert {
        let high = entries.iter().filter(|e| e.priority == Priority::High && e.status == "waiting");
        high.fold(HighAlert::default(), |alert, e| HighAlert {
            waiting: alert.waiting + 1,
            overdue: alert.overdue + usize::from(e.overdue(now_ms)),
        })
    }

    pub fn is_raised(&self) -> bool {
        self.waiting > 0
    }
}

/// Referrals, waiting or claimed, whose contact-by time passed with no contact yet.
pub fn overdue_count(entries: &[QueueEntry], now_ms: i64) -> usize {
    entries.iter().filter(|e| e.overdue(now_ms)).count()
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


#[cfg(test)]
mod tests {
    use super::*;

    fn entry(priority: Priority, status: &str, contact_by_ms: i64, contacted: bool) -> QueueEntry {
        QueueEntry {
            id: "r".into(),
            path: "self".into(),
            language: "en".into(),
            priority,
            created_ms: 0,
            contact_by_ms,
            status: status.into(),
            holder: String::new(),
            initial_contact_ms: contacted.then_some(1),
            flags: Vec::new(),
            taken: false,
            callback_ms: None,
            callback_outside: false,
            attempts: 0,
            last_reached: None,
        }
    }

    #[test]
    fn the_high_alert_counts_unclaimed_high_referrals_until_claimed() {
        let now = 1_000;
        let queue = [
            entry(Priority::High, "waiting", 2_000, false),
            entry(Priority::High, "waiting", 500, false),
            entry(Priority::High, "claimed", 500, false),
            entry(Priority::Medium, "waiting", 500, false),
        ];
        assert_eq!(HighAlert::of(&queue, now), HighAlert { waiting: 2, overdue: 1 });
        assert!(HighAlert::of(&queue, now).is_raised());
        assert!(!HighAlert::of(&queue[2..], now).is_raised(), "a claimed High referral no longer alerts");
        assert_eq!(overdue_count(&queue, now), 3);
        assert_eq!(overdue_count(&[entry(Priority::High, "claimed", 500, true)], now), 0, "contact was made");
    }
}
