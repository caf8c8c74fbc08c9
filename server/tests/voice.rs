//! What visitors tell the service: "Did this help?" and "about you", against the real
//! router and a real redis-server. Answers are sealed, tied to no chat or referral, bounded
//! against floods, deleted after FEEDBACK_DAYS, and about-you replies count once.
mod support;

use axum::http::{header, StatusCode};
use redis::AsyncCommands;
use server::infra::sealing::{Binding, SealedField, Sealer};
use server::voice::store::{counts_key, Kept, StoredFeedback, VoiceStore, FEEDBACK_STREAM, USED_TOKENS};
use server::voice::tally::month_of;
use support::*;

const REFERRAL: &[(&str, &str)] = &[
    ("submission-id", "0b6f0f1e-3c1d-4f7a-9c55-2f0e8d1a7b42"),
    ("safe-now", "yes"),
    ("name", "Halina Próbna"),
    ("contact-method", "phone"),
    ("phone", "07700 900456"),
    ("voicemail-ok", "no"),
    ("about", "Nie czuję się bezpiecznie w domu"),
];

/// The feedback token a page carries.
fn token_in(page: &str) -> String {
    let start = page.find("name=\"token\" value=\"").expect("the page has a feedback form") + "name=\"token\" value=\"".len();
    page[start..].split('"').next().unwrap().to_owned()
}

async fn page(app: &axum::Router, uri: &str) -> String {
    let response = get(app, uri).await;
    assert_eq!(response.status(), StatusCode::OK, "{uri}");
    body_text(response).await
}

fn location(response: &axum::http::Response<axum::body::Body>) -> &str {
    response.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or_default()
}

async fn voice_keys(url: &str) -> Vec<String> {
    let mut connection = redis_manager(url).await;
    let mut keys: Vec<String> = connection.keys("{voice}*").await.unwrap();
    keys.sort();
    keys
}

#[tokio::test]
async fn feedback_after_a_referral_is_sealed_and_cannot_be_tied_to_it() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let sent = post_form(&app, "/pl/refer/self", REFERRAL).await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let thanks = page(&app, location(&sent)).await;
    assert!(thanks.contains("action=\"/pl/feedback\""), "the thank-you page asks");
    assert!(thanks.contains("href=\"/pl/about-you\""), "and offers the about-you step");
    let comment = "Doradczyni była bardzo miła";
    let response = post_form(&app, "/pl/feedback", &[("token", &token_in(&thanks)), ("after", "referral"), ("helped", "yes"), ("comment", comment)]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/pl/feedback/thanks");
    assert!(response.headers().get(header::SET_COOKIE).is_none(), "no cookie");
    assert!(page(&app, "/pl/feedback/thanks").await.contains("Dziękujemy"));

    // Nothing near the answer names the referral: not its id, submission id or entry id.
    let dump = redis_dump(&redis.url()).await;
    assert!(!dump.contains(comment), "the comment is sealed");
    let mut connection = redis_manager(&redis.url()).await;
    let intake: Vec<(String, Vec<(String, String)>)> = redis::cmd("XRANGE").arg("{referrals}:intake").arg("-").arg("+").query_async(&mut connection).await.unwrap();
    let (entry_id, fields) = &intake[0];
    let referral_id = fields.iter().find(|(k, _)| k == "referral").map(|(_, v)| v.clone()).unwrap();
    let voice: String = dump.lines().filter(|line| line.starts_with("{voice}")).collect::<Vec<_>>().join("\n");
    assert!(!voice.is_empty());
    for id in [referral_id.as_str(), entry_id.as_str(), REFERRAL[0].1] {
        assert!(!voice.contains(id), "{id} is stored near the feedback:\n{voice}");
    }
    let entry_ms: i64 = entry_id.split('-').next().unwrap().parse().unwrap();
    assert!(!voice.contains(&entry_ms.to_string()), "the referral's time is not stored with the answer");

    // A team leader can open the comment; the answer is dated by day only.
    let answers: Vec<(String, Vec<(String, String)>)> = redis::cmd("XRANGE").arg(FEEDBACK_STREAM).arg("-").arg("+").query_async(&mut connection).await.unwrap();
    assert_eq!(answers.len(), 1);
    let (answer_id, answer) = &answers[0];
    let day_ms: i64 = answer_id.split('-').next().unwrap().parse().unwrap();
    assert_eq!(day_ms % 86_400_000, 0, "only the day is kept: {answer_id}");
    let field = |name: &str| answer.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    assert_eq!((field("helped").as_str(), field("after").as_str(), field("language").as_str()), ("yes", "referral", "pl"));
    let sealer = Sealer::from_base64(TEST_DATA_KEY).unwrap();
    let opened = sealer.open(&field("comment"), &Binding::new(SealedField::FeedbackComment, &field("id"))).unwrap();
    assert_eq!(String::from_utf8(opened).unwrap(), comment);
    let counts: Vec<(String, u64)> = connection.hgetall(counts_key(&month_of(chrono::Utc::now().timestamp_millis()))).await.unwrap();
    assert_eq!(counts, [("feedback-referral:yes".to_owned(), 1)]);

    // The same page's token again: thanked, but kept and counted once.
    let again = post_form(&app, "/pl/feedback", &[("token", &token_in(&thanks)), ("after", "referral"), ("helped", "no")]).await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    let kept: usize = connection.xlen(FEEDBACK_STREAM).await.unwrap();
    assert_eq!(kept, 1);
}

