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
async fn pages_allow_their_inline_scripts_by_hash_and_are_the_same_bytes_for_everyone() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let first = get(&app, "/en").await;
    let csp = first.headers()["content-security-policy"].to_str().unwrap().to_owned();
    let html = body_text(first).await;
    assert!(!html.contains("nonce"), "no per-response nonce in the page");
    assert!(!csp.contains("nonce"), "{csp}");
    let hashes = server::infra::page_csp::inline_script_hashes(&html);
    assert!(html.contains("<script type=\"module\">"), "the island bootstrap is inline");
    let allowed = hashes.iter().map(|hash| format!(" '{hash}'")).collect::<String>();
    assert!(csp.contains(&format!("script-src 'self'{allowed} 'wasm-unsafe-eval';")), "{csp}");
    assert_eq!(csp.matches("'sha256-").count(), hashes.len(), "no other inline script is allowed: {csp}");
    let second = get(&app, "/en").await;
    assert_eq!(second.headers()["content-security-policy"].to_str().unwrap(), csp);
    assert_eq!(body_text(second).await, html, "served again, byte for byte");
}

#[tokio::test]
async fn only_pages_with_an_island_load_the_wasm_bundle() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let pages = [
        "/en", "/ar", "/en/directory", "/en/chat", "/en/refer", "/en/refer/self", "/en/refer/professional/sent",
        "/en/is-this-abuse", "/en/browse-safely", "/en/your-behaviour", "/en/safe-accommodation", "/en/professionals",
        "/en/help-for", "/en/help-for/stalking", "/en/privacy", "/en/accessibility", "/en/no-such-page",
    ];
    let mut with_island = 0;
    for uri in pages {
        let response = get(&app, uri).await;
        let csp = response.headers()["content-security-policy"].to_str().unwrap().to_owned();
        let html = body_text(response).await;
        let has_island = html.contains("<leptos-island");
        let loads_wasm = html.contains(".wasm") || html.contains("modulepreload");
        assert_eq!(has_island, loads_wasm, "{uri}: island {has_island}, wasm {loads_wasm}");
        assert_eq!(csp.contains("wasm-unsafe-eval"), has_island, "{uri}: {csp}");
        assert!(html.contains("/quick-exit.js"), "{uri}: quick exit everywhere");
        with_island += usize::from(has_island);
        // Rendered once for everyone: a second visitor gets the same bytes, but for a fresh
        // form's own submission id.
        let again = body_text(get(&app, uri).await).await;
        assert_eq!(without_submission_ids(&again), without_submission_ids(&html), "{uri}");
        if html.contains("name=\"submission-id\"") {
            assert_ne!(again, html, "{uri}: each form its own submission id");
        }
    }
    assert_eq!(with_island, 2, "the home pages hold the only island");
}

/// The page without its per-response values (a fresh form's submission id, a feedback token).
fn without_submission_ids(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = ["name=\"submission-id\" value=\"", "name=\"token\" value=\""].iter().filter_map(|m| rest.find(m).map(|i| i + m.len())).min() {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        rest = &rest[rest.find('"').unwrap_or(rest.len())..];
    }
    out + rest
}

#[tokio::test]
async fn a_kept_page_still_follows_the_chat_opening_and_closing() {
    let redis = RedisServer::start();
    let (app, chat_open) = app_and_chat_flag(&redis.url());
    let state_shown = |html: &str| html.split("data-chat=\"").nth(1).and_then(|s| s.split('"').next()).unwrap().to_owned();
    assert_eq!(state_shown(&body_text(get(&app, "/en/directory").await).await), "closed");
    assert_eq!(state_shown(&body_text(get(&app, "/en/directory").await).await), "closed");
    chat_open.set(true);
    assert_eq!(state_shown(&body_text(get(&app, "/en/directory").await).await), "open");
    chat_open.set(false);
    assert_eq!(state_shown(&body_text(get(&app, "/en/directory").await).await), "closed");
}

#[tokio::test]
async fn a_form_shown_again_is_never_served_to_the_next_visitor() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    // A name but no way to reach her: shown again with what was typed.
    let typed = "Aleksandra Nowak-Przybylska";
    let shown_again = post_form(&app, "/en/refer/self", &[("name", typed)]).await;
    assert_eq!(shown_again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let csp = shown_again.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.contains("script-src 'self'") && !csp.contains("wasm-unsafe-eval"), "{csp}");
    assert!(body_text(shown_again).await.contains(typed), "the form keeps what was typed");
    let next_visitor = body_text(get(&app, "/en/refer/self").await).await;
    assert!(!next_visitor.contains(typed));
}

