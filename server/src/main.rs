use std::net::SocketAddr;

use axum::serve::ListenerExt;
use leptos::config::get_configuration;
use server::config::Config;
use server::infra::redis_link::RedisLink;
use server::state;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    server::infra::telemetry::init();
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("frontdoor: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("adviser") => return server::staff::cli::run(&args[1..]).await,
        Some("settings") => {
            print!("{}", server::config::settings_table());
            return Ok(());
        }
        _ => {}
    }
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let leptos_options = get_configuration(None)
        .map_err(|e| format!("LEPTOS_* configuration: {e}"))?
        .leptos_options;
    let client = redis::Client::open(config.redis_url.as_str()).map_err(|_| "REDIS_URL: invalid")?;
    let redis = RedisLink::start(client.clone());
    let addr = leptos_options.site_addr;
    // Background work; every instance runs it and every step is safe to repeat.
    let claim_ms = i64::from(config.claim_minutes) * 60_000;
    let instance = format!("instance-{}", uuid::Uuid::new_v4());
    tokio::spawn(server::triage::intake::run(redis.clone(), instance.clone(), claim_ms));
    tokio::spawn(server::triage::jobs::run(redis.clone(), claim_ms, config.retention_days));
    let state = state::state(&config, leptos_options, redis)?;
    server::chat::spawn_background(&state.chat, client, instance, state.site.chat_open.clone());
    let app = server::app::build(state, &config);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr} (LEPTOS_SITE_ADDR): {e}"))?
        // Chat frames are small and must go out at once, not wait for Nagle's algorithm.
        .tap_io(|stream| {
            let _ = stream.set_nodelay(true);
        });
    tracing::info!("frontdoor listening on http://{addr}");
    println!("frontdoor is running at http://{addr}");
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(server::infra::shutdown::signal())
        .await
        .map_err(|e| format!("server error: {e}"))
}
