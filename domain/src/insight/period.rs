//! The periods a dashboard shows: a week (Monday to Sunday), a month, a quarter of the
//! financial year (Q1 is April to June, as the council reports), or custom dates; each with
//! the period of the same length just before it.
use chrono::{Datelike, Duration, NaiveDate};

/// The longest custom period, so one page never reads more than two years of days.
pub const MOST_DAYS: i64 = 731;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodKind {
    Week,
    Month,
    Quarter,
    Custom,
}

impl PeriodKind {
    pub fn slug(self) -> &'static str {
        match self {
            PeriodKind::Week => "week",
            PeriodKind::Month => "month",
            PeriodKind::Quarter => "quarter",
            PeriodKind::Custom => "custom",
        }
    }

    pub fn from_slug(slug: &str) -> Option<PeriodKind> {
        [PeriodKind::Week, PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Custom].into_iter().find(|k| k.slug() == slug)
    }
}

/// First and last day, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub kind: PeriodKind,
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl Period {
    /// The week, month or quarter holding `day`.
    pub fn containing(kind: PeriodKind, day: NaiveDate) -> Period {
        let (first, last) = match kind {
            PeriodKind::Week | PeriodKind::Custom => {
                let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
                (monday, monday + Duration::days(6))
            }
            PeriodKind::Month => {
                let first = day.with_day(1).expect("day 1");
                (first, add_months(first, 1) - Duration::days(1))
            }
            PeriodKind::Quarter => {
                let first = quarter_start(day);
                (first, add_months(first, 3) - Duration::days(1))
            }
        };
        Period { kind: if kind == PeriodKind::Custom { PeriodKind::Week } else { kind }, first, last }
    }

    /// Custom dates, in order, at most `MOST_DAYS` long (the end is brought in).
    pub fn custom(from: NaiveDate, to: NaiveDate) -> Period {
        let (first, last) = if from <= to { (from, to) } else { (to, from) };
        let last = last.min(first + Duration::days(MOST_DAYS - 1));
        Period { kind: PeriodKind::Custom, first, last }
    }

    pub fn days(&self) -> i64 {
        (self.last - self.first).num_days() + 1
    }

    /// The calendar months (`YYYY-MM`) the period touches, for figures counted per month.
    pub fn months(&self) -> Vec<String> {
        let mut months = Vec::new();
        let mut first_of = self.first.with_day(1).expect("day 1");
        while first_of <= self.last {
            months.push(first_of.format("%Y-%m").to_string());
            first_of = add_months(first_of, 1);
        }
        months
    }

    /// The period just before: the previous week, month or quarter, or as many days.
    pub fn previous(&self) -> Period {
        match self.kind {
            PeriodKind::Month => Period::containing(PeriodKind::Month, self.first - Duration::days(1)),
            PeriodKind::Quarter => Period::containing(PeriodKind::Quarter, self.first - Duration::days(1)),
            PeriodKind::Week | PeriodKind::Custom => {
                Period { kind: self.kind, first: self.first - Duration::days(self.days()), last: self.first - Duration::days(1) }
            }
        }
    }

    /// "1 Apr 2026 – 30 Jun 2026", or the quarter's name ("Q1 2026-27").
    pub fn label(&self) -> String {
        match self.kind {
            PeriodKind::Quarter => quarter_name(self.first),
            _ => format!("{} – {}", self.first.format("%-d %b %Y"), self.last.format("%-d %b %Y")),
        }
    }
}

/// The first day of the financial quarter holding `day` (April, July, October, January).
pub fn quarter_start(day: NaiveDate) -> NaiveDate {
    let month = ((day.month0() / 3) * 3) + 1;
    NaiveDate::from_ymd_opt(day.year(), month, 1).expect("first of a month")
}

/// The 2023 report's quarter names: "Q3 2021-22" (Q1 is April to June).
pub fn quarter_name(first: NaiveDate) -> String {
    let start_year = if first.month() >= 4 { first.year() } else { first.year() - 1 };
    let number = match first.month() {
        4..=6 => 1,
        7..=9 => 2,
        10..=12 => 3,
        _ => 4,
    };
    format!("Q{number} {start_year}-{:02}", (start_year + 1) % 100)
}

/// The four financial quarters ending with the one holding `day`, oldest first.
pub fn four_quarters_to(day: NaiveDate) -> Vec<Period> {
    let mut quarters = vec![Period::containing(PeriodKind::Quarter, day)];
    for _ in 0..3 {
        quarters.insert(0, quarters[0].previous());
    }
    quarters
}

fn add_months(day: NaiveDate, months: u32) -> NaiveDate {
    day.checked_add_months(chrono::Months::new(months)).expect("a date in range")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn periods_and_the_one_before() {
        let week = Period::containing(PeriodKind::Week, date(2026, 11, 30));
        assert_eq!((week.first, week.last), (date(2026, 11, 30), date(2026, 12, 6)));
        assert_eq!(week.previous().first, date(2026, 11, 23));
        let month = Period::containing(PeriodKind::Month, date(2026, 3, 15));
        assert_eq!((month.first, month.last), (date(2026, 3, 1), date(2026, 3, 31)));
        assert_eq!(month.previous().last, date(2026, 2, 28));
        let quarter = Period::containing(PeriodKind::Quarter, date(2026, 11, 30));
        assert_eq!((quarter.first, quarter.last), (date(2026, 10, 1), date(2026, 12, 31)));
        assert_eq!(quarter.label(), "Q3 2026-27");
        assert_eq!(quarter.previous().label(), "Q2 2026-27");
        assert_eq!(Period::containing(PeriodKind::Quarter, date(2027, 2, 1)).label(), "Q4 2026-27");
        let custom = Period::custom(date(2026, 1, 10), date(2026, 1, 1));
        assert_eq!((custom.days(), custom.previous().first), (10, date(2025, 12, 22)));
        assert_eq!(Period::custom(date(2020, 1, 1), date(2026, 1, 1)).days(), MOST_DAYS);
        assert_eq!(week.months(), ["2026-11", "2026-12"]);
        assert_eq!(month.months(), ["2026-03"]);
        assert_eq!(quarter.months(), ["2026-10", "2026-11", "2026-12"]);
        let quarters = four_quarters_to(date(2026, 5, 1));
        assert_eq!(quarters.iter().map(Period::label).collect::<Vec<_>>(), ["Q2 2025-26", "Q3 2025-26", "Q4 2025-26", "Q1 2026-27"]);
    }
}
