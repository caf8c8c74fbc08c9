//! The "Help for your situation" pages, the privacy notice and the accessibility statement:
//! every one answers in every language, is reachable from the home page, the navigation
//! and the footer, and the privacy notice states the retention settings actually in force.
mod support;

use app::pages::topics::{HUB_PATH, TOPICS};
use axum::extract::ConnectInfo;
use axum::http::StatusCode;
use domain::i18n::Catalog;
use support::*;

fn catalog() -> Catalog {
    Catalog::load(&repo_root().join("locales")).expect("translations load")
}

/// Every new page with the Fluent key of its `<h1>`.
fn new_pages() -> Vec<(String, &'static str)> {
    let mut pages = vec![
        (HUB_PATH.to_owned(), "help-for-title"),
        ("/privacy".to_owned(), "privacy-title"),
        ("/accessibility".to_owned(), "a11y-title"),
    ];
    pages.extend(TOPICS.iter().map(|topic| (topic.path(), topic.content.title)));
    pages
}

/// The text of the page's only `<h1>`, with the entities Leptos writes decoded.
fn only_h1(html: &str) -> String {
    assert_eq!(html.matches("<h1").count(), 1, "one h1");
    let start = html.find("<h1").unwrap();
    let open_end = start + html[start..].find('>').unwrap() + 1;
    let close = open_end + html[open_end..].find("</h1>").unwrap();
    decode(&html[open_end..close])
}

/// The page at `uri` as text, entities decoded.
async fn page(app: &axum::Router, uri: &str) -> String {
    decode(&body_text(get(app, uri).await).await)
}

fn decode(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn app_with_settings(redis_url: &str, extra: &[(&str, &str)]) -> axum::Router {
    let client = std::net::SocketAddr::from(([127, 0, 0, 1], 40000));
    bare_app(redis_url, &repo_root().join("locales"), extra).layer(axum::Extension(ConnectInfo(client)))
}

#[tokio::test]
async fn every_new_page_answers_in_every_language_with_its_heading_and_direction() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let catalog = catalog();
    let pages = new_pages();
    assert_eq!(pages.len(), 11, "the hub, eight topics, the privacy notice, the accessibility statement");
    for language in catalog.languages() {
        for (path, title_key) in &pages {
            let uri = format!("/{}{path}", language.tag);
            let response = get(&app, &uri).await;
            assert_eq!(response.status(), StatusCode::OK, "{uri}");
            let html = body_text(response).await;
            let opening = format!(r#"<html lang="{}" dir="{}""#, language.tag, language.dir());
            assert!(html.contains(&opening), "{uri}: {opening}");
            assert_eq!(only_h1(&html), catalog.message(language, title_key, None), "{uri}");
            // Every information page ends with the ways to get help in an emergency.
            assert!(html.contains("id=\"emergency\""), "{uri}: emergency options");
        }
    }
}

#[tokio::test]
async fn an_unknown_topic_is_the_ordinary_404() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    assert_eq!(get(&app, "/en/help-for/no-such-topic").await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_hub_lists_every_topic_and_home_navigation_and_footer_lead_to_the_new_pages() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let catalog = catalog();
    for language in catalog.languages() {
        let tag = &language.tag;
        let hub = page(&app, &format!("/{tag}{HUB_PATH}")).await;
        for topic in TOPICS {
            let link = format!(r#"href="/{tag}{}""#, topic.path());
            assert!(hub.contains(&link), "/{tag}{HUB_PATH} links {link}");
        }
        let home = page(&app, &format!("/{tag}")).await;
        let nav = &home[home.find("class=\"site-nav\"").expect("navigation")..];
        let nav = &nav[..nav.find("</nav>").unwrap()];
        assert!(nav.contains(&format!(r#"href="/{tag}{HUB_PATH}""#)), "{tag}: one navigation entry");
        let main = &home[home.find("<main").unwrap()..home.find("</main>").unwrap()];
        assert!(main.contains(&format!(r#"href="/{tag}{HUB_PATH}""#)), "{tag}: linked from the home page");
        let footer = &home[home.find("<footer").expect("footer")..];
        for path in ["/privacy", "/accessibility"] {
            assert!(footer.contains(&format!(r#"href="/{tag}{path}""#)), "{tag}: footer links {path}");
        }
    }
}

#[tokio::test]
async fn emergency_advice_covers_landlines_and_coughing_or_tapping() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let catalog = catalog();
    for language in catalog.languages() {
        for path in ["", "/help-for/stalking"] {
            let html = page(&app, &format!("/{}{path}", language.tag)).await;
            for key in ["emergency-cough", "emergency-55", "emergency-landline"] {
                let text = catalog.message(language, key, None);
                assert!(html.contains(&text), "/{}{path}: {key}", language.tag);
            }
        }
    }
}

#[tokio::test]
async fn the_privacy_notice_states_the_retention_settings_in_force() {
    let redis = RedisServer::start();
    let defaults = page(&app(&redis.url()), "/en/privacy").await;
    // RETENTION_DAYS, the spam check's seven days, CHAT_RETENTION_DAYS, as declared.
    assert!(defaults.contains("we keep it for 90 days, then it is deleted"), "referrals");
    assert!(defaults.contains("deleted after 7 days at most"), "held forms");
    assert!(defaults.contains("A conversation is deleted 30 days after its last message"), "chats");

    let app = app_with_settings(&redis.url(), &[("RETENTION_DAYS", "45"), ("CHAT_RETENTION_DAYS", "1"), ("FEEDBACK_DAYS", "60")]);
    let changed = page(&app, "/en/privacy").await;
    assert!(changed.contains("we keep it for 45 days, then it is deleted"), "referrals follow the setting");
    assert!(changed.contains("A conversation is deleted 1 day after its last message"), "chats, singular");
    assert!(!changed.contains("90 days") && !changed.contains("30 days"), "no default figure left");
    // The numbers go through each language's plural forms.
    let polish = page(&app, "/pl/privacy").await;
    assert!(polish.contains("przez 45 dni"), "pl");
    assert!(polish.contains("usuwana 1 dzień po ostatniej"), "pl singular");
    let arabic = page(&app, "/ar/privacy").await;
    assert!(arabic.contains("لمدة 45 يومًا"), "ar 11–99");
    assert!(arabic.contains("بعد يوم واحد من آخر رسالة"), "ar one");
    assert!(arabic.contains("بعد 7 أيام"), "ar 3–10");
    let romanian = page(&app, "/ro/privacy").await;
    assert!(romanian.contains("45 de zile"), "ro 20+");
}
