//! Staff sign-in, sessions, CSRF and the console against the real router and Redis.
mod support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use server::infra::sealing::Sealer;
use server::staff::accounts;
use server::staff::store::StaffStore;
use server::staff::Role;
use support::*;
use tower::ServiceExt;

const PASSWORD: &str = "correct horse battery";

async fn add_adviser(url: &str, name: &str) -> StaffStore {
    let (link, _) = redis_link(url).await;
    let store = StaffStore::new(link);
    let sealer = Sealer::from_base64(TEST_DATA_KEY).unwrap();
    let enrolment = accounts::add(&store, &sealer, name, PASSWORD, Role::Adviser).await.unwrap();
    assert!(enrolment.otpauth_url.starts_with("otpauth://totp/"));
    store
}

async fn code(store: &StaffStore, name: &str) -> String {
    let sealer = Sealer::from_base64(TEST_DATA_KEY).unwrap();
    accounts::current_code(store, &sealer, name).await.unwrap()
}

async fn post(app: &axum::Router, uri: &str, cookie: Option<&str>, pairs: &[(&str, &str)]) -> axum::http::Response<Body> {
    let mut request = Request::post(uri).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    let body = serde_urlencoded::to_string(pairs).unwrap();
    app.clone().oneshot(request.body(Body::from(body)).unwrap()).await.unwrap()
}

async fn get_as(app: &axum::Router, uri: &str, cookie: &str) -> axum::http::Response<Body> {
    get_with(app, uri, &[("cookie", cookie)]).await
}

async fn sign_in(app: &axum::Router, store: &StaffStore, name: &str) -> String {
    let code = code(store, name).await;
    let response = post(app, "/staff/login", None, &[("name", name), ("password", PASSWORD), ("code", &code)]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let cookie = response.headers()[header::SET_COOKIE].to_str().unwrap().to_owned();
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/staff"] {
        assert!(cookie.contains(flag), "{cookie}");
    }
    cookie.split(';').next().unwrap().to_owned()
}

fn csrf_of(page: &str) -> String {
    let start = page.find("name=\"csrf\" value=\"").expect("a csrf field") + "name=\"csrf\" value=\"".len();
    page[start..].split('"').next().unwrap().to_owned()
}

#[tokio::test]
async fn sign_in_needs_password_and_code_and_the_console_needs_a_session() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let store = add_adviser(&redis.url(), "amira").await;

    let console = get(&app, "/staff").await;
    assert_eq!(console.status(), StatusCode::SEE_OTHER, "no session: to the sign-in page");
    let wrong_code = post(&app, "/staff/login", None, &[("name", "amira"), ("password", PASSWORD), ("code", "000000")]).await;
    assert_eq!(wrong_code.status(), StatusCode::UNAUTHORIZED);
    let wrong_password = post(&app, "/staff/login", None, &[("name", "amira"), ("password", "nope"), ("code", &code(&store, "amira").await)]).await;
    assert_eq!(wrong_password.status(), StatusCode::UNAUTHORIZED);

    let cookie = sign_in(&app, &store, "amira").await;
    let page = body_text(get_as(&app, "/staff", &cookie).await).await;
    assert!(page.contains("Triage queue"));
    assert!(page.contains("amira"));
}

#[tokio::test]
async fn repeated_failures_lock_the_account() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let store = add_adviser(&redis.url(), "ben").await;
    for _ in 0..5 {
        let response = post(&app, "/staff/login", None, &[("name", "ben"), ("password", "guess-guess-guess"), ("code", "123456")]).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let code = code(&store, "ben").await;
    let locked = post(&app, "/staff/login", None, &[("name", "ben"), ("password", PASSWORD), ("code", &code)]).await;
    assert_eq!(locked.status(), StatusCode::TOO_MANY_REQUESTS, "locked even with the right password");
}

