//! The interactive parts of the site, hydrated in the browser. Each works as plain HTML first.
mod safe_now;
mod safe_now_field;

pub use safe_now::{SafeNowCheck, SafeNowText};
pub use safe_now_field::{SafeNowField, SafeNowFieldText};
