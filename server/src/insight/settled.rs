//! The figures of days that can no longer change, kept in memory. An event older than
//! `store::REMEMBERED_MS` is refused (`lua/apply.lua`), so a day's counters are final a few
//! days after it ends; the dashboard then never reads that day from Redis again. Bounded:
//! one entry per day counters are kept for, at most.
use std::sync::Arc;

use chrono::{Duration, NaiveDate};
use domain::insight::measures::Figures;
use domain::insight::COUNTERS_KEPT_DAYS;
use quick_cache::sync::Cache;

use super::store::REMEMBERED_MS;

/// Days after its end that a day's counters are final: events are refused after
/// `REMEMBERED_MS`, and two days more cover clocks that disagree and the day's own length.
pub const FINAL_AFTER_DAYS: i64 = REMEMBERED_MS / 86_400_000 + 2;
/// The most days kept: every day counters are kept for.
pub const CAPACITY: usize = COUNTERS_KEPT_DAYS as usize;

/// True when `date`'s counters can no longer change (and have not yet expired), seen on
/// `today` (UK).
pub fn is_final(date: NaiveDate, today: NaiveDate) -> bool {
    date + Duration::days(FINAL_AFTER_DAYS) < today && date > today - Duration::days(COUNTERS_KEPT_DAYS)
}

/// Final days' figures by date.
pub struct SettledDays {
    days: Cache<NaiveDate, Arc<Figures>>,
}

impl Default for SettledDays {
    fn default() -> Self {
        SettledDays { days: Cache::new(CAPACITY) }
    }
}

impl SettledDays {
    pub fn get(&self, date: NaiveDate) -> Option<Arc<Figures>> {
        self.days.get(&date)
    }

    /// Keeps `figures` for `date` if that day is final on `today`.
    pub fn keep(&self, date: NaiveDate, today: NaiveDate, figures: &Arc<Figures>) {
        if is_final(date, today) {
            self.days.insert(date, figures.clone());
        }
    }

    pub fn len(&self) -> usize {
        self.days.len()
    }

    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn only_days_past_the_refusal_window_are_final() {
        let today = date(2026, 11, 30);
        assert!(!is_final(today, today));
        assert!(!is_final(date(2026, 11, 25), today), "five days ago: an event could still arrive");
        assert!(is_final(date(2026, 11, 24), today));
        assert!(is_final(date(2025, 11, 30), today));
        assert!(!is_final(today - Duration::days(COUNTERS_KEPT_DAYS), today), "expired counters are not kept");
        let kept = SettledDays::default();
        kept.keep(today, today, &Arc::new(Figures::default()));
        assert!(kept.is_empty(), "today is read from Redis every time");
    }

    #[test]
    fn at_most_one_entry_per_day_counters_are_kept_for() {
        let kept = SettledDays::default();
        let figures = Arc::new(Figures::default());
        // Three times as many final days as the bound, as if seen over many years.
        let mut today = date(2026, 11, 30);
        for _ in 0..3 * CAPACITY {
            today = today.succ_opt().unwrap();
            kept.keep(today - Duration::days(FINAL_AFTER_DAYS + 1), today, &figures);
        }
        assert!(kept.len() <= CAPACITY, "{} kept", kept.len());
        assert!(kept.len() > CAPACITY / 2, "it does keep them: {}", kept.len());
    }
}
