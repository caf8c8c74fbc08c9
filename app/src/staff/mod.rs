//! The staff console's HTML (English is enough for staff). Server-rendered with Leptos's
//! `view!`, so everything shown, including decrypted details, is escaped; the console has
//! no islands, only `public/staff.js` (queue refresh) and `public/staff-chat.js` (chat desk).
//! One file per page; `shell` writes the document around every page.
mod alerts;
mod audit;
mod canned;
mod cases;
mod chats;
mod console;
mod directory;
mod insight;
mod feedback;
mod high_alert;
mod nav;
mod quarantine;
mod record;
mod referral;
mod search;
mod shell;
mod sign_in;
mod team;
pub mod time;
pub mod voice_figures;
pub mod words;

pub use alerts::{sign_in_alerts, SignInAlertRow};
pub use audit::{audit_page, AuditQuery, AuditRow};
pub use canned::canned_page;
pub use cases::{callback_page, cases_page, safe_windows_of, CallbackValues};
pub use chats::{chat_referral_page, chats_page, DeskSettings};
pub use console::{console_page, queue_rows};
pub use directory::unchecked_entries_page;
pub use insight::{insight_page, InsightSection, InsightView};
pub use feedback::{feedback_page, FeedbackCommentRow};
pub use high_alert::alert_text;
pub use nav::{chats_waiting, overdue_referrals, Desk};
pub use quarantine::{held_page, quarantine_page, HeldRow};
pub use record::{export_page, linked_referrals, record_fields, record_page, LinkedRow};
pub use referral::referral_page;
pub use search::{search_page, FoundRow};
pub use shell::{document, STAFF_CSP};
pub use sign_in::login_page;
pub use team::{team_page, NewSecret, TeamRow};

/// Who is signed in, as the pages need it.
pub struct StaffView<'a> {
    pub name: &'a str,
    pub csrf: &'a str,
    pub admin: bool,
}
