//! Values that must differ for every response are rendered as placeholders, so a page's
//! bytes are the same for everyone and the server can render it once; the server fills
//! them in as it sends each page (`server::infra::page_cache`).

/// Stands for a fresh form's submission id (a UUID v4 that lets a form sent twice count
/// once). Not a UUID itself, so no client's real id can ever equal it, and an unfilled one
/// is never accepted as an id (`posted_submission_id`).
pub const SUBMISSION_ID_PLACEHOLDER: &str = "submission-id-filled-in-as-the-page-is-sent";
