//! The phone numbers pages show by what they are for, outside the directory listing: the
//! emergency line on every page, the 24-hour helpline when chat is closed, and so on. The
//! numbers themselves are in the directory file (`[numbers]`), so each is written once.
use crate::slug::slug_enum;

slug_enum! {
    /// Each is a name in the directory file's `[numbers]` table.
    pub enum Helpline {
        /// 999: police, ambulance, fire.
        Emergency,
        /// The prefix that reaches 999 through text relay, for deaf people and people who cannot speak.
        EmergencyRelay,
        /// The 24-hour National Domestic Abuse Helpline.
        National,
        /// The local service's own line, where referrals are arranged.
        Local,
        /// The council's domestic abuse line.
        Council,
        /// For people worried about their own behaviour.
        Perpetrators,
    }
}
