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
    pub fn from_days(days: &[DayCounters]) -> Figures {
        let sum = |kind: &str, with: &[(&str, &str)]| days.iter().map(|d| d.count(kind, with)).sum::<u64>();
        let by = |kind: &str, dimension: &str| {
            let mut totals: std::collections::BTreeMap<String, u64> = Default::default();
            for day in days {
                for (value, count) in day.by_value(kind, dimension) {
                    *totals.entry(value).or_default() += count;
                }
            }
            let mut totals: Vec<(String, u64)> = totals.into_iter().collect();
            totals.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            totals
        };
        let histogram = |kind: &str| {
            let mut total = Histogram::new();
            for day in days {
                for (bucket, count) in day.histogram(kind).counts.iter().enumerate() {
                    total.add(bucket, *count);
                }
            }
            total
        };
        let mut unstaffed = [[0u64; 24]; 7];
        for day in days {
            let weekday = day.date.weekday().num_days_from_monday() as usize;
            for (hour, row) in unstaffed[weekday].iter_mut().enumerate() {
                *row += day.count(kinds::CHAT_QUEUED, &[(kinds::HOUR, &super::counters::hour_label(hour as u32)), (kinds::STAFFED, "no")]);
            }
        }
        Figures {
            referrals: sum(kinds::REFERRAL_RECEIVED, &[]),
            by_path: by(kinds::REFERRAL_RECEIVED, kinds::PATH),
            by_priority: by(kinds::REFERRAL_RECEIVED, kinds::PRIORITY),
            by_language: by(kinds::REFERRAL_RECEIVED, kinds::LANGUAGE),
            priority_changes: sum(kinds::PRIORITY_CHANGED, &[]),
            engagement: Engagement {
                engaged: sum(kinds::OUTCOME, &[(ENGAGEMENT, ENGAGED)]),
                not_engaged: sum(kinds::OUTCOME, &[(ENGAGEMENT, NOT_ENGAGED)]),
                left_out: sum(kinds::OUTCOME, &[(ENGAGEMENT, LEFT_OUT)]),
            },
            first_attempt: histogram(kinds::FIRST_ATTEMPT),
            initial_contact: histogram(kinds::INITIAL_CONTACT),
            contacted_on_time: sum(kinds::INITIAL_CONTACT, &[(kinds::ON_TIME, "yes")]),
            outcomes: by(kinds::OUTCOME, kinds::OUTCOME_DIM),
            chats_queued: sum(kinds::CHAT_QUEUED, &[]),
            chats_offered: sum(kinds::CHAT_OFFERED, &[]),
            chats_answered: sum(kinds::CHAT_ANSWERED, &[]),
            chats_abandoned: sum(kinds::CHAT_ABANDONED, &[]),
            quick_exits: sum(kinds::CHAT_QUICK_EXIT, &[]),
            chat_wait: histogram(kinds::CHAT_ANSWERED),
            chat_referrals: sum(kinds::CHAT_REFERRAL, &[]),
            unstaffed,
            chat_languages: by(kinds::CHAT_QUEUED, kinds::LANGUAGE),
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
