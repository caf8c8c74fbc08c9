//! Visitor pages rendered once and served again from memory. A page depends only on its
//! address (language, route, query), the minute (open-now, contact-by promises) and whether
//! the chat is open; that is the key. What must differ per response (a fresh form's
//! submission id, see `app::per_response`) is rendered as a placeholder and filled in here
//! on every send, cached or not. Pages carry no personal data: a form shown again with what
//! was typed is a POST answer and never cached. Memory is bounded by weight (bytes), and the
//! cache is scan-resistant (S3-FIFO), so a script varying the query string cannot push the
//! real pages out. It sits inside the compression layer; a kept page is also kept
//! brotli-compressed (made on the first request that accepts brotli), so a hit costs neither
//! a render nor a compression. For a page with per-response values (the forms put theirs
//! last) only the part before the first is kept compressed; the few bytes after it are sent
//! uncompressed in the same stream (`brotli_parts`). A page whose values come early is
//! compressed on the way out, as any response is.
use std::sync::{Arc, OnceLock};

use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::Response;
use quick_cache::sync::Cache;
use quick_cache::Weighter;

use super::brotli_parts;
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
    /// Where the page is filled in per response; none for a page that is the same for all.
    blanks: Blanks,
    /// Brotli, made the first time a client accepting it asks: the whole page, or for a page
    /// with blanks the part before the first one (`brotli_parts::open_stream`).
    brotli: OnceLock<Bytes>,
}

/// A per-response value and what stands for it in a rendered page.
#[derive(Debug, Clone, Copy)]
enum Fresh {
    SubmissionId,
    FormToken,
}

impl Fresh {
    const ALL: [Fresh; 2] = [Fresh::SubmissionId, Fresh::FormToken];

    fn placeholder(self) -> &'static str {
        match self {
            Fresh::SubmissionId => SUBMISSION_ID_PLACEHOLDER,
            Fresh::FormToken => FORM_TOKEN_PLACEHOLDER,
        }
    }

    fn value(self, tokens: &FormTokenIssuer) -> String {
        match self {
            Fresh::SubmissionId => uuid::Uuid::new_v4().to_string(),
            Fresh::FormToken => tokens.issue(),
        }
    }
}

/// A page cut at its placeholders, found once when the page is kept: the bytes before the
/// first (`head`), then each placeholder's value with the bytes up to the next.
#[derive(Debug, Default)]
struct Blanks {
    head: usize,
    rest: Vec<(Fresh, std::ops::Range<usize>)>,
}

impl Blanks {
    fn of(body: &[u8]) -> Blanks {
        let mut found: Vec<(usize, Fresh)> = Fresh::ALL
            .iter()
            .flat_map(|&fresh| memchr::memmem::find_iter(body, fresh.placeholder().as_bytes()).map(move |at| (at, fresh)))
            .collect();
        found.sort_unstable_by_key(|&(at, _)| at);
        let Some(&(head, _)) = found.first() else { return Blanks { head: body.len(), rest: Vec::new() } };
        let ends = found.iter().skip(1).map(|&(at, _)| at).chain([body.len()]);
        let rest = found.iter().zip(ends).map(|(&(at, fresh), end)| (fresh, at + fresh.placeholder().len()..end)).collect();
        Blanks { head, rest }
    }

    fn per_response(&self) -> bool {
        !self.rest.is_empty()
    }

    /// Appends everything after `head` to `out`, with a fresh value in each blank.
    fn fill_tail_into(&self, body: &[u8], tokens: &FormTokenIssuer, out: &mut Vec<u8>) {
        out.reserve(body.len() - self.head + 64 * self.rest.len());
        for (fresh, literal) in &self.rest {
            out.extend_from_slice(fresh.value(tokens).as_bytes());
            out.extend_from_slice(&body[literal.clone()]);
        }
    }
}

/// A page whose per-response part starts further than this from its end is compressed per
/// response instead: sending that much uncompressed would cost more than it saves.
const MOST_UNCOMPRESSED_TAIL: usize = 4 * 1024;

impl Template {
    fn new(status: StatusCode, headers: HeaderMap, body: Bytes) -> Template {
        let blanks = Blanks::of(&body);
        Template { status, headers, body, blanks, brotli: OnceLock::new() }
    }

