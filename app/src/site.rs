//! What the server hands to every page render: shared, read-only site data.
use std::sync::Arc;

use domain::directory::Directory;
use domain::i18n::Catalog;
use domain::referral::ContactHours;

#[derive(Clone)]
pub struct SiteContext {
    pub catalog: Arc<Catalog>,
    pub directory: Arc<Directory>,
    /// Where "Exit this page" goes: a neutral site that gives nothing away.
    pub quick_exit_url: Arc<str>,
    /// How soon advisers get in touch, per referral path (shown after sending).
    pub contact_hours: ContactHours,
}