#[tokio::test]
async fn a_comment_over_500_characters_comes_back_with_a_message_in_the_visitors_language() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let token = token_in(&page(&app, "/ur/feedback?after=chat").await);
    // 501 Urdu letters: over the limit in characters, though 500 would be 1,000 bytes.
    let long = "م".repeat(501);
    let response = post_form(&app, "/ur/feedback", &[("token", &token), ("after", "chat"), ("helped", "partly"), ("comment", &long)]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page_again = body_text(response).await;
    assert!(page_again.contains("آپ کا تبصرہ بہت لمبا ہے"), "the message is in Urdu");
    assert!(page_again.contains(&long), "what was typed is kept");
    assert!(page_again.contains("value=\"partly\" checked"), "the answer stays chosen");
    assert!(voice_keys(&redis.url()).await.is_empty(), "nothing stored");

    let fits = "م".repeat(500);
    let response = post_form(&app, "/ur/feedback", &[("token", &token), ("after", "chat"), ("helped", "partly"), ("comment", &fits)]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/ur/feedback/thanks");

    // No answer chosen, or a made-up token: the form comes back, nothing is stored twice.
    let response = post_form(&app, "/ur/feedback", &[("token", &token), ("comment", "x")]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let response = post_form(&app, "/ur/feedback", &[("token", "1.00.00"), ("helped", "yes")]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let kept: usize = redis_manager(&redis.url()).await.xlen(FEEDBACK_STREAM).await.unwrap();
    assert_eq!(kept, 1);
}

#[tokio::test]
async fn a_flood_of_feedback_is_limited_per_client_and_never_grows_redis_past_its_cap() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    // Per client: five posts a minute, then 429, even with fresh tokens.
    let mut statuses = Vec::new();
    for _ in 0..7 {
        let token = token_in(&page(&app, "/en/feedback").await);
        statuses.push(post_form(&app, "/en/feedback", &[("token", &token), ("helped", "yes")]).await.status());
    }
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::SEE_OTHER).count(), 5, "{statuses:?}");
    assert_eq!(statuses.last(), Some(&StatusCode::TOO_MANY_REQUESTS));

    // From many networks at once: the stream stops at its cap and so do the used tokens.
    let (link, mut connection) = redis_link(&redis.url()).await;
    let store = VoiceStore::new(link, 90).with_feedback_cap(20);
    let now = chrono::Utc::now().timestamp_millis();
    let mut outcomes = Vec::new();
    for n in 0..50 {
        let answer = StoredFeedback { id: format!("f{n}"), helped: "no".into(), after: "chat".into(), language: "en".into(), sealed_comment: None };
        outcomes.push(store.give_feedback(&format!("{n:032x}"), now + 60_000, &answer, now).await.unwrap());
    }
    let kept: usize = connection.xlen(FEEDBACK_STREAM).await.unwrap();
    let tokens: usize = connection.zcard(USED_TOKENS).await.unwrap();
    assert_eq!(kept, 20);
    assert!(tokens <= 20, "{tokens} used tokens remembered");
    assert_eq!(outcomes.iter().filter(|k| **k == Kept::Full).count(), 35, "the first five came through the router");
    // Used tokens are forgotten when they expire: the fifteen above after a minute, the
    // router's five (page tokens) after 12 hours.
    let answer = StoredFeedback { id: "late".into(), helped: "no".into(), after: "chat".into(), language: "en".into(), sealed_comment: None };
    assert_eq!(store.give_feedback("late", now + 1, &answer, now + 120_000).await.unwrap(), Kept::Full);
    let tokens: usize = connection.zcard(USED_TOKENS).await.unwrap();
    assert_eq!(tokens, 5, "expired tokens go");
}

