//! The Content-Security-Policy of a rendered page, from the page itself: every inline
//! script is allowed by its SHA-256 hash and nothing else inline runs. With no per-response
//! nonce, a page's bytes are the same for every visitor (so `page_cache` can reuse them),
//! and an injected script still cannot run: its hash is not in the policy.
use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use sha2::{Digest, Sha256};

/// Rendered pages are a few tens of KiB; anything larger is not one of ours.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;

/// The `sha256-…` source of each inline script (one without `src`) in the document, in order.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after_name = &rest[start + "<script".len()..];
        let Some(tag_end) = after_name.find('>') else { break };
        let attributes = &after_name[..tag_end];
        let body_and_more = &after_name[tag_end + 1..];
        let Some(close) = body_and_more.find("</script>") else { break };
        if !has_src(attributes) {
            let digest = Sha256::digest(body_and_more[..close].as_bytes());
            hashes.push(format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(digest)));
        }
        rest = &body_and_more[close + "</script>".len()..];
    }
    hashes
}

fn has_src(attributes: &str) -> bool {
    attributes.split(|c: char| c.is_ascii_whitespace()).any(|a| a == "src" || a.starts_with("src="))
}

/// Whether a response is an HTML page (by its `Content-Type`).
pub fn is_html(headers: &axum::http::HeaderMap) -> bool {
    headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"))
}

/// For an HTML page that set no policy of its own (the Leptos pages; staff pages set theirs):
/// reads the page and sets the policy that allows exactly its inline scripts. Runs inside the
/// security-header layers, which would otherwise give it the allow-nothing fallback.
pub async fn set_from_page(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if !is_html(response.headers()) || response.headers().contains_key(header::CONTENT_SECURITY_POLICY) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_PAGE_BYTES).await else {
        // Unreadable or oversized: refuse rather than send a page without a policy.
        parts.headers.remove(header::CONTENT_LENGTH);
        return Response::from_parts(parts, Body::empty());
    };
    let html = String::from_utf8_lossy(&bytes);
    let hashes = inline_script_hashes(&html);
    let policy = app::shell::page_csp(hashes.iter().map(String::as_str), html.contains("<leptos-island"));
    if let Ok(value) = HeaderValue::from_str(&policy) {
        parts.headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_inline_scripts_are_hashed() {
        let html = r#"<head><script src="/quick-exit.js" defer></script><script type="module">go()</script></head>
            <body><script>a&lt;b</script></body>"#;
        let expected = |text: &str| {
            format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())))
        };
        assert_eq!(inline_script_hashes(html), [expected("go()"), expected("a&lt;b")]);
        assert!(inline_script_hashes("<p>no scripts</p>").is_empty());
        // An attribute merely containing "src" in its value is still an inline script.
        assert_eq!(inline_script_hashes(r#"<script data-x="src=">y</script>"#), [expected("y")]);
        // An unclosed script hashes nothing rather than everything after it.
        assert!(inline_script_hashes("<script>x").is_empty());
    }

    #[test]
    fn a_policy_allows_exactly_the_inline_scripts_named_and_wasm_only_for_islands() {
        let policy = app::shell::page_csp([], false);
        assert!(policy.contains("script-src 'self';"), "{policy}");
        let policy = app::shell::page_csp(["sha256-abc="], false);
        assert!(policy.contains("script-src 'self' 'sha256-abc=';"), "{policy}");
        let policy = app::shell::page_csp(["sha256-abc=", "sha256-def="], true);
        assert!(policy.contains("script-src 'self' 'sha256-abc=' 'sha256-def=' 'wasm-unsafe-eval';"), "{policy}");
    }
}
