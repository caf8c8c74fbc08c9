//! The referral form posts (handlers only; Redis is behind `referrals::store`).
//!
//! `POST /{lang}/refer/{kind}`: check the form, seal the personal data, store it durably,
//! then redirect to the "thank you" page. Any problem shows the form again with everything
//! the person typed: nothing is lost, and nothing personal is logged.
use std::time::Duration;

use app::pages::referral::{FieldProblem, SubmittedForm};
use axum::body::{Body, Bytes};
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum::Router;
use domain::referral::{ReferralForm, ReferralPath};
use leptos::prelude::provide_context;

use super::quarantine::CaughtSubmission;
use super::referral::NewReferral;
use crate::infra::client::ClientKeys;
use crate::infra::page_render::render_page;
use crate::infra::rate_limit;
use crate::state::AppState;

/// Far above the largest valid form (every field at its limit, in a three-byte script,
/// percent-encoded), so only abuse reaches it.
pub const MAX_FORM_BYTES: usize = 128 * 1024;

/// Refused forms given back whole, per client: three at once, then one each 20 s. A person
/// refused that often has had their form back each time; past it, a flood's posts get a
/// short answer that costs nothing to make, not a page rendered for each.
pub const FORMS_GIVEN_BACK: u32 = 3;
pub const GIVEN_BACK_EVERY: Duration = Duration::from_secs(20);

/// What the rate-limit answer needs: the state, and how many forms each client may have back.
#[derive(Clone)]
struct WhenLimited {
    state: AppState,
    given_back: std::sync::Arc<rate_limit::Allowance>,
}

pub fn routes(state: &AppState, client_keys: &ClientKeys, posts_per_minute: u32) -> Router<AppState> {
    let period = Duration::from_micros(60_000_000 / u64::from(posts_per_minute));
    let (limit, _) = rate_limit::per_client(client_keys, period, posts_per_minute, rate_limit::MAX_TRACKED_CLIENTS);
    let given_back = rate_limit::Allowance::new(client_keys, GIVEN_BACK_EVERY, FORMS_GIVEN_BACK, rate_limit::MAX_TRACKED_CLIENTS);
    let when_limited = WhenLimited { state: state.clone(), given_back: std::sync::Arc::new(given_back) };
    Router::new().route(
        "/{lang}/refer/{kind}",
        post(submit)
            .layer(limit)
            .layer(axum::middleware::from_fn_with_state(when_limited, keep_form_when_limited)),
    )
}

fn parse_pairs(body: &[u8]) -> Vec<(String, String)> {
    serde_urlencoded::from_bytes(body).unwrap_or_default()
}

async fn show_form_again(state: &AppState, uri: &Uri, headers: &HeaderMap, form: SubmittedForm, status: StatusCode) -> Response {
    render_page(state, uri, headers, move || provide_context(form.clone()), status).await
}

/// The rate limiter answers 429 without the body; this layer keeps the body so the person
/// gets their form back, with a polite message, instead of a bare error (`FORMS_GIVEN_BACK`
/// times; then a short message in their language).
async fn keep_form_when_limited(State(limited): State<WhenLimited>, request: Request, next: Next) -> Response {
    let WhenLimited { state, given_back } = limited;
    let bucket = given_back.bucket_of(&request);
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_FORM_BYTES).await else {
        let form = SubmittedForm { notice: Some("form-error-too-long"), ..Default::default() };
        return show_form_again(&state, &parts.uri, &parts.headers, form, StatusCode::PAYLOAD_TOO_LARGE).await;
    };
    let uri = parts.uri.clone();
    let headers = parts.headers.clone();
    let response = next.run(Request::from_parts(parts, Body::from(bytes.clone()))).await;
    if response.status() != StatusCode::TOO_MANY_REQUESTS {
        return response;
    }
    let mut page = if given_back.take(bucket) {
        tracing::info!("referral form rate-limited");
        let values = ReferralForm::from_pairs(parse_pairs(&bytes)).fields;
        let form = SubmittedForm { values, notice: Some("refer-rate-limited"), ..Default::default() };
        show_form_again(&state, &uri, &headers, form, StatusCode::TOO_MANY_REQUESTS).await
    } else {
        limited_again(&state, &uri)
    };
    if let Some(wait) = response.headers().get(header::RETRY_AFTER) {
        page.headers_mut().insert(header::RETRY_AFTER, wait.clone());
    }
    page
}

