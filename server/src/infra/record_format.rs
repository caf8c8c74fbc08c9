//! The format version of every long-lived record in Redis, read in this one place. Each
//! record carries it in the field `v`; records written before versions have none and are
//! version 1. Each domain declares its kinds and the version it writes (one `RecordFormat`
//! constant per kind, beside the store that writes it).
//!
//! A reader that meets a version newer than it knows (an instance not upgraded yet, or one
//! rolled back) leaves the record alone: it neither shows, changes nor acknowledges it, so
//! a newer instance still finds it as written. Only the kind is logged (once per kind) and
//! counted; `/readyz` lists the counts after its verdict.
use std::collections::BTreeMap;
use std::sync::Mutex;

/// The field every versioned record carries (a hash field, or a stream entry's field).
pub const FIELD: &str = "v";

/// One kind of record and the format version this code writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordFormat {
    /// Names the kind in logs and on `/readyz`: never anything about the record itself.
    pub kind: &'static str,
    pub current: u32,
}

/// A record's version, from its `v` field: none is version 1; anything but a whole number
/// from 1 up is unreadable (`None`).
pub fn version_of(stored: Option<&str>) -> Option<u32> {
    match stored {
        None => Some(1),
        Some(text) => text.parse().ok().filter(|version| *version >= 1),
    }
}

/// Reads of records this code could not read, per kind. Bounded by the kinds declared.
static UNREADABLE: Mutex<BTreeMap<&'static str, u64>> = Mutex::new(BTreeMap::new());

impl RecordFormat {
    pub const fn new(kind: &'static str, current: u32) -> RecordFormat {
        RecordFormat { kind, current }
    }

    /// The version to write, as the field's text.
    pub fn written(&self) -> String {
        self.current.to_string()
    }

    /// Whether this code can read a record whose `v` field is `stored`. When it cannot, the
    /// read is counted for `/readyz` (and logged the first time for the kind): the caller
    /// then leaves the record alone.
    pub fn readable(&self, stored: Option<&str>) -> bool {
        if version_of(stored).is_some_and(|version| version <= self.current) {
            return true;
        }
        let mut unreadable = UNREADABLE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let count = unreadable.entry(self.kind).or_insert(0);
        if *count == 0 {
            tracing::warn!(kind = self.kind, known = self.current, "left a record of a newer format alone");
        }
        *count += 1;
        false
    }
}

/// `/readyz`'s detail line: reads of records of a newer format, per kind.
pub fn readiness_line() -> String {
    let unreadable = UNREADABLE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let counts: Vec<String> = unreadable.iter().map(|(kind, count)| format!("{kind}={count}")).collect();
    format!("newer-format-records: {}", if counts.is_empty() { "none".to_owned() } else { counts.join(", ") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_field_is_version_one_and_only_whole_numbers_from_one_are_versions() {
        assert_eq!(version_of(None), Some(1));
        assert_eq!(version_of(Some("1")), Some(1));
        assert_eq!(version_of(Some("7")), Some(7));
        for bad in ["", "0", "-1", "1.5", "v2", " 2"] {
            assert_eq!(version_of(Some(bad)), None, "{bad:?}");
        }
    }

    #[test]
    fn a_newer_or_unreadable_version_is_left_alone_and_counted_by_kind() {
        let format = RecordFormat::new("test-kind", 2);
        assert_eq!(format.written(), "2");
        assert!(format.readable(None) && format.readable(Some("1")) && format.readable(Some("2")));
        assert!(!readiness_line().contains("test-kind"));
        assert!(!format.readable(Some("3")));
        assert!(!format.readable(Some("garbage")));
        assert!(readiness_line().contains("test-kind=2"), "{}", readiness_line());
    }
}
