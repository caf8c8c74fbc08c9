//! The network edge against a real Redis: the header-read and request timeouts, body limits
//! applied before anything reads the body, rate-limit keys (IPv6 /64, trusted proxies) and
//! the bounded memory of every per-client limiter.
mod support;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use axum::routing::get;
use axum::Router;
use server::infra::client::{ClientKeys, TrustedProxies};
use server::infra::rate_limit;
use server::infra::serve::{serve, ServeLimits};
use support::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower::ServiceExt;

fn edge_router(redis: &RedisServer, extra: &[(&str, &str)]) -> Router {
    router(&config_with(&redis.url(), &repo_root().join("locales"), extra))
}

/// A request from `peer`, as the accept loop hands it to the router.
async fn send(app: &Router, mut request: Request<Body>, peer: &str) -> StatusCode {
    let peer: SocketAddr = peer.parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(peer));
    app.clone().oneshot(request).await.unwrap().status()
}

/// A sign-in post (only posts are limited). It carries no form token, so one that gets
/// past the limiter is refused by the form check (403) without hashing anything.
fn sign_in_page(forwarded: Option<&str>) -> Request<Body> {
    let mut request = Request::post("/staff/login").header("content-type", "application/x-www-form-urlencoded");
    if let Some(forwarded) = forwarded {
        request = request.header("x-forwarded-for", forwarded);
    }
    request.body(Body::from("name=nobody&password=x&code=1")).unwrap()
}

/// What a sign-in post that the limiter let through is answered.
const PAST_THE_LIMITER: StatusCode = StatusCode::FORBIDDEN;

/// The sign-in limiter allows a burst of 10.
const SIGN_IN_BURST: usize = 10;

#[tokio::test]
async fn an_ipv6_64_shares_one_bucket() {
    let redis = RedisServer::start();
    let app = edge_router(&redis, &[]);
    for i in 0..SIGN_IN_BURST {
        // Different addresses, one /64.
        let peer = format!("[2001:db8:1:2::{:x}]:4000", i + 1);
        assert_eq!(send(&app, sign_in_page(None), &peer).await, PAST_THE_LIMITER, "try {i}");
    }
    assert_eq!(send(&app, sign_in_page(None), "[2001:db8:1:2:ffff::9]:4000").await, StatusCode::TOO_MANY_REQUESTS);
    // IPv4-mapped IPv6 and another /64 have buckets of their own.
    assert_eq!(send(&app, sign_in_page(None), "[2001:db8:1:3::1]:4000").await, PAST_THE_LIMITER);
    assert_eq!(send(&app, sign_in_page(None), "[::ffff:192.0.2.9]:4000").await, PAST_THE_LIMITER);
}

#[tokio::test]
async fn forwarded_addresses_are_believed_only_from_trusted_proxies() {
    let redis = RedisServer::start();
    let app = edge_router(&redis, &[("TRUSTED_PROXIES", "10.0.0.0/8")]);
    // An untrusted peer forging a new address each time still has one bucket.
    for i in 0..SIGN_IN_BURST {
        let forged = format!("198.51.100.{i}");
        assert_eq!(send(&app, sign_in_page(Some(&forged)), "192.0.2.7:4000").await, PAST_THE_LIMITER);
    }
    let forged = sign_in_page(Some("198.51.100.200"));
    assert_eq!(send(&app, forged, "192.0.2.7:4000").await, StatusCode::TOO_MANY_REQUESTS);

    // Behind the trusted proxy each client has its own bucket, and the client cannot
    // escape it by prepending addresses of its own.
    for i in 0..SIGN_IN_BURST {
        let chain = format!("198.51.100.{i}, 203.0.113.5");
        assert_eq!(send(&app, sign_in_page(Some(&chain)), "10.0.0.2:4000").await, PAST_THE_LIMITER);
    }
    let again = sign_in_page(Some("203.0.113.5"));
    assert_eq!(send(&app, again, "10.0.0.2:4000").await, StatusCode::TOO_MANY_REQUESTS);
    let other_client = sign_in_page(Some("203.0.113.6"));
    assert_eq!(send(&app, other_client, "10.0.0.2:4000").await, PAST_THE_LIMITER);
}

/// A body of `size` bytes that records whether anyone read it.
fn watched_body(size: usize, read: Arc<AtomicBool>) -> Body {
    let chunk = Bytes::from(vec![b'a'; size]);
    Body::from_stream(futures_util::stream::once(async move {
        read.store(true, Ordering::SeqCst);
        Ok::<_, std::io::Error>(chunk)
    }))
}

const ONE_MIB: usize = 1024 * 1024;

