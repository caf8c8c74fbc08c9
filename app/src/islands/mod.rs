//! The interactive parts of the site, hydrated in the browser. Each works as plain HTML first.
mod safe_now;

pub use safe_now::{SafeNowCheck, SafeNowText};
