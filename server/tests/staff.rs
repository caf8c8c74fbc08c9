//! Staff sign-in, sessions, CSRF and the console against the real router and Redis.
mod support;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Request, StatusCode};
use futures_util::StreamExt;
use redis::AsyncCommands;
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

/// The sign-in form's token cookie (`name=value`) and the same token from its hidden field.
async fn sign_in_form(app: &axum::Router) -> (String, String) {
    let response = get(app, "/staff/login").await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookie = response.headers()[header::SET_COOKIE].to_str().unwrap().to_owned();
    assert!(cookie.contains("SameSite=Strict") && cookie.contains("HttpOnly"), "{cookie}");
    let cookie = cookie.split(';').next().unwrap().to_owned();
    (cookie, csrf_of(&body_text(response).await))
}

/// Posts the sign-in form as a browser does: fetched first, then sent with its token.
async fn post_login(app: &axum::Router, pairs: &[(&str, &str)]) -> axum::http::Response<Body> {
    let (cookie, csrf) = sign_in_form(app).await;
    let mut pairs = pairs.to_vec();
    pairs.push(("csrf", &csrf));
    post(app, "/staff/login", Some(&cookie), &pairs).await
}

async fn sign_in(app: &axum::Router, store: &StaffStore, name: &str) -> String {
    let code = code(store, name).await;
    let response = post_login(app, &[("name", name), ("password", PASSWORD), ("code", &code)]).await;
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
    let wrong_code = post_login(&app, &[("name", "amira"), ("password", PASSWORD), ("code", "000000")]).await;
    assert_eq!(wrong_code.status(), StatusCode::UNAUTHORIZED);
    let wrong_password = post_login(&app, &[("name", "amira"), ("password", "nope"), ("code", &code(&store, "amira").await)]).await;
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
        let response = post_login(&app, &[("name", "ben"), ("password", "guess-guess-guess"), ("code", "123456")]).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let code = code(&store, "ben").await;
    let locked = post_login(&app, &[("name", "ben"), ("password", PASSWORD), ("code", &code)]).await;
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
    assert!(page.contains(">Waiting<"), "back in the queue");

    let audit = body_text(get_as(&app, "/staff/audit", &boss).await).await;
    for action in ["Signed in", "Claimed a referral", "Returned someone"] {
        assert!(audit.contains(action), "{action} in the audit trail");
    }
    assert!(!audit.contains("Someone Private") && !audit.contains("900555"), "no personal data");
}

/// Signs in `name` from the client address `from` on a router without an address of its own.
async fn login_from(app: &axum::Router, from: [u8; 4], pairs: &[(&str, &str)]) -> StatusCode {
    login_page_from(app, from, pairs).await.0
}

/// The same, with the page that answered.
async fn login_page_from(app: &axum::Router, from: [u8; 4], pairs: &[(&str, &str)]) -> (StatusCode, String) {
    let with_client = |mut request: Request<Body>| {
        request.extensions_mut().insert(ConnectInfo(SocketAddr::from((from, 50000))));
        app.clone().oneshot(request)
    };
    let form = with_client(Request::get("/staff/login").body(Body::empty()).unwrap()).await.unwrap();
    let cookie = form.headers()[header::SET_COOKIE].to_str().unwrap().split(';').next().unwrap().to_owned();
    let csrf = csrf_of(&body_text(form).await);
    let mut pairs = pairs.to_vec();
    pairs.push(("csrf", &csrf));
    let request = Request::post("/staff/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie)
        .body(Body::from(serde_urlencoded::to_string(&pairs).unwrap()))
        .unwrap();
    let response = with_client(request).await.unwrap();
    (response.status(), body_text(response).await)
}

fn bare(url: &str, extra: &[(&str, &str)]) -> axum::Router {
    bare_app(url, &repo_root().join("locales"), extra)
}

#[tokio::test]
async fn the_same_code_cannot_sign_in_twice() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let store = add_adviser(&redis.url(), "gina").await;
    let code = code(&store, "gina").await;
    let first = post_login(&app, &[("name", "gina"), ("password", PASSWORD), ("code", &code)]).await;
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    let again = post_login(&app, &[("name", "gina"), ("password", PASSWORD), ("code", &code)]).await;
    assert_eq!(again.status(), StatusCode::UNAUTHORIZED, "a used code is refused");
    assert!(body_text(again).await.contains("works only once"));
}

