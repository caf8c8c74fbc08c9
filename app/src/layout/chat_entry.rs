//! "Chat to an adviser" on every page while someone is on shift; otherwise when chat
//! usually opens, the 24-hour helpline, and the referral form instead.
use leptos::prelude::*;

use domain::helplines::Helpline;

use crate::i18n::{t, use_locale};
use crate::phone::PhoneLink;

#[component]
pub fn ChatEntry() -> impl IntoView {
    let locale = use_locale();
    if chat_open() {
        view! {
            <p class="chat-entry" data-testid="chat-entry" data-chat="open">
                <a class="chat-entry__link" href=locale.href("/chat")>{t("chat-entry-open")}</a>
                " "
                {t("chat-entry-open-note")}
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="chat-entry chat-entry--closed" data-testid="chat-entry" data-chat="closed">
                {t("chat-entry-closed")}
                " "
                {chat_opens_text()}
                " "
                {t("phone-national")}
                " "
                <PhoneLink line=Helpline::National/>
                " "
                <a href=locale.href("/refer")>{t("chat-entry-refer")}</a>
            </p>
        }
        .into_any()
    }
}

#[cfg(feature = "ssr")]
pub fn chat_open() -> bool {
    expect_context::<crate::site::SiteContext>().chat_open.is_open()
}
#[cfg(not(feature = "ssr"))]
pub fn chat_open() -> bool {
    false
}

/// "Chat usually opens tomorrow at 09:00", from the webchat hours in the directory file.
#[cfg(feature = "ssr")]
pub fn chat_opens_text() -> String {
    use chrono::{Datelike, Timelike};
    use domain::directory::OpenStatus;

    use crate::i18n::t_args;
    let site = expect_context::<crate::site::SiteContext>();
    let now = chrono::Utc::now();
    match site.directory.webchat_hours().status_at(now) {
        OpenStatus::ClosedOpensAt(at) => {
            let time = format!("{:02}:{:02}", at.hour(), at.minute());
            let today = now.with_timezone(&chrono_tz::Europe::London).date_naive();
            if at.date_naive() == today {
                t_args("chat-opens-today", &[("time", time)])
            } else if Some(at.date_naive()) == today.succ_opt() {
                t_args("chat-opens-tomorrow", &[("time", time)])
            } else {
                let weekday = format!("weekday-{}", at.weekday().to_string().to_lowercase());
                t_args("chat-opens-on", &[("day", t(&weekday)), ("time", time)])
            }
        }
        _ => t("chat-opens-unknown"),
    }
}
#[cfg(not(feature = "ssr"))]
pub fn chat_opens_text() -> String {
    String::new()
}
