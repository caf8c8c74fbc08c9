//! Which counters an event adds one to. Counters live per day (UK time), one hash per day;
//! each field is the event's kind, alone, with one dimension, or with a pair of them, and a
//! duration's bucket: `outcome`, `outcome|path=self`, `outcome|path=self|priority=high`,
//! `chat-answered#b03`. Field names are made of `Label`s only, so they hold no personal data.
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Timelike};
use chrono_tz::Europe::London;

use super::buckets::{bucket_label, bucket_of, Histogram, BUCKETS};
use super::event::{InsightEvent, Label};
use super::kinds::HOUR;
use super::measures::derived_dimensions;

/// Counters are kept six years and a quarter (a financial year's figures stay comparable
/// with five before it), long after the records they were counted from are purged.
pub const COUNTERS_KEPT_DAYS: i64 = 6 * 366 + 92;

/// The UK day an instant falls on.
pub fn day_of(at_ms: i64) -> NaiveDate {
    london(at_ms).date_naive()
}

/// The UK hour of the day (0–23) an instant falls in.
pub fn hour_of(at_ms: i64) -> u32 {
    london(at_ms).hour()
}

fn london(at_ms: i64) -> DateTime<chrono_tz::Tz> {
    DateTime::from_timestamp_millis(at_ms).unwrap_or_default().with_timezone(&London)
}

/// The hour dimension's value: `h00` … `h23`.
pub fn hour_label(hour: u32) -> String {
    format!("h{hour:02}")
}

/// Every counter field the event adds one to, in a fixed order.
pub fn counter_fields(event: &InsightEvent) -> Vec<String> {
    let kind = event.kind.as_str();
    let mut dimensions = event.dimensions.clone();
    if event.by_hour {
        dimensions.push((label(HOUR), label(&hour_label(hour_of(event.at_ms)))));
    }
    dimensions.extend(derived_dimensions(event));
    dimensions.sort();
    dimensions.dedup_by(|a, b| a.0 == b.0);
    let mut fields = vec![kind.to_owned()];
    for (i, (name, value)) in dimensions.iter().enumerate() {
        fields.push(format!("{kind}|{name}={value}"));
        for (other, other_value) in &dimensions[i + 1..] {
            fields.push(format!("{kind}|{name}={value}|{other}={other_value}"));
        }
    }
    if let Some(duration) = event.duration_ms {
        fields.push(format!("{kind}#{}", bucket_label(bucket_of(duration))));
    }
    fields
}

fn label(text: &str) -> Label {
    Label::new(text).expect("a fixed label")
}

/// One day's counters, as read back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DayCounters {
    pub date: NaiveDate,
    pub fields: HashMap<String, u64>,
}

impl DayCounters {
    /// How many events of `kind` (with every given dimension value; at most two) there were.
    pub fn count(&self, kind: &str, with: &[(&str, &str)]) -> u64 {
        let mut with = with.to_vec();
        with.sort();
        let mut field = kind.to_owned();
        for (name, value) in with {
            field.push_str(&format!("|{name}={value}"));
        }
        self.fields.get(&field).copied().unwrap_or(0)
    }

    /// Counts of `kind` per value of one dimension.
    pub fn by_value(&self, kind: &str, dimension: &str) -> HashMap<String, u64> {
        let prefix = format!("{kind}|{dimension}=");
        self.fields
            .iter()
            .filter_map(|(field, count)| {
                let value = field.strip_prefix(&prefix)?;
                (!value.contains('|')).then(|| (value.to_owned(), *count))
            })
            .collect()
    }

    /// The durations of `kind`, by bucket.
    pub fn histogram(&self, kind: &str) -> Histogram {
        let mut histogram = Histogram::new();
        for bucket in 0..BUCKETS.len() {
            histogram.add(bucket, self.fields.get(&format!("{kind}#{}", bucket_label(bucket))).copied().unwrap_or(0));
        }
        histogram
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insight::kinds;

    #[test]
    fn an_event_counts_alone_per_dimension_per_pair_and_by_bucket() {
        let event = InsightEvent::new(kinds::FIRST_ATTEMPT, 0, &[("path", "self"), ("priority", "high")]).unwrap().lasting(3_600_000);
        assert_eq!(
            counter_fields(&event),
            ["first-attempt", "first-attempt|path=self", "first-attempt|path=self|priority=high", "first-attempt|priority=high", "first-attempt#b07"]
        );
    }

    #[test]
    fn hourly_events_count_in_their_uk_hour() {
        // 2026-07-01 12:30 UTC is 13:30 in London (BST).
        let at = chrono::NaiveDate::from_ymd_opt(2026, 7, 1).unwrap().and_hms_opt(12, 30, 0).unwrap().and_utc().timestamp_millis();
        let event = InsightEvent::new(kinds::CHAT_QUEUED, at, &[("staffed", "no")]).unwrap().hourly();
        let fields = counter_fields(&event);
        assert!(fields.contains(&"chat-queued|hour=h13|staffed=no".to_owned()), "{fields:?}");
        // 23:30 UTC on 30 June is already 1 July in London.
        let late = at - 13 * 3_600_000;
        assert_eq!(day_of(late).to_string(), "2026-07-01");
    }

    #[test]
    fn counts_read_back_by_dimension() {
        let mut day = DayCounters::default();
        for field in counter_fields(&InsightEvent::new("k", 0, &[("b", "x"), ("a", "y")]).unwrap()) {
            *day.fields.entry(field).or_default() += 1;
        }
        assert_eq!(day.count("k", &[]), 1);
        assert_eq!(day.count("k", &[("b", "x"), ("a", "y")]), 1);
        assert_eq!(day.by_value("k", "a"), HashMap::from([("y".to_owned(), 1)]));
    }
}
