//! The adviser console: the live queue, claiming, and work on a claimed referral. Every
//! state-changing request is a `CsrfForm`.
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use domain::referral::{ContactMethod, Outcome, Priority};
use crate::infra::redis_link::RedisConnection;
use serde::de::IgnoredAny;
use serde::Deserialize;


use crate::error::AppError;
use crate::staff::desk::page;
use crate::staff::extract::{CsrfForm, StaffSession};
use crate::staff::store::{SignInAlert, StaffStore};
use crate::state::AppState;
use crate::triage::store::{Triage, TriageError};
use app::staff as pages;

/// Kept here for the chat desk, which imports these paths until it uses the extractors.
pub use super::html;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff", get(console))
        .route("/staff/queue-rows", get(queue_rows))
        .route("/staff/claim-next", post(claim_next))
        .route("/staff/referral/{id}", get(referral))
        .route("/staff/referral/{id}/{action}", post(act))
}

fn view_of(staff: &StaffSession) -> pages::StaffView<'_> {
    pages::StaffView { name: &staff.name, csrf: &staff.csrf, admin: staff.is_admin() }
}

pub(super) fn triage<'a>(state: &AppState, connection: &'a mut RedisConnection) -> Triage<'a> {
    Triage { connection, claim_ms: state.staff.claim_ms }
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

async fn console(State(state): State<AppState>, State(store): State<StaffStore>, staff: StaffSession) -> Result<Response, AppError> {
    let mut connection = store.connection().await?;
    let entries = triage(&state, &mut connection).queue().await.unwrap_or_default();
    let rows = pages::queue_rows(&entries, &view_of(&staff), now_ms());
    let alerts = if staff.is_admin() { sign_in_alerts(&store).await } else { Vec::new() };
    let body = (pages::sign_in_alerts(alerts), pages::console_page(rows, &staff.csrf, staff.is_admin()));
    Ok(page(&state, &staff, "/staff", "Triage queue", StatusCode::OK, body).await)
}

/// Names with many failed sign-ins, for admins; none when Redis cannot say.
async fn sign_in_alerts(store: &StaffStore) -> Vec<pages::SignInAlertRow> {
    let alerts = store.alerts().await.unwrap_or_default();
    alerts.into_iter().map(|SignInAlert { name, at_ms }| pages::SignInAlertRow { name, at_ms }).collect()
}

/// The queue's rows as `staff` sees them (none when Redis cannot say), for the chat desk.
pub async fn queue_rows_for(state: &AppState, staff: &StaffSession) -> String {
    let entries = match state.redis.connection().await {
        Some(mut connection) => triage(state, &mut connection).queue().await.unwrap_or_default(),
        None => Vec::new(),
    };
    pages::queue_rows(&entries, &view_of(staff), now_ms())
}

/// Polled by `public/staff.js`: a signed-out console gets 401 rather than the sign-in page.
async fn queue_rows(State(state): State<AppState>, State(store): State<StaffStore>, staff: Result<StaffSession, AppError>) -> Response {
    let (Ok(staff), Ok(mut connection)) = (staff, store.connection().await) else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let entries = triage(&state, &mut connection).queue().await.unwrap_or_default();
    html(StatusCode::OK, pages::queue_rows(&entries, &view_of(&staff), now_ms()))
}

async fn claim_next(State(state): State<AppState>, State(store): State<StaffStore>, CsrfForm { staff, .. }: CsrfForm<IgnoredAny>) -> Result<Response, AppError> {
    let mut connection = store.connection().await?;
    Ok(match triage(&state, &mut connection).claim_next(&staff.name).await {
        Ok(Some(id)) => {
            store.audit(&staff.name, "claimed", &id).await;
            Redirect::to(&format!("/staff/referral/{id}")).into_response()
        }
        _ => Redirect::to("/staff").into_response(),
    })
}

async fn referral(State(state): State<AppState>, State(store): State<StaffStore>, staff: StaffSession, Path(id): Path<String>) -> Result<Response, AppError> {
    show_referral(&state, &store, &staff, &id, None, StatusCode::OK).await
}

async fn show_referral(state: &AppState, store: &StaffStore, staff: &StaffSession, id: &str, problem: Option<String>, status: StatusCode) -> Result<Response, AppError> {
    let mut connection = store.connection().await?;
    Ok(match triage(state, &mut connection).view(&state.sealer, id, &staff.name).await {
        Ok(view) => {
            store.audit(&staff.name, "viewed", id).await;
            let linked = pages::linked_referrals(super::search::linked(store, id).await);
            page(state, staff, "", "Referral", status, (pages::referral_page(&view, &staff.csrf, problem), linked)).await
        }
        Err(_) => Redirect::to("/staff").into_response(),
    })
}

/// The fields of every referral form; each action reads the ones it needs.
#[derive(Deserialize, Default)]
#[serde(default)]
struct ActionForm {
    how: String,
    reached: String,
    note: String,
    priority: String,
    reason: String,
    outcome: String,
}

async fn act(
    State(state): State<AppState>,
    State(store): State<StaffStore>,
    Path((id, action)): Path<(String, String)>,
    CsrfForm { staff, form }: CsrfForm<ActionForm>,
) -> Result<Response, AppError> {
    let me = staff.name.as_str();
    let sealer = &state.sealer;
    let mut connection = store.connection().await?;
    let mut queue = triage(&state, &mut connection);
    let result: Result<&'static str, TriageError> = match action.as_str() {
        "claim" => match queue.claim(&id, me).await {
            Ok(true) => Ok("claimed"),
            Ok(false) => Err(TriageError::NotHolder),
            Err(e) => Err(e),
        },
        "release" => queue.release(&id, me).await.map(|_| "released"),
        "return" if staff.is_admin() => match queue.return_to_queue(&id).await {
            Ok(true) => Ok("returned-by-admin"),
            Ok(false) => Err(TriageError::NotHolder),
            Err(e) => Err(e),
        },
        "attempt" => match ContactMethod::from_slug(&form.how) {
            Some(how) => queue.log_attempt(sealer, &id, me, how, form.reached == "yes").await.map(|_| "contact-attempt"),
            None => Err(TriageError::Missing),
        },
        "note" if !form.note.trim().is_empty() => queue.add_note(sealer, &id, me, form.note.trim()).await.map(|_| "note-added"),
        "note" => Ok("nothing"),
        "priority" => match Priority::from_slug(&form.priority) {
            Some(to) => queue.set_priority(sealer, &id, me, to, &form.reason).await.map(|_| "priority-changed"),
            None => Err(TriageError::Missing),
        },
        "close" => match Outcome::from_slug(&form.outcome) {
            Some(outcome) => queue.close(sealer, &id, me, outcome, &form.note).await.map(|_| "closed"),
            None => Err(TriageError::Missing),
        },
        _ => return Err(AppError::NotFound),
    };
    match result {
        Ok(done) => {
            store.audit(me, done, &id).await;
            let back = if matches!(done, "released" | "closed" | "returned-by-admin") { "/staff".to_owned() } else { format!("/staff/referral/{id}") };
            Ok(Redirect::to(&back).into_response())
        }
        Err(TriageError::Priority(error)) => {
            show_referral(&state, &store, &staff, &id, Some(format!("Not changed: {error}.")), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(TriageError::NotHolder) if action == "claim" || action == "return" => Ok(Redirect::to("/staff").into_response()),
        Err(error) => {
            tracing::warn!(%error, action, "staff action failed");
            let problem = "That did not work; the referral may no longer be yours.".to_owned();
            show_referral(&state, &store, &staff, &id, Some(problem), StatusCode::CONFLICT).await
        }
    }
}
