//! The staff session cookie. It holds a random token; Redis holds only its SHA-256 (see
//! `store`), so a copy of Redis cannot be replayed as a login. Sessions end after 30 minutes
//! idle or 12 hours in all, and "sign out everywhere" ends every session of the adviser.
use axum::http::HeaderValue;
use axum_extra::extract::cookie::{Cookie, SameSite};
use axum_extra::extract::CookieJar;
use crate::infra::redis_link::RedisConnection;

use super::extract::Role;
use super::store;
pub use super::store::{IDLE_SECONDS, MAX_AGE_SECONDS};

pub const COOKIE: &str = "frontdoor_staff";
/// Before a session exists, the sign-in form's CSRF token: this cookie must match the form.
pub const SIGN_IN_COOKIE: &str = "frontdoor_sign_in";
/// How long a sign-in form stays usable.
pub const SIGN_IN_FORM_SECONDS: i64 = 30 * 60;

/// The one place the cookie's attributes are written.
pub fn cookie(token: &str, secure: bool) -> Cookie<'static> {
    with_attributes(COOKIE, "/staff", token, MAX_AGE_SECONDS, secure)
}

/// The same cookie, emptied and expired, so the browser drops it.
pub fn cleared_cookie(secure: bool) -> Cookie<'static> {
    with_attributes(COOKIE, "/staff", "", 0, secure)
}

/// The sign-in form's token cookie: sent back only to the sign-in form, only from this site.
pub fn sign_in_cookie(token: &str, secure: bool) -> Cookie<'static> {
    with_attributes(SIGN_IN_COOKIE, "/staff/login", token, SIGN_IN_FORM_SECONDS, secure)
}

/// The sign-in form's token the browser sent, if any.
pub fn sign_in_token(jar: &CookieJar) -> Option<String> {
    jar.get(SIGN_IN_COOKIE).map(|cookie| cookie.value().to_owned()).filter(|token| !token.is_empty())
}

fn with_attributes(name: &str, path: &'static str, token: &str, max_age_seconds: i64, secure: bool) -> Cookie<'static> {
    // Max-Age is parsed: the builder wants a `time::Duration`, a crate axum-extra does not re-export.
    let mut cookie = Cookie::parse(format!("{name}={token}; Max-Age={max_age_seconds}")).expect("tokens are url-safe");
    cookie.set_path(path);
    cookie.set_http_only(true);
    cookie.set_same_site(SameSite::Strict);
    cookie.set_secure(secure);
    cookie
}

/// The session token the browser sent, if any.
pub fn token(jar: &CookieJar) -> Option<String> {
    jar.get(COOKIE).map(|cookie| cookie.value().to_owned()).filter(|token| !token.is_empty())
}

/// Starts a session without the sign-in form and returns its `Set-Cookie` value: for tests
/// and the test harness. An unknown role is refused.
pub async fn start(connection: &mut RedisConnection, name: &str, role: &str, secure: bool) -> redis::RedisResult<HeaderValue> {
    let role = Role::from_slug(role).ok_or((redis::ErrorKind::Client, "unknown staff role"))?;
    let token = store::insert_session(connection, name, role).await?;
    Ok(HeaderValue::from_str(&cookie(&token, secure).to_string()).expect("tokens are url-safe"))
}
