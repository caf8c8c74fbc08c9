//! Caseloads: "My cases" (with every caseload for team leaders), taking a claimed referral
//! on, handing it over (or a team leader reassigning it), and scheduling a callback at the
//! person's safe times. Every change is audited.
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use domain::referral::safe_times::uk_moment;
use serde::de::IgnoredAny;
use serde::Deserialize;

use super::console::triage;
use crate::staff::desk::page;
use crate::error::AppError;
use crate::staff::extract::{CsrfForm, StaffSession};
use crate::staff::store::StaffStore;
use crate::state::AppState;
use crate::triage::cases::store::CaseError;
use crate::triage::store::TriageError;
use app::staff as pages;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/cases", get(cases))
        .route("/staff/referral/{id}/take-on", post(take_on))
        .route("/staff/referral/{id}/hand-over", post(hand_over))
        .route("/staff/referral/{id}/callback", post(callback))
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

async fn cases(State(state): State<AppState>, State(store): State<StaffStore>, staff: StaffSession) -> Result<Response, AppError> {
    cases_with(&state, &store, &staff, None, StatusCode::OK).await
}

/// "My cases", with a notice when an action on it did not work.
async fn cases_with(state: &AppState, store: &StaffStore, staff: &StaffSession, notice: Option<String>, status: StatusCode) -> Result<Response, AppError> {
    let mut connection = store.connection().await?;
    let mut queue = triage(state, &mut connection);
    let mine = queue.cases_of(&staff.name).await.map_err(unavailable)?;
    // Only team leaders and admins read anyone else's caseload.
    let team = if staff.leads_team() { Some(queue.team_cases().await.map_err(unavailable)?) } else { None };
    Ok(page(state, staff, "/staff/cases", "My cases", status, pages::cases_page(&mine, team.as_ref(), &staff.csrf, now_ms(), notice)).await)
}

fn unavailable(error: CaseError) -> AppError {
    tracing::warn!(%error, "caseload not reached");
    AppError::Unavailable
}

async fn take_on(
    State(state): State<AppState>,
    State(store): State<StaffStore>,
    Path(id): Path<String>,
    CsrfForm { staff, .. }: CsrfForm<IgnoredAny>,
) -> Result<Response, AppError> {
    let mut connection = store.connection().await?;
    match triage(&state, &mut connection).take_on(&id, &staff.name).await {
        Ok(()) => {
            store.audit(&staff.name, "taken-on", &id).await;
            Ok(Redirect::to(&format!("/staff/referral/{id}")).into_response())
        }
        Err(CaseError::Full) => {
            let notice = format!("Not taken on: {}. Close or hand over a case first.", CaseError::Full);
            cases_with(&state, &store, &staff, Some(notice), StatusCode::CONFLICT).await
        }
        Err(CaseError::Triage(TriageError::NotHolder)) => Ok(Redirect::to("/staff").into_response()),
        Err(error) => Err(unavailable(error)),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct HandOverForm {
    to: String,
    note: String,
}

/// The holder hands over their referral; a team leader (or admin) reassigns anyone's.
async fn hand_over(
    State(state): State<AppState>,
    State(store): State<StaffStore>,
    Path(id): Path<String>,
    CsrfForm { staff, form }: CsrfForm<HandOverForm>,
) -> Result<Response, AppError> {
    let (to, note) = (form.to.trim(), form.note.trim());
    let mut connection = store.connection().await?;
    let holder = triage(&state, &mut connection).holder(&id).await.map_err(unavailable)?;
    let action = match holder.as_str() {
        "" => return Ok(Redirect::to("/staff").into_response()),
        mine if mine == staff.name => "handed-over",
        _ if staff.leads_team() => "reassigned",
        _ => return Err(AppError::Forbidden),
    };
    let problem = if to.is_empty() || note.is_empty() {
        Some("Not handed over: give the colleague's name and a note for them.".to_owned())
    } else if to == holder {
        Some(format!("Not handed over: {to} already holds it."))
    } else if store.account(to).await?.is_none() {
        Some(format!("Not handed over: there is no account named {to}."))
    } else {
        None
    };
    if let Some(problem) = problem {
        return cases_with(&state, &store, &staff, Some(problem), StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    match triage(&state, &mut connection).hand_over(&state.sealer, &id, &holder, to, &staff.name, note).await {
        Ok(()) => {
            store.audit(&staff.name, action, &id).await;
            Ok(Redirect::to("/staff/cases").into_response())
        }
        Err(CaseError::Full) => {
            let notice = format!("Not handed over: {to}'s caseload is full.");
            cases_with(&state, &store, &staff, Some(notice), StatusCode::CONFLICT).await
        }
        Err(CaseError::Triage(TriageError::NotHolder)) => {
            let notice = "Not handed over: it changed hands meanwhile.".to_owned();
            cases_with(&state, &store, &staff, Some(notice), StatusCode::CONFLICT).await
        }
        Err(error) => Err(unavailable(error)),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct CallbackForm {
    date: String,
    time: String,
    #[serde(rename = "confirm-outside")]
    confirm_outside: String,
    reason: String,
}

/// A callback inside the person's safe windows is accepted; outside them it needs the
/// adviser's confirmation and reason, which are recorded. Referrals without structured
/// windows (older ones, or none chosen) accept any future time.
async fn callback(
    State(state): State<AppState>,
    State(store): State<StaffStore>,
    Path(id): Path<String>,
    CsrfForm { staff, form }: CsrfForm<CallbackForm>,
) -> Result<Response, AppError> {
    let me = staff.name.as_str();
    let mut connection = store.connection().await?;
    let mut queue = triage(&state, &mut connection);
    let Ok(view) = queue.view(&state.sealer, &id, me).await else {
        return Ok(Redirect::to("/staff").into_response());
    };
    let windows = pages::safe_windows_of(&view);
    let reason = form.reason.trim();
    let confirmed = form.confirm_outside == "yes" && !reason.is_empty();
    let decision = match uk_moment(&form.date, &form.time) {
        Err(error) => Err(format!("Not scheduled: {error}.")),
        Ok(at) if at.timestamp_millis() <= now_ms() => Err("Not scheduled: that time has passed.".to_owned()),
        Ok(at) if windows.as_ref().is_none_or(|w| w.contains(at)) => Ok((at, None)),
        Ok(at) if confirmed => Ok((at, Some(reason))),
        Ok(_) => Err("Not scheduled: that time is outside the person's safe times. Choose a time inside them, \
                      or tick the box and give your reason for calling then."
            .to_owned()),
    };
    match decision {
        Ok((at, outside_reason)) => {
            queue.schedule_callback(&state.sealer, &id, me, at.timestamp_millis(), outside_reason).await.map_err(unavailable)?;
            let action = if outside_reason.is_some() { "callback-outside-safe-times" } else { "callback-scheduled" };
            store.audit(me, action, &id).await;
            Ok(Redirect::to(&format!("/staff/referral/{id}")).into_response())
        }
        Err(problem) => {
            let next_safe = windows.and_then(|w| w.next_window(chrono::Utc::now())).map(|at| at.timestamp_millis());
            let values = pages::CallbackValues {
                date: form.date.clone(),
                time: form.time.clone(),
                confirm_outside: form.confirm_outside == "yes",
                reason: form.reason.clone(),
            };
            let body = pages::callback_page(&view, &staff.csrf, problem, next_safe, &values);
            Ok(page(&state, &staff, "/staff/cases", "Schedule a callback", StatusCode::UNPROCESSABLE_ENTITY, body).await)
        }
    }
}
