//! What the server hands to every page render: shared, read-only site data.
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use domain::directory::Directory;
use domain::i18n::Catalog;
use domain::referral::ServiceHours;

#[derive(Clone)]
pub struct SiteContext {
    pub catalog: Arc<Catalog>,
    pub directory: Arc<Directory>,
    /// Where "Exit this page" goes: a neutral site that gives nothing away.
    pub quick_exit_url: Arc<str>,
    /// The triage team's working hours: every contact-by time and promise comes from it.
    pub service_hours: Arc<ServiceHours>,
    /// True while at least one adviser is on shift for the webchat.
    pub chat_open: ChatOpen,
    /// How long personal data is kept, as configured (the privacy notice states it).
    pub retention: Retention,
    /// Issues the signed, short-lived token a feedback form carries.
    pub form_tokens: FormTokenIssuer,
}

/// Issues feedback form tokens (the server signs them; the app only places them).
#[derive(Clone)]
pub struct FormTokenIssuer(pub Arc<dyn Fn() -> String + Send + Sync>);

impl FormTokenIssuer {
    pub fn issue(&self) -> String {
        (self.0)()
    }
}

/// The retention settings in force, in days, for the pages that state them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retention {
    pub referral_days: u64,
    pub chat_days: u64,
    pub held_form_days: u64,
    /// Days a "Did this help?" answer is kept (`FEEDBACK_DAYS`).
    pub feedback_days: u64,
}

impl Retention {
    pub fn days(&self, figure: crate::pages::content::Figure) -> u64 {
        use crate::pages::content::Figure;
        match figure {
            Figure::ReferralRetentionDays => self.referral_days,
            Figure::ChatRetentionDays => self.chat_days,
            Figure::HeldFormDays => self.held_form_days,
            Figure::FeedbackDays => self.feedback_days,
        }
    }
}

/// Kept up to date by the server from Redis; read by every page without waiting.
#[derive(Clone, Default)]
pub struct ChatOpen(Arc<AtomicBool>);

impl ChatOpen {
    pub fn is_open(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
    pub fn set(&self, open: bool) {
        self.0.store(open, Ordering::Relaxed);
    }
}
