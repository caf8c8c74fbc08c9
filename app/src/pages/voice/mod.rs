//! What visitors may tell the service about itself: "Did this help?" (after a chat and on
//! the referral thank-you page) and the optional "about you" questions. Plain form POSTs to
//! the server, so both work without JavaScript; on a problem the server renders the form
//! again with `SubmittedVoiceForm` in context.
mod about_you;
mod feedback;

use std::collections::BTreeMap;

pub use about_you::{AboutYouInvite, AboutYouPage, AboutYouThanksPage};
pub use feedback::{FeedbackForm, FeedbackPage, FeedbackThanksPage};

/// What the visitor sent, handed back when a form must be shown again.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SubmittedVoiceForm {
    pub values: BTreeMap<String, String>,
    /// A Fluent key saying what to do.
    pub problem: Option<&'static str>,
}

impl SubmittedVoiceForm {
    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }
}
