//! The kinds of event the triage and chat domains record, and their dimensions' names.
//! Other domains name their own kinds next to their code, through the same `InsightEvent`.

/// A referral filed into the queue (once per referral). Dimensions: `PATH` (who referred:
/// the referrer type), `PRIORITY` (as suggested), `LANGUAGE`, `CONSENT`.
pub const REFERRAL_RECEIVED: &str = "referral-received";
/// An adviser changed a priority. Dimensions: `FROM`, `TO`.
pub const PRIORITY_CHANGED: &str = "priority-changed";
/// A contact attempt. Dimensions: `METHOD`, `REACHED`.
pub const CONTACT_ATTEMPT: &str = "contact-attempt";
/// A referral's first contact attempt; duration: from received. Dimensions: `PATH`, `PRIORITY`.
pub const FIRST_ATTEMPT: &str = "first-attempt";
/// Successful initial contact (the first attempt that reached the person); duration: from
/// received. Dimensions: `PATH`, `PRIORITY`, `ON_TIME` (by the contact-by time).
pub const INITIAL_CONTACT: &str = "initial-contact";
/// A referral closed with an outcome. Dimensions: `OUTCOME`, `PATH`, `PRIORITY`, `CONSENT`,
/// `CONTACTED` (successful initial contact before closing).
pub const OUTCOME: &str = "outcome";

/// A visitor joined the chat queue (counted per hour too). Dimensions: `LANGUAGE`, `STAFFED`.
pub const CHAT_QUEUED: &str = "chat-queued";
/// A waiting chat offered to an adviser (each offer).
pub const CHAT_OFFERED: &str = "chat-offered";
/// A chat first accepted by an adviser; duration: the wait. Dimensions: `LANGUAGE`.
pub const CHAT_ANSWERED: &str = "chat-answered";
/// A chat ended before any adviser answered, other than by quick exit; duration: the wait.
pub const CHAT_ABANDONED: &str = "chat-abandoned";
/// The visitor pressed quick exit. Dimensions: `ANSWERED`.
pub const CHAT_QUICK_EXIT: &str = "chat-quick-exit";
/// A chat ended, for any reason; duration: its length when answered. Dimensions: `REASON`,
/// `ANSWERED`, `LANGUAGE`.
pub const CHAT_ENDED: &str = "chat-ended";
/// A referral made from a chat (once per chat).
pub const CHAT_REFERRAL: &str = "chat-referral";

pub const PATH: &str = "path";
pub const PRIORITY: &str = "priority";
pub const LANGUAGE: &str = "language";
/// `yes`, or `no` for a professional's referral without consent (flag NO CONSENT).
pub const CONSENT: &str = "consent";
pub const FROM: &str = "from";
pub const TO: &str = "to";
pub const METHOD: &str = "method";
pub const REACHED: &str = "reached";
pub const ON_TIME: &str = "on-time";
pub const OUTCOME_DIM: &str = "outcome";
pub const CONTACTED: &str = "contacted";
/// `yes` when an adviser was on shift as the visitor arrived.
pub const STAFFED: &str = "staffed";
pub const ANSWERED: &str = "answered";
pub const REASON: &str = "reason";
/// The hour of the day (UK time) of an hourly event: `h00` … `h23`, added by the counters.
pub const HOUR: &str = "hour";
