//! The honeypot quarantine: caught submissions are thanked, held sealed for seven days, and
//! admins can open, release (once) or discard them. Real router, real redis-server.
mod support;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use domain::referral::{ReferralForm, ReferralPath, HONEYPOT};
use server::infra::sealing::Sealer;
use server::referrals::quarantine::CaughtSubmission;
use server::referrals::referral::personal_binding;
use server::referrals::store::quarantine::{QUARANTINE_MS, QUARANTINE_STREAM};
use server::referrals::store::{ReferralStore, INTAKE_STREAM};
use server::triage::store::Triage;
use support::*;
use tower::ServiceExt;

const SUBMISSION: &str = "0b9a7c56-1d2e-4f30-8a41-5b6c7d8e9f01";

/// A self-referral whose hidden field a browser's autofill filled with the person's name.
const AUTOFILLED: &[(&str, &str)] = &[
    ("submission-id", SUBMISSION),
    ("name", "Zofia Testowa"),
    ("contact-method", "phone"),
    ("phone", "07700 900123"),
    ("about", "call me <b>after six</b>"),
    ("risk-frightened", "yes"),
    (HONEYPOT, "Zofia Testowa"),
];

fn without_honeypot(pairs: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    pairs.iter().map(|&(k, v)| if k == HONEYPOT { (k, "") } else { (k, v) }).collect()
}

async fn stream_len(url: &str, stream: &str) -> usize {
    redis::cmd("XLEN").arg(stream).query_async(&mut redis_manager(url).await).await.unwrap()
}

/// A signed-in staff member's cookie, started without the sign-in form.
async fn session(url: &str, name: &str, role: &str) -> String {
    let mut connection = redis_manager(url).await;
    let set_cookie = server::staff::session::start(&mut connection, name, role, false).await.unwrap();
    set_cookie.to_str().unwrap().split(';').next().unwrap().to_owned()
}

async fn get_as(app: &axum::Router, uri: &str, cookie: &str) -> axum::http::Response<Body> {
    get_with(app, uri, &[("cookie", cookie)]).await
}

async fn post_as(app: &axum::Router, uri: &str, cookie: &str, csrf: &str) -> axum::http::Response<Body> {
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookie)
        .body(Body::from(serde_urlencoded::to_string([("csrf", csrf)]).unwrap()))
        .unwrap();
    app.clone().oneshot(request).await.unwrap()
}

fn attribute_after<'a>(page: &'a str, marker: &str) -> &'a str {
    let start = page.find(marker).unwrap_or_else(|| panic!("{marker} in the page")) + marker.len();
    page[start..].split('"').next().unwrap()
}

fn csrf_of(page: &str) -> String {
    attribute_after(page, "name=\"csrf\" value=\"").to_owned()
}

/// The one held entry's id, as the admin list links to it.
async fn held_id(app: &axum::Router, admin: &str) -> String {
    let page = body_text(get_as(app, "/staff/quarantine", admin).await).await;
    attribute_after(&page, "data-held=\"").to_owned()
}

async fn queue_len(url: &str) -> usize {
    let (link, mut connection) = redis_link(url).await;
    server::triage::intake::file_pending(&link, "test", 60_000).await.unwrap();
    Triage { connection: &mut connection, claim_ms: 60_000 }.queue().await.unwrap().len()
}

#[tokio::test]
async fn the_honeypot_field_is_one_no_autofill_uses() {
    let redis = RedisServer::start();
    let page = body_text(get(&app(&redis.url()), "/en/refer/self").await).await;
    let start = page[..page.find("class=\"honeypot\"").expect("the honeypot")].rfind("<div").unwrap();
    let honeypot = &page[start..start + page[start..].find("</div>").unwrap()];
    for attribute in ["aria-hidden=\"true\"", "tabindex=\"-1\"", "autocomplete=\"off\"", "data-lpignore=\"true\"", "data-1p-ignore"] {
        assert!(honeypot.contains(attribute), "{attribute} in {honeypot}");
    }
    assert!(honeypot.contains(&format!("name=\"{HONEYPOT}\"")));
    let lowered = honeypot.to_lowercase();
    for hint in ["website", "url", "name=\"name", "email", "phone", "tel", "address", "company", "organization"] {
        assert!(!lowered.contains(hint), "{hint} in {honeypot}");
    }
}

