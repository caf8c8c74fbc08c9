//! The public referral forms against the real router and a real redis-server.
mod support;

use axum::http::StatusCode;
use base64::Engine;
use domain::referral::{ReferralPath, ServiceHours, HONEYPOT};
use server::infra::sealing::Sealer;
use server::referrals::referral::personal_binding;
use server::referrals::store::INTAKE_STREAM;
use support::*;

const SELF_FORM: &[(&str, &str)] = &[
    ("submission-id", "6f1c2a4e-8d7b-4c3e-9a5f-1b2c3d4e5f60"),
    ("safe-now", "yes"),
    ("name", "Zofia Testowa"),
    ("contact-method", "phone"),
    ("phone", "07700 900123"),
    ("voicemail-ok", "no"),
    ("about", "He takes my wages every Friday"),
    ("risk-strangled", "yes"),
    ("risk-frightened", "yes"),
    ("risk-getting-worse", "yes"),
    (HONEYPOT, ""),
];

fn with(pairs: &[(&'static str, &'static str)], changes: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<_> = pairs.iter().filter(|(k, _)| !changes.iter().any(|(c, _)| c == k)).copied().collect();
    out.extend_from_slice(changes);
    out
}

async fn stream_entries(url: &str, stream: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut connection = redis_manager(url).await;
    redis::cmd("XRANGE").arg(stream).arg("-").arg("+").query_async(&mut connection).await.unwrap()
}

fn field<'a>(entry: &'a [(String, String)], name: &str) -> &'a str {
    entry.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or_default()
}

#[tokio::test]
async fn the_chooser_and_each_form_render_in_the_visitors_language() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let chooser = body_text(get(&app, "/pl/refer").await).await;
    for path in ["self", "professional", "friend-or-family"] {
        assert!(chooser.contains(&format!("href=\"/pl/refer/{path}\"")), "{path}");
        let response = get(&app, &format!("/pl/refer/{path}")).await;
        assert_eq!(response.status(), StatusCode::OK);
        let page = body_text(response).await;
        assert!(page.contains("method=\"post\""), "{path}");
        assert!(page.contains(&format!("action=\"/pl/refer/{path}\"")), "{path}");
        assert!(page.contains("name=\"submission-id\""), "{path}");
        assert!(page.contains(&format!("name=\"{HONEYPOT}\"")), "{path}: honeypot");
    }
    let professional = body_text(get(&app, "/en/refer/professional").await).await;
    for name in ["agency", "role", "work-contact", "consent"] {
        assert!(professional.contains(&format!("name=\"{name}\"")), "{name}");
    }
    assert_eq!(get(&app, "/en/refer/stranger").await.status(), StatusCode::NOT_FOUND);
    assert_eq!(get(&app, "/en/refer/stranger/sent").await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_valid_referral_is_stored_sealed_and_answered_with_a_redirect() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let response = post_form(&app, "/en/refer/self", SELF_FORM).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/en/refer/self/sent");

    // Strangulation with two other risks makes it high priority.
    let entries = stream_entries(&redis.url(), INTAKE_STREAM).await;
    assert_eq!(entries.len(), 1);
    let entry = &entries[0].1;
    assert_eq!(field(entry, "path"), "self");
    assert_eq!(field(entry, "language"), "en");
    assert_eq!(field(entry, "priority"), "high");
    let created: i64 = field(entry, "created").parse().unwrap();
    let contact_by: i64 = field(entry, "contact_by").parse().unwrap();
    // Counted in the team's working hours from data/service-hours.toml, whole hours.
    let hours = ServiceHours::load(&repo_root().join("data/service-hours.toml")).unwrap();
    let received = chrono::DateTime::from_timestamp_millis(created).unwrap();
    assert_eq!(contact_by, hours.contact_by(ReferralPath::SelfReferral, received).timestamp_millis());
    assert!(contact_by > created && contact_by % 3_600_000 == 0, "{created} {contact_by}");

    let sealed = field(entry, "sealed");
    let opened = Sealer::from_base64(TEST_DATA_KEY).unwrap().open(sealed, &personal_binding(field(entry, "referral"))).unwrap();
    let personal: serde_json::Value = serde_json::from_slice(&opened).unwrap();
    assert_eq!(personal["details"]["name"], "Zofia Testowa");
    assert_eq!(personal["details"]["phone"], "07700 900123");
    assert_eq!(personal["risk"]["yes"][0], "frightened");

    // The promise is the same working-hours deadline, as a time ("by Monday 10:00"); the
    // deadline is read before and after the page, in case an hour turns in between.
    let promise = |path| hours.contact_by(path, chrono::Utc::now()).format("%H:%M").to_string();
    let pages = [
        (ReferralPath::SelfReferral, "/en/refer/self/sent", "An adviser will try to get in touch by "),
        (ReferralPath::Professional, "/en/professionals", "an adviser will try to contact them safely by "),
    ];
    for (path, url, words) in pages {
        let before = promise(path);
        let page = body_text(get(&app, url).await).await;
        let after = promise(path);
        assert!(page.contains(words), "{page}");
        assert!(page.contains(&before) || page.contains(&after), "{before} in {page}");
        assert!(!page.contains("within") && !page.contains("working day"), "no fixed promise is left: {page}");
    }
}

