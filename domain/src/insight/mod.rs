//! What the service counts about itself, with no personal data: events (`event`), the
//! counters each event adds to (`counters`), the fixed duration buckets (`buckets`), the
//! measures read back from the counters with their definitions (`measures`) and the periods
//! a dashboard shows (`period`).
//!
//! An event is a kind, a time, optionally a duration and a few dimensions, every one a short
//! slug (`Label`), so no counter key or value can ever hold a name, an id or free text.
pub mod buckets;
pub mod counters;
pub mod event;
pub mod kinds;
pub mod measures;
pub mod period;

pub use buckets::{Histogram, BUCKETS};
pub use counters::{counter_fields, day_of, hour_of, DayCounters, COUNTERS_KEPT_DAYS};
pub use event::{InsightEvent, Label, LabelError};
