//! `frontdoor rekey`: runs `rekey::run` against the configured Redis and prints progress.
use std::io::Write;

use crate::config::Config;
use crate::infra::redis_link::RedisLink;

pub async fn run(passes: usize) -> Result<(), String> {
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let link = RedisLink::open(&config.redis_url).map_err(|_| "REDIS_URL: invalid")?;
    let connection = link.connection().await.ok_or("Redis is not reachable at REDIS_URL")?;
    println!("Re-sealing with key {} (keys known: {}).", config.sealer.key_ids()[0], config.sealer.key_ids().join(", "));
    let mut report = |pass: usize, part: super::Part, tally: &super::Tally| {
        println!("pass {pass}: {part}: {tally}");
        let _ = std::io::stdout().flush();
    };
    let last = super::run(connection, &config.sealer, config.retention_days, passes, &mut report)
        .await
        .map_err(|e| format!("Redis: {e} (run it again to continue where it stopped)"))?;
    let mut total = super::Tally::default();
    for (_, tally) in &last {
        total += *tally;
    }
    if !total.settled() {
        return Err(format!("not finished after {passes} passes: still changing ({total}); run it again"));
    }
    if total.unreadable > 0 {
        return Err(format!("{} blobs open with no configured key: keep every old key listed", total.unreadable));
    }
    if total.left_to_retention > 0 {
        println!("Done, except {} referrals retention deletes within a day: keep the old key until then.", total.left_to_retention);
    } else {
        println!("Done: everything is sealed with key {}. Older keys may now be removed from DATA_KEYS.", config.sealer.key_ids()[0]);
    }
    Ok(())
}