#[tokio::test]
async fn a_sign_in_from_another_site_or_without_the_form_token_is_refused() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let store = add_adviser(&redis.url(), "hana").await;
    let code = code(&store, "hana").await;
    let details = [("name", "hana"), ("password", PASSWORD), ("code", code.as_str())];
    let (cookie, csrf) = sign_in_form(&app).await;
    let with_token: Vec<(&str, &str)> = details.iter().copied().chain([("csrf", csrf.as_str())]).collect();

    let no_token = post(&app, "/staff/login", Some(&cookie), &details).await;
    assert_eq!(no_token.status(), StatusCode::FORBIDDEN);
    assert!(body_text(no_token).await.contains("expired or came from another site"));
    let no_cookie = post(&app, "/staff/login", None, &with_token).await;
    assert_eq!(no_cookie.status(), StatusCode::FORBIDDEN);
    let other_token = [("name", "hana"), ("password", PASSWORD), ("code", code.as_str()), ("csrf", "forged")];
    assert_eq!(post(&app, "/staff/login", Some(&cookie), &other_token).await.status(), StatusCode::FORBIDDEN);
    let foreign = Request::post("/staff/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, &cookie)
        .header(header::HOST, "help.example")
        .header(header::ORIGIN, "https://evil.example")
        .body(Body::from(serde_urlencoded::to_string(&with_token).unwrap()))
        .unwrap();
    assert_eq!(app.clone().oneshot(foreign).await.unwrap().status(), StatusCode::FORBIDDEN, "foreign origin");

    // None of those used the code or counted as a failure: the genuine form signs in.
    assert_eq!(post(&app, "/staff/login", Some(&cookie), &with_token).await.status(), StatusCode::SEE_OTHER);
}

/// Attempts counted against `name` from any one client, by key.
async fn counted_attempts(url: &str, name: &str) -> Vec<i64> {
    let mut connection = redis_manager(url).await;
    let keys: Vec<String> = connection.keys(format!("staff:failures:{{{name}}}:*")).await.unwrap();
    let mut counts = Vec::new();
    for key in keys {
        counts.push(connection.get(key).await.unwrap());
    }
    counts
}

#[tokio::test]
async fn ten_parallel_wrong_passwords_count_ten_failures() {
    let redis = RedisServer::start();
    let app = bare(&redis.url(), &[]);
    let store = add_adviser(&redis.url(), "ivan").await;
    let guesses = (0..10).map(|_| login_from(&app, [10, 0, 0, 9], &[("name", "ivan"), ("password", "wrong-wrong-wrong"), ("code", "123456")]));
    let statuses = futures_util::future::join_all(guesses).await;
    assert_eq!(counted_attempts(&redis.url(), "ivan").await, vec![10], "every guess counted");
    let checked = statuses.iter().filter(|s| **s == StatusCode::UNAUTHORIZED).count();
    assert!(checked <= 5, "no more than five guesses reach the password check: {statuses:?}");
    assert!(statuses.iter().all(|s| [StatusCode::UNAUTHORIZED, StatusCode::TOO_MANY_REQUESTS].contains(s)), "{statuses:?}");
    let code = code(&store, "ivan").await;
    // The governor allows ten posts per address in six seconds; wait for it, not the lockout.
    tokio::time::sleep(Duration::from_millis(6100)).await;
    let (status, page) = login_page_from(&app, [10, 0, 0, 9], &[("name", "ivan"), ("password", PASSWORD), ("code", &code)]).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.contains("Too many failed attempts from here"), "that address stays locked: {page}");
}

#[tokio::test]
async fn a_colleague_cannot_be_locked_out_from_another_address_and_admins_are_alerted() {
    let redis = RedisServer::start();
    let app = bare(&redis.url(), &[]);
    let store = add_adviser(&redis.url(), "jo").await;
    // Twenty guesses from four addresses (the per-name ceiling): each address locks itself.
    for last in 1..=4u8 {
        for _ in 0..5 {
            let status = login_from(&app, [192, 0, 2, last], &[("name", "jo"), ("password", "wrong-wrong-wrong"), ("code", "1")]).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED);
        }
        let locked = login_from(&app, [192, 0, 2, last], &[("name", "jo"), ("password", PASSWORD), ("code", "1")]).await;
        assert_eq!(locked, StatusCode::TOO_MANY_REQUESTS);
    }
    let code = code(&store, "jo").await;
    let colleague = login_from(&app, [10, 1, 1, 1], &[("name", "jo"), ("password", PASSWORD), ("code", &code)]).await;
    assert_eq!(colleague, StatusCode::SEE_OTHER, "jo still signs in from their own address");

    let admin = server::staff::session::start(&mut redis_manager(&redis.url()).await, "boss", "admin", false).await.unwrap();
    let admin = admin.to_str().unwrap().split(';').next().unwrap().to_owned();
    let console = app.clone().layer(axum::Extension(ConnectInfo(SocketAddr::from(([10, 2, 2, 2], 1)))));
    let page = body_text(get_as(&console, "/staff", &admin).await).await;
    assert!(page.contains("data-testid=\"sign-in-alerts\"") && page.contains("jo (latest"), "admins see the alert: {page}");
    let adviser = server::staff::session::start(&mut redis_manager(&redis.url()).await, "kim", "adviser", false).await.unwrap();
    let adviser = adviser.to_str().unwrap().split(';').next().unwrap().to_owned();
    assert!(!body_text(get_as(&console, "/staff", &adviser).await).await.contains("sign-in-alerts"), "advisers do not");
}

