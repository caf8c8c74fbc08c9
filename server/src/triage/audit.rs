//! Who did what to which referral, and when. Never personal data: ids and action names only.
use redis::aio::ConnectionManager;

pub const AUDIT_STREAM: &str = "audit";

pub async fn record(connection: &mut ConnectionManager, who: &str, action: &str, referral: &str) -> redis::RedisResult<()> {
    let now = chrono::Utc::now().timestamp_millis();
    redis::cmd("XADD")
        .arg(AUDIT_STREAM)
        .arg("*")
        .arg(&[("at", now.to_string().as_str()), ("who", who), ("action", action), ("referral", referral)])
        .query_async::<()>(connection)
        .await
}
