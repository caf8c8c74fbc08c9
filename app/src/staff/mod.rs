//! The staff console's HTML (English is enough for staff). Server-rendered with Leptos's
//! `view!`, so everything shown, including decrypted details, is escaped; the console has
//! no islands, only `public/staff.js` (queue refresh) and `public/staff-chat.js` (chat desk).
//! One file per page; `shell` writes the document around every page.
mod alerts;
mod audit;
mod canned;
mod chats;
mod console;
mod directory;
mod high_alert;
mod nav;
mod quarantine;
mod referral;
mod shell;
mod sign_in;
pub mod time;
pub mod words;

pub use alerts::{sign_in_alerts, SignInAlertRow};
pub use audit::{audit_page, AuditRow};
pub use canned::canned_page;
pub use chats::{chat_referral_page, chats_page, DeskSettings};
pub use console::{console_page, queue_rows};
pub use directory::unchecked_entries_page;
pub use high_alert::alert_text;
pub use nav::{chats_waiting, overdue_referrals, Desk};
pub use quarantine::{held_page, quarantine_page, HeldRow};
pub use referral::referral_page;
pub use shell::{document, STAFF_CSP};
pub use sign_in::login_page;

/// Who is signed in, as the pages need it.
pub struct StaffView<'a> {
    pub name: &'a str,
    pub csrf: &'a str,
    pub admin: bool,
}
