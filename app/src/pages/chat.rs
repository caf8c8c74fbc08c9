//! The webchat page. Before the chat: "is it safe to chat now?" and the language; no name,
//! email or phone is asked. The chat itself runs in `public/chat.js` over a websocket; its
//! words come from this page (the `chat-text` block), translated on the server.
use leptos::prelude::*;
use leptos_meta::Title;

use domain::helplines::Helpline;
use domain::voice::feedback::{AskedAfter, ASK_AFTER_CHAT_ENDS};

use crate::i18n::{t, use_locale};
use crate::layout::{chat_open, chat_opens_text};
use crate::pages::voice::{AboutYouInvite, FeedbackForm};
use crate::phone::PhoneLink;

#[component]
pub fn ChatPage() -> impl IntoView {
    let locale = use_locale();
    let before = if chat_open() { start_form().into_any() } else { closed().into_any() };
    view! {
        <Title text=t("chat-title")/>
        <h1>{t("chat-title")}</h1>
        <div id="chat" data-testid="chat" data-lang=locale.tag.clone()>
            <section id="chat-before">{before}</section>
            <section id="chat-live" hidden=true aria-labelledby="chat-live-heading">
                <h2 id="chat-live-heading">{t("chat-live-heading")}</h2>
                <p id="chat-status" class="chat-status" role="status" data-testid="chat-status"></p>
                <div class="chat-log" role="log" tabindex="0" aria-label=t("chat-log-label")><ol id="chat-log" data-testid="chat-log"></ol></div>
                <p id="chat-typing" class="chat-typing" aria-live="polite" data-testid="chat-typing"></p>
                <form id="chat-compose" class="chat-compose">
                    <label for="chat-message">{t("chat-message-label")}</label>
                    <textarea id="chat-message" name="message" rows="3" maxlength="2000" dir="auto"></textarea>
                    <p id="chat-problem" class="chat-problem" role="alert"></p>
                    <div class="chat-compose__actions">
                        <button type="submit" class="button" data-testid="chat-send">{t("chat-send")}</button>
                        <button type="button" id="chat-leave" class="button button--secondary" data-testid="chat-leave">{t("chat-leave")}</button>
                    </div>
                </form>
            </section>
            <section id="chat-ended" hidden=true tabindex="-1" aria-labelledby="chat-ended-heading" data-testid="chat-ended">
                <h2 id="chat-ended-heading">{t("chat-ended-heading")}</h2>
                <p id="chat-ended-reason"></p>
                <p>{t("chat-ended-offer")}</p>
                <p class="phone" data-testid="chat-ended-helpline">{t("phone-national")} " " <PhoneLink line=Helpline::National/></p>
                <ul>
                    <li><a href=locale.href("/refer/self") data-testid="chat-leave-details">{t("chat-leave-details")}</a></li>
                    <li><a href=locale.href("/directory")>{t("chat-see-directory")}</a></li>
                </ul>
                {after_chat()}
            </section>
            <script type="application/json" id="chat-text" inner_html=strings_json()></script>
        </div>
        <script src="/chat.js" defer=true></script>
    }
}

/// "Did this help?" and the about-you invitation, shown by chat.js only after a chat that
/// ended normally, never after quick exit.
fn after_chat() -> AnyView {
    view! {
        <div id="chat-feedback" hidden=true data-ask-after=ASK_AFTER_CHAT_ENDS.join(" ") data-testid="chat-feedback">
            <h3>{t("feedback-question")}</h3>
            <FeedbackForm after=AskedAfter::Chat/>
            <AboutYouInvite/>
        </div>
    }
    .into_any()
}

fn start_form() -> impl IntoView {
    let locale = use_locale();
    view! {
        <p>{t("chat-intro")}</p>
        <form id="chat-start" class="chat-start" method="get" data-testid="chat-start">
            <fieldset class="safe-to-chat">
                <legend>{t("chat-safe-question")}</legend>
                <div class="choice">
                    <input type="radio" id="chat-safe-yes" name="safe" value="yes" required=true/>
                    <label for="chat-safe-yes">{t("chat-safe-yes")}</label>
                </div>
                <div class="choice">
                    <input type="radio" id="chat-safe-no" name="safe" value="no"/>
                    <label for="chat-safe-no">{t("chat-safe-no")}</label>
                </div>
                <div class="safe-to-chat__advice" data-testid="chat-unsafe-advice">
                    <p>{t("chat-unsafe-advice")}</p>
                    <p><PhoneLink line=Helpline::Emergency/> " " {t("emergency-55")}</p>
                </div>
            </fieldset>
            <label for="chat-language">{t("chat-language-label")}</label>
            <select id="chat-language" name="language">{language_options(&locale.tag)}</select>
            <button type="submit" class="button" data-testid="chat-start-button">{t("chat-start")}</button>
            <noscript><p class="chat-problem">{t("chat-needs-js")}</p></noscript>
        </form>
    }
}

