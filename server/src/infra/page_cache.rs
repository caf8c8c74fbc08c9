//! Visitor pages rendered once and served again from memory. A page depends only on its
//! address (language, route, query), the minute (open-now, contact-by promises) and whether
//! the chat is open; that is the key. What must differ per response (a fresh form's
//! submission id, see `app::per_response`) is rendered as a placeholder and filled in here
//! on every send, cached or not. Pages carry no personal data: a form shown again with what
//! was typed is a POST answer and never cached. Memory is bounded by weight (bytes), and the
//! cache is scan-resistant (S3-FIFO), so a script varying the query string cannot push the
//! real pages out. It sits inside the compression layer; a kept page with nothing to fill
//! in is also kept brotli-compressed (made on the first request that accepts brotli), so a
//! hit costs neither a render nor a compression. A page with per-response values is
//! compressed on the way out, as any response is.
use std::sync::{Arc, OnceLock};

use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::Response;
use quick_cache::sync::Cache;
use quick_cache::Weighter;

use app::per_response::{FORM_TOKEN_PLACEHOLDER, SUBMISSION_ID_PLACEHOLDER};
use app::site::{ChatOpen, FormTokenIssuer};

/// Bytes of cached pages at most (keys and bookkeeping counted too).
pub const CAPACITY_BYTES: u64 = 16 * 1024 * 1024;
/// Read whole to fill placeholders and keep. Above any page `page_csp` lets through (it reads
/// pages whole too, up to 2 MiB), so reading never cuts a page short.
const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;
/// Counted per entry on top of its body, for the key and headers.
const ENTRY_OVERHEAD: u64 = 1024;
/// Kept compressed copies are counted at this fraction of the page (HTML compresses to a
/// fifth or less), whether or not one has been made yet.
const COMPRESSED_SHARE: u64 = 4;
/// Made once per page and minute, so a little above the quality used on the fly (4).
const BROTLI_QUALITY: i32 = 5;

/// What a page's bytes depend on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PageKey {
    address: String,
    /// Unix minute: open-now and promises are computed to the minute.
    minute: i64,
    chat_open: bool,
}

/// A rendered page as the renderer made it, placeholders included.
#[derive(Debug)]
struct Template {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    /// True when the page holds a placeholder: each response differs, none is kept compressed.
    per_response: bool,
    /// The page brotli-compressed, made the first time a client accepting it asks.
    brotli: OnceLock<Bytes>,
}

impl Template {
    fn new(status: StatusCode, headers: HeaderMap, body: Bytes) -> Template {
        let per_response =
            std::str::from_utf8(&body).is_ok_and(|html| html.contains(SUBMISSION_ID_PLACEHOLDER) || html.contains(FORM_TOKEN_PLACEHOLDER));
        Template { status, headers, body, per_response, brotli: OnceLock::new() }
    }

    /// The response for a client accepting brotli: the kept compressed copy (made now if
    /// need be). None for a page with per-response values.
    fn compressed(&self) -> Option<Response> {
        if self.per_response {
            return None;
        }
        let body = self.brotli.get_or_init(|| brotli_of(&self.body)).clone();
        let mut response = Response::new(Body::from(body.clone()));
        *response.status_mut() = self.status;
        *response.headers_mut() = self.headers.clone();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
        headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
        Some(response)
    }

    /// What a client gets: compressed from memory when it accepts brotli and the page allows,
    /// else the page with its placeholders filled (compressed on the way out if asked).
    fn answer(&self, accepts_brotli: bool, tokens: &FormTokenIssuer) -> Response {
        accepts_brotli.then(|| self.compressed()).flatten().unwrap_or_else(|| self.fill(tokens))
    }

