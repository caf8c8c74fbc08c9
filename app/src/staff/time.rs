//! The one way staff pages show a stored moment (milliseconds since 1970, always UTC).
use chrono::DateTime;

/// How precisely a page shows a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Minutes,
    Seconds,
}

/// `2026-07-06 08:30 UTC` (or with seconds); empty for a moment chrono cannot represent.
pub fn utc(ms: i64, precision: Precision) -> String {
    let format = match precision {
        Precision::Minutes => "%Y-%m-%d %H:%M UTC",
        Precision::Seconds => "%Y-%m-%d %H:%M:%S UTC",
    };
    DateTime::from_timestamp_millis(ms).map(|at| at.format(format).to_string()).unwrap_or_default()
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
    fn moments_are_shown_in_utc() {
        assert_eq!(utc(1_783_326_600_000, Precision::Minutes), "2026-07-06 08:30 UTC");
        assert_eq!(utc(1_783_326_600_000, Precision::Seconds), "2026-07-06 08:30:00 UTC");
        assert_eq!(age(3 * 3_600_000, 0), "3 h");
    }
}
