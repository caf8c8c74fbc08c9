//! Which audit lines an admin asked to see: by person, action, referral and a range of
//! days in UK time. The server reads the trail newest first and keeps the lines that match.
use chrono::{NaiveDate, TimeZone};
use chrono_tz::Europe::London;

/// Empty fields match everything; `who` and `action` match exactly, `referral` also
/// matches as a prefix (a reference's first characters), days are whole UK days.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub who: String,
    pub action: String,
    pub referral: String,
    /// From the start of this day (UK time), in ms.
    pub from_ms: Option<i64>,
    /// Up to the end of this day (UK time), in ms, exclusive.
    pub until_ms: Option<i64>,
}

impl AuditFilter {
    /// From form fields; days are `YYYY-MM-DD` (what `<input type="date">` sends), and an
    /// unreadable day is ignored rather than matching nothing.
    pub fn new(who: &str, action: &str, referral: &str, from_day: &str, to_day: &str) -> AuditFilter {
        AuditFilter {
            who: who.trim().to_owned(),
            action: action.trim().to_owned(),
            referral: referral.trim().to_lowercase(),
            from_ms: day_start_ms(from_day),
            until_ms: next_day_start_ms(to_day),
        }
    }

    pub fn matches(&self, at_ms: Option<i64>, who: &str, action: &str, referral: &str) -> bool {
        (self.who.is_empty() || who == self.who)
            && (self.action.is_empty() || action == self.action)
            && (self.referral.is_empty() || referral.to_lowercase().starts_with(&self.referral))
            && self.from_ms.is_none_or(|from| at_ms.is_some_and(|at| at >= from))
            && self.until_ms.is_none_or(|until| at_ms.is_some_and(|at| at < until))
    }
}

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// Midnight of that day in the UK (a day may be 23 or 25 hours long).
fn day_start_ms(text: &str) -> Option<i64> {
    let midnight = day(text)?.and_hms_opt(0, 0, 0)?;
    London.from_local_datetime(&midnight).earliest().map(|t| t.timestamp_millis())
}

fn next_day_start_ms(text: &str) -> Option<i64> {
    let next = day(text)?.succ_opt()?;
    day_start_ms(&next.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_filters_match_everything() {
        let all = AuditFilter::new("", "", "", "", "");
        assert!(all.matches(Some(1), "amira", "viewed", "r1"));
        assert!(all.matches(None, "", "", ""));
    }

    #[test]
    fn each_field_narrows() {
        let filter = AuditFilter::new(" amira ", "viewed", "0A1B", "", "");
        assert!(filter.matches(Some(1), "amira", "viewed", "0a1b2c3d-0000"));
        assert!(!filter.matches(Some(1), "ben", "viewed", "0a1b2c3d-0000"));
        assert!(!filter.matches(Some(1), "amira", "claimed", "0a1b2c3d-0000"));
        assert!(!filter.matches(Some(1), "amira", "viewed", "ffff"));
    }

    #[test]
    fn days_are_whole_uk_days_across_the_clock_change() {
        // 29 March 2026: the clocks go forward at 01:00 GMT, so the day is 23 hours long.
        let filter = AuditFilter::new("", "", "", "2026-03-29", "2026-03-29");
        let start = 1_774_742_400_000; // 2026-03-29T00:00:00Z = midnight GMT
        assert_eq!(filter.from_ms, Some(start));
        assert_eq!(filter.until_ms, Some(start + 23 * 3_600_000));
        assert!(filter.matches(Some(start), "a", "b", ""));
        assert!(!filter.matches(Some(start - 1), "a", "b", ""));
        assert!(!filter.matches(Some(start + 23 * 3_600_000), "a", "b", ""));
        assert!(!filter.matches(None, "a", "b", ""), "a line without a time is outside any range");
        // Summer: a UK day starts at 23:00 UTC the day before.
        assert_eq!(AuditFilter::new("", "", "", "2026-07-06", "").from_ms, Some(1_783_292_400_000));
        assert_eq!(AuditFilter::new("", "", "", "6 July", "").from_ms, None);
    }
}
