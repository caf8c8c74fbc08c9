//! One thing that happened, as the counters see it.
use std::fmt;

/// A short slug: a kind, a dimension's name or its value. Lower-case letters, digits and
/// `-`, at most 32 characters and at most 3 digits, so an id, a phone number, a name or free
/// text can never be one (ids and numbers have many digits; names have capitals or spaces).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Label(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a counter label: {0:?}")]
pub struct LabelError(pub String);

impl Label {
    pub const MAX_LEN: usize = 32;
    pub const MAX_DIGITS: usize = 3;

    pub fn new(text: &str) -> Result<Label, LabelError> {
        let allowed = text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        let digits = text.chars().filter(char::is_ascii_digit).count();
        if text.is_empty() || text.len() > Self::MAX_LEN || !allowed || digits > Self::MAX_DIGITS {
            return Err(LabelError(text.chars().take(Self::MAX_LEN).collect()));
        }
        Ok(Label(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An event of any kind: the triage and chat domains record theirs (`kinds`), and any other
/// domain may record its own kind with its own dimensions through the same counters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InsightEvent {
    pub kind: Label,
    /// When it happened (ms since the epoch): the day (and hour) it counts in, UK time.
    pub at_ms: i64,
    /// How long something took, counted into the fixed buckets (`buckets::BUCKETS`).
    pub duration_ms: Option<i64>,
    /// Dimension name → value, at most `MAX_DIMENSIONS`, sorted by name.
    pub dimensions: Vec<(Label, Label)>,
    /// Also count it per hour of the day (chat arrivals: demand by hour of the week).
    pub by_hour: bool,
}

impl InsightEvent {
    /// More would multiply the counters each event adds to (every pair is counted).
    pub const MAX_DIMENSIONS: usize = 6;

    /// An event from slugs; fails on a slug that is not a `Label` or too many dimensions.
    pub fn new(kind: &str, at_ms: i64, dimensions: &[(&str, &str)]) -> Result<InsightEvent, LabelError> {
        if dimensions.len() > Self::MAX_DIMENSIONS {
            return Err(LabelError(format!("{} dimensions", dimensions.len())));
        }
        let mut labelled = dimensions
            .iter()
            .map(|(name, value)| Ok((Label::new(name)?, Label::new(value)?)))
            .collect::<Result<Vec<_>, LabelError>>()?;
        labelled.sort();
        labelled.dedup_by(|a, b| a.0 == b.0);
        Ok(InsightEvent { kind: Label::new(kind)?, at_ms, duration_ms: None, dimensions: labelled, by_hour: false })
    }

    pub fn lasting(mut self, duration_ms: i64) -> InsightEvent {
        self.duration_ms = Some(duration_ms.max(0));
        self
    }

    pub fn hourly(mut self) -> InsightEvent {
        self.by_hour = true;
        self
    }

    /// The value of one dimension.
    pub fn dimension(&self, name: &str) -> Option<&str> {
        self.dimensions.iter().find(|(n, _)| n.as_str() == name).map(|(_, v)| v.as_str())
    }

    /// As recorded in an outbox stream entry: `kind`, `at`, optional `duration` and `hourly`,
    /// and one `d.{name}` field per dimension.
    pub fn to_fields(&self) -> Vec<(String, String)> {
        let mut fields = vec![("kind".to_owned(), self.kind.to_string()), ("at".to_owned(), self.at_ms.to_string())];
        if let Some(duration) = self.duration_ms {
            fields.push(("duration".to_owned(), duration.to_string()));
        }
        if self.by_hour {
            fields.push(("hourly".to_owned(), "1".to_owned()));
        }
        for (name, value) in &self.dimensions {
            fields.push((format!("d.{name}"), value.to_string()));
        }
        fields
    }

    /// Read back from an outbox stream entry's fields (what `to_fields` and
    /// `outbox.lua` write).
    pub fn from_fields<'a>(fields: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<InsightEvent, LabelError> {
        let (mut kind, mut at, mut duration, mut hourly) = (None, None, None, false);
        let mut dimensions = Vec::new();
        for (name, value) in fields {
            match name {
                "kind" => kind = Some(value),
                "at" => at = value.parse::<i64>().ok(),
                "duration" => duration = value.parse::<i64>().ok(),
                "hourly" => hourly = value == "1",
                _ => {
                    if let Some(dimension) = name.strip_prefix("d.") {
                        dimensions.push((dimension, value));
                    }
                }
            }
        }
        let kind = kind.ok_or_else(|| LabelError("no kind".to_owned()))?;
        let at = at.ok_or_else(|| LabelError("no time".to_owned()))?;
        let mut event = InsightEvent::new(kind, at, &dimensions)?;
        event.duration_ms = duration.map(|d| d.max(0));
        event.by_hour = hourly;
        Ok(event)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_refuse_ids_numbers_names_and_text() {
        for good in ["referral-received", "self", "high", "en", "h23", "no-safe-contact", "b18"] {
            assert!(Label::new(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "0123456789abcdef0123456789abcdef",
            "07700900123",
            "Amy",
            "amy smith",
            "i need help",
            "1764489600000-0",
            "a|b",
            "a=b",
            "x#1",
            "{insight}",
            "abcdefghijklmnopqrstuvwxyzabcdefgh",
        ] {
            assert!(Label::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_event_survives_its_outbox_fields() {
        let event = InsightEvent::new("chat-queued", 1_764_489_600_000, &[("language", "pl"), ("staffed", "no")]).unwrap().lasting(90_000).hourly();
        let fields = event.to_fields();
        let back = InsightEvent::from_fields(fields.iter().map(|(n, v)| (n.as_str(), v.as_str()))).unwrap();
        assert_eq!(back, event);
    }

    #[test]
    fn dimensions_are_sorted_and_bounded() {
        let event = InsightEvent::new("k", 0, &[("z", "1"), ("a", "2")]).unwrap();
        assert_eq!(event.dimensions[0].0.as_str(), "a");
        let many: Vec<(&str, &str)> = ["a", "b", "c", "d", "e", "f", "g"].iter().map(|n| (*n, "x")).collect();
        assert!(InsightEvent::new("k", 0, &many).is_err());
    }
}
