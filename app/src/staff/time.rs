//! The one way staff pages show a stored moment (milliseconds since 1970, UTC): in UK time,
//! the service's own, with its date and whether it is GMT or BST, so nobody converts.
use chrono::DateTime;
use chrono_tz::Europe::London;

/// How precisely a page shows a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Minutes,
    Seconds,
}

/// `Mon 6 Jul 2026, 09:30 BST` (or with seconds); empty for a moment chrono cannot represent.
pub fn uk_time(ms: i64, precision: Precision) -> String {
    let format = match precision {
        Precision::Minutes => "%a %-d %b %Y, %H:%M %Z",
        Precision::Seconds => "%a %-d %b %Y, %H:%M:%S %Z",
    };
    DateTime::from_timestamp_millis(ms).map(|at| at.with_timezone(&London).format(format).to_string()).unwrap_or_default()
}

/// How long ago, roughly: minutes, then hours, then days.
pub fn age(now_ms: i64, then_ms: i64) -> String {
    let minutes = (now_ms - then_ms).max(0) / 60_000;
    if minutes < 60 {
        format!("{minutes} min")
    } else if minutes < 48 * 60 {
        format!("{} h", minutes / 60)
    } else {
        format!("{} days", minutes / 1440)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_are_shown_in_uk_time_with_their_date() {
        // 08:30 UTC in July is 09:30 in London (BST); in January it is the same hour (GMT).
        assert_eq!(uk_time(1_783_326_600_000, Precision::Minutes), "Mon 6 Jul 2026, 09:30 BST");
        assert_eq!(uk_time(1_783_326_600_000, Precision::Seconds), "Mon 6 Jul 2026, 09:30:00 BST");
        assert_eq!(uk_time(1_767_688_200_000, Precision::Minutes), "Tue 6 Jan 2026, 08:30 GMT");
        assert_eq!(age(3 * 3_600_000, 0), "3 h");
    }
}
