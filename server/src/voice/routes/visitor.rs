//! The visitor's posts: "Did this help?" and "about you". Plain form POSTs answered with a
//! 303 to a thank-you page; a problem shows the form again in the visitor's language with
//! what they typed. Each is limited per client, and an answer counts once.
use std::collections::BTreeMap;
use std::time::Duration;

use app::pages::voice::SubmittedVoiceForm;
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::Router;
use domain::voice::about_you::AboutYou;
use domain::voice::feedback::{self, FeedbackProblem};
use leptos::prelude::provide_context;

use crate::infra::client::ClientKeys;
use crate::infra::page_render::render_page;
use crate::infra::rate_limit;
use crate::infra::sealing::{Binding, SealedField};
use crate::state::AppState;
use crate::voice::store::{Kept, StoredFeedback};
use crate::voice::tally::Counted;
use crate::voice::token::TOKEN_LIFETIME_MS;

/// Far above a full form (500 characters of a four-byte script, percent-encoded).
pub const MAX_VOICE_FORM_BYTES: usize = 16 * 1024;
/// Posts one client may make per minute to each form (a person sends one or two).
pub const VOICE_POSTS_PER_MINUTE: u32 = 5;

pub fn routes(client_keys: &ClientKeys) -> Router<AppState> {
    let period = Duration::from_secs(60) / VOICE_POSTS_PER_MINUTE;
    let limited = || rate_limit::per_client(client_keys, period, VOICE_POSTS_PER_MINUTE, rate_limit::MAX_TRACKED_CLIENTS).0;
    Router::new()
        .route("/{lang}/feedback", post(give_feedback).layer(limited()))
        .route("/{lang}/about-you", post(about_you).layer(limited()))
}

async fn read_form(request: Request) -> (Uri, HeaderMap, Option<BTreeMap<String, String>>) {
    let (parts, body) = request.into_parts();
    let fields = axum::body::to_bytes(body, MAX_VOICE_FORM_BYTES)
        .await
        .ok()
        .map(|bytes| serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes).unwrap_or_default().into_iter().collect());
    (parts.uri, parts.headers, fields)
}

async fn show_again(state: &AppState, uri: &Uri, headers: &HeaderMap, values: BTreeMap<String, String>, problem: &'static str, status: StatusCode) -> Response {
    let form = SubmittedVoiceForm { values, problem: Some(problem) };
    render_page(state, uri, headers, move || provide_context(form.clone()), status).await
}

fn known_language(state: &AppState, lang: &str) -> bool {
    state.site.catalog.get(lang).is_some()
}

async fn give_feedback(State(state): State<AppState>, Path(lang): Path<String>, request: Request<Body>) -> Response {
    let (uri, headers, fields) = read_form(request).await;
    if !known_language(&state, &lang) {
        return render_page(&state, &uri, &headers, || {}, StatusCode::NOT_FOUND).await;
    }
    let Some(fields) = fields else {
        return show_again(&state, &uri, &headers, BTreeMap::new(), FeedbackProblem::CommentTooLong.message_key(), StatusCode::PAYLOAD_TOO_LARGE).await;
    };
    let checked = match feedback::check(&fields) {
        Ok(checked) => checked,
        Err(problem) => return show_again(&state, &uri, &headers, fields, problem.message_key(), StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    let now_ms = chrono::Utc::now().timestamp_millis();
    let Some(token) = state.voice.tokens.check(fields.get("token").map(String::as_str).unwrap_or_default(), now_ms) else {
        // A page left open too long (or a made-up post): the form comes back with a new token.
        return show_again(&state, &uri, &headers, fields, "feedback-error-expired", StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let id = uuid::Uuid::new_v4().to_string();
    let sealed_comment = checked.comment.as_ref().map(|comment| state.sealer.seal(comment.as_bytes(), &Binding::new(SealedField::FeedbackComment, &id)));
    let stored = StoredFeedback {
        id,
        helped: checked.helped.slug().to_owned(),
        after: checked.after.slug().to_owned(),
        language: lang.clone(),
        sealed_comment,
    };
    let thanks = Redirect::to(&format!("/{lang}/feedback/thanks")).into_response();
    match state.voice.store.give_feedback(&token.nonce, token.issued_ms + TOKEN_LIFETIME_MS, &stored, now_ms).await {
        Ok(Kept::Kept) => {
            if let Err(error) = state.voice.count(&token.nonce, Counted::Feedback(&checked)).await {
                tracing::warn!(%error, "feedback kept but not counted");
            }
            thanks
        }
        // Sent twice from one page: the first counted; thank them either way.
        Ok(Kept::TokenUsed) => thanks,
        Ok(Kept::Full) => {
            tracing::warn!("feedback not kept: the feedback stream is full");
            thanks
        }
        Err(error) => {
            tracing::warn!(%error, "feedback not kept; the form was shown again");
            show_again(&state, &uri, &headers, fields, "feedback-error-unavailable", StatusCode::SERVICE_UNAVAILABLE).await
        }
    }
}

async fn about_you(State(state): State<AppState>, Path(lang): Path<String>, request: Request<Body>) -> Response {
    let (uri, headers, fields) = read_form(request).await;
    if !known_language(&state, &lang) {
        return render_page(&state, &uri, &headers, || {}, StatusCode::NOT_FOUND).await;
    }
    let fields = fields.unwrap_or_default();
    let answers = AboutYou::from_fields(&fields);
    // A hand-made post is still counted, just not deduplicated.
    let posted = fields.get("submission-id").map(String::as_str).unwrap_or_default();
    let submission = app::per_response::posted_submission_id(posted).unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    match state.voice.count(&submission, Counted::AboutYou(&answers)).await {
        Ok(_) => Redirect::to(&format!("/{lang}/about-you/thanks")).into_response(),
        Err(error) => {
            tracing::warn!(%error, "about-you reply not counted; the form was shown again");
            show_again(&state, &uri, &headers, fields, "about-you-error-unavailable", StatusCode::SERVICE_UNAVAILABLE).await
        }
    }
}
