//! One desk: the header every staff page shares (links by role, shift status, counts), the
//! High alert on every on-shift console across instances until someone claims, and the
//! on-call webhook. Real router, real redis-server, a real local HTTP receiver.
mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use redis::AsyncCommands;
use server::triage::alert_webhook::{AlertWebhook, MESSAGE};
use server::triage::intake;
use server::triage::store::{keys, Triage};
use support::*;
use tower::ServiceExt;

const HIGH: &[(&str, &str)] = &[("name", "Alex Private"), ("contact-method", "phone"), ("phone", "07700 900456"), ("risk-strangled", "yes")];
const STANDARD: &[(&str, &str)] = &[("name", "Sam Private"), ("contact-method", "phone"), ("phone", "07700 900457")];
const ALERT: &str = "A high-priority referral is waiting to be claimed.";

async fn page(app: &axum::Router, uri: &str, cookie: &str) -> String {
    let response = get_with(app, uri, &[("cookie", cookie)]).await;
    assert_eq!(response.status(), StatusCode::OK, "{uri}");
    body_text(response).await
}

/// `/staff/desk-state` as `public/staff.js` reads it.
async fn desk_state(app: &axum::Router, cookie: &str) -> serde_json::Value {
    let response = get_with(app, "/staff/desk-state", &[("cookie", cookie), ("x-background", "1")]).await;
    assert_eq!(response.status(), StatusCode::OK);
    serde_json::from_str(&body_text(response).await).unwrap()
}

async fn post_as(app: &axum::Router, uri: &str, cookie: &str, pairs: &[(&str, &str)]) -> StatusCode {
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie)
        .body(Body::from(serde_urlencoded::to_string(pairs).unwrap()))
        .unwrap();
    app.clone().oneshot(request).await.unwrap().status()
}

fn csrf_of(page: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = page.find(marker).expect("a csrf field") + marker.len();
    page[start..].split('"').next().unwrap().to_owned()
}

/// The header's links, in order.
fn nav_links(page: &str) -> Vec<String> {
    let nav = page.split("<nav aria-label=\"Staff pages\"").nth(1).expect("the staff nav").split("</nav>").next().unwrap();
    nav.split("href=\"").skip(1).map(|rest| rest.split('"').next().unwrap().to_owned()).collect()
}

/// The link marked as the current page.
fn current_link(page: &str) -> String {
    let nav = page.split("<nav aria-label=\"Staff pages\"").nth(1).unwrap().split("</nav>").next().unwrap();
    let marked: Vec<&str> = nav.split("<a ").filter(|a| a.contains("aria-current=\"page\"")).collect();
    assert_eq!(marked.len(), 1, "one current page: {nav}");
    marked[0].split("href=\"").nth(1).unwrap().split('"').next().unwrap().to_owned()
}

/// Whether the shift settings' disclosure starts open.
fn settings_open(page: &str) -> bool {
    let tag = page.split("<details").nth(1).expect("the shift settings").split('>').next().unwrap();
    assert!(tag.contains("shift-settings"), "{tag}");
    tag.split_whitespace().any(|attribute| attribute == "open" || attribute.starts_with("open="))
}

async fn set_shift(url: &str, name: &str, status: &str) {
    let _: () = redis_manager(url).await.hset(format!("{{chat}}:adviser:{name}:desk"), "status", status).await.unwrap();
}

async fn file(url: &str) {
    let (link, _) = redis_link(url).await;
    intake::file_pending(&link, "test", 60_000).await.unwrap();
}

/// The waiting referrals' ids, most urgent first.
async fn waiting(url: &str) -> Vec<String> {
    redis_manager(url).await.zrange(keys::WAITING, 0, -1).await.unwrap()
}

async fn make_overdue(url: &str, id: &str) {
    let _: () = redis_manager(url).await.hset(keys::referral(id), "contact_by", 1).await.unwrap();
}

