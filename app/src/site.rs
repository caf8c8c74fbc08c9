//! What the server hands to every page render: shared, read-only site data.
use std::sync::Arc;

use domain::directory::Directory;
use domain::i18n::Catalog;

#[derive(Clone)]
pub struct SiteContext {
    pub catalog: Arc<Catalog>,
    pub directory: Arc<Directory>,
    /// Where "Exit this page" goes: a neutral site that gives nothing away.
    pub quick_exit_url: Arc<str>,
}
