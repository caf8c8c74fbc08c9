//! Admins review what the referral forms' honeypot caught (`referrals::store::quarantine`):
//! the list, one submission opened, and "release into the queue" or "discard", each audited.
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::de::IgnoredAny;

use crate::staff::desk::page;
use crate::error::AppError;
use crate::referrals::quarantine::NotAReferral;
use crate::referrals::store::quarantine::HeldEntry;
use crate::referrals::store::StoreError;
use crate::staff::extract::{Admin, CsrfForm, StaffSession};
use crate::staff::store::StaffStore;
use crate::state::AppState;
use app::staff as pages;

/// How many held submissions the list shows, newest first.
const LIST_ROWS: usize = 200;
const NO_LONGER_HELD: &str = "That submission is no longer held: it was released or discarded already, or its seven days passed.";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/quarantine", get(list))
        .route("/staff/quarantine/{id}", get(open))
        .route("/staff/quarantine/{id}/{action}", post(act))
}


/// The store's error, logged without content; the admin is asked to try again.
fn unavailable(error: StoreError) -> AppError {
    tracing::warn!(%error, "quarantine not reached");
    AppError::Unavailable
}

fn row_of(held: HeldEntry) -> pages::HeldRow {
    pages::HeldRow {
        entry_id: held.entry_id,
        received_ms: held.caught.received_ms,
        path: held.caught.path.slug().to_owned(),
        language: held.caught.language,
    }
}

/// What the audit trail names: the held entry, never its content.
fn audit_target(entry_id: &str) -> String {
    format!("quarantine:{entry_id}")
}

async fn list(State(state): State<AppState>, Admin(staff): Admin) -> Result<Response, AppError> {
    list_page(&state, &staff, None, StatusCode::OK).await
}

async fn list_page(state: &AppState, staff: &StaffSession, notice: Option<&str>, status: StatusCode) -> Result<Response, AppError> {
    let now_ms = chrono::Utc::now().timestamp_millis();
    let (held, total) = state.referrals.held(LIST_ROWS, now_ms).await.map_err(unavailable)?;
    let rows = held.into_iter().map(row_of).collect();
    Ok(page(state, staff, "", "Quarantine", status, pages::quarantine_page(rows, total, notice.map(str::to_owned))).await)
}

async fn open(
    State(state): State<AppState>,
    State(store): State<StaffStore>,
    Admin(staff): Admin,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    show_held(&state, &store, &staff, &id, None, StatusCode::OK).await
}

async fn show_held(
    state: &AppState,
    store: &StaffStore,
    staff: &StaffSession,
    entry_id: &str,
    problem: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let held = state.referrals.held_entry(entry_id).await.map_err(unavailable)?.ok_or(AppError::NotFound)?;
    let (fields, problem) = match held.caught.open(&state.sealer) {
        Ok(fields) => (fields.into_iter().collect(), problem),
        Err(_) => (Vec::new(), Some("It cannot be opened: it was sealed with another key, or is damaged.".to_owned())),
    };
    store.audit(&staff.name, "quarantine-opened", &audit_target(entry_id)).await;
    Ok(page(state, staff, "", "Held submission", status, pages::held_page(row_of(held), fields, &staff.csrf, problem)).await)
}

async fn act(
    State(state): State<AppState>,
    State(store): State<StaffStore>,
    Path((id, action)): Path<(String, String)>,
    CsrfForm { staff, .. }: CsrfForm<IgnoredAny>,
) -> Result<Response, AppError> {
    if !staff.is_admin() {
        return Err(AppError::Forbidden);
    }
    match action.as_str() {
        "release" => release(&state, &store, &staff, &id).await,
        "discard" => discard(&state, &store, &staff, &id).await,
        _ => Err(AppError::NotFound),
    }
}

/// Files the held submission through `NewReferral::seal`, as the form would have; once only.
async fn release(state: &AppState, store: &StaffStore, staff: &StaffSession, entry_id: &str) -> Result<Response, AppError> {
    let Some(held) = state.referrals.held_entry(entry_id).await.map_err(unavailable)? else {
        return list_page(state, staff, Some(NO_LONGER_HELD), StatusCode::CONFLICT).await;
    };
    let referral = match held.caught.to_referral(&state.sealer, &state.site.service_hours) {
        Ok(referral) => referral,
        Err(why) => {
            let problem = match why {
                NotAReferral::Incomplete(problems) => {
                    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
                    format!("Not released: the form would have refused it (check: {}). Discard it if no person sent it.", fields.join(", "))
                }
                NotAReferral::Sealed(_) => "Not released: it cannot be opened.".to_owned(),
            };
            return show_held(state, store, staff, entry_id, Some(problem), StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    match state.referrals.release(&held, &referral).await.map_err(unavailable)? {
        Some(referral_id) => {
            store.audit(&staff.name, "released-from-quarantine", &referral_id).await;
            Ok(Redirect::to("/staff/quarantine").into_response())
        }
        None => list_page(state, staff, Some(NO_LONGER_HELD), StatusCode::CONFLICT).await,
    }
}

async fn discard(state: &AppState, store: &StaffStore, staff: &StaffSession, entry_id: &str) -> Result<Response, AppError> {
    if state.referrals.discard(entry_id).await.map_err(unavailable)? {
        store.audit(&staff.name, "quarantine-discarded", &audit_target(entry_id)).await;
        Ok(Redirect::to("/staff/quarantine").into_response())
    } else {
        list_page(state, staff, Some(NO_LONGER_HELD), StatusCode::CONFLICT).await
    }
}