#[tokio::test]
async fn each_role_sees_its_links_on_every_staff_page_with_the_current_one_marked() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let adviser = staff_cookie(&redis.url(), "ada", "adviser").await;
    let lead = staff_cookie(&redis.url(), "tom", "team-leader").await;
    let admin = staff_cookie(&redis.url(), "ann", "admin").await;

    let queue = page(&app, "/staff", &adviser).await;
    assert_eq!(nav_links(&queue), ["/staff", "/staff/chats", "/staff/cases"]);
    assert_eq!(current_link(&queue), "/staff");
    assert_eq!(nav_links(&page(&app, "/staff", &lead).await), ["/staff", "/staff/chats", "/staff/cases", "/staff/insight"]);
    let every = ["/staff", "/staff/chats", "/staff/cases", "/staff/insight", "/staff/team", "/staff/audit"];
    assert_eq!(nav_links(&page(&app, "/staff", &admin).await), every);

    let chats = page(&app, "/staff/chats", &adviser).await;
    assert_eq!(current_link(&chats), "/staff/chats");
    assert!(chats.contains("data-testid=\"desk-queue\"") && chats.contains("id=\"queue-rows\""), "the queue beside the chats");
    assert!(settings_open(&chats), "off shift: the settings are open");
    assert_eq!(current_link(&page(&app, "/staff/audit", &admin).await), "/staff/audit");
    for uri in ["/staff/quarantine", "/staff/directory", "/staff/canned"] {
        assert_eq!(nav_links(&page(&app, uri, &admin).await), every, "{uri} has the same header");
    }

    set_shift(&redis.url(), "ada", "on-shift").await;
    let chats = page(&app, "/staff/chats", &adviser).await;
    assert!(!settings_open(&chats), "on shift: the settings are tucked away");
}

#[tokio::test]
async fn the_header_counts_waiting_chats_and_overdue_referrals_and_shows_the_shift() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let ada = staff_cookie(&redis.url(), "ada", "adviser").await;
    let queue = page(&app, "/staff", &ada).await;
    assert!(queue.contains("0 chats waiting") && queue.contains("0 overdue referrals"), "nothing yet");
    assert!(queue.contains(">Off shift<"));

    for form in [STANDARD, STANDARD] {
        assert_eq!(post_form(&app, "/en/refer/self", form).await.status(), StatusCode::SEE_OTHER);
    }
    file(&redis.url()).await;
    let ids = waiting(&redis.url()).await;
    assert_eq!(ids.len(), 2);
    make_overdue(&redis.url(), &ids[1]).await;
    let mut connection = redis_manager(&redis.url()).await;
    let _: () = connection.zadd_multiple("{chat}:waiting", &[(1, "c1"), (2, "c2"), (3, "c3")]).await.unwrap();
    set_shift(&redis.url(), "ada", "on-shift").await;

    let queue = page(&app, "/staff", &ada).await;
    assert!(queue.contains("3 chats waiting") && queue.contains("1 overdue referral<"), "counts on load");
    assert!(queue.contains(">On shift<"));
    let state = desk_state(&app, &ada).await;
    assert_eq!(state["chats"], "3 chats waiting");
    assert_eq!(state["overdue"], "1 overdue referral");
    assert_eq!(state["alert"], "", "no High referral");
    assert_eq!(get(&app, "/staff/desk-state").await.status(), StatusCode::UNAUTHORIZED, "signed out");
}

