//! The measures the dashboard shows, each defined once here with the words shown beside it.
use super::event::{InsightEvent, Label};
use super::kinds;

/// The 2023 progress report's engagement (2.7.4): a referral engaged when initial contact
/// was successful; referrals made without consent, or with no safe way to contact the
/// person, are left out. Counted when the referral is closed, so each referral counts once.
pub const ENGAGEMENT: &str = "engagement";
pub const ENGAGED: &str = "engaged";
pub const NOT_ENGAGED: &str = "not-engaged";
pub const LEFT_OUT: &str = "left-out";
/// The outcome that says there was no contactable number (or no safe way to use it).
const NO_CONTACTABLE_NUMBER: &str = "no-safe-contact";

/// Dimensions worked out from an event's own, when it is counted (the engagement class of
/// an outcome), so the rule lives here and not in the script that recorded the event.
pub fn derived_dimensions(event: &InsightEvent) -> Vec<(Label, Label)> {
    if event.kind.as_str() != kinds::OUTCOME {
        return Vec::new();
    }
    let class = if event.dimension(kinds::CONSENT) == Some("no") || event.dimension(kinds::OUTCOME_DIM) == Some(NO_CONTACTABLE_NUMBER) {
        LEFT_OUT
    } else if event.dimension(kinds::CONTACTED) == Some("yes") {
        ENGAGED
    } else {
        NOT_ENGAGED
    };
    vec![(Label::new(ENGAGEMENT).expect("fixed"), Label::new(class).expect("fixed"))]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(dims: &[(&str, &str)]) -> Option<String> {
        let event = InsightEvent::new(kinds::OUTCOME, 0, dims).unwrap();
        derived_dimensions(&event).first().map(|(_, v)| v.to_string())
    }

    #[test]
    fn engagement_leaves_out_no_consent_and_no_contactable_number() {
        assert_eq!(outcome(&[("consent", "yes"), ("contacted", "yes"), ("outcome", "one-to-one")]).as_deref(), Some(ENGAGED));
        assert_eq!(outcome(&[("consent", "yes"), ("contacted", "no"), ("outcome", "signposted")]).as_deref(), Some(NOT_ENGAGED));
        assert_eq!(outcome(&[("consent", "no"), ("contacted", "yes"), ("outcome", "one-to-one")]).as_deref(), Some(LEFT_OUT));
        assert_eq!(outcome(&[("consent", "yes"), ("contacted", "no"), ("outcome", "no-safe-contact")]).as_deref(), Some(LEFT_OUT));
        assert!(derived_dimensions(&InsightEvent::new(kinds::CHAT_ENDED, 0, &[]).unwrap()).is_empty());
    }
}

use chrono::Datelike;

use super::buckets::Histogram;
use super::counters::DayCounters;

/// Counts from 1 to 4 are never shown: someone could be recognised from them.
pub const SMALLEST_SHOWN: u64 = 5;

/// A count as shown: "fewer than 5" for 1 to 4.
pub fn shown(count: u64) -> String {
    if (1..SMALLEST_SHOWN).contains(&count) { "fewer than 5".to_owned() } else { count.to_string() }
}

/// A share as shown, or why not: nothing to divide, or a part too small to show.
pub fn shown_rate(part: u64, whole: u64) -> String {
    if whole == 0 {
        "none".to_owned()
    } else if (1..SMALLEST_SHOWN).contains(&part) || (1..SMALLEST_SHOWN).contains(&whole) {
        "not shown (fewer than 5)".to_owned()
    } else {
        format!("{}%", ((part as f64) * 100.0 / (whole as f64)).round())
    }
}

/// A measure's name and what it counts, shown beside it.
pub struct Definition {
    pub key: &'static str,
    pub title: &'static str,
    pub text: &'static str,
}