#[tokio::test]
async fn an_autofilled_submission_is_thanked_held_sealed_and_an_admin_releases_it_once() {
    let redis = RedisServer::start();
    let url = redis.url();
    let app = app(&url);
    for _ in 0..2 {
        let response = post_form(&app, "/en/refer/self", AUTOFILLED).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "thanked like anyone");
        assert_eq!(response.headers()["location"], "/en/refer/self/sent");
    }
    assert_eq!(stream_len(&url, INTAKE_STREAM).await, 0, "not in the queue");
    assert_eq!(stream_len(&url, QUARANTINE_STREAM).await, 1, "held once per submission id");
    let dump = redis_dump(&url).await;
    for secret in ["Zofia", "900123", "after six"] {
        assert!(!dump.contains(secret), "{secret} in clear in Redis");
    }

    let adviser = session(&url, "erin", "adviser").await;
    assert_eq!(get_as(&app, "/staff/quarantine", &adviser).await.status(), StatusCode::FORBIDDEN);
    let admin = session(&url, "boss", "admin").await;
    let list = body_text(get_as(&app, "/staff/quarantine", &admin).await).await;
    assert!(list.contains("1 held"), "{list}");
    assert!(!list.contains("Zofia") && !list.contains("900123"), "no personal data in the list");
    let id = held_id(&app, &admin).await;
    let adviser_page = body_text(get_as(&app, "/staff", &adviser).await).await;
    let refused = post_as(&app, &format!("/staff/quarantine/{id}/release"), &adviser, &csrf_of(&adviser_page)).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(get_as(&app, &format!("/staff/quarantine/{id}"), &adviser).await.status(), StatusCode::FORBIDDEN);

    let opened = body_text(get_as(&app, &format!("/staff/quarantine/{id}"), &admin).await).await;
    assert!(opened.contains("Zofia Testowa") && opened.contains("07700 900123"), "decrypted");
    assert!(opened.contains("call me &lt;b&gt;after six&lt;/b&gt;"), "escaped");
    let csrf = csrf_of(&opened);
    let release = format!("/staff/quarantine/{id}/release");
    let (first, second) = tokio::join!(post_as(&app, &release, &admin, &csrf), post_as(&app, &release, &admin, &csrf));
    let mut statuses = [first.status(), second.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::SEE_OTHER, StatusCode::CONFLICT], "released once");
    assert_eq!(post_as(&app, &release, &admin, &csrf).await.status(), StatusCode::CONFLICT);

    assert_eq!(queue_len(&url).await, 1, "in the triage queue once");
    assert_eq!(stream_len(&url, QUARANTINE_STREAM).await, 0, "no longer held");
    // It became a normal referral: sealed to its own id, without the honeypot.
    let entries: Vec<(String, Vec<(String, String)>)> =
        redis::cmd("XRANGE").arg(INTAKE_STREAM).arg("-").arg("+").query_async(&mut redis_manager(&url).await).await.unwrap();
    let field = |name: &str| entries[0].1.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap();
    let sealer = Sealer::from_base64(TEST_DATA_KEY).unwrap();
    let personal = String::from_utf8(sealer.open(&field("sealed"), &personal_binding(&field("referral"))).unwrap()).unwrap();
    assert!(personal.contains("Zofia Testowa") && !personal.contains(HONEYPOT), "{personal}");
    assert_eq!(field("path"), "self");

    let audit = body_text(get_as(&app, "/staff/audit", &admin).await).await;
    for action in ["quarantine-opened", "released-from-quarantine"] {
        assert!(audit.contains(action), "{action} audited");
    }
    assert!(!audit.contains("Zofia"), "no personal data in the audit trail");
}

