//! The chat sockets: the visitor's (`visitor`) and the adviser's (`adviser`), each a `Side`
//! run by the one driver here, which does what both share: size limits, reading, the
//! per-connection rate limit, pings, sending with a deadline, and closing (also when the
//! instance drains: the client is asked to connect again elsewhere and resume). The
//! upgrades' `Origin` check is `infra::origin`, shared with staff forms.
pub mod adviser;
pub mod visitor;

use std::num::NonZeroU32;
use std::sync::LazyLock;
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use domain::chat::protocol::{ServerFrame, MAX_FRAME_BYTES};
use governor::clock::DefaultClock;
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};

use super::bus::{Wake, Wakes};
use crate::infra::drain::Drain;

/// A client that has not taken a frame in this long is too slow to keep; it can resume.
const SEND_DEADLINE: Duration = Duration::from_secs(5);
/// The most the socket may buffer for a client that reads slowly.
const MAX_WRITE_BUFFER: usize = 64 * 1024;
/// Ping this often; two unanswered pings end the connection.
pub const PING_EVERY: Duration = Duration::from_secs(10);
const UNANSWERED_PINGS_ALLOWED: u32 = 2;
/// A refresh a side put off (see `Side::wants_refresh`) happens at most this often.
const REFRESH_EVERY: Duration = Duration::from_secs(1);

/// The upgrade with small buffers and hard limits, so ten thousand idle sockets stay cheap
/// and no frame can be larger than the protocol allows. Reads go in 1 KiB steps (a larger
/// frame still arrives whole); 4 KiB cost 3 KiB more per idle socket (bench/README.md).
pub fn limited(upgrade: WebSocketUpgrade) -> WebSocketUpgrade {
    upgrade
        .read_buffer_size(1024)
        .write_buffer_size(0)
        .max_write_buffer_size(MAX_WRITE_BUFFER)
        .max_frame_size(MAX_FRAME_BYTES)
        .max_message_size(MAX_FRAME_BYTES)
}

/// What arrived on a socket, as the driver handles it.
enum Incoming {
    Text(axum::extract::ws::Utf8Bytes),
    Pong,
    /// Binary frames are not part of the protocol.
    Binary,
    /// Pings (answered by the library) and anything else that needs nothing from us.
    Nothing,
    /// Closed, failed, or over the size limit.
    Gone,
}

fn classify(incoming: Option<Result<Message, axum::Error>>) -> Incoming {
    match incoming {
        Some(Ok(Message::Text(text))) => Incoming::Text(text),
        Some(Ok(Message::Pong(_))) => Incoming::Pong,
        Some(Ok(Message::Binary(_))) => Incoming::Binary,
        Some(Ok(Message::Ping(_))) => Incoming::Nothing,
        Some(Ok(Message::Close(_))) | Some(Err(_)) | None => Incoming::Gone,
    }
}

/// Sends one frame; false when the client is gone or too slow.
pub async fn send(socket: &mut WebSocket, frame: &ServerFrame) -> bool {
    matches!(tokio::time::timeout(SEND_DEADLINE, socket.send(Message::text(frame.to_json()))).await, Ok(Ok(())))
}

/// A ping, under the same deadline as any frame.
async fn ping(socket: &mut WebSocket) -> bool {
    matches!(tokio::time::timeout(SEND_DEADLINE, socket.send(Message::Ping(Default::default()))).await, Ok(Ok(())))
}

pub async fn send_error(socket: &mut WebSocket, code: &str) -> bool {
    send(socket, &ServerFrame::error(code)).await
}

/// Closes with a reason the client can read (policy violation).
pub async fn close(socket: &mut WebSocket, reason: &'static str) {
    close_with(socket, 1008, reason).await
}

/// The close code of a socket whose instance is stopping (RFC 6455 "service restart"): the
/// client connects again, reaching another instance, and resumes.
pub const SERVICE_RESTART: u16 = 1012;

/// How a connection's driver returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Driven {
    /// The client went, stopped answering, or the side finished.
    Over,
    /// The instance is draining: the client was asked to resume elsewhere.
    Moved,
}

/// Asks the client to resume on another instance, closes, and waits (at most the send
/// deadline) for the client to answer the close: until then it may still be reading.
async fn ask_to_move(socket: &mut WebSocket) {
    send(socket, &ServerFrame::Reconnect).await;
    close_with(socket, SERVICE_RESTART, "service restart").await;
    let _ = tokio::time::timeout(SEND_DEADLINE, async {
        while !matches!(classify(socket.recv().await), Incoming::Gone) {}
    })
    .await;
}

/// Closes with `code` and a reason the client can read.
pub async fn close_with(socket: &mut WebSocket, code: u16, reason: &'static str) {
    let frame = CloseFrame { code, reason: reason.into() };
    let _ = tokio::time::timeout(SEND_DEADLINE, socket.send(Message::Close(Some(frame)))).await;
}

/// A ticker for `every`, starting at a random point of its first period: thousands of
/// sockets opened together must not ping (and read Redis) in the same instant for ever after.
fn spread_interval(every: Duration) -> tokio::time::Interval {
    use chacha20poly1305::aead::rand_core::RngCore;
    let offset = Duration::from_millis(u64::from(chacha20poly1305::aead::OsRng.next_u32()) % every.as_millis().max(1) as u64);
    let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + offset, every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    ticks
}

/// One clock for every connection's limiter: making one calibrates it with CPUID, which
/// traps to the hypervisor on a virtual machine (a twentieth of an instance's CPU while
/// 5,000 visitors arrive, before it was shared). A copy is a few words.
static LIMITER_CLOCK: LazyLock<DefaultClock> = LazyLock::new(DefaultClock::default);

