//! Staff sessions in Redis. The cookie holds a random token; Redis holds only its SHA-256,
//! so a copy of Redis cannot be replayed as a login. Sessions end after 30 minutes idle or
//! 12 hours in all, and "sign out everywhere" ends every session of the adviser.
use axum::http::{header, HeaderMap, HeaderValue};
use redis::aio::ConnectionManager;
use redis::AsyncCommands;

use crate::infra::tokens::{digest, random_token};

pub const COOKIE: &str = "frontdoor_staff";
pub const IDLE_SECONDS: i64 = 30 * 60;
pub const MAX_AGE_SECONDS: i64 = 12 * 60 * 60;

#[derive(Debug, Clone, PartialEq)]
pub struct StaffSession {
    pub name: String,
    pub role: String,
    /// Sent back in every form; a request without it changes nothing.
    pub csrf: String,
}

fn session_key(token: &str) -> String {
    format!("staff:session:{}", digest(token))
}

fn sessions_of(name: &str) -> String {
    format!("staff:sessions:{name}")
}

/// Starts a session; returns the `Set-Cookie` value.
pub async fn start(connection: &mut ConnectionManager, name: &str, role: &str, secure: bool) -> redis::RedisResult<HeaderValue> {
    let token = random_token();
    let key = session_key(&token);
    let now = chrono::Utc::now().timestamp();
    let _: () = redis::pipe()
        .atomic()
        .hset_multiple(&key, &[("name", name), ("role", role), ("csrf", &random_token()), ("created", &now.to_string())])
        .expire(&key, IDLE_SECONDS)
        .sadd(sessions_of(name), &key)
        .expire(sessions_of(name), MAX_AGE_SECONDS)
        .query_async(connection)
        .await?;
    Ok(cookie(&token, MAX_AGE_SECONDS, secure))
}

fn token_from(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_owned())
}

/// The session behind the request's cookie, refreshed for another idle period.
pub async fn current(connection: &mut ConnectionManager, headers: &HeaderMap) -> redis::RedisResult<Option<StaffSession>> {
    let Some(token) = token_from(headers) else { return Ok(None) };
    let key = session_key(&token);
    let (name, role, csrf, created): (Option<String>, Option<String>, Option<String>, Option<i64>) =
        redis::cmd("HMGET").arg(&key).arg("name").arg("role").arg("csrf").arg("created").query_async(connection).await?;
    let (Some(name), Some(role), Some(csrf), Some(created)) = (name, role, csrf, created) else { return Ok(None) };
    if chrono::Utc::now().timestamp() - created > MAX_AGE_SECONDS {
        let _: () = connection.del(&key).await?;
        return Ok(None);
    }
    let _: () = connection.expire(&key, IDLE_SECONDS).await?;
    Ok(Some(StaffSession { name, role, csrf }))
}

pub async fn end(connection: &mut ConnectionManager, headers: &HeaderMap) -> redis::RedisResult<()> {
    if let Some(token) = token_from(headers) {
        let _: () = connection.del(session_key(&token)).await?;
    }
    Ok(())
}

pub async fn end_everywhere(connection: &mut ConnectionManager, name: &str) -> redis::RedisResult<()> {
    let keys: Vec<String> = connection.smembers(sessions_of(name)).await?;
    let mut pipe = redis::pipe();
    for key in &keys {
        pipe.del(key);
    }
    pipe.del(sessions_of(name));
    pipe.query_async(connection).await
}

/// Clears the cookie in the browser.
pub fn clear_cookie(secure: bool) -> HeaderValue {
    cookie("", 0, secure)
}

/// The one place the cookie's attributes are written.
fn cookie(value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{COOKIE}={value}; Path=/staff; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"))
        .expect("tokens are url-safe")
}