#[tokio::test]
async fn a_held_submission_sent_again_without_the_honeypot_is_filed_once() {
    let redis = RedisServer::start();
    let url = redis.url();
    let app = app(&url);
    post_form(&app, "/en/refer/self", AUTOFILLED).await;
    assert_eq!(post_form(&app, "/en/refer/self", &without_honeypot(AUTOFILLED)).await.status(), StatusCode::SEE_OTHER);
    let admin = session(&url, "boss", "admin").await;
    let id = held_id(&app, &admin).await;
    let csrf = csrf_of(&body_text(get_as(&app, "/staff/quarantine", &admin).await).await);
    assert_eq!(post_as(&app, &format!("/staff/quarantine/{id}/release"), &admin, &csrf).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(stream_len(&url, INTAKE_STREAM).await, 1, "the same submission id is one referral");
    assert_eq!(stream_len(&url, QUARANTINE_STREAM).await, 0);
}

#[tokio::test]
async fn an_incomplete_submission_stays_held_until_discarded() {
    let redis = RedisServer::start();
    let url = redis.url();
    let app = app(&url);
    let bot = [("submission-id", SUBMISSION), ("about", "cheap pills"), (HONEYPOT, "http://spam.example")];
    assert_eq!(post_form(&app, "/en/refer/self", &bot).await.status(), StatusCode::SEE_OTHER);
    let admin = session(&url, "boss", "admin").await;
    let id = held_id(&app, &admin).await;
    let csrf = csrf_of(&body_text(get_as(&app, "/staff/quarantine", &admin).await).await);

    let refused = post_as(&app, &format!("/staff/quarantine/{id}/release"), &admin, &csrf).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = body_text(refused).await;
    assert!(page.contains("Not released") && page.contains("name"), "says why");
    assert_eq!(stream_len(&url, QUARANTINE_STREAM).await, 1, "still held");
    assert_eq!(stream_len(&url, INTAKE_STREAM).await, 0);

    let discard = format!("/staff/quarantine/{id}/discard");
    assert_eq!(post_as(&app, &discard, &admin, "not-the-token").await.status(), StatusCode::FORBIDDEN);
    assert_eq!(stream_len(&url, QUARANTINE_STREAM).await, 1, "a form without the token changes nothing");
    assert_eq!(post_as(&app, &discard, &admin, &csrf).await.status(), StatusCode::SEE_OTHER);
    assert_eq!(post_as(&app, &discard, &admin, &csrf).await.status(), StatusCode::CONFLICT);
    assert_eq!(stream_len(&url, QUARANTINE_STREAM).await, 0);
    assert_eq!(get_as(&app, &format!("/staff/quarantine/{id}"), &admin).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(get_as(&app, "/staff/quarantine/not-an-id", &admin).await.status(), StatusCode::NOT_FOUND);
    let audit = body_text(get_as(&app, "/staff/audit", &admin).await).await;
    assert!(audit.contains("quarantine-discarded"));
}

fn caught(sealer: &Sealer, submission_id: &str, now_ms: i64) -> CaughtSubmission {
    let form = ReferralForm::from_pairs([(HONEYPOT.to_owned(), "x".to_owned())]);
    CaughtSubmission::seal(sealer, submission_id, ReferralPath::SelfReferral, "en", &form, now_ms)
}

#[tokio::test]
async fn held_submissions_are_dropped_after_seven_days() {
    let redis = RedisServer::start();
    let (link, _) = redis_link(&redis.url()).await;
    let store = ReferralStore::new(link);
    let sealer = Sealer::from_base64(TEST_DATA_KEY).unwrap();
    let now = chrono::Utc::now().timestamp_millis();
    assert!(store.quarantine(&caught(&sealer, "a", now), now).await.unwrap().is_some());
    let day = QUARANTINE_MS / 7;
    let (held, total) = store.held(10, now + 6 * day).await.unwrap();
    assert_eq!((held.len(), total), (1, 1), "kept for six days");
    assert_eq!(held[0].caught.open(&sealer).unwrap()[HONEYPOT], "x");
    let (held, total) = store.held(10, now + 8 * day).await.unwrap();
    assert_eq!((held.len(), total), (0, 0), "gone after seven");
}

#[tokio::test]
async fn the_quarantine_is_bounded_and_keeps_what_it_holds() {
    let redis = RedisServer::start();
    let (link, _) = redis_link(&redis.url()).await;
    let store = ReferralStore::new(link).with_quarantine_cap(2);
    let sealer = Sealer::from_base64(TEST_DATA_KEY).unwrap();
    let now = chrono::Utc::now().timestamp_millis();
    let first = store.quarantine(&caught(&sealer, "a", now), now).await.unwrap();
    assert!(first.is_some());
    assert!(store.quarantine(&caught(&sealer, "b", now), now).await.unwrap().is_some());
    assert_eq!(store.quarantine(&caught(&sealer, "c", now), now).await.unwrap(), None, "full");
    assert_eq!(store.quarantine(&caught(&sealer, "a", now), now).await.unwrap(), first, "a re-send is the same entry");
    let (_, total) = store.held(10, now).await.unwrap();
    assert_eq!(total, 2);
}