    /// The response to send: each placeholder replaced by a fresh value of its own. A value
    /// need not be as long as its placeholder, so no stored length is sent with it.
    fn fill(&self, tokens: &FormTokenIssuer) -> Response {
        let body = match std::str::from_utf8(&self.body) {
            Ok(html) if self.per_response => {
                let html = each_replaced(html, SUBMISSION_ID_PLACEHOLDER, || uuid::Uuid::new_v4().to_string());
                Bytes::from(each_replaced(&html, FORM_TOKEN_PLACEHOLDER, || tokens.issue()))
            }
            _ => self.body.clone(),
        };
        let mut response = Response::new(Body::from(body));
        *response.status_mut() = self.status;
        *response.headers_mut() = self.headers.clone();
        response.headers_mut().remove(header::CONTENT_LENGTH);
        response
    }
}

fn brotli_of(body: &[u8]) -> Bytes {
    let params = brotli::enc::BrotliEncoderParams { quality: BROTLI_QUALITY, ..Default::default() };
    let mut out = Vec::with_capacity(body.len() / 4);
    // Writing to memory cannot fail.
    let _ = brotli::BrotliCompress(&mut &body[..], &mut out, &params);
    Bytes::from(out)
}

/// True when the request's `Accept-Encoding` names brotli (and not with `q=0`).
fn accepts_brotli(headers: &HeaderMap) -> bool {
    headers.get_all(header::ACCEPT_ENCODING).iter().filter_map(|value| value.to_str().ok()).flat_map(|value| value.split(',')).any(|coding| {
        let mut parts = coding.split(';').map(str::trim);
        parts.next() == Some("br") && parts.all(|param| param.strip_prefix("q=").is_none_or(|q| q.parse::<f32>().is_ok_and(|q| q > 0.0)))
    })
}

/// `text` with every `placeholder` replaced by its own `fresh()` value.
fn each_replaced(text: &str, placeholder: &str, mut fresh: impl FnMut() -> String) -> String {
    let mut parts = text.split(placeholder);
    let mut out = String::with_capacity(text.len());
    out.push_str(parts.next().unwrap_or_default());
    for part in parts {
        out.push_str(&fresh());
        out.push_str(part);
    }
    out
}

#[derive(Clone)]
struct ByBytes;

impl Weighter<PageKey, Arc<Template>> for ByBytes {
    fn weight(&self, key: &PageKey, page: &Arc<Template>) -> u64 {
        let body = page.body.len() as u64;
        ENTRY_OVERHEAD + key.address.len() as u64 + body + body / COMPRESSED_SHARE
    }
}

/// The cache and what a key needs besides the request: the site's languages (only their
/// pages are cached) and the chat-open flag.
#[derive(Clone)]
pub struct PageCache {
    pages: Arc<Cache<PageKey, Arc<Template>, ByBytes>>,
    languages: Arc<[String]>,
    chat_open: ChatOpen,
    form_tokens: FormTokenIssuer,
}

impl PageCache {
    pub fn new(languages: impl IntoIterator<Item = String>, chat_open: ChatOpen, form_tokens: FormTokenIssuer, capacity_bytes: u64) -> PageCache {
        let estimated_entries = (capacity_bytes / 16_384).max(16) as usize;
        PageCache {
            pages: Arc::new(Cache::with_weighter(estimated_entries, capacity_bytes, ByBytes)),
            languages: languages.into_iter().collect(),
            chat_open,
            form_tokens,
        }
    }

    /// The key for a request at `unix_seconds`, or `None` when it is not a page GET.
    pub fn key(&self, method: &Method, uri: &Uri, headers: &HeaderMap, unix_seconds: i64) -> Option<PageKey> {
        if method != Method::GET || headers.contains_key(header::UPGRADE) || !self.is_page(uri) {
            return None;
        }
        Some(PageKey {
            address: uri.path_and_query().map(|pq| pq.as_str().to_owned()).unwrap_or_default(),
            minute: unix_seconds.div_euclid(60),
            chat_open: self.chat_open.is_open(),
        })
    }

    /// An address under one of the site's languages: a Leptos page.
    fn is_page(&self, uri: &Uri) -> bool {
        let first = uri.path().trim_start_matches('/').split('/').next().unwrap_or_default();
        self.languages.iter().any(|tag| tag == first)
    }

