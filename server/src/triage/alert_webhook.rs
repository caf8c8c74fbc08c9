//! `ALERT_WEBHOOK_URL`: an on-call phone (a chat or paging service's incoming webhook) is
//! told "a high-priority referral is waiting" when a High referral is filed or a waiting one
//! goes overdue. The message is the same every time: no personal data, no ids, nothing that
//! says who or which. A failed delivery is retried a few times with a growing pause, then
//! given up and logged (the status only: the address may carry the receiver's secret token).
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

/// All that is ever sent.
pub const MESSAGE: &str = "A high-priority referral is waiting";
/// Tries per alert, and the pause before the second (doubled before each next one).
const ATTEMPTS: u32 = 4;
const FIRST_PAUSE: Duration = Duration::from_millis(500);
/// Longest wait for the receiver to answer one try.
const TIMEOUT: Duration = Duration::from_secs(5);
/// Deliveries under way at once; an alert beyond that is dropped (the message is identical,
/// and the phone is being told already).
pub const IN_FLIGHT: usize = 8;

#[derive(Clone, Default)]
pub struct AlertWebhook {
    target: Option<Target>,
}

#[derive(Clone)]
struct Target {
    url: String,
    client: reqwest::Client,
    in_flight: Arc<Semaphore>,
}

impl AlertWebhook {
    /// No webhook when `url` is `None`.
    pub fn new(url: Option<String>) -> AlertWebhook {
        let target = url.map(|url| Target {
            url,
            client: reqwest::Client::builder().timeout(TIMEOUT).build().expect("an HTTP client with a timeout"),
            in_flight: Arc::new(Semaphore::new(IN_FLIGHT)),
        });
        AlertWebhook { target }
    }

    /// Sends the alert in the background; returns at once.
    pub fn notify(&self) {
        let Some(target) = self.target.clone() else { return };
        let Ok(permit) = target.in_flight.clone().try_acquire_owned() else {
            tracing::warn!("alert webhook: {IN_FLIGHT} deliveries under way already; this alert is not sent again");
            return;
        };
        tokio::spawn(async move {
            target.deliver().await;
            drop(permit);
        });
    }

    /// Sends the alert now, retrying; true once the receiver accepted it.
    pub async fn deliver(&self) -> bool {
        match &self.target {
            Some(target) => target.deliver().await,
            None => false,
        }
    }
}

impl Target {
    async fn deliver(&self) -> bool {
        let body = serde_json::json!({ "text": MESSAGE }).to_string();
        let mut pause = FIRST_PAUSE;
        for attempt in 1..=ATTEMPTS {
            let request = self.client.post(&self.url).header(reqwest::header::CONTENT_TYPE, "application/json").body(body.clone());
            match request.send().await {
                Ok(response) if response.status().is_success() => return true,
                Ok(response) => tracing::warn!(attempt, status = response.status().as_u16(), "alert webhook refused"),
                Err(error) => tracing::warn!(attempt, timeout = error.is_timeout(), connect = error.is_connect(), "alert webhook not reached"),
            }
            if attempt < ATTEMPTS {
                tokio::time::sleep(pause).await;
                pause *= 2;
            }
        }
        tracing::error!(attempts = ATTEMPTS, "alert webhook: gave up; the on-call phone was not told");
        false
    }
}
