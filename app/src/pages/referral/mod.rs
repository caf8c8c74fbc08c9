//! "Ask us to contact you": choosing who is filling in the form, the form itself, and the
//! page after sending. The form is a plain POST handled by the server, so it works without
//! JavaScript; on a problem the server renders it again with `SubmittedForm` in context.
mod chooser;
#[cfg(feature = "ssr")]
mod fields;
mod form;
#[cfg(feature = "ssr")]
mod safe_times;
mod sent;
mod submitted;

pub use chooser::ReferralChooserPage;
pub use form::ReferralFormPage;
pub use sent::ReferralSentPage;
pub use submitted::{FieldProblem, SubmittedForm};
