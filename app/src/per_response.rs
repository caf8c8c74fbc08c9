//! Values that must differ for every response are rendered as placeholders, so a page's
//! bytes are the same for everyone and the server can render it once; the server fills
//! them in as it sends each page (`server::infra::page_cache`).

/// Stands for a fresh form's submission id (a UUID v4 that lets a form sent twice count
/// once). Not a UUID itself, so no client's real id can ever equal it, and an unfilled one
/// is never accepted as an id (`posted_submission_id`).
pub const SUBMISSION_ID_PLACEHOLDER: &str = "submission-id-filled-in-as-the-page-is-sent";

/// Stands for a feedback form's signed, single-use token.
pub const FORM_TOKEN_PLACEHOLDER: &str = "form-token-filled-in-as-the-page-is-sent";

/// The submission id a form was posted with, when it is one: a UUID (so never the
/// placeholder, which is not one).
#[cfg(feature = "ssr")]
pub fn posted_submission_id(posted: &str) -> Option<String> {
    uuid::Uuid::parse_str(posted).ok().map(|id| id.to_string())
}

/// The id a form carries: the one it was posted with when shown again (so sending again
/// still counts once), else the placeholder for a fresh one.
#[cfg(feature = "ssr")]
pub fn submission_id_for_form(posted: &str) -> String {
    posted_submission_id(posted).unwrap_or_else(|| SUBMISSION_ID_PLACEHOLDER.to_owned())
}

/// The browser build renders no page (islands only); this keeps the components compiling.
#[cfg(not(feature = "ssr"))]
pub fn submission_id_for_form(_posted: &str) -> String {
    SUBMISSION_ID_PLACEHOLDER.to_owned()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_placeholder_is_never_taken_as_an_id() {
        assert_eq!(posted_submission_id(SUBMISSION_ID_PLACEHOLDER), None);
        assert_eq!(posted_submission_id("not-a-uuid"), None);
        let id = "6f1c2a4e-8d7b-4c3e-9a5f-1b2c3d4e5f60";
        assert_eq!(posted_submission_id(id).as_deref(), Some(id));
        assert_eq!(submission_id_for_form(id), id);
        assert_eq!(submission_id_for_form(""), SUBMISSION_ID_PLACEHOLDER);
    }
}
