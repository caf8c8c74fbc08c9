//! When it is safe to contact the person: days of the week and time ranges in UK time (or
//! "any time"), read from the referral form's safe-times fieldset. The form's free text
//! (`safe-times`) stays as an extra note beside them.
//!
//! Parsing builds for the browser too; whether a moment falls inside the windows, and when
//! the next window opens, need time zones and sit behind the `server` feature.
use serde::{Deserialize, Serialize};

use super::FieldError;
use crate::slug::slug_enum;

slug_enum! {
    /// A day of the week, Monday first, as the form's checkboxes list them.
    #[derive(Serialize, Deserialize, PartialOrd, Ord)]
    #[serde(rename_all = "kebab-case")]
    pub enum Day {
        Mon,
        Tue,
        Wed,
        Thu,
        Fri,
        Sat,
        Sun,
    }
}

/// How many time ranges the form offers.
pub const RANGES: usize = 2;
/// The "any time" checkbox.
pub const ANY_TIME_FIELD: &str = "safe-any-time";

/// The checkbox of one day.
pub fn day_field(day: Day) -> String {
    format!("safe-day-{}", day.slug())
}

/// The selects of time range `n` (1-based): (from, until).
pub fn range_fields(n: usize) -> (String, String) {
    (format!("safe-from-{n}"), format!("safe-until-{n}"))
}

/// Whether a form field belongs to the structured windows (kept out of the free details).
pub fn is_window_field(name: &str) -> bool {
    name == ANY_TIME_FIELD || name.starts_with("safe-day-") || name.starts_with("safe-from-") || name.starts_with("safe-until-")
}

/// From `from` (inclusive) until `until` (exclusive), in minutes after midnight, UK time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRange {
    pub from: u16,
    pub until: u16,
}

/// The person's safe windows. Days without ranges mean the whole of those days.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SafeWindows {
    pub any_time: bool,
    pub days: Vec<Day>,
    pub ranges: Vec<TimeRange>,
}

/// `HH:MM` (00:00 to 24:00) as minutes after midnight.
pub fn parse_clock(value: &str) -> Option<u16> {
    let (hours, minutes) = value.split_once(':')?;
    if hours.len() != 2 || minutes.len() != 2 {
        return None;
    }
    let (hours, minutes): (u16, u16) = (hours.parse().ok()?, minutes.parse().ok()?);
    let total = hours * 60 + minutes;
    (minutes < 60 && total <= 24 * 60).then_some(total)
}

/// Minutes after midnight as `HH:MM`.
pub fn clock(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

impl SafeWindows {
    /// The windows the form's fields describe: `Ok(None)` when none were given; each
    /// problem names its field and a Fluent key.
    pub fn from_fields(get: impl Fn(&str) -> String) -> Result<Option<SafeWindows>, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut fail = |field: &str, message_key: &'static str| errors.push(FieldError { field: field.to_owned(), message_key });
        let any_time = get(ANY_TIME_FIELD) == "yes";
        let days: Vec<Day> = Day::ALL.iter().copied().filter(|d| get(&day_field(*d)) == "yes").collect();
        let mut ranges = Vec::new();
        for n in 1..=RANGES {
            let (from_field, until_field) = range_fields(n);
            let (from, until) = (get(&from_field), get(&until_field));
            match (from.is_empty(), until.is_empty()) {
                (true, true) => continue,
                (false, true) => fail(&until_field, "safe-times-error-incomplete"),
                (true, false) => fail(&from_field, "safe-times-error-incomplete"),
                (false, false) => match (parse_clock(&from), parse_clock(&until)) {
                    (None, _) => fail(&from_field, "form-error-choice"),
                    (_, None) => fail(&until_field, "form-error-choice"),
                    (Some(from), Some(until)) if from >= until => fail(&until_field, "safe-times-error-order"),
                    (Some(from), Some(until)) => ranges.push(TimeRange { from, until }),
                },
            }
        }
        if !any_time && days.is_empty() && !ranges.is_empty() {
            fail(&day_field(Day::Mon), "safe-times-error-days");
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let given = any_time || !days.is_empty();
        Ok(given.then(|| if any_time { SafeWindows { any_time, ..Default::default() } } else { SafeWindows { any_time, days, ranges } }))
    }

    /// In words, for the staff console: "Any time" or "Mon, Tue 09:00–12:00, 18:00–20:00".
    pub fn describe(&self) -> String {
        if self.any_time {
            return "Any time".to_owned();
        }
        let days: Vec<&str> = self.days.iter().map(|d| d.label()).collect();
        let times: Vec<String> = self.ranges.iter().map(|r| format!("{}–{}", clock(r.from), clock(r.until))).collect();
        let times = if times.is_empty() { "all day".to_owned() } else { times.join(", ") };
        format!("{} {times} (UK time)", days.join(", "))
    }
}

impl Day {
    pub fn label(self) -> &'static str {
        match self {
            Day::Mon => "Mon",
            Day::Tue => "Tue",
            Day::Wed => "Wed",
            Day::Thu => "Thu",
            Day::Fri => "Fri",
            Day::Sat => "Sat",
            Day::Sun => "Sun",
        }
    }
}

