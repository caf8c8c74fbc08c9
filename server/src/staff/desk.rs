//! What the header of every staff page shows (`app::staff::Desk`): the links the role
//! allows, the adviser's shift status, waiting chats, overdue referrals and the High alert.
//! Read from Redis for each page and for `public/staff.js`'s poll of `/staff/desk-state`,
//! so every instance shows the same: the queue in Redis is the truth, nothing is cached.
use axum::http::StatusCode;
use axum::response::Response;
use domain::triage::{overdue_count, HighAlert};

use app::staff as pages;
use crate::state::AppState;
use crate::staff::routes::html;
use crate::staff::StaffSession;
use crate::triage::store::Triage;

/// The header of `staff`'s page whose nav link is `current` ("" for a page without one).
/// A part Redis cannot give is shown as nothing waiting, rather than failing the page.
pub async fn desk(state: &AppState, staff: &StaffSession, current: &'static str) -> pages::Desk {
    let chat = &state.chat.store;
    let shift = chat.desk(&staff.name).await.map(|d| d.status).unwrap_or_else(|_| "off".to_owned());
    let waiting_chats = chat.waiting_count().await.unwrap_or(0);
    let now_ms = chrono::Utc::now().timestamp_millis();
    let entries = match state.redis.connection().await {
        Some(mut connection) => Triage { connection: &mut connection, claim_ms: state.staff.claim_ms }.queue().await.unwrap_or_default(),
        None => Vec::new(),
    };
    pages::Desk {
        name: staff.name.clone(),
        csrf: staff.csrf.clone(),
        admin: staff.is_admin(),
        leads_team: staff.leads_team(),
        shift,
        waiting_chats,
        overdue_referrals: overdue_count(&entries, now_ms),
        alert: HighAlert::of(&entries, now_ms),
        current,
    }
}

/// A whole staff page for `staff`, with the shared header.
pub async fn page(state: &AppState, staff: &StaffSession, current: &'static str, title: &str, status: StatusCode, body: impl leptos::IntoView + 'static) -> Response {
    let desk = desk(state, staff, current).await;
    html(status, pages::document(title, Some(&desk), body))
}