#[tokio::test]
async fn background_polls_do_not_keep_a_session_alive() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let mut connection = redis_manager(&redis.url()).await;
    let cookie = server::staff::session::start(&mut connection, "lea", "adviser", false).await.unwrap();
    let cookie = cookie.to_str().unwrap().split(';').next().unwrap().to_owned();
    let keys: Vec<String> = connection.keys("staff:session:*").await.unwrap();
    let _: () = connection.expire(&keys[0], 100).await.unwrap();

    let poll = get_with(&app, "/staff/queue-rows", &[("cookie", &cookie), ("x-background", "1")]).await;
    assert_eq!(poll.status(), StatusCode::OK);
    let ttl: i64 = connection.ttl(&keys[0]).await.unwrap();
    assert!(ttl <= 100, "a poll is not activity: {ttl}");
    assert_eq!(get_as(&app, "/staff", &cookie).await.status(), StatusCode::OK);
    let ttl: i64 = connection.ttl(&keys[0]).await.unwrap();
    assert!(ttl > 1000, "the adviser's own request is: {ttl}");
}

#[tokio::test]
async fn signing_out_everywhere_closes_an_open_adviser_socket_within_one_heartbeat() {
    let redis = RedisServer::start();
    // A one-second grace period makes the console beat every 333 ms.
    let app = bare(&redis.url(), &[("CHAT_ADVISER_GRACE_SECONDS", "1")]);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let serving = app.clone().into_make_service_with_connect_info::<SocketAddr>();
    let server = tokio::spawn(async move { axum::serve(listener, serving).await.unwrap() });
    let mut connection = redis_manager(&redis.url()).await;
    let cookie = server::staff::session::start(&mut connection, "mo", "adviser", false).await.unwrap();
    let cookie = cookie.to_str().unwrap().split(';').next().unwrap().to_owned();

    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    use tokio_tungstenite::tungstenite::Message;
    let mut request = format!("ws://{addr}/staff/chat/ws").into_client_request().unwrap();
    request.headers_mut().insert("origin", format!("http://{addr}").parse().unwrap());
    request.headers_mut().insert("cookie", cookie.parse().unwrap());
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await.expect("websocket opens");
    let first = tokio::time::timeout(Duration::from_secs(5), socket.next()).await.unwrap().unwrap().unwrap();
    assert!(first.is_text(), "the desk arrives: {first:?}");
    let alive = server::chat::store::keys::alive_key("mo");
    assert!(connection.exists::<_, bool>(&alive).await.unwrap(), "the console beats");

    // Sign out everywhere through the console's own form.
    let console = app.layer(axum::Extension(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 1)))));
    let csrf = csrf_of(&body_text(get_as(&console, "/staff", &cookie).await).await);
    let out = post(&console, "/staff/logout-everywhere", Some(&cookie), &[("csrf", &csrf)]).await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    let signed_out = Instant::now();

    let closed = tokio::time::timeout(Duration::from_secs(3), async {
        while let Some(Ok(message)) = socket.next().await {
            if let Message::Close(frame) = message {
                return frame;
            }
        }
        None
    })
    .await
    .expect("the socket closes");
    let frame = closed.expect("with a close frame");
    assert_eq!(u16::from(frame.code), 1008);
    assert_eq!(frame.reason.as_str(), "signed-out");
    assert!(signed_out.elapsed() < Duration::from_millis(900), "within one beat (333 ms) and some slack: {:?}", signed_out.elapsed());
    assert!(!connection.exists::<_, bool>(&alive).await.unwrap(), "routing no longer sees the adviser");
    server.abort();
}

/// Files what the forms sent, signs `name` in and reads the console's queue.
async fn console_after_intake(app: &axum::Router, url: &str, name: &str) -> (String, String) {
    let (link, _) = redis_link(url).await;
    server::triage::intake::file_pending(&link, "test", 60_000).await.unwrap();
    let store = add_adviser(url, name).await;
    let cookie = sign_in(app, &store, name).await;
    let page = body_text(get_as(app, "/staff", &cookie).await).await;
    (cookie, page)
}

/// The queue rows of a console page.
fn rows(page: &str) -> Vec<&str> {
    page.split("data-testid=\"queue-row\"").skip(1).map(|row| row.split("</tr>").next().unwrap()).collect()
}