    /// The response for a client accepting brotli, from the kept compressed copy (made now if
    /// need be): the page itself, or its fixed start with the rest filled in and sent as it
    /// is. None for a page whose per-response part is not near its end.
    fn compressed(&self, tokens: &FormTokenIssuer) -> Option<Response> {
        let body = if !self.blanks.per_response() {
            self.brotli.get_or_init(|| brotli_parts::whole(&self.body, BROTLI_QUALITY).into()).clone()
        } else if self.body.len() - self.blanks.head <= MOST_UNCOMPRESSED_TAIL {
            let opened = self.brotli.get_or_init(|| brotli_parts::open_stream(&self.body[..self.blanks.head], BROTLI_QUALITY).into());
            let mut tail = Vec::new();
            self.blanks.fill_tail_into(&self.body, tokens, &mut tail);
            Bytes::from(brotli_parts::closed_with(opened, &tail))
        } else {
            return None;
        };
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
    /// else the page with its blanks filled (compressed on the way out if asked).
    fn answer(&self, accepts_brotli: bool, tokens: &FormTokenIssuer) -> Response {
        accepts_brotli.then(|| self.compressed(tokens)).flatten().unwrap_or_else(|| self.fill(tokens))
    }

    /// The answer when nothing on the way out would change it: the kept brotli for a client
    /// that takes brotli, the page as it is for one that takes no compression at all. `None`
    /// when the compression layer has work to do (gzip only, or an early per-response value).
    fn finished_answer(&self, coding: Accepted, tokens: &FormTokenIssuer) -> Option<Response> {
        match coding {
            Accepted::Brotli => self.compressed(tokens),
            Accepted::Nothing => Some(self.fill(tokens)),
            Accepted::Other => None,
        }
    }

    /// The page with a fresh value of its own in each blank: the kept start as it is (not
    /// copied), then the filled rest. A value need not be as long as its placeholder, so the
    /// length is counted per response.
    fn fill(&self, tokens: &FormTokenIssuer) -> Response {
        let (body, length) = if self.blanks.per_response() {
            let head = self.body.slice(..self.blanks.head);
            let mut tail = Vec::new();
            self.blanks.fill_tail_into(&self.body, tokens, &mut tail);
            let length = head.len() + tail.len();
            let parts = [head, Bytes::from(tail)].map(Ok::<_, std::convert::Infallible>);
            (Body::from_stream(futures_util::stream::iter(parts)), length)
        } else {
            (Body::from(self.body.clone()), self.body.len())
        };
        let mut response = Response::new(body);
        *response.status_mut() = self.status;
        *response.headers_mut() = self.headers.clone();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
        // Sent as it is only when no coding was asked; the compression layer, seeing it, adds no second one.
        headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
        response
    }
}

/// What a request's `Accept-Encoding` lets the page cache send as kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Accepted {
    Brotli,
    /// No `Accept-Encoding` at all: the page as it is.
    Nothing,
    /// Some other coding (gzip): left to the compression layer.
    Other,
}

fn accepted(headers: &HeaderMap) -> Accepted {
    if accepts_brotli(headers) {
        Accepted::Brotli
    } else if headers.get_all(header::ACCEPT_ENCODING).iter().all(|value| value.as_bytes().trim_ascii().is_empty()) {
        Accepted::Nothing
    } else {
        Accepted::Other
    }
}

