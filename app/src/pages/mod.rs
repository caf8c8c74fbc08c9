//! One module per page.
pub mod content;
mod directory;
mod emergency;
mod home;
mod info;
mod not_found;
pub mod referral;

pub use directory::DirectoryPage;
pub use emergency::EmergencyOptions;
pub use home::HomePage;
pub use info::InfoPage;
pub use not_found::NotFound;
pub use referral::{ReferralChooserPage, ReferralFormPage, ReferralSentPage};