#[tokio::test]
async fn pages_are_compressed_when_the_browser_accepts_it() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let response = get_with(&app, "/en", &[("accept-encoding", "gzip")]).await;
    assert_eq!(response.headers()["content-encoding"], "gzip");
    // Brotli: the kept page's own compressed copy, once (not compressed again on the way out),
    // the same bytes on the next hit; a form (its per-response id last) sends its kept
    // compressed start and then its last bytes with a fresh id.
    let mut sent = Vec::new();
    for path in ["/en/directory", "/en/directory", "/pl/refer/self", "/pl/refer/self"] {
        let response = get_with(&app, path, &[("accept-encoding", "gzip, deflate, br")]).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-encoding"], "br", "{path}");
        let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
        let mut html = Vec::new();
        brotli::BrotliDecompress(&mut &body[..], &mut html).expect("one layer of brotli");
        let html = String::from_utf8(html).unwrap();
        assert!(html.to_ascii_lowercase().starts_with("<!doctype html>"), "{path}: {}", &html[..40.min(html.len())]);
        sent.push((body, html));
    }
    assert_eq!(sent[0].0, sent[1].0, "a hit sends the kept compressed bytes");
    let id_of = |html: &str| html.split(r#"name="submission-id" value=""#).nth(1).and_then(|rest| rest.split('"').next()).map(str::to_owned);
    let ids: Vec<String> = sent[2..].iter().map(|(_, html)| id_of(html).expect("a submission id")).collect();
    assert!(ids.iter().all(|id| uuid::Uuid::parse_str(id).is_ok()), "{ids:?}");
    assert_ne!(ids[0], ids[1], "each form its own id");
    assert_eq!(sent[2].1.replace(&ids[0], ""), sent[3].1.replace(&ids[1], ""), "otherwise the same page");
    let shared = sent[2].0.iter().zip(sent[3].0.iter()).take_while(|(a, b)| a == b).count();
    assert!(shared * 5 >= sent[2].0.len() * 4, "the kept start: {shared} of {} bytes", sent[2].0.len());
    assert!(sent[2].0.len() * 3 < sent[2].1.len(), "still compressed: {} of {}", sent[2].0.len(), sent[2].1.len());
}

/// A kept page is answered in front of the router when nothing on the way out would change
/// it; it must leave with everything the full path gives it.
#[tokio::test]
async fn a_kept_page_leaves_with_the_headers_of_the_first_whatever_coding_is_asked() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    let same = [
        "content-type", "content-security-policy", "referrer-policy", "x-content-type-options", "x-frame-options",
        "permissions-policy", "cross-origin-opener-policy", "cross-origin-resource-policy", "strict-transport-security",
        "cache-control", "vary",
    ];
    for path in ["/en", "/ar/directory?audience=women", "/en/refer/self"] {
        let first = get(&app, path).await;
        assert_eq!(first.status(), StatusCode::OK, "{path}");
        let headers = first.headers().clone();
        let page = without_submission_ids(&body_text(first).await);
        for coding in ["", "br", "gzip", "", "br", "gzip"] {
            let asked: &[(&str, &str)] = if coding.is_empty() { &[] } else { &[("accept-encoding", coding)] };
            let response = get_with(&app, path, asked).await;
            assert_eq!(response.status(), StatusCode::OK, "{path} {coding}");
            for name in same {
                assert_eq!(response.headers().get(name), headers.get(name), "{path} {coding:?}: {name}");
            }
            let sent = response.headers().get("content-encoding").map(|value| value.to_str().unwrap().to_owned());
            assert_eq!(sent.as_deref(), (!coding.is_empty()).then_some(coding), "{path}: asked {coding:?}");
            let body = axum::body::to_bytes(response.into_body(), usize::MAX).await.unwrap();
            let mut html = Vec::new();
            match coding {
                "br" => brotli::BrotliDecompress(&mut &body[..], &mut html).unwrap(),
                "gzip" => std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&body[..]), &mut html).map(drop).unwrap(),
                _ => html = body.to_vec(),
            }
            assert_eq!(without_submission_ids(&String::from_utf8(html).unwrap()), page, "{path} {coding:?}");
        }
    }
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
    let (_held, port) = refused_port();
    let app = app(&format!("redis://127.0.0.1:{port}"));
    assert_eq!(get(&app, "/en").await.status(), StatusCode::OK);
    assert_eq!(get(&app, "/readyz").await.status(), StatusCode::SERVICE_UNAVAILABLE);
}