#[tokio::test]
async fn nothing_personal_is_in_redis_in_plain_text() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    assert_eq!(post_form(&app, "/en/refer/self", SELF_FORM).await.status(), StatusCode::SEE_OTHER);
    let professional = [
        ("name", "Ahmed Placeholder"),
        ("contact-method", "email"),
        ("email", "ahmed.placeholder@example.org"),
        ("agency", "Northfield Surgery"),
        ("role", "Practice nurse"),
        ("work-contact", "nurse.one@example.nhs.uk"),
        ("consent", "yes"),
        ("safe-name", "Auntie Mina"),
    ];
    assert_eq!(post_form(&app, "/ur/refer/professional", &professional).await.status(), StatusCode::SEE_OTHER);
    let dump = redis_dump(&redis.url()).await;
    assert!(dump.contains(INTAKE_STREAM), "the scan must see the stored referrals: {dump}");
    for secret in [
        "Zofia", "07700", "900123", "wages", "Ahmed", "ahmed.placeholder", "Northfield", "Practice nurse",
        "nurse.one", "Mina", "strangled",
    ] {
        assert!(!dump.contains(secret), "{secret} is stored in plain text");
    }
}

#[tokio::test]
async fn sending_the_same_form_again_makes_one_referral() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    for _ in 0..3 {
        let response = post_form(&app, "/en/refer/self", SELF_FORM).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    assert_eq!(stream_entries(&redis.url(), INTAKE_STREAM).await.len(), 1);
    // A different form (another submission id) is another referral.
    let other = with(SELF_FORM, &[("submission-id", "0e0e0e0e-1111-4222-8333-444455556666")]);
    post_form(&app, "/en/refer/self", &other).await;
    assert_eq!(stream_entries(&redis.url(), INTAKE_STREAM).await.len(), 2);
}

#[tokio::test]
async fn problems_come_back_in_the_visitors_language_with_everything_typed() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let form = with(SELF_FORM, &[("name", ""), ("phone", "call me <b>later</b>")]);
    let response = post_form(&app, "/pl/refer/self", &form).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = body_text(response).await;
    let catalog = domain::i18n::Catalog::load(&repo_root().join("locales")).unwrap();
    let polish = catalog.get("pl").unwrap();
    assert!(page.contains(&catalog.message(polish, "form-error-required", None)), "name error in Polish");
    assert!(page.contains(&catalog.message(polish, "form-error-phone", None)), "phone error in Polish");
    assert!(page.contains("data-testid=\"error-summary\""));
    // What was typed is back, escaped, and the same submission id is kept.
    assert!(page.contains("call me &lt;b&gt;later&lt;/b&gt;"), "phone kept and escaped");
    assert!(page.contains("He takes my wages every Friday"), "free text kept");
    assert!(page.contains("value=\"6f1c2a4e-8d7b-4c3e-9a5f-1b2c3d4e5f60\""), "submission id kept");
    assert!(page.contains("aria-invalid=\"true\""));
    assert!(stream_entries(&redis.url(), INTAKE_STREAM).await.is_empty());
}

#[tokio::test]
async fn the_honeypot_drops_bots_politely() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let bot = with(SELF_FORM, &[(HONEYPOT, "http://spam.example")]);
    let response = post_form(&app, "/en/refer/self", &bot).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(!redis_dump(&redis.url()).await.contains(INTAKE_STREAM));
}

#[tokio::test]
async fn too_many_posts_from_one_client_are_refused_politely_keeping_the_form() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let form = with(SELF_FORM, &[("name", "")]);
    let mut statuses = Vec::new();
    for _ in 0..12 {
        let response = post_form(&app, "/ro/refer/self", &form).await;
        statuses.push(response.status());
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            let page = body_text(response).await;
            assert!(page.contains("He takes my wages every Friday"), "typed text kept");
            assert!(page.contains("data-testid=\"form-notice\""));
            assert!(page.contains("lang=\"ro\""));
        }
    }
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::UNPROCESSABLE_ENTITY).count(), 10, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count(), 2, "{statuses:?}");

    // A third form comes back whole; past that (a flood, not a person) the answer is one
    // sentence in the page's language, with nothing rendered.
    let third = post_form(&app, "/ro/refer/self", &form).await;
    assert_eq!(third.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(body_text(third).await.contains("He takes my wages every Friday"));
    for _ in 0..5 {
        let response = post_form(&app, "/ro/refer/self", &form).await;
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert!(response.headers().contains_key("retry-after"));
        assert_eq!(response.headers()["content-type"], "text/plain; charset=utf-8");
        assert_eq!(response.headers()["content-language"], "ro");
        let text = body_text(response).await;
        assert!(text.starts_with("Au fost trimise prea multe formulare"), "{text}");
        assert!(!text.contains("He takes my wages"), "nothing typed is echoed");
    }
}

