//! An adviser's cases: what is next on each (a callback, or the first contact by its
//! deadline), how pressing it is, and the order "My cases" and the team view list them in:
//! overdue first, then due, then the rest by time, then those with nothing scheduled.
use crate::triage::QueueEntry;

/// How long before its time a callback (or a contact-by deadline) counts as due.
pub const DUE_AHEAD_MS: i64 = 15 * 60_000;
/// How long after its time a callback is still due rather than overdue.
pub const GRACE_MS: i64 = 15 * 60_000;
/// The most cases one adviser can hold: taking on more is refused.
pub const CASELOAD_LIMIT: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextAction {
    /// Call the person back at the scheduled time.
    Callback(i64),
    /// First contact, by the referral's contact-by deadline.
    FirstContact(i64),
    /// Nothing scheduled.
    Nothing,
}

/// How pressing a case is; the order is the listing order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    Overdue,
    Due,
    Later,
    Unscheduled,
}

impl NextAction {
    pub fn of(entry: &QueueEntry) -> NextAction {
        match (entry.callback_ms, entry.initial_contact_ms) {
            (Some(at), _) => NextAction::Callback(at),
            (None, None) => NextAction::FirstContact(entry.contact_by_ms),
            (None, Some(_)) => NextAction::Nothing,
        }
    }

    pub fn due_ms(self) -> Option<i64> {
        match self {
            NextAction::Callback(at) | NextAction::FirstContact(at) => Some(at),
            NextAction::Nothing => None,
        }
    }

    /// A callback has a grace period; a contact-by deadline is overdue once passed (as on
    /// the queue).
    pub fn urgency(self, now_ms: i64) -> Urgency {
        let (at, grace) = match self {
            NextAction::Callback(at) => (at, GRACE_MS),
            NextAction::FirstContact(at) => (at, 0),
            NextAction::Nothing => return Urgency::Unscheduled,
        };
        if now_ms > at + grace {
            Urgency::Overdue
        } else if now_ms >= at - DUE_AHEAD_MS {
            Urgency::Due
        } else {
            Urgency::Later
        }
    }

    /// In words, for the console.
    pub fn label(self) -> &'static str {
        match self {
            NextAction::Callback(_) => "Call back",
            NextAction::FirstContact(_) => "First contact",
            NextAction::Nothing => "Nothing scheduled",
        }
    }
}

impl Urgency {
    pub fn label(self) -> &'static str {
        match self {
            Urgency::Overdue => "Overdue",
            Urgency::Due => "Due",
            Urgency::Later => "Scheduled",
            Urgency::Unscheduled => "",
        }
    }
}

/// Orders cases: most pressing first, and within each, the earliest time first (a stable
/// sort, so ties keep the order they came in).
pub fn order(cases: &mut [QueueEntry], now_ms: i64) {
    cases.sort_by_key(|case| {
        let next = NextAction::of(case);
        (next.urgency(now_ms), next.due_ms().unwrap_or(i64::MAX))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referral::Priority;

    const NOW: i64 = 1_783_326_600_000;
    const MIN: i64 = 60_000;

    fn case(id: &str, callback: Option<i64>, contact_by: i64, contacted: bool) -> QueueEntry {
        QueueEntry {
            id: id.to_owned(),
            path: "self".to_owned(),
            language: "en".to_owned(),
            priority: Priority::Standard,
            created_ms: NOW - 3 * 60 * MIN,
            contact_by_ms: contact_by,
            status: "claimed".to_owned(),
            holder: "amira".to_owned(),
            initial_contact_ms: contacted.then_some(NOW - 60 * MIN),
            flags: Vec::new(),
            taken: true,
            callback_ms: callback,
            callback_outside: false,
            attempts: 0,
            last_reached: None,
        }
    }

    #[test]
    fn the_next_action_is_the_callback_else_the_first_contact() {
        assert_eq!(NextAction::of(&case("a", Some(NOW), NOW + 1, true)), NextAction::Callback(NOW));
        assert_eq!(NextAction::of(&case("a", None, NOW + 1, false)), NextAction::FirstContact(NOW + 1));
        assert_eq!(NextAction::of(&case("a", None, NOW + 1, true)), NextAction::Nothing);
    }

    #[test]
    fn a_callback_is_due_shortly_before_and_overdue_after_its_grace() {
        let at = |offset: i64| NextAction::Callback(NOW + offset).urgency(NOW);
        assert_eq!(at(60 * MIN), Urgency::Later);
        assert_eq!(at(15 * MIN), Urgency::Due);
        assert_eq!(at(-15 * MIN), Urgency::Due);
        assert_eq!(at(-16 * MIN), Urgency::Overdue);
        assert_eq!(NextAction::FirstContact(NOW - 1).urgency(NOW), Urgency::Overdue, "a deadline has no grace");
        assert_eq!(NextAction::Nothing.urgency(NOW), Urgency::Unscheduled);
    }

    #[test]
    fn overdue_then_due_then_by_time_then_unscheduled() {
        let mut cases = vec![
            case("nothing", None, NOW - 600 * MIN, true),
            case("later", Some(NOW + 120 * MIN), NOW, true),
            case("due", Some(NOW + 5 * MIN), NOW, true),
            case("soon-deadline", None, NOW + 60 * MIN, false),
            case("overdue-callback", Some(NOW - 30 * MIN), NOW, true),
            case("overdue-deadline", None, NOW - 90 * MIN, false),
        ];
        order(&mut cases, NOW);
        let ids: Vec<&str> = cases.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["overdue-deadline", "overdue-callback", "due", "soon-deadline", "later", "nothing"]);
    }
}