#[cfg(feature = "server")]
mod clock_time {
    use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Timelike, Utc, Weekday};
    use chrono_tz::Europe::London;

    use super::{Day, SafeWindows};
    use crate::opening_hours::local_instant;

    impl Day {
        fn of(weekday: Weekday) -> Day {
            Day::ALL[weekday.num_days_from_monday() as usize]
        }
    }

    /// A date and wall-clock time typed by an adviser that names no moment in the UK.
    #[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
    pub enum WallClockError {
        #[error("that time does not exist in the UK on that day (the clocks go forward)")]
        InTheGap,
        #[error("that is not a date and time")]
        Unreadable,
    }

    /// A UK date (`YYYY-MM-DD`) and time (`HH:MM`) as a moment. When the clocks go back the
    /// hour happens twice: the first one is meant (the earlier moment, still BST).
    pub fn uk_moment(date: &str, time: &str) -> Result<DateTime<Utc>, WallClockError> {
        let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").map_err(|_| WallClockError::Unreadable)?;
        let time = NaiveTime::parse_from_str(time.trim(), "%H:%M").map_err(|_| WallClockError::Unreadable)?;
        match London.from_local_datetime(&date.and_time(time)) {
            LocalResult::Single(at) => Ok(at.with_timezone(&Utc)),
            LocalResult::Ambiguous(earlier, _) => Ok(earlier.with_timezone(&Utc)),
            LocalResult::None => Err(WallClockError::InTheGap),
        }
    }

    impl SafeWindows {
        /// Whether `at` falls inside one of the windows, read on the UK clock.
        pub fn contains(&self, at: DateTime<Utc>) -> bool {
            if self.any_time {
                return true;
            }
            let local = at.with_timezone(&London);
            let minute = (local.hour() * 60 + local.minute()) as u16;
            self.days.contains(&Day::of(local.weekday()))
                && (self.ranges.is_empty() || self.ranges.iter().any(|r| r.from <= minute && minute < r.until))
        }

        /// The first moment at or after `after` inside a window (within the next eight days).
        /// A window that the spring clock change removes that day is skipped.
        pub fn next_window(&self, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
            if self.contains(after) {
                return Some(after);
            }
            let today = after.with_timezone(&London).date_naive();
            let starts: Vec<u16> = if self.ranges.is_empty() { vec![0] } else { self.ranges.iter().map(|r| r.from).collect() };
            (0..=8)
                .map(|offset| today + Duration::days(offset))
                .filter(|date| self.days.contains(&Day::of(date.weekday())))
                .flat_map(|date| {
                    starts.iter().map(move |from| {
                        let time = NaiveTime::from_hms_opt(u32::from(*from) / 60, u32::from(*from) % 60, 0).unwrap_or_default();
                        local_instant(date, time).with_timezone(&Utc)
                    })
                })
                .filter(|start| *start > after && self.contains(*start))
                .min()
        }
    }
}