#[tokio::test]
async fn answers_are_deleted_after_feedback_days() {
    let redis = RedisServer::start();
    let (link, mut connection) = redis_link(&redis.url()).await;
    let store = VoiceStore::new(link, 90);
    let day = 86_400_000;
    let now = chrono::Utc::now().timestamp_millis();
    for (n, age_days) in [(1, 91), (2, 89)] {
        let answer = StoredFeedback { id: format!("f{n}"), helped: "yes".into(), after: "chat".into(), language: "en".into(), sealed_comment: Some("sealed".into()) };
        let then = now - age_days * day;
        assert_eq!(store.give_feedback(&format!("n{n}"), then + day, &answer, then).await.unwrap(), Kept::Kept);
    }
    assert_eq!(store.forget_old(now).await.unwrap(), 1);
    let left = store.comments(10, now).await.unwrap();
    assert_eq!(left.iter().map(|e| e.feedback.id.as_str()).collect::<Vec<_>>(), ["f2"]);
    let kept: usize = connection.xlen(FEEDBACK_STREAM).await.unwrap();
    assert_eq!(kept, 1);
    // FEEDBACK_DAYS is a setting: a shorter one deletes sooner.
    let config = config_with(&redis.url(), &repo_root().join("locales"), &[("FEEDBACK_DAYS", "30")]);
    assert_eq!(config.feedback_days, 30);
}

#[tokio::test]
async fn about_you_is_counted_once_per_submission_and_never_kept_with_the_referral() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    post_form(&app, "/ar/refer/self", REFERRAL).await;
    let before = redis_dump(&redis.url()).await;
    let form = page(&app, "/ar/about-you").await;
    for (name, options) in [("age", 9), ("gender", 5), ("ethnic-group", 20), ("disability", 4), ("sexual-orientation", 5)] {
        assert_eq!(form.matches(&format!("name=\"{name}\"")).count(), options, "{name}");
    }
    assert_eq!(form.matches("<fieldset class=\"group group--nested\"").count(), 5, "the five ONS groups");
    let start = form.find("name=\"submission-id\" value=\"").unwrap() + "name=\"submission-id\" value=\"".len();
    let submission = form[start..].split('"').next().unwrap().to_owned();
    let answers = [("submission-id", submission.as_str()), ("age", "25-34"), ("ethnic-group", "other-arab"), ("sexual-orientation", "prefer-not-to-say"), ("gender", "made-up")];
    for _ in 0..2 {
        let response = post_form(&app, "/ar/about-you", &answers).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(location(&response), "/ar/about-you/thanks");
    }
    let month = month_of(chrono::Utc::now().timestamp_millis());
    let counts: std::collections::BTreeMap<String, u64> = redis_manager(&redis.url()).await.hgetall(counts_key(&month)).await.unwrap();
    let expected: std::collections::BTreeMap<String, u64> =
        [("about-you:replies", 1), ("age:25-34", 1), ("ethnic-group:other-arab", 1), ("sexual-orientation:prefer-not-to-say", 1)]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
    assert_eq!(counts, expected, "once per submission; unknown answers are dropped");
    // Only counts and the digest of counted events were written: the referral is as it was.
    let after = redis_dump(&redis.url()).await;
    let others = |dump: &str| dump.lines().filter(|l| !l.starts_with("{voice}")).map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(others(&before), others(&after));
    assert_eq!(voice_keys(&redis.url()).await, ["{voice}:counted".to_owned(), counts_key(&month)]);
    assert!(!after.contains(&submission), "the submission id is not kept");
}

#[tokio::test]
async fn the_chat_page_asks_after_a_normal_end_only_and_the_privacy_notice_explains() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let chat = page(&app, "/sk/chat").await;
    assert!(chat.contains("data-ask-after=\"adviser-ended visitor-left inactive\""), "never after visitor-exit (quick exit)");
    assert!(chat.contains("id=\"chat-feedback\" hidden"), "hidden until a chat ends normally");
    assert!(chat.contains("name=\"after\" value=\"chat\""));
    let script = std::fs::read_to_string(repo_root().join("public/chat.js")).unwrap();
    assert!(script.contains("data-ask-after"), "chat.js decides from the page's list");
    let privacy = page(&app, "/en/privacy").await;
    assert!(privacy.contains("deleted after 90 days"), "states FEEDBACK_DAYS");
    assert!(privacy.contains("monthly totals"));
}

#[tokio::test]
async fn only_team_leaders_and_admins_read_comments() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let token = token_in(&page(&app, "/ro/feedback").await);
    post_form(&app, "/ro/feedback", &[("token", &token), ("helped", "no"), ("comment", "Am așteptat prea mult")]).await;
    let mut connection = redis_manager(&redis.url()).await;
    for (role, allowed) in [("adviser", false), ("team-leader", true), ("admin", true)] {
        let cookie = server::staff::session::start(&mut connection, &format!("s-{role}"), role, false).await.unwrap();
        let cookie = cookie.to_str().unwrap().split(';').next().unwrap().to_owned();
        let response = get_with(&app, "/staff/feedback", &[("cookie", &cookie)]).await;
        if allowed {
            assert_eq!(response.status(), StatusCode::OK, "{role}");
            let body = body_text(response).await;
            assert!(body.contains("Am așteptat prea mult"), "{role}");
            assert!(body.contains("fewer than 5"), "small numbers are suppressed");
        } else {
            assert_ne!(response.status(), StatusCode::OK, "{role}");
        }
    }
}
