//! Team leaders and admins: what visitors wrote under "Did this help?". Nothing here names
//! a chat, a referral or a time of day: the answer, where it was asked, the language, the day.
use leptos::prelude::*;

use super::voice_figures::{voice_figures_view, VoiceFigures};

/// One comment as the page lists it (opened from its seal by the handler).
pub struct FeedbackCommentRow {
    /// `Mon 30 Nov 2026`.
    pub day: String,
    pub helped: String,
    pub after: String,
    pub language: String,
    /// `None` when the seal could not be opened (a retired data key).
    pub comment: Option<String>,
}

pub fn feedback_page(rows: Vec<FeedbackCommentRow>, keep_days: u32, figures: &VoiceFigures) -> impl IntoView + use<> {
    let shown = rows.len();
    let rows = rows
        .into_iter()
        .map(|row| {
            let comment = row.comment.unwrap_or_else(|| "(cannot be opened: sealed with a retired data key)".to_owned());
            view! {
                <tr>
                    <td>{row.day}</td><td>{row.helped}</td><td>{row.after}</td><td>{row.language}</td>
                    <td class="feedback-comment" dir="auto">{comment}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1>"Visitor feedback"</h1>
        <p>{format!("Comments left under \"Did this help?\", newest first ({shown} shown). They are kept \
            {keep_days} days (FEEDBACK_DAYS) and cannot be tied to a chat or referral: please do not try.")}</p>
        <table class="queue" data-testid="feedback-comments">
            <thead><tr><th>"Day"</th><th>"Did it help?"</th><th>"Asked after"</th><th>"Language"</th><th>"Comment"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        {voice_figures_view(figures)}
    }
}
