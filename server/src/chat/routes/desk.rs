//! The adviser's chat desk over plain HTTP: the chats page, shift status, canned replies
//! (admins edit them), and "create a referral from this chat".
use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use domain::referral::{ReferralForm, ReferralPath};

use app::staff as pages;
use crate::chat::store::{self, Content, Desk};
use crate::error::AppError;
use crate::referrals::referral::NewReferral;
use crate::state::AppState;
use crate::staff::desk::page;
use crate::staff::routes::html;
use crate::staff::{Admin, CsrfForm, StaffSession};

/// A form whose fields may repeat (checkbox groups), in order.
type Pairs = Vec<(String, String)>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/chats", get(chats_page))
        .route("/staff/shift", axum::routing::post(set_shift))
        .route("/staff/canned", get(canned_page).post(edit_canned))
        .route("/staff/chat/{id}/referral", get(referral_form).post(create_referral))
}

async fn chats_page(State(state): State<AppState>, staff: StaffSession) -> Response {
    let chat = &state.chat.store;
    let _ = chat.ensure_desk(&staff.name).await;
    let saved = chat.desk(&staff.name).await.unwrap_or_default();
    let desk = pages::DeskSettings {
        status: saved.status,
        capacity: saved.capacity,
        languages: saved.languages.split(',').map(str::to_owned).collect(),
    };
    let offered: Vec<(String, String)> = state.site.catalog.languages().iter().map(|l| (l.tag.clone(), l.native_name.clone())).collect();
    let replies = chat.canned().await.unwrap_or_default();
    let rows = crate::staff::routes::console::queue_rows_for(&state, &staff).await;
    let body = pages::chats_page(&desk, &offered, &replies, rows, &staff.csrf, staff.is_admin());
    page(&state, &staff, "/staff/chats", "Chats", StatusCode::OK, body).await
}

async fn set_shift(State(state): State<AppState>, CsrfForm { staff, form: pairs }: CsrfForm<Pairs>) -> Result<Response, AppError> {
    // The last value of a repeated name counts, as for any single field.
    let fields: HashMap<&str, &str> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let field = |name: &str| fields.get(name).copied().unwrap_or_default();
    let status = match field("status") {
        s @ ("on-shift" | "away" | "off") => s,
        _ => return Ok(html(StatusCode::UNPROCESSABLE_ENTITY, "Choose on shift, away or off.".into())),
    };
    let capacity = field("capacity").parse::<u32>().ok().filter(|c| (1..=10).contains(c)).unwrap_or(3);
    let languages: Vec<&str> = pairs
        .iter()
        .filter(|(k, v)| k == "languages" && state.site.catalog.get(v).is_some())
        .map(|(_, v)| v.as_str())
        .collect();
    let languages = if languages.is_empty() { "en".to_owned() } else { languages.join(",") };
    let chat = &state.chat.store;
    let _ = chat.ensure_desk(&staff.name).await;
    chat.save_desk(&staff.name, &Desk { status: status.to_owned(), capacity, languages }).await?;
    chat.audit(&staff.name, &format!("shift-{status}"), "-").await;
    Ok(Redirect::to("/staff/chats").into_response())
}

async fn canned_page(State(state): State<AppState>, Admin(staff): Admin) -> Response {
    let replies = state.chat.store.canned().await.unwrap_or_default();
    page(&state, &staff, "", "Canned replies", StatusCode::OK, pages::canned_page(&replies, &staff.csrf)).await
}

async fn edit_canned(State(state): State<AppState>, _: Admin, CsrfForm { staff, form }: CsrfForm<HashMap<String, String>>) -> Result<Response, AppError> {
    let field = |name: &str| form.get(name).map(|v| v.trim()).unwrap_or_default();
    let (title, text) = (field("title"), field("text"));
    let chat = &state.chat.store;
    match field("action") {
        "delete" => chat.delete_canned(title).await?,
        _ if title.is_empty() || text.is_empty() || title.chars().count() > 60 || text.chars().count() > 1000 => {
            return Ok(html(StatusCode::UNPROCESSABLE_ENTITY, "A canned reply needs a title (up to 60 characters) and a text (up to 1000).".into()));
        }
        _ => chat.save_canned(title, text).await?,
    }
    chat.audit(&staff.name, "canned-replies-edited", "-").await;
    Ok(Redirect::to("/staff/canned").into_response())
}

/// Only the adviser holding the chat may refer from it.
async fn held_chat(state: &AppState, me: &str, chat: &str) -> Option<store::ChatState> {
    state.chat.store.state(chat).await.ok().flatten().filter(|s| s.adviser == me && s.state == "active")
}

async fn referral_form(State(state): State<AppState>, staff: StaffSession, Path(chat): Path<String>) -> Response {
    if held_chat(&state, &staff.name, &chat).await.is_none() {
        return html(StatusCode::NOT_FOUND, "That chat is not yours, or it has ended.".into());
    }
    let body = pages::chat_referral_page(&chat, &staff.csrf, &[], None);
    page(&state, &staff, "", "Referral from chat", StatusCode::OK, body).await
}

async fn create_referral(State(state): State<AppState>, Path(chat): Path<String>, CsrfForm { staff, form: pairs }: CsrfForm<Pairs>) -> Response {
    let Some(held) = held_chat(&state, &staff.name, &chat).await else {
        return html(StatusCode::NOT_FOUND, "That chat is not yours, or it has ended.".into());
    };
    let header = crate::staff::desk::desk(&state, &staff, "").await;
    let again = |problem: &str| {
        let body = pages::chat_referral_page(&chat, &staff.csrf, &pairs, Some(problem.to_owned()));
        html(StatusCode::UNPROCESSABLE_ENTITY, pages::document("Referral from chat", Some(&header), body))
    };
    if !pairs.iter().any(|(k, v)| k == "agreed" && v == "yes") {
        return again("The visitor must agree in the chat first.");
    }
    let mut fields: Vec<(String, String)> = pairs.iter().filter(|(k, _)| k != "csrf" && k != "agreed").cloned().collect();
    fields.push(("language".into(), held.language.clone()));
    let form = ReferralForm::from_pairs(fields);
    let valid = match form.validate(ReferralPath::SelfReferral, &held.language) {
        Ok(valid) => valid,
        Err(errors) => {
            let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
            return again(&format!("Check these fields: {}.", fields.join(", ")));
        }
    };
    let referral = NewReferral::seal(&state.sealer, &state.site.service_hours, &valid, Some(&chat));
    // One referral per chat: a second press of the button finds the first.
    match state.referrals.submit(&format!("chat-{chat}"), &referral).await {
        Ok(stored) => {
            let _ = state.chat.store.link_referral(&chat, &stored).await;
            let _ = state.chat.store.append(&chat, "system", Content::Event("referral-created"), "referral", "").await;
            state.chat.store.audit(&staff.name, "referral-from-chat", &stored).await;
            Redirect::to("/staff/chats").into_response()
        }
        Err(_) => again("Redis is unavailable; nothing was lost, send again."),
    }
}