#[cfg(feature = "server")]
pub use clock_time::{uk_moment, WallClockError};

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn windows(pairs: &[(&str, &str)]) -> Result<Option<SafeWindows>, Vec<FieldError>> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        SafeWindows::from_fields(|name| map.get(name).cloned().unwrap_or_default())
    }

    fn problems(pairs: &[(&str, &str)]) -> Vec<(String, &'static str)> {
        windows(pairs).unwrap_err().into_iter().map(|e| (e.field, e.message_key)).collect()
    }

    #[test]
    fn days_and_ranges_are_read_from_the_form() {
        let got = windows(&[("safe-day-mon", "yes"), ("safe-day-wed", "yes"), ("safe-from-1", "09:00"), ("safe-until-1", "12:30")])
            .unwrap()
            .unwrap();
        assert_eq!(got.days, [Day::Mon, Day::Wed]);
        assert_eq!(got.ranges, [TimeRange { from: 540, until: 750 }]);
        assert_eq!(got.describe(), "Mon, Wed 09:00–12:30 (UK time)");
        assert_eq!(windows(&[]).unwrap(), None, "nothing chosen: no windows");
        let any = windows(&[("safe-any-time", "yes"), ("safe-day-mon", "yes")]).unwrap().unwrap();
        assert!(any.any_time && any.days.is_empty(), "any time wins");
        assert_eq!(windows(&[("safe-day-sat", "yes")]).unwrap().unwrap().describe(), "Sat all day (UK time)");
    }

    #[test]
    fn bad_windows_name_their_field_and_say_why() {
        assert_eq!(problems(&[("safe-day-mon", "yes"), ("safe-from-1", "12:00"), ("safe-until-1", "09:00")]), [("safe-until-1".to_owned(), "safe-times-error-order")]);
        assert_eq!(problems(&[("safe-day-mon", "yes"), ("safe-from-2", "12:00")]), [("safe-until-2".to_owned(), "safe-times-error-incomplete")]);
        assert_eq!(problems(&[("safe-from-1", "09:00"), ("safe-until-1", "10:00")]), [("safe-day-mon".to_owned(), "safe-times-error-days")]);
        assert_eq!(problems(&[("safe-day-mon", "yes"), ("safe-from-1", "9am"), ("safe-until-1", "10:00")]), [("safe-from-1".to_owned(), "form-error-choice")]);
        assert_eq!(parse_clock("24:00"), Some(1440));
        assert_eq!(parse_clock("24:30"), None);
        assert_eq!(parse_clock("07:60"), None);
    }

    #[test]
    fn window_fields_are_told_apart_from_the_free_note() {
        assert!(is_window_field("safe-day-fri") && is_window_field("safe-until-2") && is_window_field("safe-any-time"));
        assert!(!is_window_field("safe-times") && !is_window_field("safe-name"));
    }

    #[cfg(feature = "server")]
    mod on_the_clock {
        use chrono::{DateTime, TimeZone, Utc};

        use super::super::*;

        fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
            Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
        }

        fn weekday_mornings() -> SafeWindows {
            SafeWindows {
                any_time: false,
                days: vec![Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri],
                ranges: vec![TimeRange { from: 9 * 60, until: 12 * 60 }],
            }
        }

        #[test]
        fn inside_is_read_on_the_uk_clock_in_summer_and_winter() {
            let w = weekday_mornings();
            // Mon 6 Jul 2026: 08:30 UTC is 09:30 BST (inside); 11:30 UTC is 12:30 BST (outside).
            assert!(w.contains(utc(2026, 7, 6, 8, 30)));
            assert!(!w.contains(utc(2026, 7, 6, 11, 30)));
            // Mon 5 Jan 2026: 08:30 UTC is 08:30 GMT (outside).
            assert!(!w.contains(utc(2026, 1, 5, 8, 30)));
            assert!(w.contains(utc(2026, 1, 5, 9, 0)));
            // Saturday is not a chosen day.
            assert!(!w.contains(utc(2026, 7, 4, 9, 30)));
        }

        #[test]
        fn the_next_window_opens_at_the_next_chosen_day_and_time() {
            let w = weekday_mornings();
            // Fri 3 Jul 2026 13:00 BST: next is Mon 6 Jul 09:00 BST = 08:00 UTC.
            assert_eq!(w.next_window(utc(2026, 7, 3, 12, 0)), Some(utc(2026, 7, 6, 8, 0)));
            // Already inside: now.
            assert_eq!(w.next_window(utc(2026, 7, 6, 9, 0)), Some(utc(2026, 7, 6, 9, 0)));
            assert_eq!(SafeWindows::default().next_window(utc(2026, 7, 6, 9, 0)), None);
        }

        #[test]
        fn spring_forward_removes_the_hour_and_its_window() {
            // Sun 29 Mar 2026: clocks go from 01:00 GMT to 02:00 BST.
            assert_eq!(uk_moment("2026-03-29", "01:30"), Err(WallClockError::InTheGap));
            assert_eq!(uk_moment("2026-03-29", "02:30"), Ok(utc(2026, 3, 29, 1, 30)));
            assert_eq!(uk_moment("2026-03-28", "01:30"), Ok(utc(2026, 3, 28, 1, 30)));
            let night = SafeWindows { any_time: false, days: vec![Day::Sun], ranges: vec![TimeRange { from: 60, until: 120 }] };
            // That Sunday's 01:00–02:00 never happens: the next window is a week later (BST).
            assert_eq!(night.next_window(utc(2026, 3, 28, 12, 0)), Some(utc(2026, 4, 5, 0, 0)));
            assert!(!night.contains(utc(2026, 3, 29, 1, 0)), "01:00 UTC is 02:00 BST");
            assert!(!night.contains(utc(2026, 3, 29, 0, 30)), "00:30 GMT is before the window");
        }

        #[test]
        fn fall_back_repeats_the_hour_and_the_first_is_meant() {
            // Sun 25 Oct 2026: 01:00–02:00 happens twice, first in BST, then in GMT.
            assert_eq!(uk_moment("2026-10-25", "01:30"), Ok(utc(2026, 10, 25, 0, 30)));
            let night = SafeWindows { any_time: false, days: vec![Day::Sun], ranges: vec![TimeRange { from: 60, until: 120 }] };
            assert!(night.contains(utc(2026, 10, 25, 0, 30)), "01:30 BST");
            assert!(night.contains(utc(2026, 10, 25, 1, 30)), "01:30 GMT");
            assert!(!night.contains(utc(2026, 10, 25, 2, 0)), "02:00 GMT");
            assert_eq!(night.next_window(utc(2026, 10, 24, 12, 0)), Some(utc(2026, 10, 25, 0, 0)));
            assert_eq!(uk_moment("2026-10-25", "1:30 pm"), Err(WallClockError::Unreadable));
        }
    }
}
