//! Opening hours in UK wall-clock time, and "open now / opens at …" at any instant.
//!
//! Slots are written as the service writes them ("Monday 09:00–17:00", local time), and
//! resolved against Europe/London for the date in question, so they stay right across the
//! clock changes. A slot whose closing time is not after its opening time runs overnight.
use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Europe::London;
use chrono_tz::Tz;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    pub day: Weekday,
    pub opens: NaiveTime,
    /// Not after `opens` means the slot ends on the following day.
    pub closes: NaiveTime,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpeningHours {
    Always,
    Weekly(Vec<Slot>),
    /// No fixed hours: reached by arrangement, or through another service.
    ByArrangement,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenStatus {
    AlwaysOpen,
    OpenUntil(DateTime<Tz>),
    ClosedOpensAt(DateTime<Tz>),
    NoFixedHours,
}

/// A wall-clock time on a date, as an instant. In the spring gap (01:00–02:00 does not
/// exist) the time moves forward by the gap; in the autumn overlap the earlier instant wins.
pub(crate) fn local_instant(date: NaiveDate, time: NaiveTime) -> DateTime<Tz> {
    let naive = date.and_time(time);
    match London.from_local_datetime(&naive) {
        LocalResult::Single(at) => at,
        LocalResult::Ambiguous(earlier, _) => earlier,
        LocalResult::None => London
            .from_local_datetime(&(naive + Duration::hours(1)))
            .earliest()
            .unwrap_or_else(|| London.from_utc_datetime(&naive)),
    }
}

impl Slot {
    /// The instants this slot covers when it starts on `date`.
    fn on(&self, date: NaiveDate) -> (DateTime<Tz>, DateTime<Tz>) {
        let opens = local_instant(date, self.opens);
        let close_date = if self.closes <= self.opens { date + Duration::days(1) } else { date };
        (opens, local_instant(close_date, self.closes))
    }
}

impl OpeningHours {
    pub fn status_at(&self, now: DateTime<Utc>) -> OpenStatus {
        let slots = match self {
            OpeningHours::Always => return OpenStatus::AlwaysOpen,
            OpeningHours::ByArrangement => return OpenStatus::NoFixedHours,
            OpeningHours::Weekly(slots) if slots.is_empty() => return OpenStatus::NoFixedHours,
            OpeningHours::Weekly(slots) => slots,
        };
        let today = now.with_timezone(&London).date_naive();
        // Every slot occurrence from yesterday (an overnight slot may still be running) to a
        // week ahead, in time order.
        let mut occurrences: Vec<(DateTime<Tz>, DateTime<Tz>)> = (-1..=7)
            .map(|offset| today + Duration::days(offset))
            .flat_map(|date| {
                slots.iter().filter(move |s| s.day == date.weekday()).map(move |s| s.on(date))
            })
            .collect();
        occurrences.sort();
        let open_now = occurrences.iter().find(|(opens, closes)| *opens <= now && now < *closes);
        match open_now {
            Some(&(_, mut closes)) => {
                // Back-to-back slots (Friday 20:00–24:00, Saturday 00:00–08:00) read as one.
                while let Some(&(_, later)) =
                    occurrences.iter().find(|(opens, c)| *opens <= closes && *c > closes)
                {
                    closes = later;
                }
                OpenStatus::OpenUntil(closes)
            }
            None => occurrences
                .iter()
                .find(|(opens, _)| *opens > now)
                .map(|&(opens, _)| OpenStatus::ClosedOpensAt(opens))
                .unwrap_or(OpenStatus::NoFixedHours),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday::*;

    fn t(hm: &str) -> NaiveTime {
        NaiveTime::parse_from_str(hm, "%H:%M").unwrap()
    }
    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }
    fn slot(day: Weekday, opens: &str, closes: &str) -> Slot {
        Slot { day, opens: t(opens), closes: t(closes) }
    }
    fn at_utc(status: OpenStatus) -> String {
        match status {
            OpenStatus::OpenUntil(at) => format!("open until {}", at.with_timezone(&Utc).to_rfc3339()),
            OpenStatus::ClosedOpensAt(at) => format!("opens {}", at.with_timezone(&Utc).to_rfc3339()),
            other => format!("{other:?}"),
        }
    }
    /// Men's Advice Line: Mon and Wed 09:00–20:00; Tue, Thu, Fri 09:00–17:00.
    fn mens_advice_line() -> OpeningHours {
        OpeningHours::Weekly(vec![
            slot(Mon, "09:00", "20:00"),
            slot(Tue, "09:00", "17:00"),
            slot(Wed, "09:00", "20:00"),
            slot(Thu, "09:00", "17:00"),
            slot(Fri, "09:00", "17:00"),
        ])
    }

    #[test]
    fn always_and_by_arrangement() {
        assert_eq!(OpeningHours::Always.status_at(Utc::now()), OpenStatus::AlwaysOpen);
        assert_eq!(OpeningHours::ByArrangement.status_at(Utc::now()), OpenStatus::NoFixedHours);
    }

    #[test]
    fn summer_hours_are_british_summer_time() {
        // Monday 2026-07-06 08:30 UTC is 09:30 BST: open until 20:00 BST = 19:00 UTC.
        let status = mens_advice_line().status_at(utc("2026-07-06T08:30:00Z"));
        assert_eq!(at_utc(status), "open until 2026-07-06T19:00:00+00:00");
        // 07:30 UTC is 08:30 BST: closed, opens 09:00 BST = 08:00 UTC.
        let status = mens_advice_line().status_at(utc("2026-07-06T07:30:00Z"));
        assert_eq!(at_utc(status), "opens 2026-07-06T08:00:00+00:00");
    }

    #[test]
    fn winter_hours_are_greenwich_mean_time() {
        // Monday 2026-01-05 08:30 UTC is 08:30 GMT: closed until 09:00.
        let status = mens_advice_line().status_at(utc("2026-01-05T08:30:00Z"));
        assert_eq!(at_utc(status), "opens 2026-01-05T09:00:00+00:00");
    }

    #[test]
    fn the_weekend_gap_points_to_monday() {
        // Friday 2026-07-10 17:30 BST: closed, opens Monday 09:00 BST.
        let status = mens_advice_line().status_at(utc("2026-07-10T16:30:00Z"));
        assert_eq!(at_utc(status), "opens 2026-07-13T08:00:00+00:00");
    }

    #[test]
    fn overnight_slots_cover_both_sides_of_midnight() {
        let hours = OpeningHours::Weekly(vec![slot(Fri, "20:00", "08:00")]);
        // Friday 2026-01-09 23:00 GMT: open until Saturday 08:00.
        assert_eq!(at_utc(hours.status_at(utc("2026-01-09T23:00:00Z"))), "open until 2026-01-10T08:00:00+00:00");
        // Saturday 03:00: still open (the slot started yesterday).
        assert_eq!(at_utc(hours.status_at(utc("2026-01-10T03:00:00Z"))), "open until 2026-01-10T08:00:00+00:00");
        // Saturday 09:00: closed until next Friday 20:00.
        assert_eq!(at_utc(hours.status_at(utc("2026-01-10T09:00:00Z"))), "opens 2026-01-16T20:00:00+00:00");
    }

    #[test]
    fn back_to_back_slots_read_as_one_opening() {
        let hours = OpeningHours::Weekly(vec![slot(Fri, "20:00", "00:00"), slot(Sat, "00:00", "08:00")]);
        assert_eq!(at_utc(hours.status_at(utc("2026-01-09T21:00:00Z"))), "open until 2026-01-10T08:00:00+00:00");
    }

    #[test]
    fn autumn_fall_back_night_lasts_an_hour_longer() {
        // Clocks go back at 02:00 BST on Sunday 2026-10-25. Saturday 22:00 to Sunday 06:00
        // local is 21:00 UTC to 06:00 UTC: nine hours.
        let hours = OpeningHours::Weekly(vec![slot(Sat, "22:00", "06:00")]);
        let status = hours.status_at(utc("2026-10-25T01:30:00Z"));
        assert_eq!(at_utc(status), "open until 2026-10-25T06:00:00+00:00");
        let status = hours.status_at(utc("2026-10-24T20:30:00Z"));
        assert_eq!(at_utc(status), "opens 2026-10-24T21:00:00+00:00");
    }

    #[test]
    fn spring_forward_gap_moves_a_missing_time_on() {
        // 01:30 does not exist on Sunday 2026-03-29 (01:00 GMT becomes 02:00 BST).
        let hours = OpeningHours::Weekly(vec![slot(Sun, "01:30", "03:00")]);
        let status = hours.status_at(utc("2026-03-29T00:10:00Z"));
        // 01:30 moves to 02:30 BST = 01:30 UTC.
        assert_eq!(at_utc(status), "opens 2026-03-29T01:30:00+00:00");
        assert_eq!(at_utc(hours.status_at(utc("2026-03-29T01:45:00Z"))), "open until 2026-03-29T02:00:00+00:00");
    }

    #[test]
    fn a_day_slot_on_the_change_day_keeps_local_times() {
        let hours = OpeningHours::Weekly(vec![slot(Sun, "09:00", "17:00")]);
        // Sunday 2026-03-29 is BST from 01:00 UTC: 09:00 BST = 08:00 UTC.
        assert_eq!(at_utc(hours.status_at(utc("2026-03-29T07:30:00Z"))), "opens 2026-03-29T08:00:00+00:00");
        // Sunday 2026-10-25 is GMT from 01:00 UTC: 17:00 GMT = 17:00 UTC.
        assert_eq!(at_utc(hours.status_at(utc("2026-10-25T12:00:00Z"))), "open until 2026-10-25T17:00:00+00:00");
    }
}
