//! `/staff/insight` (the dashboard) and its exports `/staff/insight.csv` and
//! `/staff/insight.json`: team leaders and admins only (`TeamLead`). All three print the
//! same rows (`domain::insight::measures::compare`), so they cannot differ.
use axum::extract::{FromRef, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use chrono::NaiveDate;
use domain::insight::measures::{compare, shown, ComparedRow, Figures};
use domain::insight::period::{four_quarters_to, Period, PeriodKind};
use serde::Deserialize;

use super::InsightStore;
use crate::error::AppError;
use crate::staff::extract::TeamLead;
use crate::staff::store::StaffStore;
use crate::state::AppState;
use crate::triage::store::Triage;

impl FromRef<AppState> for InsightStore {
    fn from_ref(state: &AppState) -> Self {
        state.insight.clone()
    }
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/insight", get(dashboard))
        .route("/staff/insight.csv", get(csv))
        .route("/staff/insight.json", get(json))
}

/// The period picker's fields, all optional: the current week by default.
#[derive(Debug, Default, Deserialize)]
pub struct PeriodQuery {
    period: Option<String>,
    at: Option<String>,
    from: Option<String>,
    to: Option<String>,
}

impl PeriodQuery {
    fn period(&self, today: NaiveDate) -> Period {
        let date = |text: &Option<String>| text.as_deref().and_then(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok());
        let kind = self.period.as_deref().and_then(PeriodKind::from_slug).unwrap_or(PeriodKind::Week);
        match (kind, date(&self.from), date(&self.to)) {
            (PeriodKind::Custom, Some(from), Some(to)) => Period::custom(from, to),
            _ => Period::containing(kind, date(&self.at).unwrap_or(today)),
        }
    }
}

/// The query string that shows `period` again (the export links).
fn query_of(period: &Period) -> String {
    match period.kind {
        PeriodKind::Custom => format!("period=custom&from={}&to={}", period.first, period.last),
        kind => format!("period={}&at={}", kind.slug(), period.last),
    }
}

/// Everything one view shows.
struct Figured {
    period: Period,
    previous: Period,
    rows: Vec<ComparedRow>,
    this_period: Figures,
    overdue_now: String,
    quarters: Vec<(String, Figures)>,
    /// Feedback, about-you answers and chat outcomes (counted per month, `voice`).
    voice: Vec<app::staff::InsightSection>,
}

async fn figures(state: &AppState, store: &InsightStore, staff_store: &StaffStore, query: &PeriodQuery) -> Result<Figured, AppError> {
    let today = domain::insight::day_of(chrono::Utc::now().timestamp_millis());
    let period = query.period(today);
    let previous = period.previous();
    let quarters = four_quarters_to(period.last);
    // One read covers both periods and the four quarters.
    let first = previous.first.min(quarters[0].first);
    let last = period.last.max(quarters[3].last);
    // Each day worked out once (final days kept in memory); a period is the sum of its days.
    let daily = store.daily_figures(first, last, today).await.map_err(|_| AppError::Unavailable)?;
    let within = |p: &Period| Figures::sum(daily.iter().filter(|(date, _)| *date >= p.first && *date <= p.last).map(|(_, figures)| &**figures));
    let this_period = within(&period);
    let before = within(&previous);
    let mut connection = staff_store.connection().await?;
    let now = chrono::Utc::now().timestamp_millis();
    let queue = Triage { connection: &mut connection, claim_ms: state.staff.claim_ms }.queue().await.unwrap_or_default();
    let overdue_now = shown(queue.iter().filter(|entry| entry.overdue(now)).count() as u64);
    let voice = voice_sections(state, &period, &previous).await?;
    Ok(Figured {
        voice,
        rows: compare(&this_period, &before),
        period,
        previous,
        this_period,
        overdue_now,
        quarters: quarters.iter().map(|q| (q.label(), within(q))).collect(),
    })
}

async fn dashboard(
    State(state): State<AppState>,
    State(store): State<InsightStore>,
    State(staff_store): State<StaffStore>,
    TeamLead(staff): TeamLead,
    Query(query): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    let figured = figures(&state, &store, &staff_store, &query).await?;
    let view = app::staff::InsightView {
        query: query_of(&figured.period),
        period: figured.period,
        previous: figured.previous,
        rows: figured.rows,
        this_period: figured.this_period,
        overdue_now: figured.overdue_now,
        quarters: figured.quarters,
    };
    let body = app::staff::insight_page(view, figured.voice);
    Ok(crate::staff::desk::page(&state, &staff, "/staff/insight", "Insight", StatusCode::OK, body).await)
}

/// What visitors told the service (feedback, about-you answers) and chat outcomes, below
/// the measures. They are counted per calendar month (`voice::tally`), so a period shows
/// the months it touches, and says which.
async fn voice_sections(state: &AppState, period: &Period, previous: &Period) -> Result<Vec<app::staff::InsightSection>, AppError> {
    let of = |p: &Period| {
        let months = p.months();
        async move { crate::voice::figures::for_months(&state.voice.store, &state.site.catalog, &months, "").await }
    };
    let (now, before) = (of(period).await, of(previous).await);
    let (now, before) = (now.map_err(|_| AppError::Unavailable)?, before.map_err(|_| AppError::Unavailable)?);
    let months = |p: &Period| p.months().join(", ");
    Ok(now
        .tables
        .into_iter()
        .zip(before.tables)
        .map(|(table, earlier)| app::staff::InsightSection {
            definition: format!(
                "{} Counted by calendar month: this period {}, the previous period {}.",
                table.definition,
                months(period),
                months(previous)
            ),
            rows: table
                .rows
                .iter()
                .zip(&earlier.rows)
                .map(|((item, count), (_, count_before))| ComparedRow {
                    measure: "voice",
                    item: item.clone(),
                    this_period: shown(*count),
                    previous_period: shown(*count_before),
                })
                .collect(),
            title: table.caption,
        })
        .collect())
}

fn download(content_type: &'static str, name: &str, body: String) -> Response {
    let mut response = (StatusCode::OK, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn csv(
    State(state): State<AppState>,
    State(store): State<InsightStore>,
    State(staff_store): State<StaffStore>,
    TeamLead(_): TeamLead,
    Query(query): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    let figured = figures(&state, &store, &staff_store, &query).await?;
    // Cells through `domain::csv` (quoted where needed, formulas defused), CRLF line ends.
    use domain::csv::row;
    let this_period = format!("this period ({})", figured.period.label());
    let previous_period = format!("previous period ({})", figured.previous.label());
    let mut body = row(&["measure", "item", &this_period, &previous_period]);
    body.push_str(&row(&["overdue", "now", &figured.overdue_now, ""]));
    for r in &figured.rows {
        body.push_str(&row(&[r.measure, &r.item, &r.this_period, &r.previous_period]));
    }
    for section in &figured.voice {
        for r in &section.rows {
            body.push_str(&row(&[&section.title, &r.item, &r.this_period, &r.previous_period]));
        }
    }
    for (quarter, f) in &figured.quarters {
        body.push_str(&row(&["quarters", &format!("{quarter} referrals"), &shown(f.referrals), ""]));
        body.push_str(&row(&["quarters", &format!("{quarter} referrals engaging"), &shown(f.engagement.engaged), ""]));
        body.push_str(&row(&["quarters", &format!("{quarter} engagement rate"), &f.engagement.rate(), ""]));
    }
    let name = format!("insight-{}-{}.csv", figured.period.first, figured.period.last);
    Ok(download("text/csv; charset=utf-8", &name, body))
}

async fn json(
    State(state): State<AppState>,
    State(store): State<InsightStore>,
    State(staff_store): State<StaffStore>,
    TeamLead(_): TeamLead,
    Query(query): Query<PeriodQuery>,
) -> Result<Response, AppError> {
    let figured = figures(&state, &store, &staff_store, &query).await?;
    let quarters: Vec<serde_json::Value> = figured
        .quarters
        .iter()
        .map(|(quarter, f)| {
            serde_json::json!({
                "quarter": quarter,
                "referrals": shown(f.referrals),
                "referrals_engaging": shown(f.engagement.engaged),
                "counted_for_engagement": shown(f.engagement.eligible()),
                "engagement_rate": f.engagement.rate(),
                "chats_answered": shown(f.chats_answered),
            })
        })
        .collect();
    let body = serde_json::json!({
        "period": { "first": figured.period.first, "last": figured.period.last, "label": figured.period.label() },
        "previous": { "first": figured.previous.first, "last": figured.previous.last, "label": figured.previous.label() },
        "overdue_now": figured.overdue_now,
        "rows": figured.rows,
        "voice": figured.voice.iter().map(|section| serde_json::json!({
            "title": section.title,
            "definition": section.definition,
            "rows": section.rows,
        })).collect::<Vec<_>>(),
        "quarters": quarters,
    });
    let name = format!("insight-{}-{}.json", figured.period.first, figured.period.last);
    Ok(download("application/json", &name, body.to_string()))
}