#[tokio::test]
async fn strangulation_alone_arrives_high_and_with_children_at_home_asks_for_a_safeguarding_check() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let strangled = [("name", "Only Strangled"), ("contact-method", "phone"), ("phone", "07700 900111"), ("risk-strangled", "yes")];
    assert_eq!(post_form(&app, "/en/refer/self", &strangled).await.status(), StatusCode::SEE_OTHER);
    let (_, page) = console_after_intake(&app, &redis.url(), "fay").await;
    let queue = rows(&page);
    assert_eq!(queue.len(), 1);
    assert!(queue[0].contains("High"), "{}", queue[0]);
    assert!(!queue[0].contains("SAFEGUARDING"), "no children at home: {}", queue[0]);

    let with_children = [
        ("name", "With Children"), ("contact-method", "phone"), ("phone", "07700 900112"),
        ("children-at-home", "yes"), ("risk-weapons", "yes"),
    ];
    assert_eq!(post_form(&app, "/en/refer/self", &with_children).await.status(), StatusCode::SEE_OTHER);
    let (_, page) = console_after_intake(&app, &redis.url(), "gil").await;
    let marked: Vec<_> = rows(&page).into_iter().filter(|row| row.contains("SAFEGUARDING CHECK")).collect();
    assert_eq!(marked.len(), 1, "{page}");
    assert!(marked[0].contains("High"));
}

#[tokio::test]
async fn a_professional_referral_without_consent_is_high_and_marked_in_the_queue_and_on_its_page() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let form = [
        ("name", "Dana Example"), ("contact-method", "phone"), ("phone", "07700 900777"),
        ("agency", "Westgate Surgery"), ("role", "Health visitor"), ("work-contact", "hv@example.nhs.uk"),
        ("consent", "no-high-risk"), ("no-consent-reason", "He threatened to kill her last week"),
    ];
    assert_eq!(post_form(&app, "/en/refer/professional", &form).await.status(), StatusCode::SEE_OTHER);
    let (cookie, page) = console_after_intake(&app, &redis.url(), "hal").await;
    let queue = rows(&page);
    assert!(queue[0].contains("High") && queue[0].contains("NO CONSENT"), "{}", queue[0]);
    assert!(!page.contains("Dana") && !page.contains("threatened"), "nothing personal before a claim");

    let claimed = post(&app, "/staff/claim-next", Some(&cookie), &[("csrf", &csrf_of(&page))]).await;
    let location = claimed.headers()[header::LOCATION].to_str().unwrap().to_owned();
    let details = body_text(get_as(&app, &location, &cookie).await).await;
    let meta = details.split("data-testid=\"referral-meta\"").nth(1).unwrap().split("</p>").next().unwrap();
    assert!(meta.contains("Priority High") && meta.contains("NO CONSENT"), "{meta}");
    assert!(details.contains("He threatened to kill her last week"), "the reason, for the holder");
}

#[tokio::test]
async fn admins_see_directory_entries_not_checked_for_six_months() {
    let redis = RedisServer::start();
    // The real directory plus one entry checked today, which must not be listed.
    let today = chrono::Utc::now().date_naive().format("%Y-%m-%d").to_string();
    let text = std::fs::read_to_string(repo_root().join("data/services.toml")).unwrap();
    let fresh = format!(
        "{text}\n[[service]]\nid = \"checked-today\"\nname = \"Checked Today\"\narea = \"uk\"\naudiences = [\"everyone\"]\n\
         hours = \"always\"\nsource = \"https://example.org\"\nchecked = {today}\n[[service.contact]]\nchannel = \"phone\"\nvalue = \"0808 000 0000\"\n"
    );
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), fresh).unwrap();
    let config = config_with(&redis.url(), &repo_root().join("locales"), &[("DIRECTORY_FILE", file.path().to_str().unwrap())]);
    let client = ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40000)));
    let app = router(&config).layer(axum::Extension(client));
    let store = add_adviser(&redis.url(), "erin").await;
    let sealer = Sealer::from_base64(TEST_DATA_KEY).unwrap();
    accounts::add(&store, &sealer, "boss", PASSWORD, Role::Admin).await.unwrap();

    let erin = sign_in(&app, &store, "erin").await;
    assert_eq!(get_as(&app, "/staff/directory", &erin).await.status(), StatusCode::FORBIDDEN);
    let boss = sign_in(&app, &store, "boss").await;
    assert!(body_text(get_as(&app, "/staff", &boss).await).await.contains("href=\"/staff/directory\""));
    let page = body_text(get_as(&app, "/staff/directory", &boss).await).await;
    // Rotherham Rise's number was copied from the 2017 strategy and not checked since.
    assert!(page.contains("data-entry=\"rotherham-rise\"") && page.contains("2017-01-01"), "{page}");
    // Entries for other areas are in the file too, so they are listed as well.
    assert!(page.contains("data-entry=\"citizens-advice\""));
    assert!(!page.contains("data-entry=\"checked-today\""), "checked today is not due");
}
