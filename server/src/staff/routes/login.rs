//! Signing in and out. Sign-in needs the password and the current TOTP code; five failures
//! lock the account for 15 minutes, and tower_governor limits attempts per client address.
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use axum_extra::extract::CookieJar;
use serde::de::IgnoredAny;
use serde::Deserialize;

use super::{html, record};
use crate::error::AppError;
use crate::infra::client::ClientKeys;
use crate::infra::rate_limit;
use crate::staff::accounts;
use crate::staff::extract::CsrfForm;
use crate::staff::session;
use crate::staff::store::StaffStore;
use crate::state::AppState;
use app::staff as pages;

pub const MAX_FAILURES: i64 = 5;
pub use crate::staff::store::LOCKOUT_SECONDS;

pub fn routes(client_keys: &ClientKeys) -> Router<AppState> {
    let (limit, _) = rate_limit::per_client(client_keys, Duration::from_secs(6), 10, rate_limit::MAX_TRACKED_CLIENTS);
    Router::new()
        .route("/staff/login", get(login_form).post(login).layer(limit))
        .route("/staff/logout", post(logout))
        .route("/staff/logout-everywhere", post(logout_everywhere))
}

async fn login_form() -> Response {
    html(StatusCode::OK, pages::document("Sign in", None, pages::login_page(None, String::new())))
}

#[derive(Deserialize)]
struct LoginForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: String,
}

/// Why a sign-in was refused; the page never says which part was wrong.
enum Refusal {
    WrongDetails,
    Locked,
    Unavailable,
}

impl Refusal {
    fn page(self, name: String) -> Response {
        let (status, problem) = match self {
            Refusal::WrongDetails => (StatusCode::UNAUTHORIZED, "Name, password or code is wrong."),
            Refusal::Locked => (StatusCode::TOO_MANY_REQUESTS, "Too many failed attempts. This account is locked for 15 minutes."),
            Refusal::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "Sign-in is unavailable right now. Try again shortly."),
        };
        html(status, pages::document("Sign in", None, pages::login_page(Some(problem), name)))
    }
}

impl From<AppError> for Refusal {
    fn from(_: AppError) -> Refusal {
        Refusal::Unavailable
    }
}

async fn login(State(state): State<AppState>, State(store): State<StaffStore>, jar: CookieJar, Form(form): Form<LoginForm>) -> Response {
    let name = form.name.trim().to_owned();
    match sign_in(&state, &store, &name, &form).await {
        Ok(token) => (jar.add(session::cookie(&token, state.staff.cookie_secure)), Redirect::to("/staff")).into_response(),
        Err(refusal) => refusal.page(name),
    }
}

/// Checks the lockout, the password and the code; the new session's token on success.
async fn sign_in(state: &AppState, store: &StaffStore, name: &str, form: &LoginForm) -> Result<String, Refusal> {
    if !accounts::valid_name(name) {
        return Err(Refusal::WrongDetails);
    }
    if store.failures(name).await? >= MAX_FAILURES {
        tracing::warn!("staff sign-in refused: account locked");
        return Err(Refusal::Locked);
    }
    let Some(role) = accounts::verify(store, &state.sealer, name, &form.password, &form.code).await? else {
        // If this count is lost the refusal still stands; the lockout just starts one try later.
        let _ = store.count_failure(name).await;
        tracing::info!("staff sign-in failed");
        return Err(Refusal::WrongDetails);
    };
    let _ = store.forget_failures(name).await;
    let token = store.start_session(name, role).await?;
    record(store, name, "signed-in", "").await;
    Ok(token)
}

async fn logout(State(state): State<AppState>, State(store): State<StaffStore>, jar: CookieJar, CsrfForm { staff, .. }: CsrfForm<IgnoredAny>) -> Result<Response, AppError> {
    if let Some(token) = session::token(&jar) {
        store.end_session(&token).await?;
    }
    record(&store, &staff.name, "signed-out", "").await;
    Ok(signed_out(&state, jar))
}

async fn logout_everywhere(State(state): State<AppState>, State(store): State<StaffStore>, jar: CookieJar, CsrfForm { staff, .. }: CsrfForm<IgnoredAny>) -> Result<Response, AppError> {
    store.end_sessions_of(&staff.name).await?;
    record(&store, &staff.name, "signed-out-everywhere", "").await;
    Ok(signed_out(&state, jar))
}

fn signed_out(state: &AppState, jar: CookieJar) -> Response {
    (jar.add(session::cleared_cookie(state.staff.cookie_secure)), Redirect::to("/staff/login")).into_response()
}