pub const DEFINITIONS: &[Definition] = &[
    Definition { key: "referrals", title: "Referrals", text: "Referrals received (filed into the triage queue) in the period, by who referred (path), suggested priority and the language of the form." },
    Definition { key: "engagement", title: "Engagement rate", text: "As in the 2023 progress report (2.7.4): of the referrals closed in the period, the share where initial contact was successful, leaving out referrals made without consent and those closed with no safe way to contact the person (no contactable number)." },
    Definition { key: "first-attempt", title: "Time to first contact attempt", text: "From the referral being received to the first contact attempt, for first attempts made in the period: median and 90th percentile, read from fixed time bands." },
    Definition { key: "initial-contact", title: "Time to successful contact", text: "From the referral being received to the first attempt that reached the person (successful initial contact), for contacts made in the period; and the share made by the contact-by time promised." },
    Definition { key: "overdue", title: "Overdue now", text: "Referrals waiting or claimed right now whose contact-by time has passed with no successful contact." },
    Definition { key: "outcomes", title: "Outcomes", text: "Referrals closed in the period, by the outcome the adviser chose." },
    Definition { key: "chats", title: "Chats", text: "Visitors who joined the chat queue; chats an adviser answered; chats that ended before anyone answered (abandoned, not counting quick exits); quick exits (at any point); referrals made from a chat." },
    Definition { key: "chat-wait", title: "Chat wait", text: "From joining the queue to an adviser answering, for chats answered in the period: median and 90th percentile, read from fixed time bands." },
    Definition { key: "unstaffed", title: "Demand while nobody was on shift", text: "Visitors who joined the chat queue when no adviser was on shift, by day of the week and hour (UK time)." },
    Definition { key: "languages", title: "Languages asked for", text: "The language of each chat started in the period." },
];

pub fn definition(key: &str) -> &'static Definition {
    DEFINITIONS.iter().find(|d| d.key == key).expect("a defined measure")
}

/// The engagement figures of a period.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Engagement {
    pub engaged: u64,
    pub not_engaged: u64,
    pub left_out: u64,
}

impl Engagement {
    pub fn eligible(&self) -> u64 {
        self.engaged + self.not_engaged
    }
    pub fn rate(&self) -> String {
        shown_rate(self.engaged, self.eligible())
    }
}

/// Everything the dashboard shows of one period, read from its days' counters.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    pub referrals: u64,
    pub by_path: Vec<(String, u64)>,
    pub by_priority: Vec<(String, u64)>,
    pub by_language: Vec<(String, u64)>,
    pub priority_changes: u64,
    pub engagement: Engagement,
    pub first_attempt: Histogram,
    pub initial_contact: Histogram,
    pub contacted_on_time: u64,
    pub outcomes: Vec<(String, u64)>,
    pub chats_queued: u64,
    pub chats_offered: u64,
    pub chats_answered: u64,
    pub chats_abandoned: u64,
    pub quick_exits: u64,
    pub chat_wait: Histogram,
    pub chat_referrals: u64,
    /// Monday first; hours 0–23, UK time.
    pub unstaffed: [[u64; 24]; 7],
    pub chat_languages: Vec<(String, u64)>,
}

impl Figures {
    /// The figures of the given days together.
    pub fn from_days(days: &[DayCounters]) -> Figures {
        Figures::sum(days.iter().map(Figures::of_day).collect::<Vec<_>>().iter())
    }