    /// Bytes held now (never above the capacity).
    pub fn weight(&self) -> u64 {
        self.pages.weight()
    }

    pub fn len(&self) -> usize {
        self.pages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pages.is_empty()
    }
}

/// Reads an HTML response whole; anything else (files, redirects without a body type,
/// upgrades) is handed back untouched.
async fn read_html(response: Response) -> Result<Template, Response> {
    if !super::page_csp::is_html(response.headers()) {
        return Err(response);
    }
    let (parts, body) = response.into_parts();
    match to_bytes(body, MAX_BODY_BYTES).await {
        Ok(body) => Ok(Template::new(parts.status, parts.headers, body)),
        // Cannot happen for a page `page_csp` passed; the part read is gone, so say so.
        Err(_) => Err(Response::builder().status(StatusCode::INTERNAL_SERVER_ERROR).body(Body::empty()).unwrap_or_default()),
    }
}

/// The middleware: a page from memory when there is one for this key, else rendered and
/// (when a 200 without cookies) kept. Every HTML page of the site leaves through here, so
/// no placeholder is ever sent unfilled.
pub async fn serve(State(cache): State<PageCache>, request: Request, next: Next) -> Response {
    let key = cache.key(request.method(), request.uri(), request.headers(), chrono::Utc::now().timestamp());
    let brotli = accepts_brotli(request.headers());
    if let Some(page) = key.as_ref().and_then(|key| cache.pages.get(key)) {
        return page.answer(brotli, &cache.form_tokens);
    }
    if !cache.is_page(request.uri()) {
        return next.run(request).await;
    }
    let template = match read_html(next.run(request).await).await {
        Ok(template) => Arc::new(template),
        Err(response) => return response,
    };
    match key {
        Some(key) if template.status == StatusCode::OK && !template.headers.contains_key(header::SET_COOKIE) => {
            cache.pages.insert(key, template.clone());
            template.answer(brotli, &cache.form_tokens)
        }
        _ => template.fill(&cache.form_tokens),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens() -> FormTokenIssuer {
        let issued = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        FormTokenIssuer(Arc::new(move || format!("token-{}", issued.fetch_add(1, std::sync::atomic::Ordering::Relaxed))))
    }

    fn cache() -> PageCache {
        PageCache::new(["en".to_owned(), "ar".to_owned()], ChatOpen::default(), tokens(), 64 * 1024)
    }

    #[test]
    fn only_page_gets_in_a_site_language_have_a_key() {
        let cache = cache();
        let none = HeaderMap::new();
        let key = |method: Method, uri: &str| cache.key(&method, &uri.parse::<Uri>().unwrap(), &none, 0);
        assert!(key(Method::GET, "/en/directory?area=rotherham").is_some());
        assert!(key(Method::GET, "/ar").is_some());
        assert!(key(Method::POST, "/en/refer/self").is_none());
        for other in ["/", "/staff", "/pkg/app.wasm", "/chat/ws", "/healthz", "/xx/page", "/english"] {
            assert!(key(Method::GET, other).is_none(), "{other}");
        }
        let mut upgrade = HeaderMap::new();
        upgrade.insert(header::UPGRADE, HeaderValue::from_static("websocket"));
        assert!(cache.key(&Method::GET, &"/en".parse().unwrap(), &upgrade, 0).is_none());
    }

    #[test]
    fn the_key_changes_with_the_minute_the_chat_state_and_the_query() {
        let cache = cache();
        let uri: Uri = "/en/directory".parse().unwrap();
        let none = HeaderMap::new();
        let at = |seconds| cache.key(&Method::GET, &uri, &none, seconds).unwrap();
        assert_eq!(at(600), at(659), "same minute");
        assert_ne!(at(659), at(660), "open-now is recomputed each minute");
        let closed = at(600);
        cache.chat_open.set(true);
        assert_ne!(at(600), closed, "the chat opening changes the page");
        let filtered = cache.key(&Method::GET, &"/en/directory?audience=men".parse().unwrap(), &none, 600).unwrap();
        assert_ne!(filtered, at(600));
    }

    fn page(body: impl Into<Bytes>) -> Template {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        Template::new(StatusCode::OK, headers, body.into())
    }

    async fn text(response: Response) -> String {
        String::from_utf8(to_bytes(response.into_body(), usize::MAX).await.unwrap().to_vec()).unwrap()
    }

    #[tokio::test]
    async fn a_page_with_nothing_to_fill_is_kept_compressed_once() {
        let home = page(format!("<html><body>{}</body></html>", "help is here ".repeat(400)));
        let (first, second) = (home.answer(true, &tokens()), home.answer(true, &tokens()));
        assert_eq!(first.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(first.headers()[header::VARY], "accept-encoding");
        let first = to_bytes(first.into_body(), usize::MAX).await.unwrap();
        assert_eq!(first, to_bytes(second.into_body(), usize::MAX).await.unwrap(), "the same kept bytes");
        assert!(first.len() < home.body.len() / 4, "{} of {}", first.len(), home.body.len());
        let mut plain = Vec::new();
        brotli::BrotliDecompress(&mut &first[..], &mut plain).unwrap();
        assert_eq!(plain, home.body);
        // Not asked for brotli: the page as it is (the compression layer does the rest).
        assert!(!home.answer(false, &tokens()).headers().contains_key(header::CONTENT_ENCODING));
        // A page with a per-response value is never kept compressed: it is filled each time.
        let form = page(format!(r#"<input name="submission-id" value="{SUBMISSION_ID_PLACEHOLDER}">"#));
        let answer = form.answer(true, &tokens());
        assert!(!answer.headers().contains_key(header::CONTENT_ENCODING));
        assert!(!text(answer).await.contains(SUBMISSION_ID_PLACEHOLDER));
    }

    #[test]
    fn brotli_is_accepted_when_named_and_not_refused() {
        let with = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(value));
            accepts_brotli(&headers)
        };
        assert!(with("gzip, deflate, br, zstd"));
        assert!(with("br;q=0.5"));
        assert!(!with("gzip, deflate"));
        assert!(!with("br;q=0"));
        assert!(!with("brotli"));
        assert!(!accepts_brotli(&HeaderMap::new()));
    }

    #[tokio::test]
    async fn every_send_of_a_form_gets_its_own_submission_id_and_token() {
        let tokens = tokens();
        let form = page(format!(r#"<input name="submission-id" value="{SUBMISSION_ID_PLACEHOLDER}">"#));
        let (first, second) = (text(form.fill(&tokens)).await, text(form.fill(&tokens)).await);
        assert_ne!(first, second);
        for sent in [&first, &second] {
            assert!(!sent.contains(SUBMISSION_ID_PLACEHOLDER));
            let id = sent.split("value=\"").nth(1).unwrap().trim_end_matches("\">");
            assert!(uuid::Uuid::parse_str(id).is_ok(), "{id}");
        }
        assert_eq!(text(page("<p>plain</p>").fill(&tokens)).await, "<p>plain</p>");
        let two = page(format!("{FORM_TOKEN_PLACEHOLDER}|{FORM_TOKEN_PLACEHOLDER}"));
        assert_eq!(text(two.fill(&tokens)).await, "token-0|token-1", "each placeholder its own token");
    }

    #[test]
    fn a_flood_of_distinct_queries_stays_within_the_byte_bound() {
        let cache = cache();
        let none = HeaderMap::new();
        for i in 0..5_000 {
            let uri: Uri = format!("/en/directory?junk={i}").parse().unwrap();
            let key = cache.key(&Method::GET, &uri, &none, 0).unwrap();
            cache.pages.insert(key, Arc::new(page(vec![b'x'; 2048])));
            assert!(cache.weight() <= 64 * 1024, "{} bytes held after {i}", cache.weight());
        }
        assert!(cache.len() < 5_000 && !cache.is_empty());
    }
}
