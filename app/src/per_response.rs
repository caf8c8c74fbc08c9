//! Values that must differ for every response are rendered as placeholders, so a page's
//! bytes are the same for everyone and the server can render it once; the server fills
//! them in as it sends each page (`server::infra::page_cache`).

/// Stands for a fresh form's submission id (a UUID v4 that lets a form sent twice make one
/// referral). A valid UUID of the same length, so the page is well-formed either way; the
/// server never accepts it as an id.
pub const SUBMISSION_ID_PLACEHOLDER: &str = "00000000-0000-4000-8000-000000000000";
