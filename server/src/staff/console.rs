//! The adviser console: the live queue, claiming, and work on a claimed referral. Every
//! state-changing request needs a staff session and that session's CSRF token.
use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use domain::referral::{ContactMethod, Outcome, Priority};
use redis::aio::ConnectionManager;

use app::staff as pages;
use super::session;
use super::extract::StaffSession;
use crate::state::AppState;
use crate::triage::audit;
use crate::triage::queue::{Triage, TriageError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff", get(console))
        .route("/staff/queue-rows", get(queue_rows))
        .route("/staff/claim-next", post(claim_next))
        .route("/staff/referral/{id}", get(referral))
        .route("/staff/referral/{id}/{action}", post(act))
        .route("/staff/audit", get(audit_trail))
}

pub fn html(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(pages::STAFF_CSP));
    response
}

fn view_of(staff: &StaffSession) -> pages::StaffView<'_> {
    pages::StaffView { name: &staff.name, csrf: &staff.csrf, admin: staff.role == "admin" }
}

/// A form post's fields in order; repeated names (checkbox groups) stay repeated.
pub fn form_pairs(body: &[u8]) -> Vec<(String, String)> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body).unwrap_or_default()
}

/// A form post's fields by name (for forms without repeated names).
pub fn form_fields(body: &[u8]) -> HashMap<String, String> {
    form_pairs(body).into_iter().collect()
}

/// The signed-in adviser, or the response to send instead (sign-in page, or 403 for a
/// request without the session's CSRF token when `body` is a form post).
pub async fn require_session(state: &AppState, headers: &HeaderMap, body: Option<&Bytes>) -> Result<(StaffSession, ConnectionManager), Response> {
    let Some(mut connection) = state.redis.connection().await else {
        return Err(html(StatusCode::SERVICE_UNAVAILABLE, "Redis is unavailable; try again shortly.".into()));
    };
    let Ok(Some(staff)) = session::current(&mut connection, headers).await else {
        return Err(Redirect::to("/staff/login").into_response());
    };
    if let Some(body) = body {
        let token_ok = form_fields(body).get("csrf").is_some_and(|t| *t == staff.csrf);
        // Browsers send Origin on form posts; one from elsewhere is refused even with a token.
        let origin_ok = match (headers.get(header::ORIGIN), headers.get(header::HOST)) {
            (Some(origin), Some(host)) => origin
                .to_str()
                .ok()
                .and_then(|o| o.split_once("://"))
                .is_some_and(|(_, rest)| Some(rest) == host.to_str().ok()),
            _ => true,
        };
        if !(token_ok && origin_ok) {
            tracing::warn!("staff request refused: missing or wrong CSRF token");
            return Err(html(StatusCode::FORBIDDEN, "This form has expired. Go back, reload the page and try again.".into()));
        }
    }
    Ok((staff, connection))
}

fn triage<'a>(state: &AppState, connection: &'a mut ConnectionManager) -> Triage<'a> {
    Triage { connection, claim_ms: state.staff.claim_ms }
}

async fn console(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (staff, mut connection) = match require_session(&state, &headers, None).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let entries = triage(&state, &mut connection).queue().await.unwrap_or_default();
    let rows = pages::queue_rows(&entries, &view_of(&staff), chrono::Utc::now().timestamp_millis());
    let body = pages::console_page(rows, &staff.csrf, staff.role == "admin");
    html(StatusCode::OK, pages::document("Triage queue", Some((&staff.name, &staff.csrf)), body))
}

async fn queue_rows(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (staff, mut connection) = match require_session(&state, &headers, None).await {
        Ok(found) => found,
        Err(_) => return StatusCode::UNAUTHORIZED.into_response(),
    };
    let entries = triage(&state, &mut connection).queue().await.unwrap_or_default();
    html(StatusCode::OK, pages::queue_rows(&entries, &view_of(&staff), chrono::Utc::now().timestamp_millis()))
}

/// Admins only: the newest 200 entries of the audit trail.
async fn audit_trail(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (staff, mut connection) = match require_session(&state, &headers, None).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    if staff.role != "admin" {
        return html(StatusCode::FORBIDDEN, "Only admins can read the audit trail.".into());
    }
    let entries: redis::streams::StreamRangeReply = match redis::cmd("XREVRANGE")
        .arg(audit::AUDIT_STREAM).arg("+").arg("-").arg("COUNT").arg(200)
        .query_async(&mut connection).await {
        Ok(entries) => entries,
        Err(_) => return html(StatusCode::SERVICE_UNAVAILABLE, "Redis is unavailable.".into()),
    };
    let rows: Vec<[String; 4]> = entries
        .ids
        .iter()
        .map(|e| {
            let get = |k: &str| e.get::<String>(k).unwrap_or_default();
            let at = get("at").parse::<i64>().ok().and_then(chrono::DateTime::from_timestamp_millis)
                .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string()).unwrap_or_default();
            [at, get("who"), get("action"), get("referral")]
        })
        .collect();
    html(StatusCode::OK, pages::document("Audit trail", Some((&staff.name, &staff.csrf)), pages::audit_page(rows)))
}

