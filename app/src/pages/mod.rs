//! One module per page.
mod chat;
pub mod content;
mod directory;
mod emergency;
mod home;
mod info;
mod not_found;
pub mod referral;

pub use chat::{ChatPage, SCRIPT_STRINGS as CHAT_SCRIPT_STRINGS};
pub use directory::DirectoryPage;
pub use emergency::EmergencyOptions;
pub use home::HomePage;
pub use info::InfoPage;
pub use not_found::NotFound;
pub use referral::{ReferralChooserPage, ReferralFormPage, ReferralSentPage};