/// A token bucket per connection: `per_second` frames, bursts of `burst`.
pub fn frame_limiter(per_second: u32, burst: u32) -> DefaultDirectRateLimiter {
    let per_second = NonZeroU32::new(per_second).unwrap_or(NonZeroU32::MIN);
    let burst = NonZeroU32::new(burst).unwrap_or(per_second);
    RateLimiter::direct_with_clock(Quota::per_second(per_second).allow_burst(burst), LIMITER_CLOCK.clone())
}

/// What the visitor's and the adviser's connections do differently; the driver does the rest.
/// Every method that sends answers false when the client is gone.
pub(crate) trait Side {
    /// One text frame that passed the rate limit.
    async fn on_text(&mut self, ws: &mut WebSocket, text: &str) -> bool;
    /// A wake-up from the bus.
    async fn on_wake(&mut self, ws: &mut WebSocket, wake: Wake) -> bool;
    /// Every beat: keep this side's presence alive in Redis.
    async fn on_beat(&mut self);
    /// Sends everything new; at the start, and with each ping to repair a dropped wake-up.
    async fn catch_up(&mut self, ws: &mut WebSocket) -> bool;
    /// A refresh this side put off; the driver runs `refresh` at most once a second.
    fn wants_refresh(&self) -> bool {
        false
    }
    async fn refresh(&mut self, ws: &mut WebSocket) -> bool {
        self.catch_up(ws).await
    }
    /// The conversation is over: stop reading.
    fn finished(&self) -> bool {
        false
    }
}

/// The next tick of a side's refresh ticker, made on first use (its first tick is at once).
async fn next_refresh(refreshes: &mut Option<tokio::time::Interval>) {
    let ticker = refreshes.get_or_insert_with(|| {
        let mut ticker = tokio::time::interval(REFRESH_EVERY);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        ticker
    });
    ticker.tick().await;
}

/// How a connection is paced: its token bucket and how often `Side::on_beat` runs (at most
/// `PING_EVERY`; a ping goes with the beat that completes each ping period).
pub(crate) struct Pace {
    pub frames_per_second: u32,
    pub burst: u32,
    pub beat: Duration,
}

/// Runs one connection until the client goes, stops answering pings, or the side finishes;
/// or until the instance drains, which asks the client to move (the drain waits for that).
pub(crate) async fn drive(ws: &mut WebSocket, side: &mut impl Side, wakes: &mut Wakes, pace: Pace, drain: &Drain) -> Driven {
    let _open = drain.hold();
    let limiter = frame_limiter(pace.frames_per_second, pace.burst);
    let mut beats = spread_interval(pace.beat);
    // Made the first time the side wants one: a visitor's connection never does.
    let mut refreshes: Option<tokio::time::Interval> = None;
    let mut since_ping = Duration::ZERO;
    let mut unanswered_pings = 0;
    // Every handler runs boxed: the driver's own state (what an idle socket keeps between
    // events) then holds a pointer to it, not the largest handler's whole state machine.
    let mut connected = Box::pin(side.catch_up(ws)).await;
    while connected {
        connected = tokio::select! {
            () = drain.begun() => {
                Box::pin(ask_to_move(ws)).await;
                return Driven::Moved;
            }
            incoming = ws.recv() => match classify(incoming) {
                Incoming::Text(_) if limiter.check().is_err() => send_error(ws, "slow-down").await,
                Incoming::Text(text) => Box::pin(side.on_text(ws, text.as_str())).await,
                Incoming::Binary => send_error(ws, "malformed").await,
                Incoming::Pong => {
                    unanswered_pings = 0;
                    true
                }
                Incoming::Nothing => true,
                Incoming::Gone => false,
            },
            wake = wakes.recv() => {
                // Wake-ups were dropped while this one waited: read everything new instead.
                if wakes.lagged() { Box::pin(side.catch_up(ws)).await } else { Box::pin(side.on_wake(ws, wake)).await }
            }
            _ = next_refresh(&mut refreshes), if side.wants_refresh() => Box::pin(side.refresh(ws)).await,
            _ = beats.tick() => {
                Box::pin(side.on_beat()).await;
                since_ping += pace.beat;
                if since_ping < PING_EVERY {
                    true
                } else {
                    since_ping = Duration::ZERO;
                    unanswered_pings += 1;
                    unanswered_pings <= UNANSWERED_PINGS_ALLOWED && ping(ws).await && Box::pin(side.catch_up(ws)).await
                }
            },
        };
        if side.finished() {
            break;
        }
    }
    Driven::Over
}

#[cfg(test)]
mod tests {
    use super::*;
    // The upgrades check `Origin` with the one rule forms use too.
    use crate::infra::origin::allows_socket as same_origin;
    use axum::http::{header, HeaderMap, HeaderValue};

    fn headers(origin: Option<&str>, host: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_str(host).unwrap());
        if let Some(origin) = origin {
            headers.insert(header::ORIGIN, HeaderValue::from_str(origin).unwrap());
        }
        headers
    }

    #[test]
    fn only_this_sites_pages_may_connect() {
        assert!(same_origin(&headers(Some("https://help.example"), "help.example")));
        assert!(same_origin(&headers(Some("http://127.0.0.1:3000"), "127.0.0.1:3000")));
        assert!(!same_origin(&headers(Some("https://evil.example"), "help.example")));
        assert!(!same_origin(&headers(Some("https://help.example.evil"), "help.example")));
        assert!(!same_origin(&headers(None, "help.example")));
        assert!(!same_origin(&headers(Some("null"), "help.example")));
    }

    #[test]
    fn the_limiter_allows_a_burst_then_refuses() {
        let limiter = frame_limiter(1, 3);
        assert!((0..3).all(|_| limiter.check().is_ok()));
        assert!(limiter.check().is_err());
    }
}
