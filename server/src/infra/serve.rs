//! Serves the router over HTTP/1 with what `axum::serve` does not expose: a header-read
//! timeout, so a connection that trickles its headers (slowloris) is closed. Otherwise it
//! keeps what `axum::serve` gave: `TCP_NODELAY`, the peer as `ConnectInfo<SocketAddr>`,
//! websocket upgrades, and a graceful shutdown (stop accepting, let in-flight requests
//! finish, wait a bounded time).
use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tower::ServiceExt;

#[derive(Debug, Clone, Copy)]
pub struct ServeLimits {
    /// Time a connection has to send a request's headers.
    pub header_read: Duration,
    /// Longest wait for in-flight requests after the shutdown signal.
    pub shutdown_grace: Duration,
}

/// Accepts connections until `shutdown` resolves, then drains them.
pub async fn serve(listener: TcpListener, app: Router, limits: ServeLimits, shutdown: impl Future<Output = ()>) {
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_read);
    // Every connection holds a receiver; when all are dropped, every connection is done.
    let (stop, stopping) = watch::channel(false);
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(connection) => connection,
                Err(error) => {
                    pause_after(error).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        tokio::spawn(connection(http.clone(), stream, peer, app.clone(), stopping.clone()));
    }
    drop(listener);
    drop(stopping);
    let _ = stop.send(true);
    if tokio::time::timeout(limits.shutdown_grace, stop.closed()).await.is_err() {
        tracing::warn!("shutdown: some requests were still running after {:?}", limits.shutdown_grace);
    }
}

async fn connection(http: http1::Builder, stream: TcpStream, peer: SocketAddr, app: Router, mut stopping: watch::Receiver<bool>) {
    // Chat frames are small and must go out at once, not wait for Nagle's algorithm.
    let _ = stream.set_nodelay(true);
    let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
        request.extensions_mut().insert(ConnectInfo(peer));
        app.clone().oneshot(request)
    });
    let connection = http.serve_connection(TokioIo::new(stream), service).with_upgrades();
    tokio::pin!(connection);
    tokio::select! {
        _ = connection.as_mut() => return,
        _ = stopping.wait_for(|stop| *stop) => {}
    }
    // Finish the request in flight, then close; an idle connection closes at once.
    connection.as_mut().graceful_shutdown();
    let _ = connection.await;
}

/// Accept fails when a client gave up mid-handshake (nothing to do) or when the process is
/// out of file descriptors (wait, rather than spin).
async fn pause_after(error: std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if !matches!(error.kind(), ConnectionAborted | ConnectionRefused | ConnectionReset) {
        tracing::warn!(%error, "accepting a connection failed");
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
