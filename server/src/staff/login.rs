//! Signing in and out. Sign-in needs the password and the current TOTP code; five failures
//! lock the account for 15 minutes, and tower_governor limits attempts per client address.
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{FromRef, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use redis::AsyncCommands;
use serde::Deserialize;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::GovernorLayer;

use super::console::{html, require_session};
use super::{accounts, session};
use app::staff as pages;
use crate::state::AppState;

pub const MAX_FAILURES: i64 = 5;
pub const LOCKOUT_SECONDS: i64 = 15 * 60;

fn failures_key(name: &str) -> String {
    format!("staff:failures:{name}")
}

pub fn routes() -> Router<AppState> {
    let governor = Arc::new(
        GovernorConfigBuilder::default()
            .period(Duration::from_secs(6))
            .burst_size(10)
            .finish()
            .expect("a positive period and burst"),
    );
    Router::new()
        .route("/staff/login", get(login_form).post(login).layer(GovernorLayer::new(governor)))
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

fn refused(status: StatusCode, problem: &'static str, name: String) -> Response {
    html(status, pages::document("Sign in", None, pages::login_page(Some(problem), name)))
}

async fn login(State(state): State<AppState>, Form(form): Form<LoginForm>) -> Response {
    let Some(mut connection) = state.redis.connection().await else {
        return refused(StatusCode::SERVICE_UNAVAILABLE, "Sign-in is unavailable right now. Try again shortly.", form.name);
    };
    let name = form.name.trim().to_owned();
    if !accounts::valid_name(&name) {
        return refused(StatusCode::UNAUTHORIZED, "Name, password or code is wrong.", name);
    }
    let failures: i64 = connection.get(failures_key(&name)).await.unwrap_or(0);
    if failures >= MAX_FAILURES {
        tracing::warn!("staff sign-in refused: account locked");
        return refused(StatusCode::TOO_MANY_REQUESTS, "Too many failed attempts. This account is locked for 15 minutes.", name);
    }
    let store = super::store::StaffStore::from_ref(&state);
    match accounts::verify(&store, &state.sealer, &name, &form.password, &form.code).await {
        Ok(Some(role)) => {
            let _: redis::RedisResult<()> = connection.del(failures_key(&name)).await;
            let Ok(token) = store.start_session(&name, role).await else {
                return refused(StatusCode::SERVICE_UNAVAILABLE, "Sign-in is unavailable right now. Try again shortly.", name);
            };
            let _ = crate::triage::audit::record(&mut connection, &name, "signed-in", "").await;
            let mut response = Redirect::to("/staff").into_response();
            response.headers_mut().insert(header::SET_COOKIE, session::cookie(&token, state.staff.cookie_secure).to_string().parse().unwrap());
            response
        }
        Ok(None) => {
            let _: redis::RedisResult<()> = redis::pipe()
                .incr(failures_key(&name), 1)
                .expire(failures_key(&name), LOCKOUT_SECONDS)
                .query_async(&mut connection)
                .await;
            tracing::info!("staff sign-in failed");
            refused(StatusCode::UNAUTHORIZED, "Name, password or code is wrong.", name)
        }
        Err(_) => refused(StatusCode::SERVICE_UNAVAILABLE, "Sign-in is unavailable right now. Try again shortly.", name),
    }
}

async fn logout(State(state): State<AppState>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let (staff, mut connection) = match require_session(&state, &headers, Some(&body)).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    if let Some(token) = session::token(&axum_extra::extract::CookieJar::from_headers(&headers)) {
        let _ = super::store::StaffStore::from_ref(&state).end_session(&token).await;
    }
    let _ = crate::triage::audit::record(&mut connection, &staff.name, "signed-out", "").await;
    signed_out(&state)
}

async fn logout_everywhere(State(state): State<AppState>, headers: HeaderMap, body: axum::body::Bytes) -> Response {
    let (staff, mut connection) = match require_session(&state, &headers, Some(&body)).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let _ = super::store::StaffStore::from_ref(&state).end_sessions_of(&staff.name).await;
    let _ = crate::triage::audit::record(&mut connection, &staff.name, "signed-out-everywhere", "").await;
    signed_out(&state)
}

fn signed_out(state: &AppState) -> Response {
    let mut response = Redirect::to("/staff/login").into_response();
    response.headers_mut().insert(header::SET_COOKIE, session::cleared_cookie(state.staff.cookie_secure).to_string().parse().unwrap());
    response
}