#[tokio::test]
async fn oversized_bodies_are_refused_before_the_handler() {
    let redis = RedisServer::start();
    let app = edge_router(&redis, &[]);
    for path in ["/chat/exit", "/staff/shift", "/staff/login"] {
        let read = Arc::new(AtomicBool::new(false));
        let request = Request::post(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("content-length", ONE_MIB.to_string())
            .body(watched_body(ONE_MIB, read.clone()))
            .unwrap();
        let mut request = request;
        request.extensions_mut().insert(ConnectInfo(SocketAddr::from(([192, 0, 2, 1], 4000))));
        let response = app.clone().oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE, "{path}");
        assert!(!read.load(Ordering::SeqCst), "{path}: the body was read");
        assert!(body_text(response).await.contains("too large"), "{path}");
    }
    // Without a declared length the beacon stops reading at its limit.
    let request = Request::post("/chat/exit").body(watched_body(ONE_MIB, Arc::default())).unwrap();
    assert_eq!(send(&app, request, "192.0.2.1:4000").await, StatusCode::PAYLOAD_TOO_LARGE);
    // A beacon of the usual size still reaches its handler.
    let request = Request::post("/chat/exit").body(Body::from("x".repeat(43))).unwrap();
    assert_ne!(send(&app, request, "192.0.2.1:4000").await, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_staff_form_without_a_session_is_refused_before_its_body_is_read() {
    let redis = RedisServer::start();
    let app = edge_router(&redis, &[]);
    let read = Arc::new(AtomicBool::new(false));
    let request = Request::post("/staff/logout-everywhere")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(watched_body(1000, read.clone()))
        .unwrap();
    let status = send(&app, request, "192.0.2.1:4000").await;
    assert!(status.is_redirection(), "{status}");
    assert!(!read.load(Ordering::SeqCst), "the body was read before the session was checked");
}

#[tokio::test]
async fn a_request_that_never_finishes_its_body_times_out() {
    let redis = RedisServer::start();
    let app = edge_router(&redis, &[("REQUEST_SECONDS", "1")]);
    let never = Body::from_stream(futures_util::stream::pending::<Result<Bytes, std::io::Error>>());
    let request = Request::post("/staff/login").header("content-type", "application/x-www-form-urlencoded").body(never).unwrap();
    let started = Instant::now();
    let status = tokio::time::timeout(Duration::from_secs(10), send(&app, request, "192.0.2.1:4000")).await.expect("no hang");
    assert_eq!(status, StatusCode::REQUEST_TIMEOUT);
    assert!(started.elapsed() >= Duration::from_millis(900));
}

#[tokio::test]
async fn half_a_header_is_cut_off_and_whole_requests_are_served() {
    let redis = RedisServer::start();
    let app = edge_router(&redis, &[("HEADER_READ_SECONDS", "1")]);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let limits = ServeLimits { header_read: Duration::from_secs(1), shutdown_grace: Duration::from_secs(5) };
    let server = tokio::spawn(serve(listener, app, limits, async move {
        let _ = stopped.await;
    }));

    // Slowloris: half a header, then nothing.
    let mut slow = tokio::net::TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ").await.unwrap();
    let started = Instant::now();
    let mut rest = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(10), slow.read_to_end(&mut rest)).await;
    assert!(closed.is_ok(), "the connection was left open");
    assert!(started.elapsed() >= Duration::from_millis(900), "closed too early: {:?}", started.elapsed());
    assert!(!String::from_utf8_lossy(&rest).contains("200 OK"));

    // A whole request on the same server is answered (the peer address reaches handlers).
    let mut whole = tokio::net::TcpStream::connect(addr).await.unwrap();
    whole.write_all(b"GET /staff/login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), whole.read_to_end(&mut answer)).await.unwrap().unwrap();
    assert!(String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 200"), "{}", String::from_utf8_lossy(&answer));

    // Shutdown stops accepting and returns once connections are done.
    let _ = stop.send(());
    tokio::time::timeout(Duration::from_secs(10), server).await.expect("shutdown finished").unwrap();
    assert!(tokio::net::TcpStream::connect(addr).await.is_err(), "still accepting after shutdown");
}

async fn hello() -> &'static str {
    "hello"
}

#[tokio::test]
async fn limiter_memory_is_bounded_and_quiet_clients_are_forgotten() {
    let period = Duration::from_millis(20);
    let (layer, limiter) = rate_limit::per_client(&ClientKeys::new(TrustedProxies::default()), period, 1, 50);
    let app = Router::new().route("/", get(hello).layer(layer));
    for i in 0..500u32 {
        // A flood from 500 different /64s.
        let peer = format!("[2001:db8:{:x}:{:x}::1]:4000", i >> 8, i & 0xff);
        send(&app, Request::get("/").body(Body::empty()).unwrap(), &peer).await;
        assert!(limiter.len() <= 51, "{} clients tracked", limiter.len());
    }
    // Once full, newcomers share one overflow bucket (burst 1): the second is slowed.
    let newcomer = |n: u32| format!("[2001:db9:{n:x}::1]:4000");
    let first = send(&app, Request::get("/").body(Body::empty()).unwrap(), &newcomer(1)).await;
    let second = send(&app, Request::get("/").body(Body::empty()).unwrap(), &newcomer(2)).await;
    assert!(first == StatusCode::TOO_MANY_REQUESTS || second == StatusCode::TOO_MANY_REQUESTS);

    tokio::time::sleep(period * 5).await;
    rate_limit::forget_quiet_clients(&limiter);
    assert_eq!(limiter.len(), 0);
    assert_eq!(send(&app, Request::get("/").body(Body::empty()).unwrap(), &newcomer(3)).await, StatusCode::OK);
}

#[tokio::test]
async fn a_hand_checked_allowance_is_per_client_and_bounded_too() {
    let allowance = rate_limit::Allowance::new(&ClientKeys::new(TrustedProxies::default()), Duration::from_secs(60), 2, 50);
    let from = |peer: &str| {
        let mut request = Request::get("/").body(()).unwrap();
        request.extensions_mut().insert(ConnectInfo(peer.parse::<SocketAddr>().unwrap()));
        allowance.bucket_of(&request)
    };
    // Two each, per client: a second client still has its own.
    let (one, two) = (from("192.0.2.1:4000"), from("192.0.2.2:4000"));
    assert_eq!([allowance.take(one), allowance.take(one), allowance.take(one)], [true, true, false]);
    assert!(allowance.take(two));
    // A flood from 500 /64s tracks at most the bound (plus the shared overflow bucket).
    for i in 0..500u32 {
        let bucket = from(&format!("[2001:db8:{:x}:{:x}::1]:4000", i >> 8, i & 0xff));
        allowance.take(bucket);
        assert!(allowance.clients() <= 51, "{} clients tracked", allowance.clients());
    }
    // A request whose client cannot be told gets nothing.
    assert!(!allowance.take(None));
}