    /// Figures already worked out (per day, say) added together: a dashboard works out each
    /// day once and sums them for every period it shows.
    pub fn sum<'a>(parts: impl IntoIterator<Item = &'a Figures>) -> Figures {
        let mut total = Figures { first_attempt: Histogram::new(), initial_contact: Histogram::new(), chat_wait: Histogram::new(), ..Default::default() };
        for part in parts {
            total.add(part);
        }
        total
    }

    /// One day's figures, read in one pass over its counters (plus direct lookups).
    pub fn of_day(day: &DayCounters) -> Figures {
        let count = |kind: &str, with: &[(&str, &str)]| day.count(kind, with);
        let mut figures = Figures::default();
        // The `kind|dimension=value` fields the "by" lists are made of.
        for (field, n) in &day.fields {
            let Some((kind, dimension, value)) = single_dimension(field) else { continue };
            let list = match (kind, dimension) {
                (kinds::REFERRAL_RECEIVED, kinds::PATH) => &mut figures.by_path,
                (kinds::REFERRAL_RECEIVED, kinds::PRIORITY) => &mut figures.by_priority,
                (kinds::REFERRAL_RECEIVED, kinds::LANGUAGE) => &mut figures.by_language,
                (kinds::OUTCOME, kinds::OUTCOME_DIM) => &mut figures.outcomes,
                (kinds::CHAT_QUEUED, kinds::LANGUAGE) => &mut figures.chat_languages,
                _ => continue,
            };
            list.push((value.to_owned(), *n));
        }
        for list in [&mut figures.by_path, &mut figures.by_priority, &mut figures.by_language, &mut figures.outcomes, &mut figures.chat_languages] {
            sort_by_count(list);
        }
        let weekday = day.date.weekday().num_days_from_monday() as usize;
        for (hour, row) in figures.unstaffed[weekday].iter_mut().enumerate() {
            *row = count(kinds::CHAT_QUEUED, &[(kinds::HOUR, &super::counters::hour_label(hour as u32)), (kinds::STAFFED, "no")]);
        }
        Figures {
            referrals: count(kinds::REFERRAL_RECEIVED, &[]),
            priority_changes: count(kinds::PRIORITY_CHANGED, &[]),
            engagement: Engagement {
                engaged: count(kinds::OUTCOME, &[(ENGAGEMENT, ENGAGED)]),
                not_engaged: count(kinds::OUTCOME, &[(ENGAGEMENT, NOT_ENGAGED)]),
                left_out: count(kinds::OUTCOME, &[(ENGAGEMENT, LEFT_OUT)]),
            },
            first_attempt: day.histogram(kinds::FIRST_ATTEMPT),
            initial_contact: day.histogram(kinds::INITIAL_CONTACT),
            contacted_on_time: count(kinds::INITIAL_CONTACT, &[(kinds::ON_TIME, "yes")]),
            chats_queued: count(kinds::CHAT_QUEUED, &[]),
            chats_offered: count(kinds::CHAT_OFFERED, &[]),
            chats_answered: count(kinds::CHAT_ANSWERED, &[]),
            chats_abandoned: count(kinds::CHAT_ABANDONED, &[]),
            quick_exits: count(kinds::CHAT_QUICK_EXIT, &[]),
            chat_wait: day.histogram(kinds::CHAT_ANSWERED),
            chat_referrals: count(kinds::CHAT_REFERRAL, &[]),
            ..figures
        }
    }

    /// Adds `other`'s figures to these.
    pub fn add(&mut self, other: &Figures) {
        self.referrals += other.referrals;
        self.priority_changes += other.priority_changes;
        self.engagement.engaged += other.engagement.engaged;
        self.engagement.not_engaged += other.engagement.not_engaged;
        self.engagement.left_out += other.engagement.left_out;
        self.first_attempt.merge(&other.first_attempt);
        self.initial_contact.merge(&other.initial_contact);
        self.contacted_on_time += other.contacted_on_time;
        self.chats_queued += other.chats_queued;
        self.chats_offered += other.chats_offered;
        self.chats_answered += other.chats_answered;
        self.chats_abandoned += other.chats_abandoned;
        self.quick_exits += other.quick_exits;
        self.chat_wait.merge(&other.chat_wait);
        self.chat_referrals += other.chat_referrals;
        for (mine, theirs) in self.unstaffed.iter_mut().flatten().zip(other.unstaffed.iter().flatten()) {
            *mine += theirs;
        }
        for (mine, theirs) in [
            (&mut self.by_path, &other.by_path),
            (&mut self.by_priority, &other.by_priority),
            (&mut self.by_language, &other.by_language),
            (&mut self.outcomes, &other.outcomes),
            (&mut self.chat_languages, &other.chat_languages),
        ] {
            merge_counts(mine, theirs);
        }
    }

    /// Successful contacts made by the contact-by time, as shown.
    pub fn on_time_rate(&self) -> String {
        shown_rate(self.contacted_on_time, self.initial_contact.total())
    }

    /// Every figure as (measure, item, value as shown): what the page's tables, the CSV and
    /// the JSON all print, so they cannot differ.
    pub fn rows(&self) -> Vec<(&'static str, String, String)> {
        let mut rows = Vec::new();
        let mut push = |measure: &'static str, item: &str, value: String| rows.push((measure, item.to_owned(), value));
        push("referrals", "received", shown(self.referrals));
        for (path, n) in &self.by_path {
            push("referrals", &format!("path: {path}"), shown(*n));
        }
        for (priority, n) in &self.by_priority {
            push("referrals", &format!("priority: {priority}"), shown(*n));
        }
        for (language, n) in &self.by_language {
            push("referrals", &format!("language: {language}"), shown(*n));
        }
        push("referrals", "priority changes", shown(self.priority_changes));
        push("engagement", "engaged", shown(self.engagement.engaged));
        push("engagement", "counted (consent and contactable)", shown(self.engagement.eligible()));
        push("engagement", "left out", shown(self.engagement.left_out));
        push("engagement", "rate", self.engagement.rate());
        for (key, histogram) in [("first-attempt", &self.first_attempt), ("initial-contact", &self.initial_contact)] {
            push(key, "count", shown(histogram.total()));
            push(key, "median", quantile(histogram, 0.5));
            push(key, "90th percentile", quantile(histogram, 0.9));
        }
        push("initial-contact", "by the contact-by time", self.on_time_rate());
        for (outcome, n) in &self.outcomes {
            push("outcomes", outcome, shown(*n));
        }
        push("chats", "queued", shown(self.chats_queued));
        push("chats", "offered", shown(self.chats_offered));
        push("chats", "answered", shown(self.chats_answered));
        push("chats", "abandoned while waiting", shown(self.chats_abandoned));
        push("chats", "quick exits", shown(self.quick_exits));
        push("chats", "became referrals", shown(self.chat_referrals));
        push("chat-wait", "median", quantile(&self.chat_wait, 0.5));
        push("chat-wait", "90th percentile", quantile(&self.chat_wait, 0.9));
        push("unstaffed", "total", shown(self.unstaffed.iter().flatten().sum()));
        for (day, hours) in WEEKDAYS.iter().zip(&self.unstaffed) {
            for (hour, count) in hours.iter().enumerate().filter(|(_, n)| **n > 0) {
                push("unstaffed", &format!("{day} {hour:02}:00"), shown(*count));
            }
        }
        for (language, n) in &self.chat_languages {
            push("languages", language, shown(*n));
        }
        rows
    }
}

