use clap::Parser;
use leptos::config::get_configuration;
use server::cli::{AdviserAction, Cli, Command};
use server::config::Config;
use server::infra::redis_link::RedisLink;
use server::infra::serve::{serve, ServeLimits};
use server::state;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    match Cli::parse().command {
        None | Some(Command::Serve) => {}
        Some(Command::Adviser { action: AdviserAction::Add { name, role, admin } }) => {
            return server::staff::cli::add(&name, AdviserAction::role(role, admin)).await
        }
        Some(Command::Adviser { action }) => return server::staff::cli::manage(action).await,
        Some(Command::Settings) => {
            print!("{}", server::config::settings_table());
            return Ok(());
        }
        Some(Command::Rekey { passes }) => return server::rekey::cli::run(passes).await,
    }
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let leptos_options = get_configuration(None)
        .map_err(|e| format!("LEPTOS_* configuration: {e}"))?
        .leptos_options;
    let redis = RedisLink::open(&config.redis_url).map_err(|_| "REDIS_URL: invalid")?;
    let addr = leptos_options.site_addr;
    // Background work; every instance runs it and every step is safe to repeat.
    let claim_ms = i64::from(config.claim_minutes) * 60_000;
    let instance = format!("instance-{}", uuid::Uuid::new_v4());
    let webhook = server::triage::alert_webhook::AlertWebhook::new(config.alert_webhook_url.clone());
    tokio::spawn(server::triage::intake::run(redis.clone(), instance.clone(), claim_ms, webhook.clone()));
    tokio::spawn(server::triage::jobs::run(redis.clone(), claim_ms, config.retention_days, config.audit_days, webhook));
    let state = state::state(&config, leptos_options, redis.clone())?;
    tokio::spawn(server::insight::jobs::run(state.insight.clone()));
    let drain = state.drain.clone();
    server::chat::spawn_background(&state.chat, redis.target().clone(), instance, state.site.chat_open.clone());
    tokio::spawn(server::voice::jobs::run(state.voice.store.clone()));
    let app = server::app::build(state, &config);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| format!("cannot listen on {addr} (LEPTOS_SITE_ADDR): {e}"))?;
    tracing::info!("frontdoor listening on http://{addr}");
    println!("frontdoor is running at http://{addr}");
    // On SIGTERM the drain runs while connections are still accepted (so `/readyz` can say
    // not-ready); then requests in flight get the same bound again.
    let limits = ServeLimits { header_read: config.edges.header_read, shutdown_grace: config.edges.drain };
    let stop = async move {
        server::infra::shutdown::signal().await;
        drain.run(config.edges.drain).await;
    };
    serve(listener, app, limits, stop).await;
    Ok(())
}
