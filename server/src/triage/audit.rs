//! Who did what to which referral, and when. Never personal data: ids and action names only.
//! Writing it never fails the work it records, and a failed write is logged here (the action
//! name only), so no caller can drop one silently.
use redis::aio::ConnectionManager;

use super::store;
pub use super::store::keys::AUDIT as AUDIT_STREAM;
pub use super::store::{recent_audit as recent, AuditEntry};

pub async fn record(connection: &mut ConnectionManager, who: &str, action: &str, referral: &str) {
    if let Err(error) = store::append_audit(connection, who, action, referral).await {
        tracing::warn!(action, kind = ?error.kind(), "audit entry not written");
    }
}