#[tokio::test]
async fn a_high_referral_alerts_every_on_shift_console_on_both_instances_until_one_claims_it() {
    let redis = RedisServer::start();
    let (one, two) = (app(&redis.url()), app(&redis.url()));
    let ada = staff_cookie(&redis.url(), "ada", "adviser").await;
    let bob = staff_cookie(&redis.url(), "bob", "adviser").await;
    let cat = staff_cookie(&redis.url(), "cat", "adviser").await;
    set_shift(&redis.url(), "ada", "on-shift").await;
    set_shift(&redis.url(), "bob", "on-shift").await;
    assert_eq!(desk_state(&one, &ada).await["alert"], "");

    assert_eq!(post_form(&one, "/en/refer/self", HIGH).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(post_form(&one, "/en/refer/self", STANDARD).await.status(), StatusCode::SEE_OTHER);
    file(&redis.url()).await;
    assert_eq!(desk_state(&one, &ada).await["alert"], ALERT);
    assert_eq!(desk_state(&two, &bob).await["alert"], ALERT, "the other instance reads the same Redis");
    assert_eq!(desk_state(&two, &cat).await["alert"], "", "off shift: no alert");
    // Without JavaScript the banner is in the page as loaded, on any staff page.
    let chats = page(&two, "/staff/chats", &bob).await;
    let banner = chats.split("data-testid=\"high-alert\"").nth(1).unwrap().split("</p>").next().unwrap();
    assert!(banner.contains(ALERT) && !banner.starts_with(" hidden"), "{banner}");
    assert!(chats.contains("aria-live=\"assertive\""));
    assert!(!chats.contains("Alex") && !chats.contains("900456"), "nothing personal in the alert");

    // An overdue High referral says so.
    let ids = waiting(&redis.url()).await;
    make_overdue(&redis.url(), &ids[0]).await;
    assert_eq!(desk_state(&one, &ada).await["alert"], "A high-priority referral is overdue and waiting to be claimed.");

    // Bob claims the most urgent: the alert clears on both instances.
    let queue = page(&two, "/staff", &bob).await;
    assert_eq!(post_as(&two, "/staff/claim-next", &bob, &[("csrf", &csrf_of(&queue))]).await, StatusCode::SEE_OTHER);
    assert_eq!(desk_state(&one, &ada).await["alert"], "");
    assert_eq!(desk_state(&two, &bob).await["alert"], "");
    let queue = page(&one, "/staff", &ada).await;
    assert!(!queue.contains(ALERT) && queue.contains("data-testid=\"high-alert\" hidden"), "the banner is gone on load too");
}

/// A local webhook receiver: records each body and refuses the first `refusals` requests.
async fn receiver(refusals: usize) -> (String, Arc<Mutex<Vec<String>>>) {
    let bodies: Arc<Mutex<Vec<String>>> = Arc::default();
    let seen = bodies.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |body: String| {
            let seen = seen.clone();
            async move {
                let mut seen = seen.lock().unwrap();
                seen.push(body);
                if seen.len() <= refusals { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::OK }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, bodies)
}

async fn until_received(bodies: &Arc<Mutex<Vec<String>>>, count: usize) {
    for _ in 0..100 {
        if bodies.lock().unwrap().len() >= count {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the webhook received {} of {count}", bodies.lock().unwrap().len());
}

#[tokio::test]
async fn the_webhook_hears_of_new_and_overdue_high_referrals_once_with_nothing_personal() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let (url, bodies) = receiver(1).await;
    let webhook = AlertWebhook::new(Some(url));
    assert!(webhook.deliver().await, "a refusal is retried");
    assert_eq!(bodies.lock().unwrap().len(), 2);

    for form in [HIGH, STANDARD] {
        assert_eq!(post_form(&app, "/en/refer/self", form).await.status(), StatusCode::SEE_OTHER);
    }
    let (link, mut connection) = redis_link(&redis.url()).await;
    assert_eq!(intake::file_pending_announcing(&link, "a", 60_000, &webhook).await.unwrap(), 2);
    until_received(&bodies, 3).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(bodies.lock().unwrap().len(), 3, "the Standard referral is not announced");

    let ids = waiting(&redis.url()).await;
    make_overdue(&redis.url(), &ids[0]).await;
    make_overdue(&redis.url(), &ids[1]).await;
    let mut triage = Triage { connection: &mut connection, claim_ms: 60_000 };
    let now = chrono::Utc::now().timestamp_millis();
    assert_eq!(triage.announce_overdue_high(now).await.unwrap(), 1, "the High one, not the Standard");
    assert_eq!(triage.announce_overdue_high(now).await.unwrap(), 0, "once, whichever instance looks next");

    let bodies = bodies.lock().unwrap().clone();
    let expected = serde_json::json!({ "text": MESSAGE });
    for body in &bodies {
        assert_eq!(serde_json::from_str::<serde_json::Value>(body).unwrap(), expected);
        assert!(ids.iter().all(|id| !body.contains(id.as_str())), "no ids");
    }
}

#[tokio::test]
async fn a_webhook_that_keeps_failing_is_tried_a_bounded_number_of_times() {
    let (url, bodies) = receiver(usize::MAX).await;
    assert!(!AlertWebhook::new(Some(url)).deliver().await);
    assert_eq!(bodies.lock().unwrap().len(), 4, "four tries, then given up");
    assert!(!AlertWebhook::new(None).deliver().await, "no webhook, nothing sent");
}
