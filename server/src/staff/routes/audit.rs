//! The audit trail for admins (`/staff/audit`): filtered by person, action, referral and
//! days, a page at a time back to the oldest line kept, and the same selection as CSV
//! (`/staff/audit.csv`; the export is itself audited).
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use domain::audit::AuditFilter;

use super::search::attachment;
use crate::error::AppError;
use crate::staff::extract::Admin;
use crate::staff::store::StaffStore;
use crate::state::AppState;
use crate::triage::audit::AuditEntry;
use app::staff::{self as pages, AuditQuery};

/// Lines on one page.
const PAGE_ROWS: usize = 100;
/// Lines one page may read to find them (a rare filter then pages on).
const PAGE_READ_LIMIT: usize = 20_000;
/// The most lines one CSV export holds, and reads.
const CSV_ROWS: usize = 100_000;
const CSV_READ_LIMIT: usize = 1_000_000;

pub fn routes() -> Router<AppState> {
    Router::new().route("/staff/audit", get(audit_trail)).route("/staff/audit.csv", get(audit_csv))
}

fn filter_of(query: &AuditQuery) -> AuditFilter {
    AuditFilter::new(&query.who, &query.action, &query.referral, &query.from, &query.to)
}

async fn audit_trail(State(state): State<AppState>, State(store): State<StaffStore>, Admin(staff): Admin, Query(query): Query<AuditQuery>) -> Result<Response, AppError> {
    let before = Some(query.before.as_str()).filter(|b| !b.is_empty());
    let page = store.audit_matching(&filter_of(&query), before, PAGE_ROWS, PAGE_READ_LIMIT).await?;
    let rows = page
        .rows
        .into_iter()
        .map(|AuditEntry { at_ms, who, action, referral, .. }| pages::AuditRow { at_ms, who, action, referral })
        .collect();
    let body = pages::audit_page(rows, &query, page.older);
    Ok(crate::staff::desk::page(&state, &staff, "/staff/audit", "Audit trail", StatusCode::OK, body).await)
}

async fn audit_csv(State(store): State<StaffStore>, Admin(staff): Admin, Query(query): Query<AuditQuery>) -> Result<Response, AppError> {
    let page = store.audit_matching(&filter_of(&query), None, CSV_ROWS, CSV_READ_LIMIT).await?;
    store.audit(&staff.name, "audit-exported", "").await;
    let mut body = domain::csv::row(&["time (UTC)", "who", "action", "referral"]);
    for line in page.rows {
        let at = line.at_ms.and_then(chrono::DateTime::from_timestamp_millis).map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string()).unwrap_or_default();
        body.push_str(&domain::csv::row(&[at, line.who, line.action, line.referral]));
    }
    Ok(attachment(body, "text/csv; charset=utf-8", "audit.csv"))
}
