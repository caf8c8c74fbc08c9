//! What the honeypot catches is kept, not thrown away: a browser's autofill can fill the
//! hidden field for a real person. A caught submission is sealed whole (every field as sent,
//! bound to its own id), held for admins to review (`store::quarantine`), and, when released,
//! becomes a referral through `NewReferral::seal` like any other.
use std::collections::BTreeMap;

use domain::referral::{FieldError, ReferralForm, ReferralPath, HONEYPOT, ServiceHours};

use super::referral::NewReferral;
use crate::infra::sealing::{Binding, SealError, SealedField, Sealer};

/// A caught submission ready to hold: only what the list shows stays in clear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaughtSubmission {
    /// What the seal is bound to.
    pub id: String,
    /// The form's own id, so a re-send is held once and a release files it once.
    pub submission_id: String,
    pub path: ReferralPath,
    /// The language of the page it was sent from.
    pub language: String,
    pub received_ms: i64,
    /// Every field as sent, honeypot included, as sealed JSON.
    pub sealed: String,
}

impl CaughtSubmission {
    pub fn seal(sealer: &Sealer, submission_id: &str, path: ReferralPath, language: &str, form: &ReferralForm, received_ms: i64) -> CaughtSubmission {
        let id = uuid::Uuid::new_v4().to_string();
        let fields = serde_json::to_string(&form.fields).expect("a map of strings is JSON");
        CaughtSubmission {
            sealed: sealer.seal(fields.as_bytes(), &binding(&id)),
            id,
            submission_id: submission_id.to_owned(),
            path,
            language: language.to_owned(),
            received_ms,
        }
    }

    /// The fields as they were sent.
    pub fn open(&self, sealer: &Sealer) -> Result<BTreeMap<String, String>, SealError> {
        let plain = sealer.open(&self.sealed, &binding(&self.id))?;
        serde_json::from_slice(&plain).map_err(|_| SealError::CannotOpen)
    }

    /// The referral it becomes on release: the form without the honeypot, checked like any
    /// form post.
    pub fn to_referral(&self, sealer: &Sealer, service_hours: &ServiceHours) -> Result<NewReferral, NotAReferral> {
        let mut fields = self.open(sealer)?;
        fields.remove(HONEYPOT);
        let valid = ReferralForm { fields }.validate(self.path, &self.language).map_err(NotAReferral::Incomplete)?;
        Ok(NewReferral::seal(sealer, service_hours, &valid, None))
    }
}

/// What a held submission's sealed fields are bound to: the quarantine entry's own id.
pub fn binding(id: &str) -> Binding<'_> {
    Binding::new(SealedField::QuarantinedSubmission, id)
}

/// Why a held submission cannot be released.
#[derive(Debug, thiserror::Error)]
pub enum NotAReferral {
    #[error("it cannot be opened: {0}")]
    Sealed(#[from] SealError),
    /// The fields a referral form would have refused, as the form would name them.
    #[error("the form is not complete")]
    Incomplete(Vec<FieldError>),
}
