//! Kill the real server (SIGKILL) while 200 referrals are in flight, then kill and restart
//! Redis: every referral that got its "thank you" redirect is stored, and none twice.
mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use server::referrals::store::{submission_key, INTAKE_STREAM};
use support::process::Frontdoor;
use support::*;

/// The real server on `port`, once it answers. One test client sends everything; the limit
/// is not under test here.
async fn start_server(redis_url: &str, port: u16) -> Frontdoor {
    Frontdoor::start(redis_url, port, &[("REFERRAL_POSTS_PER_MINUTE", "100000")]).await
}

fn submission_id(n: usize) -> String {
    format!("00000000-0000-4000-8000-{n:012}")
}

async fn send(client: &reqwest::Client, base: &str, n: usize) -> bool {
    let id = submission_id(n);
    let name = format!("Person {n}");
    let form = [("submission-id", id.as_str()), ("name", &name), ("contact-method", "phone"), ("phone", "07700 900444")];
    matches!(client.post(format!("{base}/en/refer/self")).form(&form).send().await, Ok(r) if r.status() == 303)
}

async fn stored(url: &str) -> (usize, Vec<bool>) {
    let mut connection = redis::Client::open(url).unwrap().get_multiplexed_async_connection().await.unwrap();
    let entries: usize = redis::cmd("XLEN").arg(INTAKE_STREAM).query_async(&mut connection).await.unwrap();
    let mut remembered = Vec::new();
    for n in 0..200 {
        let exists: bool = redis::cmd("EXISTS").arg(submission_key(&submission_id(n))).query_async(&mut connection).await.unwrap();
        remembered.push(exists);
    }
    (entries, remembered)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_referrals_survive_a_server_kill_and_a_redis_restart() {
    let mut redis = RedisServer::start();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let mut server = start_server(&redis.url(), port).await;

    let done = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for n in 0..200 {
        let (client, base, done) = (client.clone(), base.clone(), done.clone());
        tasks.push(tokio::spawn(async move {
            let acknowledged = send(&client, &base, n).await;
            done.fetch_add(acknowledged as usize, Ordering::SeqCst);
            acknowledged
        }));
    }
    // Kill it mid-stream: once some have been answered, while the rest are in flight.
    while done.load(Ordering::SeqCst) < 20 {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    server.kill();
    let mut acknowledged = Vec::new();
    for task in tasks {
        acknowledged.push(task.await.unwrap());
    }
    let acked = acknowledged.iter().filter(|a| **a).count();
    println!("acknowledged before the kill: {acked} of 200");
    assert!(acked >= 20);

    redis.restart(); // SIGKILL, then start again from the append-only file
    let mut server = start_server(&redis.url(), port).await;
    let (entries, remembered) = stored(&redis.url()).await;
    for (n, acked) in acknowledged.iter().enumerate() {
        assert!(!acked || remembered[n], "referral {n} was acknowledged but is not stored");
    }
    assert_eq!(entries, remembered.iter().filter(|r| **r).count(), "one record per submission");

    // Everyone whose send failed tries again, and everyone else re-sends too (a refresh):
    // all 200 are stored, none twice.
    for n in 0..200 {
        assert!(send(&client, &base, n).await, "re-send {n}");
    }
    let (entries, remembered) = stored(&redis.url()).await;
    assert_eq!(entries, 200);
    assert!(remembered.iter().all(|r| *r));
    server.kill();
}
