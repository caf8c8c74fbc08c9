//! The triage queue against a real redis-server: order, exclusive claims, lapsed claims,
//! priority rules, closing and retention.
mod support;

use std::collections::HashSet;

use domain::referral::{ContactMethod, Outcome, Priority};
use server::infra::sealing::Sealer;
use server::referrals::store::{submission_key, INTAKE_STREAM};
use server::triage::{intake, jobs, store::Triage};
use support::*;

fn form(id: &str, name: &str, risks: &[&'static str]) -> Vec<(String, String)> {
    let mut pairs = vec![
        ("submission-id".to_owned(), id.to_owned()),
        ("name".to_owned(), name.to_owned()),
        ("contact-method".to_owned(), "phone".to_owned()),
        ("phone".to_owned(), "07700 900111".to_owned()),
    ];
    pairs.extend(risks.iter().map(|r| (format!("risk-{r}"), "yes".to_owned())));
    pairs
}

async fn submit(app: &axum::Router, id: &str, name: &str, risks: &[&'static str]) {
    let pairs = form(id, name, risks);
    let refs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let response = post_form(app, "/en/refer/self", &refs).await;
    assert_eq!(response.status(), axum::http::StatusCode::SEE_OTHER);
}

const ID: [&str; 4] = [
    "00000000-0000-4000-8000-000000000001",
    "00000000-0000-4000-8000-000000000002",
    "00000000-0000-4000-8000-000000000003",
    "00000000-0000-4000-8000-000000000004",
];

#[tokio::test]
async fn the_queue_is_ordered_by_priority_then_age_and_claims_are_exclusive() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    submit(&app, ID[0], "Standard Older", &[]).await;
    // Very frightened alone is medium (a weapon alone is high since issue 12).
    submit(&app, ID[1], "Medium", &["frightened"]).await;
    submit(&app, ID[2], "High", &["weapons", "strangled"]).await;
    submit(&app, ID[3], "Standard Newer", &[]).await;
    let (link, mut connection) = redis_link(&redis.url()).await;
    assert_eq!(intake::file_pending(&link, "instance-a", 60_000).await.unwrap(), 4);
    // Filing again (another instance, a retry) files nothing twice.
    assert_eq!(intake::file_pending(&link, "instance-b", 60_000).await.unwrap(), 0);

    let mut triage = Triage { connection: &mut connection, claim_ms: 60_000 };
    let queue = triage.queue().await.unwrap();
    let priorities: Vec<Priority> = queue.iter().map(|e| e.priority).collect();
    assert_eq!(priorities, [Priority::High, Priority::Medium, Priority::Standard, Priority::Standard]);
    assert!(queue[2].created_ms <= queue[3].created_ms, "older first within a priority");
    assert!(queue.iter().all(|e| e.status == "waiting" && e.path == "self" && e.language == "en"));

    // Eight advisers race for the queue at once: each referral goes to exactly one of them.
    let mut handles = Vec::new();
    for adviser in 0..8 {
        let mut connection = redis_manager(&redis.url()).await;
        handles.push(tokio::spawn(async move {
            let mut triage = Triage { connection: &mut connection, claim_ms: 60_000 };
            triage.claim_next(&format!("adviser-{adviser}")).await.unwrap()
        }));
    }
    let mut won = Vec::new();
    for handle in handles {
        won.extend(handle.await.unwrap());
    }
    assert_eq!(won.len(), 4, "{won:?}");
    assert_eq!(won.iter().collect::<HashSet<_>>().len(), 4, "no referral claimed twice");
}

#[tokio::test]
async fn two_advisers_racing_for_one_referral_exactly_one_wins() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    submit(&app, ID[0], "Contested", &[]).await;
    let (link, mut connection) = redis_link(&redis.url()).await;
    intake::file_pending(&link, "a", 60_000).await.unwrap();
    let id = Triage { connection: &mut connection, claim_ms: 60_000 }.queue().await.unwrap()[0].id.clone();
    let mut handles = Vec::new();
    for adviser in ["amira", "ben"] {
        let (url, id) = (redis.url(), id.clone());
        handles.push(tokio::spawn(async move {
            let mut connection = redis_manager(&url).await;
            Triage { connection: &mut connection, claim_ms: 60_000 }.claim(&id, adviser).await.unwrap()
        }));
    }
    let mut wins = 0;
    for handle in handles {
        wins += handle.await.unwrap() as u32;
    }
    assert_eq!(wins, 1);
}

