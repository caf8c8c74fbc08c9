//! Team admin for admins (`/staff/team`): the accounts, and each change through
//! `staff::team::apply`, which audits it and keeps an admin on the team.
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;

use crate::error::AppError;
use crate::staff::extract::{Admin, CsrfForm, StaffSession};
use crate::staff::store::{AccountSummary, StaffStore};
use crate::staff::team::{self, TeamAction, TeamError};
use crate::state::AppState;
use app::staff as pages;

pub fn routes() -> Router<AppState> {
    Router::new().route("/staff/team", get(team_list)).route("/staff/team/{name}/{action}", post(change))
}

async fn team_list(State(state): State<AppState>, State(store): State<StaffStore>, Admin(staff): Admin) -> Result<Response, AppError> {
    team_page(&state, &store, &staff, StatusCode::OK, None, None).await
}

async fn team_page(state: &AppState, store: &StaffStore, staff: &StaffSession, status: StatusCode, problem: Option<String>, new_secret: Option<pages::NewSecret>) -> Result<Response, AppError> {
    let rows = store
        .accounts()
        .await?
        .into_iter()
        .map(|AccountSummary { name, role, disabled, last_sign_in_ms }| pages::TeamRow { name, role: role.slug(), disabled, last_sign_in_ms })
        .collect();
    let body = pages::team_page(rows, &staff.csrf, problem, new_secret);
    Ok(crate::staff::desk::page(state, staff, "/staff/team", "Team", status, body).await)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ChangeForm {
    role: String,
}

async fn change(
    State(state): State<AppState>,
    State(store): State<StaffStore>,
    Path((name, action)): Path<(String, String)>,
    CsrfForm { staff, form }: CsrfForm<ChangeForm>,
) -> Result<Response, AppError> {
    if !staff.is_admin() {
        return Err(AppError::Forbidden);
    }
    let action = TeamAction::parse(&action, &form.role).ok_or(AppError::NotFound)?;
    match team::apply(&store, &state.sealer, &staff.name, &name, action).await {
        // Their own sessions may have just ended (they disabled or demoted themselves).
        Ok(_) if name == staff.name && action != TeamAction::ResetMfa => Ok(Redirect::to("/staff/login").into_response()),
        // Shown even to an admin who reset their own (and so was signed out): it is shown once.
        Ok(Some(enrolment)) => {
            let secret = pages::NewSecret { name, secret: enrolment.secret_base32, otpauth_url: enrolment.otpauth_url };
            team_page(&state, &store, &staff, StatusCode::OK, None, Some(secret)).await
        }
        Ok(None) => Ok(Redirect::to("/staff/team").into_response()),
        Err(TeamError::Storage(error)) => Err(error),
        Err(error) => team_page(&state, &store, &staff, StatusCode::CONFLICT, Some(format!("Not changed: {error}.")), None).await,
    }
}
