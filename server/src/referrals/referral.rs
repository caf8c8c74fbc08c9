//! A new referral, built and sealed in one place for every way one arrives (the public form,
//! an adviser's "create a referral from this chat"): only what ordering needs stays in clear.
use chrono::Utc;
use domain::referral::{Priority, ReferralFlag, ReferralPath, ServiceHours, ValidReferral};

use crate::infra::sealing::{Binding, SealedField, Sealer};

/// What a referral's personal data is sealed to: the referral's id.
pub fn personal_binding(id: &str) -> Binding<'_> {
    Binding::new(SealedField::ReferralPersonal, id)
}

/// A referral ready to store: `sealed` holds every piece of personal data.
#[derive(Debug, Clone)]
pub struct NewReferral {
    pub id: String,
    pub path: ReferralPath,
    pub language: String,
    pub priority: Priority,
    pub created_ms: i64,
    pub contact_by_ms: i64,
    /// Marks triage sees in the queue (no consent, safeguarding check), never personal data.
    pub flags: Vec<ReferralFlag>,
    pub sealed: String,
    /// Blind index digests of the person's phone and email (`infra::blind_index`): never
    /// readable, they link a later referral from the same contact details to this one.
    pub contacts: Vec<String>,
}

impl NewReferral {
    /// A referral received now from a validated form, with a fresh id. The details and risk
    /// answers (and the chat it came from, if any) are sealed to that id.
    pub fn seal(sealer: &Sealer, service_hours: &ServiceHours, valid: &ValidReferral, from_chat: Option<&str>) -> NewReferral {
        let id = uuid::Uuid::new_v4().to_string();
        let received = Utc::now();
        let mut personal = serde_json::json!({ "details": valid.details, "risk": valid.risk });
        if let Some(windows) = &valid.safe_windows {
            personal["safe_windows"] = serde_json::json!(windows);
        }
        if let Some(chat) = from_chat {
            personal["from_chat"] = chat.into();
        }
        NewReferral {
            sealed: sealer.seal(personal.to_string().as_bytes(), &personal_binding(&id)),
            id,
            path: valid.path,
            language: valid.language.clone(),
            priority: valid.suggested_priority,
            created_ms: received.timestamp_millis(),
            contact_by_ms: service_hours.contact_by(valid.path, received).timestamp_millis(),
            flags: valid.flags(),
            contacts: domain::contact::index_terms(&valid.details).iter().map(|term| sealer.blind_index(term)).collect(),
        }
    }
}
