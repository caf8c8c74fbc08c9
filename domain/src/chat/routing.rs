//! Routing: the longest-waiting visitor goes to an on-shift adviser with free capacity,
//! preferring one who speaks the visitor's language, then the one with most free capacity,
//! then the one idle longest. An adviser who let an offer lapse is not offered it again.
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ShiftStatus {
    OnShift,
    Away,
    Off,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Adviser {
    pub name: String,
    pub status: ShiftStatus,
    /// Most chats at once (default 3).
    pub capacity: u32,
    pub active_chats: u32,
    pub languages: Vec<String>,
    /// When they last had a chat end or start, for "idle longest" ties.
    pub idle_since: DateTime<Utc>,
}

impl Adviser {
    pub fn free_capacity(&self) -> u32 {
        self.capacity.saturating_sub(self.active_chats)
    }
    fn can_take(&self) -> bool {
        self.status == ShiftStatus::OnShift && self.free_capacity() > 0
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct WaitingVisitor {
    pub chat: String,
    pub language: String,
    pub waiting_since: DateTime<Utc>,
    /// Advisers who were offered this chat and did not accept in time.
    pub passed_over_by: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    pub chat: String,
    pub adviser: String,
}

/// Every assignment one round can make, in the order the queue is served: each visitor, the
/// longest-waiting first, to the best adviser who can still take them, whose free places
/// count down as the round gives them out. A visitor nobody can take is passed by. One pass,
/// so a round costs visitors × advisers however many it places.
pub fn assignments(waiting: &[WaitingVisitor], advisers: &[Adviser]) -> Vec<Assignment> {
    let mut visitors: Vec<&WaitingVisitor> = waiting.iter().collect();
    visitors.sort_by_key(|v| v.waiting_since);
    let mut advisers = advisers.to_vec();
    let mut made = Vec::new();
    for visitor in visitors {
        let speaks = |x: &Adviser| x.languages.contains(&visitor.language);
        let best = advisers
            .iter_mut()
            .filter(|a| a.can_take() && !visitor.passed_over_by.contains(&a.name))
            .max_by(|a, b| {
                speaks(a)
                    .cmp(&speaks(b))
                    .then(a.free_capacity().cmp(&b.free_capacity()))
                    // Earlier idle_since is "more idle": reverse so it compares greater.
                    .then(b.idle_since.cmp(&a.idle_since))
                    .then(b.name.cmp(&a.name))
            });
        if let Some(adviser) = best {
            adviser.active_chats += 1;
            made.push(Assignment { chat: visitor.chat.clone(), adviser: adviser.name.clone() });
        }
    }
    made
}

/// A visitor's place in the queue (1 = next) and a cautious estimate of the wait.
pub fn queue_position(waiting: &[WaitingVisitor], chat: &str, advisers: &[Adviser], average_chat: Duration) -> Option<(usize, Duration)> {
    let mut order: Vec<&WaitingVisitor> = waiting.iter().collect();
    order.sort_by_key(|v| v.waiting_since);
    let position = order.iter().position(|v| v.chat == chat)? + 1;
    let on_shift = advisers.iter().filter(|a| a.status == ShiftStatus::OnShift).count();
    let free_now = advisers.iter().filter(|a| a.can_take()).map(|a| a.free_capacity() as usize).sum::<usize>();
    Some((position, estimated_wait(position, on_shift, free_now, average_chat)))
}

/// A cautious wait for the visitor at `position`: nothing while places are free, then about
/// one average chat per adviser on shift for each visitor ahead.
pub fn estimated_wait(position: usize, on_shift: usize, free_now: usize, average_chat: Duration) -> Duration {
    if position <= free_now {
        return Duration::zero();
    }
    let ahead = (position - free_now).min(10_000) as i32;
    average_chat * ahead / on_shift.clamp(1, 10_000) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + minute * 60, 0).unwrap()
    }

    fn adviser(name: &str, languages: &[&str], active: u32, idle_minute: i64) -> Adviser {
        Adviser {
            name: name.into(),
            status: ShiftStatus::OnShift,
            capacity: 3,
            active_chats: active,
            languages: languages.iter().map(|l| l.to_string()).collect(),
            idle_since: at(idle_minute),
        }
    }

    /// The first assignment a round makes: the rule for one visitor.
    fn next_assignment(waiting: &[WaitingVisitor], advisers: &[Adviser]) -> Option<Assignment> {
        assignments(waiting, advisers).into_iter().next()
    }

    fn visitor(chat: &str, language: &str, minute: i64) -> WaitingVisitor {
        WaitingVisitor { chat: chat.into(), language: language.into(), waiting_since: at(minute), passed_over_by: vec![] }
    }

    #[test]
    fn the_longest_waiting_visitor_goes_first_to_someone_who_speaks_their_language() {
        let waiting = [visitor("late", "en", 5), visitor("early", "ur", 1)];
        let advisers = [adviser("amy", &["en"], 0, 0), adviser("bilal", &["en", "ur"], 2, 3)];
        assert_eq!(next_assignment(&waiting, &advisers), Some(Assignment { chat: "early".into(), adviser: "bilal".into() }));
    }

    #[test]
    fn without_a_speaker_most_free_capacity_then_idle_longest_wins() {
        let waiting = [visitor("v", "sk", 0)];
        let advisers = [adviser("amy", &["en"], 1, 0), adviser("ben", &["en"], 0, 9), adviser("cy", &["en"], 0, 2)];
        assert_eq!(next_assignment(&waiting, &advisers).unwrap().adviser, "cy");
    }

    #[test]
    fn full_away_and_passed_over_advisers_are_skipped() {
        let mut waiting = [visitor("v", "en", 0)];
        let mut away = adviser("away", &["en"], 0, 0);
        away.status = ShiftStatus::Away;
        let advisers = [adviser("full", &["en"], 3, 0), away, adviser("slow", &["en"], 0, 0)];
        assert_eq!(next_assignment(&waiting, &advisers).unwrap().adviser, "slow");
        waiting[0].passed_over_by.push("slow".into());
        assert_eq!(next_assignment(&waiting, &advisers), None);
    }

    #[test]
    fn a_visitor_nobody_can_take_does_not_block_the_next_one() {
        let mut first = visitor("first", "en", 0);
        first.passed_over_by.push("amy".into());
        let waiting = [first, visitor("second", "en", 1)];
        let advisers = [adviser("amy", &["en"], 0, 0)];
        assert_eq!(next_assignment(&waiting, &advisers).unwrap().chat, "second");
    }

    #[test]
    fn a_round_gives_out_each_advisers_free_places_once_longest_waiting_first() {
        let mut passed = visitor("passed", "en", 2);
        passed.passed_over_by.push("amy".into());
        let waiting = [visitor("third", "en", 3), visitor("first", "ur", 0), passed, visitor("second", "en", 1), visitor("fifth", "en", 5)];
        // amy has one place left, bilal (who speaks Urdu) two, cy none.
        let advisers = [adviser("amy", &["en"], 2, 0), adviser("bilal", &["en", "ur"], 1, 1), adviser("cy", &["en"], 3, 0)];
        let made: Vec<(String, String)> = assignments(&waiting, &advisers).into_iter().map(|a| (a.chat, a.adviser)).collect();
        let pair = |c: &str, a: &str| (c.to_owned(), a.to_owned());
        // "passed" (amy let it lapse) takes bilal's second place; "third" and "fifth" wait.
        assert_eq!(made, [pair("first", "bilal"), pair("second", "amy"), pair("passed", "bilal")]);
        assert!(assignments(&waiting, &[]).is_empty());
    }

    #[test]
    fn position_and_estimated_wait() {
        let waiting = [visitor("a", "en", 0), visitor("b", "en", 1), visitor("c", "en", 2)];
        let advisers = [adviser("amy", &["en"], 2, 0), adviser("ben", &["en"], 3, 0)];
        let average = Duration::minutes(12);
        assert_eq!(queue_position(&waiting, "a", &advisers, average), Some((1, Duration::zero())));
        assert_eq!(queue_position(&waiting, "c", &advisers, average), Some((3, Duration::minutes(12))));
        assert_eq!(queue_position(&waiting, "nobody", &advisers, average), None);
    }
}