/// `kind|dimension=value`, split, for a field with exactly one dimension (no pair, no bucket).
fn single_dimension(field: &str) -> Option<(&str, &str, &str)> {
    let (kind, rest) = field.split_once('|')?;
    if rest.contains('|') || field.contains('#') {
        return None;
    }
    let (dimension, value) = rest.split_once('=')?;
    Some((kind, dimension, value))
}

/// Most first, then by name: the order every "by" list is shown in.
fn sort_by_count(list: &mut [(String, u64)]) {
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
}

/// Adds `theirs` into `mine`, item by item, keeping the shown order.
fn merge_counts(mine: &mut Vec<(String, u64)>, theirs: &[(String, u64)]) {
    for (item, n) in theirs {
        match mine.iter_mut().find(|(have, _)| have == item) {
            Some((_, count)) => *count += n,
            None => mine.push((item.clone(), *n)),
        }
    }
    sort_by_count(mine);
}

/// Monday first, as `Figures::unstaffed` is.
pub const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// A quantile as shown: none, hidden below 5, or "within 2 hours".
pub fn quantile(histogram: &Histogram, share: f64) -> String {
    match histogram.total() {
        0 => "none".to_owned(),
        n if n < SMALLEST_SHOWN => "not shown (fewer than 5)".to_owned(),
        _ => histogram.quantile_text(share).unwrap_or_default(),
    }
}

#[cfg(test)]
mod figure_tests {
    use super::*;
    use crate::insight::counters::counter_fields;

    #[test]
    fn small_numbers_are_never_shown() {
        assert_eq!(shown(0), "0");
        for n in 1..5 {
            assert_eq!(shown(n), "fewer than 5");
        }
        assert_eq!(shown(5), "5");
        assert_eq!(shown_rate(3, 10), "not shown (fewer than 5)");
        assert_eq!(shown_rate(5, 10), "50%");
        assert_eq!(shown_rate(0, 0), "none");
    }