/// True when the request's `Accept-Encoding` names brotli (and not with `q=0`).
fn accepts_brotli(headers: &HeaderMap) -> bool {
    headers.get_all(header::ACCEPT_ENCODING).iter().filter_map(|value| value.to_str().ok()).flat_map(|value| value.split(',')).any(|coding| {
        let mut parts = coding.split(';').map(str::trim);
        parts.next() == Some("br") && parts.all(|param| param.strip_prefix("q=").is_none_or(|q| q.parse::<f32>().is_ok_and(|q| q > 0.0)))
    })
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

    /// The key for a request now.
    fn key_now(&self, request: &Request) -> Option<PageKey> {
        self.key(request.method(), request.uri(), request.headers(), chrono::Utc::now().timestamp())
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

/// In front of the router: a kept page that needs nothing more on the way out is answered
/// here, before routing and the other layers (its kept headers already carry what they
/// add). Anything else goes on to `serve`, inside the compression layer.
pub async fn serve_kept(State(cache): State<PageCache>, request: Request, next: Next) -> Response {
    let kept = cache.key_now(&request).and_then(|key| cache.pages.get(&key));
    match kept.and_then(|page| page.finished_answer(accepted(request.headers()), &cache.form_tokens)) {
        Some(response) => response,
        None => next.run(request).await,
    }
}

/// The middleware: a page from memory when there is one for this key, else rendered and
/// (when a 200 without cookies) kept. Every HTML page of the site leaves through here, so
/// no placeholder is ever sent unfilled.
pub async fn serve(State(cache): State<PageCache>, request: Request, next: Next) -> Response {
    let key = cache.key_now(&request);
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

    /// The body, checked against the length the response states.
    async fn text(response: Response) -> String {
        let stated: Option<usize> = response.headers().get(header::CONTENT_LENGTH).map(|length| length.to_str().unwrap().parse().unwrap());
        let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
        assert!(stated.is_none_or(|stated| stated == body.len()), "stated {stated:?}, sent {}", body.len());
        String::from_utf8(body.to_vec()).unwrap()
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
        // A page whose per-response value comes early is compressed on the way out instead.
        let early = page(format!(r#"<input name="submission-id" value="{SUBMISSION_ID_PLACEHOLDER}">{}"#, "x".repeat(MOST_UNCOMPRESSED_TAIL)));
        let answer = early.answer(true, &tokens());
        assert!(!answer.headers().contains_key(header::CONTENT_ENCODING));
        assert!(!text(answer).await.contains(SUBMISSION_ID_PLACEHOLDER));
    }

    async fn decoded(response: Response) -> String {
        assert_eq!(response.headers()[header::CONTENT_ENCODING], "br");
        let sent = to_bytes(response.into_body(), usize::MAX).await.unwrap();
        let mut plain = Vec::new();
        brotli::BrotliDecompress(&mut &sent[..], &mut plain).unwrap();
        String::from_utf8(plain).unwrap()
    }

    #[tokio::test]
    async fn a_form_with_its_values_last_is_kept_compressed_up_to_them_and_each_send_differs() {
        let start = format!("<html><body><form id=f>{}</form>", "<label>Your name</label><input name=n> ".repeat(300));
        let form = page(format!(r#"{start}<input name="submission-id" form=f value="{SUBMISSION_ID_PLACEHOLDER}"><i>{FORM_TOKEN_PLACEHOLDER}</i></body></html>"#));
        let tokens = tokens();
        let (first, second) = (form.answer(true, &tokens), form.answer(true, &tokens));
        let length: usize = first.headers()[header::CONTENT_LENGTH].to_str().unwrap().parse().unwrap();
        assert!(length < start.len() / 4, "{length} bytes sent for {}", start.len());
        let (first, second) = (decoded(first).await, decoded(second).await);
        assert_ne!(first, second, "every send has its own values");
        for sent in [&first, &second] {
            assert!(sent.starts_with(&start), "the kept start, unchanged");
            let id = sent.split("value=\"").nth(1).unwrap().split('"').next().unwrap();
            assert!(uuid::Uuid::parse_str(id).is_ok(), "{id}");
            assert!(!sent.contains(SUBMISSION_ID_PLACEHOLDER) && !sent.contains(FORM_TOKEN_PLACEHOLDER));
            assert!(sent.ends_with("</i></body></html>"));
        }
        assert!(first.contains("<i>token-0</i>") && second.contains("<i>token-1</i>"));
        // Not asked for brotli: the same page, filled, uncompressed.
        let plain = text(form.answer(false, &tokens)).await;
        assert!(plain.starts_with(&start) && plain.contains("<i>token-2</i>"));
    }

    #[test]
    fn blanks_are_found_in_page_order_whichever_kind_comes_first() {
        let body = format!("a{FORM_TOKEN_PLACEHOLDER}bc{SUBMISSION_ID_PLACEHOLDER}d{FORM_TOKEN_PLACEHOLDER}");
        let blanks = Blanks::of(body.as_bytes());
        assert_eq!(blanks.head, 1);
        let literals: Vec<&str> = blanks.rest.iter().map(|(_, range)| &body[range.clone()]).collect();
        assert_eq!(literals, ["bc", "d", ""]);
        assert!(matches!(blanks.rest[1].0, Fresh::SubmissionId));
        assert!(!Blanks::of(b"<p>nothing</p>").per_response());
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
        // What the kept-page fast path may answer as kept.
        let of = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(value));
            accepted(&headers)
        };
        assert_eq!(of("gzip, br"), Accepted::Brotli);
        assert_eq!(of("gzip, deflate"), Accepted::Other);
        assert_eq!(of("br;q=0, gzip"), Accepted::Other);
        assert_eq!(of(""), Accepted::Nothing);
        assert_eq!(accepted(&HeaderMap::new()), Accepted::Nothing);
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
        // The length goes with the response (each fill differs in length from the page kept).
        assert!(form.fill(&tokens).headers().contains_key(header::CONTENT_LENGTH));
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
