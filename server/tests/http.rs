//! The HTTP surface against a real Redis: pages, readiness, security headers.
mod support;

use std::time::{Duration, Instant};

use axum::http::StatusCode;
use support::*;

#[tokio::test]
async fn root_redirects_to_the_visitors_language() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let response = get_with(&app, "/", &[("accept-language", "ur-PK,ur;q=0.9,en;q=0.5")]).await;
    assert!(response.status().is_redirection());
    assert_eq!(response.headers()["location"], "/ur");
    let response = get_with(&app, "/", &[("accept-language", "de-DE")]).await;
    assert_eq!(response.headers()["location"], "/en");
    let response = get(&app, "/").await;
    assert_eq!(response.headers()["location"], "/en");
}

#[tokio::test]
async fn a_trailing_slash_redirects_permanently_to_the_path_without_it() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    for (from, to) in [
        ("/en/", "/en"),
        ("/ur/directory/", "/ur/directory"),
        ("/en/directory/?audience=men&channel=phone", "/en/directory?audience=men&channel=phone"),
        ("/en/refer/self/", "/en/refer/self"),
        ("//evil.example/", "/evil.example"),
    ] {
        let response = get(&app, from).await;
        assert_eq!(response.status(), StatusCode::PERMANENT_REDIRECT, "{from}");
        assert_eq!(response.headers()["location"], to, "{from}");
        assert_eq!(response.headers()["referrer-policy"], "same-origin", "{from}: security headers too");
        // The target itself is a page, not another redirect.
        if !from.starts_with("//") {
            assert_eq!(get(&app, to).await.status(), StatusCode::OK, "{to}");
        }
    }
    // A form posted to a slashed address is redirected as a post (308 keeps the method).
    assert_eq!(post_form(&app, "/en/refer/self/", &[]).await.status(), StatusCode::PERMANENT_REDIRECT);
    // `/` still goes to the visitor's language, and paths without a slash are not touched.
    let root = get_with(&app, "/", &[("accept-language", "pl")]).await;
    assert_eq!(root.status(), StatusCode::SEE_OTHER);
    assert_eq!(root.headers()["location"], "/pl");
    assert_eq!(get(&app, "/en").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn home_page_renders_with_language_direction_and_quick_exit() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let response = get(&app, "/en").await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = body_text(response).await;
    assert!(html.contains(r#"<html lang="en" dir="ltr""#), "{}", &html[..300.min(html.len())]);
    assert!(html.contains("data-quick-exit"));
    assert!(html.contains("<main id=\"main\""));
    assert!(html.contains("tel:999"));

    let html = body_text(get(&app, "/ar").await).await;
    assert!(html.contains(r#"<html lang="ar" dir="rtl""#));
    let html = body_text(get(&app, "/ur/directory").await).await;
    assert!(html.contains(r#"<html lang="ur" dir="rtl""#));
}

#[tokio::test]
async fn unknown_pages_and_languages_are_404() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    assert_eq!(get(&app, "/en/no-such-page").await.status(), StatusCode::NOT_FOUND);
    assert_eq!(get(&app, "/xx").await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    for uri in ["/en", "/en/directory", "/healthz", "/readyz", "/en/nowhere", "/"] {
        let response = get(&app, uri).await;
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("default-src 'none'"), "{uri}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{uri}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{uri}: {csp}");
        assert_eq!(headers["referrer-policy"], "same-origin", "{uri}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{uri}");
        assert!(headers["permissions-policy"].to_str().unwrap().contains("camera=()"), "{uri}");
        assert_eq!(headers["cache-control"], "no-store", "{uri}");
        assert!(headers.get("server").is_none(), "{uri}");
        assert!(headers.get("x-powered-by").is_none(), "{uri}");
    }
}

#[tokio::test]
async fn pages_get_a_fresh_script_nonce_matching_their_policy() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let nonce_of = |csp: &str| {
        csp.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).unwrap().to_owned()
    };
    let first = get(&app, "/en").await;
    let nonce = nonce_of(first.headers()["content-security-policy"].to_str().unwrap());
    let html = body_text(first).await;
    assert!(html.contains(&format!("nonce=\"{nonce}\"")), "the inline scripts carry the nonce");
    let second = get(&app, "/en").await;
    let other = nonce_of(second.headers()["content-security-policy"].to_str().unwrap());
    assert_ne!(nonce, other);
}

#[tokio::test]
async fn pages_are_compressed_when_the_browser_accepts_it() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let response = get_with(&app, "/en", &[("accept-encoding", "gzip")]).await;
    assert_eq!(response.headers()["content-encoding"], "gzip");
}

async fn wait_for_status(app: &axum::Router, uri: &str, want: StatusCode) -> bool {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if get(app, uri).await.status() == want {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

#[tokio::test]
async fn readiness_follows_redis_and_pages_keep_serving_while_it_is_down() {
    let mut redis = RedisServer::start();
    let app = app(&redis.url());
    assert!(wait_for_status(&app, "/readyz", StatusCode::OK).await, "ready with redis up");

    redis.stop();
    assert!(wait_for_status(&app, "/readyz", StatusCode::SERVICE_UNAVAILABLE).await);
    let response = get(&app, "/readyz").await;
    let body = body_text(response).await;
    assert_eq!(body.lines().next(), Some("redis unavailable"), "the verdict comes first: {body}");
    assert!(body.lines().any(|line| line.starts_with("audit-write-failures: ")), "{body}");
    assert_eq!(get(&app, "/en").await.status(), StatusCode::OK, "pages still served");
    assert_eq!(get(&app, "/healthz").await.status(), StatusCode::OK);

    redis.restart();
    assert!(wait_for_status(&app, "/readyz", StatusCode::OK).await, "reconnects by itself");
}

#[tokio::test]
async fn the_server_starts_while_redis_is_down() {
    let port = free_port();
    let app = app(&format!("redis://127.0.0.1:{port}"));
    assert_eq!(get(&app, "/en").await.status(), StatusCode::OK);
    assert_eq!(get(&app, "/readyz").await.status(), StatusCode::SERVICE_UNAVAILABLE);
}