fn closed() -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="chat-closed" data-testid="chat-closed">
            <p>{t("chat-entry-closed")} " " {chat_opens_text()}</p>
            <p class="phone">
                {t("phone-national")}
                " "
                <PhoneLink line=Helpline::National/>
            </p>
            <p><a href=locale.href("/refer") data-testid="chat-closed-refer">{t("chat-entry-refer")}</a></p>
        </div>
    }
}

#[cfg(feature = "ssr")]
fn language_options(current: &str) -> impl IntoView {
    let site = expect_context::<crate::site::SiteContext>();
    site.catalog
        .languages()
        .iter()
        .map(|l| view! { <option value=l.tag.clone() lang=l.tag.clone() selected=l.tag == current>{l.native_name.clone()}</option> })
        .collect_view()
}
#[cfg(not(feature = "ssr"))]
fn language_options(_current: &str) -> impl IntoView {}

/// Every string the chat script shows, keyed by what it is for. `{position}` and
/// `{minutes}` are filled in by the script.
pub const SCRIPT_STRINGS: &[(&str, &str)] = &[
    ("connecting", "chat-connecting"),
    ("reconnecting", "chat-reconnecting"),
    ("queue", "chat-queue-position"),
    ("wait", "chat-queue-wait"),
    ("wait-soon", "chat-queue-soon"),
    ("offered", "chat-offered"),
    ("active", "chat-active"),
    ("you", "chat-you"),
    ("adviser", "chat-adviser"),
    ("typing", "chat-typing"),
    ("sending", "chat-sending"),
    ("delivered", "chat-delivered"),
    ("read", "chat-read"),
    ("not-sent", "chat-not-sent"),
    ("event-joined", "chat-event-joined"),
    ("event-transferred", "chat-event-transferred"),
    ("event-adviser-lost", "chat-event-adviser-lost"),
    ("event-requeued", "chat-event-requeued"),
    ("event-inactive-warning", "chat-event-inactive-warning"),
    ("event-referral-created", "chat-event-referral-created"),
    ("ended-visitor-left", "chat-ended-visitor-left"),
    ("ended-adviser-ended", "chat-ended-adviser-ended"),
    ("ended-inactive", "chat-ended-inactive"),
    ("ended-wait-over", "chat-ended-wait-over"),
    ("ended-visitor-gone", "chat-ended-gone"),
    ("ended-gone", "chat-ended-gone"),
    ("ended-busy", "chat-ended-busy"),
    ("ended-too-many", "chat-ended-too-many"),
    ("ended-elsewhere", "chat-ended-elsewhere"),
    ("error-too-long", "chat-error-too-long"),
    ("error-slow-down", "chat-error-slow-down"),
    ("error-unavailable", "chat-error-unavailable"),
    ("error-empty", "chat-error-empty"),
    ("leave-confirm", "chat-leave-confirm"),
];

#[cfg(feature = "ssr")]
fn strings_json() -> String {
    use crate::i18n::t_args;
    let placeholders = [("position", "{position}".to_owned()), ("minutes", "{minutes}".to_owned())];
    let mut map: serde_json::Map<String, serde_json::Value> = SCRIPT_STRINGS
        .iter()
        .map(|(name, key)| ((*name).to_owned(), serde_json::Value::String(t_args(key, &placeholders))))
        .collect();
    // The wait in minutes is counted: one text per plural category of the language
    // ("wait-one", "wait-few"…), and the script picks with the browser's Intl.PluralRules.
    let site = expect_context::<crate::site::SiteContext>();
    let tag = crate::i18n::use_locale().tag;
    let language = site.catalog.get(&tag).unwrap_or_else(|| site.catalog.fallback());
    for &(category, sample) in language.plural_samples() {
        let text = t_args("chat-queue-wait", &[("minutes", sample.to_string())]).replace(&sample.to_string(), "{minutes}");
        map.insert(format!("wait-{category}"), serde_json::Value::String(text));
    }
    // `<` never appears raw, so the block cannot end early or open a tag.
    serde_json::Value::Object(map).to_string().replace('<', "\\u003c")
}
#[cfg(not(feature = "ssr"))]
fn strings_json() -> String {
    String::new()
}
