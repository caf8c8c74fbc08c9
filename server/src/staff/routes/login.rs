//! Signing in and out. Sign-in needs the form's CSRF token (matched against a cookie set
//! with the form), an `Origin` of this site when one is sent, the password and a one-time
//! code not used before. Attempts are counted before the check, per name and client:
//! five lock that pair for 15 minutes, so nobody elsewhere can lock a colleague out; many
//! at one name from anywhere alert admins on the console. tower_governor limits posts per
//! client address.
use std::net::SocketAddr;
use std::time::Duration;

use axum::extract::{ConnectInfo, State};
use axum::http::{Extensions, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use axum_extra::extract::CookieJar;
use serde::de::IgnoredAny;
use serde::Deserialize;

use super::html;
use crate::error::AppError;
use crate::infra::origin;
use crate::infra::tokens::{digest, random_token};
use crate::infra::client::ClientKeys;
use crate::infra::rate_limit;
use crate::staff::accounts;
use crate::staff::extract::CsrfForm;
use crate::staff::session;
use crate::staff::store::{StaffStore, NAME_ALERT_AT};
use crate::state::AppState;
use app::staff as pages;

pub const MAX_FAILURES: i64 = 5;
pub use crate::staff::store::LOCKOUT_SECONDS;

pub fn routes(client_keys: &ClientKeys) -> Router<AppState> {
    let (limit, _) = rate_limit::per_client(client_keys, Duration::from_secs(6), 10, rate_limit::MAX_TRACKED_CLIENTS);
    Router::new()
        // Only posts are limited: fetching the form costs no hashing.
        .route("/staff/login", get(login_form))
        .route("/staff/login", post(login).layer(limit))
        .route("/staff/logout", post(logout))
        .route("/staff/logout-everywhere", post(logout_everywhere))
}

/// The form's token: the one the browser already holds (other tabs keep working), or new.
fn form_token(jar: &CookieJar) -> String {
    session::sign_in_token(jar)
        .filter(|token| token.len() == 43 && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        .unwrap_or_else(random_token)
}

/// The sign-in page with `problem`, and the cookie its token must match.
fn sign_in_page(state: &AppState, jar: CookieJar, status: StatusCode, problem: Option<&'static str>, name: String) -> Response {
    let token = form_token(&jar);
    let page = html(status, pages::document("Sign in", None, pages::login_page(problem, name, token.clone())));
    (jar.add(session::sign_in_cookie(&token, state.staff.cookie_secure)), page).into_response()
}

async fn login_form(State(state): State<AppState>, jar: CookieJar) -> Response {
    sign_in_page(&state, jar, StatusCode::OK, None, String::new())
}

#[derive(Deserialize)]
struct LoginForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    csrf: String,
}

/// Why a sign-in was refused; the page never says which part was wrong.
enum Refusal {
    WrongDetails,
    Locked,
    ForeignForm,
    Unavailable,
}

impl Refusal {
    fn page(self, state: &AppState, jar: CookieJar, name: String) -> Response {
        let (status, problem) = match self {
            Refusal::WrongDetails => (StatusCode::UNAUTHORIZED, "Name, password or code is wrong. A code works only once: wait for the next one."),
            Refusal::Locked => (StatusCode::TOO_MANY_REQUESTS, "Too many failed attempts from here. Try again in 15 minutes."),
            Refusal::ForeignForm => (StatusCode::FORBIDDEN, "This sign-in form has expired or came from another site. Please sign in again."),
            Refusal::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "Sign-in is unavailable right now. Try again shortly."),
        };
        sign_in_page(state, jar, status, Some(problem), name)
    }
}

impl From<AppError> for Refusal {
    fn from(_: AppError) -> Refusal {
        Refusal::Unavailable
    }
}

/// The failure bucket of a client: the same key every per-client limit uses (IPv4, or the
/// IPv6 /64; behind trusted proxies the forwarded client), as the same keyed digest the chat
/// limits use: a plain hash of an IPv4 address could be reversed by trying them all.
fn client_bucket(state: &AppState, headers: &HeaderMap, extensions: &Extensions) -> String {
    let client = match extensions.get::<ConnectInfo<SocketAddr>>() {
        Some(ConnectInfo(peer)) => state.client_keys.key(peer.ip(), headers).to_string(),
        None => "unknown".to_owned(),
    };
    state.sealer.keyed_digest(client.as_bytes())
}

async fn login(
    State(state): State<AppState>,
    State(store): State<StaffStore>,
    headers: HeaderMap,
    extensions: Extensions,
    jar: CookieJar,
    Form(form): Form<LoginForm>,
) -> Response {
    let name = form.name.trim().to_owned();
    match sign_in(&state, &store, &headers, &jar, &client_bucket(&state, &headers, &extensions), &name, &form).await {
        Ok(token) => (jar.add(session::cookie(&token, state.staff.cookie_secure)), Redirect::to("/staff")).into_response(),
        Err(refusal) => refusal.page(&state, jar, name),
    }
}

/// The form's token matches its cookie (compared as digests, so timing tells nothing).
fn genuine_form(headers: &HeaderMap, jar: &CookieJar, form: &LoginForm) -> bool {
    let expected = session::sign_in_token(jar);
    origin::allows_form(headers) && expected.is_some_and(|expected| digest(&expected) == digest(&form.csrf))
}

/// Checks the form, counts the attempt, then the password and the code; the new session's
/// token on success.
async fn sign_in(state: &AppState, store: &StaffStore, headers: &HeaderMap, jar: &CookieJar, client: &str, name: &str, form: &LoginForm) -> Result<String, Refusal> {
    if !genuine_form(headers, jar, form) {
        tracing::warn!("staff sign-in refused: foreign or expired form");
        return Err(Refusal::ForeignForm);
    }
    if !accounts::valid_name(name) {
        return Err(Refusal::WrongDetails);
    }
    // Counted first: parallel guesses each get their own number, so none slips past the limit.
    let attempt = store.count_attempt(name, client).await?;
    if attempt.for_name >= NAME_ALERT_AT {
        let _ = store.raise_alert(name).await;
    }
    if attempt.from_client > MAX_FAILURES {
        tracing::warn!("staff sign-in refused: too many failures from one client");
        return Err(Refusal::Locked);
    }
    let Some(role) = accounts::verify(store, &state.sealer, name, &form.password, &form.code).await? else {
        tracing::info!("staff sign-in failed");
        return Err(Refusal::WrongDetails);
    };
    let _ = store.forget_attempts(name, client).await;
    let token = store.start_session(name, role).await?;
    let _ = store.record_sign_in(name).await;
    store.audit(name, "signed-in", "").await;
    Ok(token)
}

async fn logout(State(state): State<AppState>, State(store): State<StaffStore>, jar: CookieJar, CsrfForm { staff, .. }: CsrfForm<IgnoredAny>) -> Result<Response, AppError> {
    if let Some(token) = session::token(&jar) {
        store.end_session(&token).await?;
    }
    store.audit(&staff.name, "signed-out", "").await;
    Ok(signed_out(&state, jar))
}

async fn logout_everywhere(State(state): State<AppState>, State(store): State<StaffStore>, jar: CookieJar, CsrfForm { staff, .. }: CsrfForm<IgnoredAny>) -> Result<Response, AppError> {
    store.end_sessions_of(&staff.name).await?;
    store.audit(&staff.name, "signed-out-everywhere", "").await;
    Ok(signed_out(&state, jar))
}

fn signed_out(state: &AppState, jar: CookieJar) -> Response {
    (jar.add(session::cleared_cookie(state.staff.cookie_secure)), Redirect::to("/staff/login")).into_response()
}