#[tokio::test]
async fn the_login_form_is_rate_limited_per_client() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let mut statuses = Vec::new();
    for n in 0..12 {
        let name = format!("nobody{n}");
        statuses.push(post(&app, "/staff/login", None, &[("name", &name), ("password", "x"), ("code", "1")]).await.status());
    }
    assert!(statuses.contains(&StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
}

#[tokio::test]
async fn a_request_without_the_csrf_token_changes_nothing() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let store = add_adviser(&redis.url(), "cara").await;
    let form = [("name", "Person"), ("contact-method", "phone"), ("phone", "07700 900222")];
    assert_eq!(post_form(&app, "/en/refer/self", &form).await.status(), StatusCode::SEE_OTHER);
    let (link, _) = redis_link(&redis.url()).await;
    server::triage::intake::file_pending(&link, "test", 60_000).await.unwrap();

    let cookie = sign_in(&app, &store, "cara").await;
    let refused = post(&app, "/staff/claim-next", Some(&cookie), &[]).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let forged = post(&app, "/staff/claim-next", Some(&cookie), &[("csrf", "forged")]).await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let page = body_text(get_as(&app, "/staff", &cookie).await).await;
    assert!(page.contains("data-testid=\"queue-row\""), "still waiting: {page}");
    assert!(!page.contains("Person"), "no personal data in the queue");

    let csrf = csrf_of(&page);
    let claimed = post(&app, "/staff/claim-next", Some(&cookie), &[("csrf", &csrf)]).await;
    assert_eq!(claimed.status(), StatusCode::SEE_OTHER);
    let location = claimed.headers()[header::LOCATION].to_str().unwrap().to_owned();
    assert!(location.starts_with("/staff/referral/"));
    let details = body_text(get_as(&app, &location, &cookie).await).await;
    assert!(details.contains("Person") && details.contains("07700 900222"), "decrypted for the holder");

    // Sign out everywhere ends the session.
    let out = post(&app, "/staff/logout-everywhere", Some(&cookie), &[("csrf", &csrf)]).await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert_eq!(get_as(&app, "/staff", &cookie).await.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn admins_read_the_audit_trail_and_return_claims_advisers_left_behind() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let store = add_adviser(&redis.url(), "erin").await;
    let sealer = Sealer::from_base64(TEST_DATA_KEY).unwrap();
    accounts::add(&store, &sealer, "boss", PASSWORD, Role::Admin).await.unwrap();
    let form = [("name", "Someone Private"), ("contact-method", "phone"), ("phone", "07700 900555")];
    assert_eq!(post_form(&app, "/en/refer/self", &form).await.status(), StatusCode::SEE_OTHER);
    let (link, _) = redis_link(&redis.url()).await;
    server::triage::intake::file_pending(&link, "test", 60_000).await.unwrap();

    let erin = sign_in(&app, &store, "erin").await;
    let page = body_text(get_as(&app, "/staff", &erin).await).await;
    let claimed = post(&app, "/staff/claim-next", Some(&erin), &[("csrf", &csrf_of(&page))]).await;
    assert_eq!(claimed.status(), StatusCode::SEE_OTHER);
    assert_eq!(get_as(&app, "/staff/audit", &erin).await.status(), StatusCode::FORBIDDEN);

    let boss = sign_in(&app, &store, "boss").await;
    let page = body_text(get_as(&app, "/staff", &boss).await).await;
    assert!(page.contains("Held by erin"));
    let id = page.split("data-referral=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let returned = post(&app, &format!("/staff/referral/{id}/return"), Some(&boss), &[("csrf", &csrf_of(&page))]).await;
    assert_eq!(returned.status(), StatusCode::SEE_OTHER);
    let page = body_text(get_as(&app, "/staff", &boss).await).await;
    assert!(page.contains("waiting"), "back in the queue");

    let audit = body_text(get_as(&app, "/staff/audit", &boss).await).await;
    for action in ["signed-in", "claimed", "returned-by-admin"] {
        assert!(audit.contains(action), "{action} in the audit trail");
    }
    assert!(!audit.contains("Someone Private") && !audit.contains("900555"), "no personal data");
}