#[tokio::test]
async fn a_lapsed_claim_returns_to_the_queue_and_only_the_holder_may_act() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    submit(&app, ID[0], "Lapsing", &[]).await;
    let (link, mut connection) = redis_link(&redis.url()).await;
    intake::file_pending(&link, "a", 300).await.unwrap();
    let sealer = Sealer::from_base64(TEST_DATA_KEY).unwrap();
    let mut triage = Triage { connection: &mut connection, claim_ms: 300 };
    let id = triage.claim_next("amira").await.unwrap().unwrap();
    assert!(triage.log_attempt(&sealer, &id, "ben", ContactMethod::Phone, false).await.is_err(), "ben does not hold it");
    assert!(triage.return_lapsed_claims().await.unwrap().is_empty(), "not lapsed yet");
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert_eq!(triage.return_lapsed_claims().await.unwrap(), vec![id.clone()]);
    assert_eq!(triage.queue().await.unwrap()[0].status, "waiting");
    assert!(triage.claim(&id, "ben").await.unwrap());
    assert!(triage.view(&sealer, &id, "amira").await.is_err(), "amira's claim is gone");
}

#[tokio::test]
async fn priority_contact_outcome_and_retention() {
    let redis = RedisServer::start();
    let app = app(&redis.url());
    submit(&app, ID[0], "Nadia Example", &["weapons", "strangled"]).await;
    let (link, mut connection) = redis_link(&redis.url()).await;
    intake::file_pending(&link, "a", 60_000).await.unwrap();
    let sealer = Sealer::from_base64(TEST_DATA_KEY).unwrap();
    let mut triage = Triage { connection: &mut connection, claim_ms: 60_000 };
    let id = triage.claim_next("amira").await.unwrap().unwrap();

    let view = triage.view(&sealer, &id, "amira").await.unwrap();
    assert_eq!(view.personal["details"]["name"], "Nadia Example");
    assert_eq!(view.entry.priority, Priority::High);
    // Lowering needs a reason; raising or keeping does not.
    assert!(triage.set_priority(&sealer, &id, "amira", Priority::Standard, " ").await.is_err());
    triage.set_priority(&sealer, &id, "amira", Priority::Medium, "Spoke to her; moved out today").await.unwrap();
    triage.log_attempt(&sealer, &id, "amira", ContactMethod::Phone, false).await.unwrap();
    triage.log_attempt(&sealer, &id, "amira", ContactMethod::Text, true).await.unwrap();
    // Attempts are sealed: Redis does not say who tried, how, or whether they got through.
    let raw: Vec<String> = redis::cmd("LRANGE").arg(format!("{{triage}}:referral:{id}:attempts")).arg(0).arg(-1)
        .query_async(triage.connection).await.unwrap();
    assert_eq!(raw.len(), 2);
    assert!(raw.iter().all(|a| !a.contains("amira") && !a.contains("phone") && !a.contains("reached")), "{raw:?}");
    let view = triage.view(&sealer, &id, "amira").await.unwrap();
    assert_eq!(view.entry.priority, Priority::Medium);
    assert_eq!(view.suggested, Priority::High);
    assert_eq!(view.attempts.len(), 2);
    assert!(view.entry.initial_contact_ms.is_some(), "successful initial contact recorded");
    assert!(view.notes[0].text.contains("moved out today"));

    triage.close(&sealer, &id, "amira", Outcome::OneToOne, "Weekly calls agreed").await.unwrap();
    assert!(triage.queue().await.unwrap().is_empty());
    let dump = redis_dump(&redis.url()).await;
    for secret in ["Nadia", "moved out", "Weekly calls"] {
        assert!(!dump.contains(secret), "{secret} in plain text");
    }
    // Retention of 0 days deletes the closed referral and its record.
    assert_eq!(jobs::delete_expired(&mut connection, 0).await.unwrap(), 1);
    let left: Vec<String> = redis::cmd("KEYS").arg("*referral*").query_async(&mut connection).await.unwrap();
    assert!(left.iter().all(|k| k.starts_with(&submission_key("")) || k == INTAKE_STREAM), "{left:?}");
    let record: usize = redis::cmd("XLEN").arg(INTAKE_STREAM).query_async(&mut connection).await.unwrap();
    assert_eq!(record, 0, "the intake record is deleted too");
}
