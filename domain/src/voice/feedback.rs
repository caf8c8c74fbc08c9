//! "Did this help?": three answers, an optional comment, and where it was asked (after a
//! chat or on the referral thank-you page). The comment is counted in characters, so a
//! comment in Urdu or Arabic gets the same room as one in English.
use std::collections::BTreeMap;

use crate::slug::slug_enum;

/// Longest comment, in characters (not bytes).
pub const MAX_COMMENT_CHARS: usize = 500;

slug_enum! {
    /// The answer to "Did this help?".
    pub enum Helped {
        Yes,
        Partly,
        No,
    }
}

slug_enum! {
    /// Where the question was asked: only the kind of place, never which chat or referral.
    pub enum AskedAfter {
        Chat,
        Referral,
    }
}

/// The reasons a chat ends after which the visitor is asked. Never after quick exit (the
/// person may be in danger and the page must show nothing), nor when no adviser was reached.
pub const ASK_AFTER_CHAT_ENDS: &[&str] = &["adviser-ended", "visitor-left", "inactive"];

/// Whether a chat that ended for `reason` is followed by "Did this help?".
pub fn asked_after_chat_end(reason: &str) -> bool {
    ASK_AFTER_CHAT_ENDS.contains(&reason)
}

/// A checked answer, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feedback {
    pub helped: Helped,
    pub after: AskedAfter,
    /// Trimmed; `None` when left empty.
    pub comment: Option<String>,
}

/// Why a feedback form cannot be taken as sent; each is a Fluent key the form shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedbackProblem {
    /// No answer to "Did this help?" was chosen.
    NoAnswer,
    /// The comment is longer than `MAX_COMMENT_CHARS`.
    CommentTooLong,
}

impl FeedbackProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            FeedbackProblem::NoAnswer => "feedback-error-no-answer",
            FeedbackProblem::CommentTooLong => "feedback-error-too-long",
        }
    }
}

/// Checks a posted form (`helped`, `after`, `comment`). An unknown `after` counts as the
/// referral page, the less specific of the two.
pub fn check(fields: &BTreeMap<String, String>) -> Result<Feedback, FeedbackProblem> {
    let field = |name: &str| fields.get(name).map(String::as_str).unwrap_or_default();
    let helped = Helped::from_slug(field("helped")).ok_or(FeedbackProblem::NoAnswer)?;
    let after = AskedAfter::from_slug(field("after")).unwrap_or(AskedAfter::Referral);
    let comment = clean_comment(field("comment"));
    if comment.chars().count() > MAX_COMMENT_CHARS {
        return Err(FeedbackProblem::CommentTooLong);
    }
    Ok(Feedback { helped, after, comment: (!comment.is_empty()).then_some(comment) })
}

/// The comment as kept: trimmed, control characters other than line breaks removed.
fn clean_comment(text: &str) -> String {
    text.trim().chars().filter(|c| !c.is_control() || *c == '\n').collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn an_answer_is_needed_and_the_comment_is_optional() {
        assert_eq!(check(&form(&[])), Err(FeedbackProblem::NoAnswer));
        assert_eq!(check(&form(&[("helped", "maybe")])), Err(FeedbackProblem::NoAnswer));
        let plain = check(&form(&[("helped", "partly"), ("after", "chat"), ("comment", "  ")])).unwrap();
        assert_eq!(plain, Feedback { helped: Helped::Partly, after: AskedAfter::Chat, comment: None });
        let unknown_place = check(&form(&[("helped", "yes"), ("after", "chat:c-123")])).unwrap();
        assert_eq!(unknown_place.after, AskedAfter::Referral);
    }

    #[test]
    fn the_comment_limit_counts_characters_not_bytes() {
        // 500 Urdu letters are 1,000 bytes of UTF-8 and still fit.
        let urdu = "م".repeat(MAX_COMMENT_CHARS);
        assert!(urdu.len() > MAX_COMMENT_CHARS);
        let kept = check(&form(&[("helped", "yes"), ("comment", &urdu)])).unwrap();
        assert_eq!(kept.comment.as_deref(), Some(urdu.as_str()));
        let one_more = format!("{urdu}م");
        assert_eq!(check(&form(&[("helped", "yes"), ("comment", &one_more)])), Err(FeedbackProblem::CommentTooLong));
    }

    #[test]
    fn quick_exit_is_never_followed_by_the_question() {
        assert!(asked_after_chat_end("adviser-ended"));
        assert!(asked_after_chat_end("visitor-left"));
        for reason in ["visitor-exit", "busy", "too-many", "elsewhere", "wait-over", "gone", ""] {
            assert!(!asked_after_chat_end(reason), "{reason}");
        }
    }

    #[test]
    fn control_characters_are_dropped_from_comments() {
        let kept = check(&form(&[("helped", "no"), ("comment", "a\u{7}b\nc")])).unwrap();
        assert_eq!(kept.comment.as_deref(), Some("ab\nc"));
    }
}