#[tokio::test]
async fn while_redis_is_down_the_form_comes_back_and_a_retry_later_succeeds() {
    let mut redis = RedisServer::start();
    let app = app(&redis.url());
    assert_eq!(get(&app, "/en/refer/self").await.status(), StatusCode::OK);
    redis.stop();
    let response = post_form(&app, "/en/refer/self", SELF_FORM).await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    let page = body_text(response).await;
    assert!(page.contains("Zofia Testowa"));
    assert!(page.contains("data-testid=\"form-notice\""));
    redis.restart();
    let mut stored = false;
    for _ in 0..50 {
        if post_form(&app, "/en/refer/self", SELF_FORM).await.status() == StatusCode::SEE_OTHER {
            stored = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(stored, "the retry is stored once Redis is back");
    assert_eq!(stream_entries(&redis.url(), INTAKE_STREAM).await.len(), 1);
}

#[test]
fn the_test_key_is_a_real_key() {
    assert_eq!(base64::engine::general_purpose::STANDARD.decode(TEST_DATA_KEY).unwrap().len(), 32);
}

const NO_CONSENT_FORM: &[(&str, &str)] = &[
    ("submission-id", "7a2b3c4d-5e6f-4a0b-9c1d-2e3f4a5b6c7d"),
    ("name", "Dana Example"),
    ("contact-method", "phone"),
    ("phone", "07700 900777"),
    ("agency", "Westgate Surgery"),
    ("role", "Health visitor"),
    ("work-contact", "hv@example.nhs.uk"),
    ("consent", "no-high-risk"),
    ("no-consent-reason", "He threatened to kill her last week"),
];

#[tokio::test]
async fn a_professional_without_consent_must_say_why_in_the_visitors_language_keeping_the_form() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let form = with(NO_CONSENT_FORM, &[("no-consent-reason", "  ")]);
    let response = post_form(&app, "/sk/refer/professional", &form).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = body_text(response).await;
    let catalog = domain::i18n::Catalog::load(&repo_root().join("locales")).unwrap();
    let slovak = catalog.get("sk").unwrap();
    assert!(page.contains(&catalog.message(slovak, "form-error-no-consent-reason", None)), "message in Slovak");
    assert!(page.contains("href=\"#field-no-consent-reason\""), "the summary links to the reason");
    for typed in ["Dana Example", "Westgate Surgery", "Health visitor", "hv@example.nhs.uk"] {
        assert!(page.contains(typed), "{typed} kept");
    }
    let choice = page.split("id=\"field-consent-no-high-risk\"").nth(1).unwrap().split('>').next().unwrap().to_owned();
    assert!(choice.contains("checked"), "the choice to refer without consent is kept: {choice}");
    assert!(stream_entries(&redis.url(), INTAKE_STREAM).await.is_empty());

    // Neither answer: asked to choose, in the visitor's language.
    let neither: Vec<_> = NO_CONSENT_FORM.iter().filter(|(k, _)| !k.starts_with("consent") && !k.starts_with("no-consent")).copied().collect();
    let page = body_text(post_form(&app, "/sk/refer/professional", &neither).await).await;
    assert!(page.contains(&catalog.message(slovak, "form-error-consent", None)));
}

#[tokio::test]
async fn a_professional_without_consent_is_stored_high_and_marked() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let response = post_form(&app, "/en/refer/professional", NO_CONSENT_FORM).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let entries = stream_entries(&redis.url(), INTAKE_STREAM).await;
    let entry = &entries[0].1;
    assert_eq!(field(entry, "priority"), "high", "no risk questions answered, yet high");
    assert_eq!(field(entry, "flags"), "no-consent");
    let opened = Sealer::from_base64(TEST_DATA_KEY).unwrap().open(field(entry, "sealed"), &personal_binding(field(entry, "referral"))).unwrap();
    let personal: serde_json::Value = serde_json::from_slice(&opened).unwrap();
    assert_eq!(personal["details"]["no-consent-reason"], "He threatened to kill her last week");
}
