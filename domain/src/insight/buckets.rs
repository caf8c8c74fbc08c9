//! Durations are counted into fixed buckets, defined once here, so a median or a 90th
//! percentile can be read back from counters alone (as "within 2 hours"), without keeping
//! any single duration. One set spans chat waits (seconds) to referral contact (weeks).

/// Each bucket's upper bound in milliseconds; a duration goes into the first bucket whose
/// bound it does not exceed, and anything longer into the last (open-ended) one.
pub const BUCKETS: &[(i64, &str)] = &[
    (30 * SECOND, "30 seconds"),
    (MINUTE, "1 minute"),
    (2 * MINUTE, "2 minutes"),
    (5 * MINUTE, "5 minutes"),
    (10 * MINUTE, "10 minutes"),
    (15 * MINUTE, "15 minutes"),
    (30 * MINUTE, "30 minutes"),
    (HOUR, "1 hour"),
    (2 * HOUR, "2 hours"),
    (4 * HOUR, "4 hours"),
    (8 * HOUR, "8 hours"),
    (DAY, "1 day"),
    (2 * DAY, "2 days"),
    (3 * DAY, "3 days"),
    (5 * DAY, "5 days"),
    (7 * DAY, "7 days"),
    (14 * DAY, "14 days"),
    (30 * DAY, "30 days"),
    (i64::MAX, "more than 30 days"),
];

const SECOND: i64 = 1000;
const MINUTE: i64 = 60 * SECOND;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;

/// The bucket a duration falls in.
pub fn bucket_of(duration_ms: i64) -> usize {
    BUCKETS.iter().position(|(bound, _)| duration_ms <= *bound).unwrap_or(BUCKETS.len() - 1)
}

/// The counter field suffix of a bucket (`b00` … `b18`).
pub fn bucket_label(index: usize) -> String {
    format!("b{index:02}")
}

/// Counts per bucket, summed over days.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Histogram {
    pub counts: Vec<u64>,
}

impl Histogram {
    pub fn new() -> Histogram {
        Histogram { counts: vec![0; BUCKETS.len()] }
    }

    pub fn add(&mut self, bucket: usize, count: u64) {
        if let Some(slot) = self.counts.get_mut(bucket) {
            *slot += count;
        }
    }

    /// Adds another histogram's counts to these (an empty default one grows to fit).
    pub fn merge(&mut self, other: &Histogram) {
        if self.counts.len() < other.counts.len() {
            self.counts.resize(other.counts.len(), 0);
        }
        for (mine, theirs) in self.counts.iter_mut().zip(&other.counts) {
            *mine += theirs;
        }
    }

    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }

    /// The bucket holding the `share` quantile (0.5 the median, 0.9 the 90th percentile):
    /// the first whose running total reaches that share of all. None when empty.
    pub fn quantile_bucket(&self, share: f64) -> Option<usize> {
        let total = self.total();
        if total == 0 {
            return None;
        }
        let needed = ((total as f64) * share).ceil().max(1.0) as u64;
        let mut running = 0;
        self.counts.iter().position(|count| {
            running += count;
            running >= needed
        })
    }

    /// "within 2 hours" for the bucket holding the quantile.
    pub fn quantile_text(&self, share: f64) -> Option<String> {
        self.quantile_bucket(share).map(|bucket| match BUCKETS[bucket] {
            (i64::MAX, label) => label.to_owned(),
            (_, label) => format!("within {label}"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_rise_and_end_open() {
        assert!(BUCKETS.windows(2).all(|pair| pair[0].0 < pair[1].0));
        assert_eq!(BUCKETS.last().unwrap().0, i64::MAX);
        assert_eq!(bucket_of(0), 0);
        assert_eq!(bucket_of(30_000), 0);
        assert_eq!(bucket_of(30_001), 1);
        assert_eq!(bucket_of(i64::MAX), BUCKETS.len() - 1);
        assert_eq!(bucket_of(40 * DAY), BUCKETS.len() - 1);
    }

    #[test]
    fn quantiles_read_back_from_counts() {
        let mut histogram = Histogram::new();
        // 10 chats: 5 waited under 30 s, 4 under 5 minutes, 1 over an hour.
        histogram.add(bucket_of(10_000), 5);
        histogram.add(bucket_of(4 * MINUTE), 4);
        histogram.add(bucket_of(90 * MINUTE), 1);
        assert_eq!(histogram.quantile_text(0.5).as_deref(), Some("within 30 seconds"));
        assert_eq!(histogram.quantile_text(0.9).as_deref(), Some("within 5 minutes"));
        assert_eq!(histogram.quantile_text(1.0).as_deref(), Some("within 2 hours"));
        assert_eq!(Histogram::new().quantile_text(0.5), None);
    }
}
