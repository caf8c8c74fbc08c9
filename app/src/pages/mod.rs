//! One module per page.
mod chat;
pub mod content;
mod directory;
mod emergency;
mod help_for;
mod home;
mod info;
mod not_found;
pub mod notices;
pub mod referral;
pub mod topics;
pub mod voice;

pub use chat::{ChatPage, SCRIPT_STRINGS as CHAT_SCRIPT_STRINGS};
pub use directory::DirectoryPage;
pub use emergency::EmergencyOptions;
pub use help_for::{HelpForPage, TopicPage};
pub use home::HomePage;
pub use info::InfoPage;
pub use not_found::NotFound;
pub use referral::{ReferralChooserPage, ReferralFormPage, ReferralSentPage};