/// The short answer once a client has had its forms back: one sentence in the page's
/// language, plain text, made without rendering anything.
fn limited_again(state: &AppState, uri: &Uri) -> Response {
    let catalog = &state.site.catalog;
    let lang = uri.path().trim_start_matches('/').split('/').next().unwrap_or_default();
    let language = catalog.get(lang).unwrap_or_else(|| catalog.fallback());
    let text = catalog.message(language, "refer-rate-limited-again", None);
    let mut response = (StatusCode::TOO_MANY_REQUESTS, text).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, axum::http::HeaderValue::from_static("text/plain; charset=utf-8"));
    if let Ok(value) = axum::http::HeaderValue::from_str(&language.tag) {
        response.headers_mut().insert(header::CONTENT_LANGUAGE, value);
    }
    response
}

async fn submit(
    State(state): State<AppState>,
    Path((lang, kind)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (Some(_), Some(path)) = (state.site.catalog.get(&lang), ReferralPath::from_slug(&kind)) else {
        // The page renders its own "not found".
        return render_page(&state, &uri, &headers, || {}, StatusCode::NOT_FOUND).await;
    };
    let form = ReferralForm::from_pairs(parse_pairs(&body));
    let thank_you = Redirect::to(&format!("/{lang}/refer/{kind}/sent")).into_response();
    // Without an id (a hand-made request) the referral is still taken, just not deduplicated.
    let submission_id =
        app::per_response::posted_submission_id(form.get("submission-id")).unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    if form.is_bot() {
        // Thanked like anyone (a script must not learn it was caught), and kept for review:
        // a person's autofill may have filled the hidden field.
        hold_caught(&state, &submission_id, path, &lang, &form).await;
        return thank_you;
    }
    let valid = match form.validate(path, &lang) {
        Ok(valid) => valid,
        Err(errors) => {
            let problems = errors
                .into_iter()
                .map(|e| FieldProblem { field: e.field, message_key: e.message_key })
                .collect();
            let again = SubmittedForm { values: form.fields, problems, notice: None };
            return show_form_again(&state, &uri, &headers, again, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let referral = NewReferral::seal(&state.sealer, &state.site.service_hours, &valid, None);
    match state.referrals.submit(&submission_id, &referral).await {
        Ok(_) => {
            tracing::info!(path = kind, priority = referral.priority.slug(), "referral stored");
            thank_you
        }
        Err(error) => {
            tracing::warn!(%error, "referral not stored; the form was shown again");
            let again = SubmittedForm {
                values: form.fields,
                problems: Vec::new(),
                notice: Some("refer-unavailable"),
            };
            show_form_again(&state, &uri, &headers, again, StatusCode::SERVICE_UNAVAILABLE).await
        }
    }
}


/// Holds a submission the honeypot caught. Whatever happens, the sender is thanked, so a
/// failure is only logged (the path, never the content).
async fn hold_caught(state: &AppState, submission_id: &str, path: ReferralPath, lang: &str, form: &ReferralForm) {
    let now_ms = chrono::Utc::now().timestamp_millis();
    let caught = CaughtSubmission::seal(&state.sealer, submission_id, path, lang, form, now_ms);
    match state.referrals.quarantine(&caught, now_ms).await {
        Ok(Some(_)) => tracing::info!(path = path.slug(), "referral held in quarantine: honeypot filled"),
        Ok(None) => tracing::warn!(path = path.slug(), "referral not held: the quarantine is full"),
        Err(error) => tracing::warn!(%error, path = path.slug(), "referral not held in quarantine"),
    }
}
