//! Finding referrals again (`/staff/search`, any adviser): by reference, or by phone or email
//! through the blind index (`contacts`), closed ones included; the read-only record
//! (`/staff/record/{id}`); and the hand-over export for team leaders. Every search, record
//! opened and export is audited; a search is audited by its kind, never its words.
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use domain::contact::SearchTerm;
use serde::Deserialize;

use crate::contacts::store::ContactIndex;
use crate::error::AppError;
use crate::staff::extract::{CsrfForm, StaffSession, TeamLead};
use crate::staff::store::StaffStore;
use crate::state::AppState;
use crate::triage::store::{ReferralView, Triage, TriageError};
use app::staff as pages;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/search", get(search_form).post(search))
        .route("/staff/record/{id}", get(record))
        .route("/staff/record/{id}/export", get(export_form).post(export))
}

async fn page(state: &AppState, title: &str, staff: &StaffSession, status: StatusCode, body: impl leptos::IntoView + 'static) -> Response {
    crate::staff::desk::page(state, staff, "", title, status, body).await
}

async fn search_form(State(state): State<AppState>, staff: StaffSession) -> Response {
    page(&state, "Find a referral", &staff, StatusCode::OK, pages::search_page(String::new(), &staff.csrf, None, None)).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct SearchForm {
    q: String,
}

async fn search(State(state): State<AppState>, State(store): State<StaffStore>, CsrfForm { staff, form }: CsrfForm<SearchForm>) -> Result<Response, AppError> {
    let Some(term) = SearchTerm::parse(&form.q) else {
        let problem = Some("Give a whole reference, a phone number or an email address.");
        return Ok(page(&state, "Find a referral", &staff, StatusCode::UNPROCESSABLE_ENTITY, pages::search_page(form.q, &staff.csrf, None, problem)).await);
    };
    let mut connection = store.connection().await?;
    let ids = match &term {
        SearchTerm::Reference(id) => vec![id.clone()],
        SearchTerm::Phone(index_term) | SearchTerm::Email(index_term) => {
            let digests = state.sealer.blind_index_all(index_term);
            ContactIndex { connection: &mut connection }.find(&digests).await?.into_iter().map(|found| found.referral).collect()
        }
    };
    let entries = Triage { connection: &mut connection, claim_ms: state.staff.claim_ms }.entries(ids).await.map_err(storage)?;
    let target = match &term {
        SearchTerm::Reference(id) => id.as_str(),
        _ => "",
    };
    store.audit(&staff.name, &format!("searched-by-{}", term.kind()), target).await;
    let rows = entries
        .into_iter()
        .map(|e| pages::FoundRow { id: e.id, received_ms: e.created_ms, path: e.path, priority: e.priority.slug(), status: e.status })
        .collect();
    Ok(page(&state, "Find a referral", &staff, StatusCode::OK, pages::search_page(form.q, &staff.csrf, Some(rows), None)).await)
}

fn storage(error: TriageError) -> AppError {
    match error {
        TriageError::Redis(error) => AppError::Redis(error),
        TriageError::Missing => AppError::NotFound,
        _ => AppError::Unavailable,
    }
}

/// The whole referral, whoever holds it; `NotFound` once deleted.
async fn read_record(state: &AppState, store: &StaffStore, id: &str) -> Result<ReferralView, AppError> {
    let mut connection = store.connection().await?;
    Triage { connection: &mut connection, claim_ms: state.staff.claim_ms }.record(&state.sealer, id).await.map_err(storage)
}

/// Other referrals from the same phone or email as `id`, for the record and referral pages.
pub async fn linked(store: &StaffStore, id: &str) -> Vec<pages::LinkedRow> {
    let Ok(mut connection) = store.connection().await else { return Vec::new() };
    let found = ContactIndex { connection: &mut connection }.linked(id).await.unwrap_or_default();
    found.into_iter().map(|f| pages::LinkedRow { id: f.referral, received_ms: f.received_ms }).collect()
}

async fn record(State(state): State<AppState>, State(store): State<StaffStore>, staff: StaffSession, Path(id): Path<String>) -> Result<Response, AppError> {
    let view = read_record(&state, &store, &id).await?;
    store.audit(&staff.name, "viewed-record", &id).await;
    let linked = linked(&store, &id).await;
    Ok(page(&state, "Referral record", &staff, StatusCode::OK, pages::record_page(&view, linked, staff.leads_team())).await)
}

async fn export_form(State(state): State<AppState>, State(store): State<StaffStore>, TeamLead(staff): TeamLead, Path(id): Path<String>) -> Result<Response, AppError> {
    read_record(&state, &store, &id).await?;
    Ok(page(&state, "Export", &staff, StatusCode::OK, pages::export_page(&id, &staff.csrf, None)).await)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ExportForm {
    reason: String,
    format: String,
}

/// The referral decrypted, as a file; the reason is kept as a sealed note on the referral
/// and the export in the audit trail (`exported-json` or `exported-csv`).
async fn export(State(state): State<AppState>, State(store): State<StaffStore>, Path(id): Path<String>, CsrfForm { staff, form }: CsrfForm<ExportForm>) -> Result<Response, AppError> {
    if !staff.leads_team() {
        return Err(AppError::Forbidden);
    }
    let reason = form.reason.trim();
    if reason.is_empty() {
        let problem = Some("Give the reason for the export.");
        return Ok(page(&state, "Export", &staff, StatusCode::UNPROCESSABLE_ENTITY, pages::export_page(&id, &staff.csrf, problem)).await);
    }
    let csv = form.format == "csv";
    let view = read_record(&state, &store, &id).await?;
    let mut connection = store.connection().await?;
    let note = format!("Exported ({}) for the case system by {}: {reason}", if csv { "CSV" } else { "JSON" }, staff.name);
    Triage { connection: &mut connection, claim_ms: state.staff.claim_ms }.append_note(&state.sealer, &id, &staff.name, &note).await.map_err(storage)?;
    store.audit(&staff.name, if csv { "exported-csv" } else { "exported-json" }, &id).await;
    let fields = pages::record_fields(&view);
    let (body, content_type, extension) = if csv {
        let mut body = domain::csv::row(&["field", "value"]);
        for (name, value) in &fields {
            body.push_str(&domain::csv::row(&[name, value]));
        }
        (body, "text/csv; charset=utf-8", "csv")
    } else {
        (export_json(&view, &fields), "application/json", "json")
    };
    Ok(attachment(body, content_type, &format!("referral-{id}.{extension}")))
}

/// The record as JSON: the stored answers as they are, and the readable fields beside them.
fn export_json(view: &ReferralView, fields: &[(String, String)]) -> String {
    let readable: serde_json::Map<String, serde_json::Value> = fields.iter().map(|(k, v)| (k.clone(), v.clone().into())).collect();
    let json = serde_json::json!({
        "reference": view.entry.id,
        "received_ms": view.entry.created_ms,
        "path": view.entry.path,
        "language": view.entry.language,
        "priority": view.entry.priority.slug(),
        "status": view.entry.status,
        "answers": view.personal,
        "attempts": view.attempts,
        "notes": view.notes,
        "readable": readable,
    });
    serde_json::to_string_pretty(&json).expect("JSON values serialise")
}

/// A download the browser saves rather than shows, and never caches.
pub fn attachment(body: String, content_type: &'static str, filename: &str) -> Response {
    let mut response = (StatusCode::OK, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}
