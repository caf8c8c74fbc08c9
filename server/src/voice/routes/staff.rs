//! Team leaders and admins: `/staff/feedback`, the comments visitors left (opened from their
//! seals here, never logged) and this month's and last month's figures.
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;

use crate::error::AppError;
use crate::infra::sealing::{Binding, SealedField};
use crate::staff::extract::TeamLead;
use crate::state::AppState;
use crate::voice::{figures, tally};

/// Comments shown on one page.
pub const COMMENTS_SHOWN: usize = 200;

pub fn routes() -> Router<AppState> {
    Router::new().route("/staff/feedback", get(feedback_page))
}

async fn feedback_page(State(state): State<AppState>, TeamLead(staff): TeamLead) -> Result<Response, AppError> {
    let now_ms = chrono::Utc::now().timestamp_millis();
    let entries = state.voice.store.comments(COMMENTS_SHOWN, now_ms).await.map_err(|_| AppError::Unavailable)?;
    let rows = entries
        .into_iter()
        .map(|entry| {
            let stored = entry.feedback;
            let comment = stored.sealed_comment.as_deref().and_then(|sealed| {
                let opened = state.sealer.open(sealed, &Binding::new(SealedField::FeedbackComment, &stored.id)).ok()?;
                String::from_utf8(opened).ok()
            });
            app::staff::FeedbackCommentRow {
                day: chrono::DateTime::from_timestamp_millis(entry.day_ms).map(|d| d.format("%a %-d %b %Y").to_string()).unwrap_or_default(),
                helped: stored.helped,
                after: stored.after,
                language: stored.language,
                comment,
            }
        })
        .collect();
    let this_month = tally::month_of(now_ms);
    let last_month = tally::month_before(&this_month);
    let months = [last_month, this_month];
    let period = format!("{} and {}", months[0], months[1]);
    let figures = figures::for_months(&state.voice.store, &state.site.catalog, &months, &period).await.map_err(|_| AppError::Unavailable)?;
    let body = app::staff::feedback_page(rows, state.voice.feedback_days, &figures);
    Ok(crate::staff::desk::page(&state, &staff, "", "Visitor feedback", StatusCode::OK, body).await)
}
