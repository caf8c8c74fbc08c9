//! "Help for your situation": the hub that lists the topic pages, and the route that shows
//! one of them (an unknown topic is the ordinary 404).
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::topics::{Topic, TOPICS};
use super::{EmergencyOptions, InfoPage, NotFound};
use crate::i18n::{t, use_locale};

#[component]
pub fn HelpForPage() -> impl IntoView {
    let locale = use_locale();
    let links = TOPICS
        .iter()
        .map(|topic| view! { <li><a href=locale.href(&topic.path())>{t(topic.content.title)}</a></li> })
        .collect_view();
    view! {
        <Title text=t("help-for-title")/>
        <h1>{t("help-for-title")}</h1>
        <p class="lead">{t("help-for-intro")}</p>
        <ul class="topic-list">{links}</ul>
        <p>
            {t("help-for-not-listed")}
            " "
            <a href=locale.href("/is-this-abuse")>{t("help-for-is-this-abuse")}</a>
        </p>
        <EmergencyOptions/>
        <p class="see-also">
            <a href=locale.href("/directory")>{t("see-directory")}</a>
        </p>
    }
}

#[component]
pub fn TopicPage() -> impl IntoView {
    let slug = use_params_map().get_untracked().get("topic").unwrap_or_default();
    match Topic::find(&slug) {
        Some(topic) => view! { <InfoPage content=&topic.content/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}
