//! How soon an adviser should get in touch after a referral arrives: a number of the triage
//! team's WORKING hours (`ServiceHours`), counted in UK time, so a referral on a Saturday
//! or before a bank holiday gets the time the team can actually give it.
use chrono::{DateTime, Duration, DurationRound, TimeDelta, Utc};
use chrono_tz::Europe::London;
use chrono_tz::Tz;

use super::{ReferralPath, ServiceHours};
use crate::opening_hours::local_instant;

/// Far beyond any real gap between working days (Christmas and New Year are under two weeks).
const LONGEST_SEARCH_DAYS: i64 = 60;

impl ServiceHours {
    /// The latest time for first contact with a referral on `path` received at `received`,
    /// rounded up to the whole hour so the promise a person reads ("by Monday 10:00") and
    /// the time advisers work to are the same instant.
    pub fn contact_by(&self, path: ReferralPath, received: DateTime<Utc>) -> DateTime<Tz> {
        let exact = self.after_working_hours(received, i64::from(self.contact_within(path)));
        let hour = TimeDelta::hours(1);
        let rounded = exact.duration_trunc(hour).map(|whole| if whole == exact { whole } else { whole + hour });
        rounded.unwrap_or(exact).with_timezone(&London)
    }

    /// The instant `hours` working hours after `start`.
    fn after_working_hours(&self, start: DateTime<Utc>, hours: i64) -> DateTime<Utc> {
        let mut left = Duration::hours(hours);
        let first_day = start.with_timezone(&London).date_naive();
        for offset in 0..LONGEST_SEARCH_DAYS {
            let date = first_day + Duration::days(offset);
            let Some(day) = self.working_day(date) else { continue };
            let opens = local_instant(date, day.opens).with_timezone(&Utc).max(start);
            let closes = local_instant(date, day.closes).with_timezone(&Utc);
            if closes <= opens {
                continue;
            }
            if opens + left <= closes {
                return opens + left;
            }
            left -= closes - opens;
        }
        // Only a file with almost no working days gets here; never promise less than asked.
        start + Duration::hours(hours)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours() -> ServiceHours {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/service-hours.toml");
        ServiceHours::load(&path).unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    /// The deadline for a self-referral (8 working hours) received at `received`, as UK
    /// wall-clock time with its offset.
    fn deadline(received: &str) -> String {
        hours().contact_by(ReferralPath::SelfReferral, utc(received)).format("%a %Y-%m-%d %H:%M %:z").to_string()
    }

    #[test]
    fn inside_working_hours_it_runs_into_the_next_working_day() {
        // Tuesday 10:00 GMT + 8 working hours: 7 on Tuesday, 1 on Wednesday.
        assert_eq!(deadline("2026-11-24T10:00:00Z"), "Wed 2026-11-25 10:00 +00:00");
        // Exactly at opening: the same day's closing time.
        assert_eq!(deadline("2026-11-24T09:00:00Z"), "Tue 2026-11-24 17:00 +00:00");
        // A minute past the hour rounds up, never down.
        assert_eq!(deadline("2026-11-24T10:01:00Z"), "Wed 2026-11-25 11:00 +00:00");
    }

    #[test]
    fn nights_and_weekends_do_not_count() {
        // Tuesday 20:00: all of Wednesday.
        assert_eq!(deadline("2026-11-24T20:00:00Z"), "Wed 2026-11-25 17:00 +00:00");
        // Friday 16:00: one hour on Friday, seven on Monday.
        assert_eq!(deadline("2026-11-27T16:00:00Z"), "Mon 2026-11-30 16:00 +00:00");
        // Saturday: a whole Monday, not "within 24 hours" on a Sunday nobody works.
        assert_eq!(deadline("2026-11-28T11:00:00Z"), "Mon 2026-11-30 17:00 +00:00");
        assert_eq!(deadline("2026-11-29T23:59:00Z"), "Mon 2026-11-30 17:00 +00:00");
    }

    #[test]
    fn bank_holidays_do_not_count() {
        // Thursday before Easter 2026, 15:00 BST (14:00 UTC): Good Friday and Easter Monday
        // are off, so two hours on Thursday and six on Tuesday.
        assert_eq!(deadline("2026-04-02T14:00:00Z"), "Tue 2026-04-07 15:00 +01:00");
        // Christmas 2026: Friday 25th and the substitute Monday 28th are off.
        assert_eq!(deadline("2026-12-24T16:00:00Z"), "Tue 2026-12-29 16:00 +00:00");
        // Christmas 2027: both substitute days (Monday 27th, Tuesday 28th) are off.
        assert_eq!(deadline("2027-12-24T12:00:00Z"), "Wed 2027-12-29 12:00 +00:00");
        // New Year 2028 falls on a Saturday: the substitute Monday 3rd is off.
        assert_eq!(deadline("2027-12-31T17:30:00Z"), "Tue 2028-01-04 17:00 +00:00");
        // Early May 2027 (Monday 3rd): Friday 14:00 BST gives three hours, Tuesday five.
        assert_eq!(deadline("2027-04-30T13:00:00Z"), "Tue 2027-05-04 14:00 +01:00");
    }

    #[test]
    fn working_hours_are_uk_time_across_both_clock_changes() {
        // Clocks go forward on Sunday 29 March 2026. Friday 16:00 GMT: one hour on Friday,
        // seven on Monday from 09:00 BST (08:00 UTC), so 16:00 BST.
        let spring = hours().contact_by(ReferralPath::SelfReferral, utc("2026-03-27T16:00:00Z"));
        assert_eq!(spring.to_rfc3339(), "2026-03-30T16:00:00+01:00");
        assert_eq!(spring.to_utc().to_rfc3339(), "2026-03-30T15:00:00+00:00");
        // Clocks go back on Sunday 25 October 2026. Friday 16:00 BST (15:00 UTC): Monday
        // 16:00 GMT, which is 16:00 UTC.
        let autumn = hours().contact_by(ReferralPath::SelfReferral, utc("2026-10-23T15:00:00Z"));
        assert_eq!(autumn.to_rfc3339(), "2026-10-26T16:00:00+00:00");
        // A referral during the night of the change itself (01:30 BST, then GMT again).
        assert_eq!(deadline("2026-10-25T00:30:00Z"), "Mon 2026-10-26 17:00 +00:00");
        assert_eq!(deadline("2026-03-29T01:30:00Z"), "Mon 2026-03-30 17:00 +01:00");
    }
}