async fn claim_next(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let (staff, mut connection) = match require_session(&state, &headers, Some(&body)).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    match triage(&state, &mut connection).claim_next(&staff.name).await {
        Ok(Some(id)) => {
            let _ = audit::record(&mut connection, &staff.name, "claimed", &id).await;
            Redirect::to(&format!("/staff/referral/{id}")).into_response()
        }
        _ => Redirect::to("/staff").into_response(),
    }
}

async fn referral(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let (staff, mut connection) = match require_session(&state, &headers, None).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    show_referral(&state, &mut connection, &staff, &id, None, StatusCode::OK).await
}

async fn show_referral(state: &AppState, connection: &mut ConnectionManager, staff: &StaffSession, id: &str, problem: Option<String>, status: StatusCode) -> Response {
    match triage(state, connection).view(&state.sealer, id, &staff.name).await {
        Ok(view) => {
            let _ = audit::record(connection, &staff.name, "viewed", id).await;
            let body = pages::referral_page(&view, &staff.csrf, problem);
            html(status, pages::document("Referral", Some((&staff.name, &staff.csrf)), body))
        }
        Err(_) => Redirect::to("/staff").into_response(),
    }
}

async fn act(State(state): State<AppState>, headers: HeaderMap, Path((id, action)): Path<(String, String)>, body: Bytes) -> Response {
    let (staff, mut connection) = match require_session(&state, &headers, Some(&body)).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let fields = form_fields(&body);
    let field = |name: &str| fields.get(name).map(String::as_str).unwrap_or_default();
    let me = staff.name.as_str();
    let sealer = state.sealer.clone();
    let mut queue = triage(&state, &mut connection);
    let result: Result<&'static str, TriageError> = match action.as_str() {
        "claim" => match queue.claim(&id, me).await {
            Ok(true) => Ok("claimed"),
            Ok(false) => Err(TriageError::NotHolder),
            Err(e) => Err(e),
        },
        "release" => queue.release(&id, me).await.map(|_| "released"),
        "return" if staff.role == "admin" => match queue.return_to_queue(&id).await {
            Ok(true) => Ok("returned-by-admin"),
            Ok(false) => Err(TriageError::NotHolder),
            Err(e) => Err(e),
        },
        "attempt" => match ContactMethod::from_slug(field("how")) {
            Some(how) => queue.log_attempt(&id, me, how, field("reached") == "yes").await.map(|_| "contact-attempt"),
            None => Err(TriageError::Missing),
        },
        "note" if !field("note").trim().is_empty() => queue.add_note(&sealer, &id, me, field("note").trim()).await.map(|_| "note-added"),
        "note" => Ok("nothing"),
        "priority" => match Priority::from_slug(field("priority")) {
            Some(to) => queue.set_priority(&sealer, &id, me, to, field("reason")).await.map(|_| "priority-changed"),
            None => Err(TriageError::Missing),
        },
        "close" => match Outcome::from_slug(field("outcome")) {
            Some(outcome) => queue.close(&sealer, &id, me, outcome, field("note")).await.map(|_| "closed"),
            None => Err(TriageError::Missing),
        },
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    match result {
        Ok(done) => {
            let _ = audit::record(&mut connection, me, done, &id).await;
            let back = if matches!(done, "released" | "closed" | "returned-by-admin") { "/staff".to_owned() } else { format!("/staff/referral/{id}") };
            Redirect::to(&back).into_response()
        }
        Err(TriageError::Priority(error)) => {
            show_referral(&state, &mut connection, &staff, &id, Some(format!("Not changed: {error}.")), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(TriageError::NotHolder) if action == "claim" || action == "return" => {
            Redirect::to("/staff").into_response()
        }
        Err(error) => {
            tracing::warn!(%error, action, "staff action failed");
            show_referral(&state, &mut connection, &staff, &id, Some("That did not work; the referral may no longer be yours.".into()), StatusCode::CONFLICT).await
        }
    }
}