    #[test]
    fn figures_read_the_counters_back() {
        let mut day = DayCounters { date: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), ..Default::default() };
        let mut add = |event: InsightEvent| {
            for field in counter_fields(&event) {
                *day.fields.entry(field).or_default() += 1;
            }
        };
        for _ in 0..6 {
            add(InsightEvent::new(kinds::REFERRAL_RECEIVED, 0, &[("path", "self"), ("language", "pl")]).unwrap());
            add(InsightEvent::new(kinds::OUTCOME, 0, &[("consent", "yes"), ("contacted", "yes"), ("outcome", "one-to-one")]).unwrap());
        }
        add(InsightEvent::new(kinds::OUTCOME, 0, &[("consent", "no"), ("contacted", "yes"), ("outcome", "one-to-one")]).unwrap());
        let figures = Figures::from_days(&[day]);
        assert_eq!(figures.referrals, 6);
        assert_eq!(figures.by_language, [("pl".to_owned(), 6)]);
        assert_eq!(figures.engagement, Engagement { engaged: 6, not_engaged: 0, left_out: 1 });
        assert_eq!(figures.engagement.rate(), "100%");
        assert!(figures.rows().iter().any(|(m, item, v)| *m == "engagement" && item == "left out" && v == "fewer than 5"));
    }

    #[test]
    fn days_summed_give_the_figures_of_their_counters_added_together() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let at = date.and_hms_opt(20, 0, 0).unwrap().and_utc().timestamp_millis();
        let events = [
            InsightEvent::new(kinds::REFERRAL_RECEIVED, at, &[("path", "self"), ("priority", "high"), ("language", "ur")]).unwrap(),
            InsightEvent::new(kinds::REFERRAL_RECEIVED, at, &[("path", "professional"), ("priority", "standard"), ("language", "en")]).unwrap(),
            InsightEvent::new(kinds::FIRST_ATTEMPT, at, &[("path", "self")]).unwrap().lasting(3_600_000),
            InsightEvent::new(kinds::INITIAL_CONTACT, at, &[("on-time", "yes")]).unwrap().lasting(7_200_000),
            InsightEvent::new(kinds::OUTCOME, at, &[("consent", "yes"), ("contacted", "no"), ("outcome", "signposted")]).unwrap(),
            InsightEvent::new(kinds::CHAT_QUEUED, at, &[("language", "ar"), ("staffed", "no")]).unwrap().hourly(),
            InsightEvent::new(kinds::CHAT_ANSWERED, at, &[("language", "ar")]).unwrap().lasting(45_000),
            InsightEvent::new(kinds::CHAT_REFERRAL, at, &[]).unwrap(),
        ];
        let counted = |picked: &[usize]| {
            let mut day = DayCounters { date, ..Default::default() };
            for event in picked.iter().map(|i| &events[*i]) {
                for field in counter_fields(event) {
                    *day.fields.entry(field).or_default() += 1;
                }
            }
            day
        };
        // Split the events over two days' counters (same weekday), three ways, twice each.
        let all: Vec<usize> = (0..events.len()).chain(0..events.len()).collect();
        let together = Figures::from_days(&[counted(&all)]);
        for split in [2, 7, 11] {
            let (first, second) = all.split_at(split);
            assert_eq!(Figures::from_days(&[counted(first), counted(second)]), together, "split at {split}");
        }
        assert_eq!(together.referrals, 4);
        assert_eq!(together.by_language, [("en".to_owned(), 2), ("ur".to_owned(), 2)]);
        assert_eq!(together.unstaffed.iter().flatten().sum::<u64>(), 2);
        assert_eq!(together.chat_wait.total(), 2);
        assert_eq!(Figures::sum([&together, &together]).chat_languages, [("ar".to_owned(), 4)]);
    }
}

/// One line of every table, CSV and JSON: a measure's item in this period and the one before.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ComparedRow {
    pub measure: &'static str,
    pub item: String,
    pub this_period: String,
    pub previous_period: String,
}

/// The rows of both periods side by side: this period's items in order, then any only the
/// previous one had (shown as "0" in this period).
pub fn compare(now: &Figures, before: &Figures) -> Vec<ComparedRow> {
    let now_rows = now.rows();
    let before_rows = before.rows();
    let find = |rows: &[(&'static str, String, String)], measure: &str, item: &str| {
        rows.iter().find(|(m, i, _)| *m == measure && i == item).map(|(_, _, v)| v.clone())
    };
    let mut compared: Vec<ComparedRow> = now_rows
        .iter()
        .map(|(measure, item, value)| ComparedRow {
            measure,
            item: item.clone(),
            this_period: value.clone(),
            previous_period: find(&before_rows, measure, item).unwrap_or_else(|| "0".to_owned()),
        })
        .collect();
    for (measure, item, value) in &before_rows {
        if find(&now_rows, measure, item).is_none() {
            let at = compared.iter().rposition(|row| row.measure == *measure).map_or(compared.len(), |i| i + 1);
            compared.insert(at, ComparedRow { measure, item: item.clone(), this_period: "0".to_owned(), previous_period: value.clone() });
        }
    }
    compared
}
