//! The front door: are you safe, the three doors, the ways to talk to someone.
use leptos::prelude::*;
use leptos_meta::Title;

use domain::helplines::Helpline;

use super::EmergencyOptions;
use crate::i18n::{t, use_locale};
use crate::islands::{SafeNowCheck, SafeNowText};
use crate::layout::{chat_open, ChatEntry};
use crate::phone::{Dial, PhoneLink};

fn safe_now_text() -> SafeNowText {
    SafeNowText {
        question: t("safe-now-question"),
        yes: t("safe-now-yes"),
        no: t("safe-now-no"),
        unsafe_heading: t("safe-now-unsafe-heading"),
        unsafe_999: t("emergency-999"),
        unsafe_55: t("emergency-55"),
        safe_reply: t("safe-now-safe-reply"),
        emergency: Dial::of(Helpline::Emergency),
    }
}

#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <Title text=t("home-title")/>
        <h1>{t("home-heading")}</h1>
        // The number to call is on a phone's first screen, before anything to read.
        <p class="call-now" data-testid="call-now">
            {t("phone-national")}
            " "
            <PhoneLink line=Helpline::National big=true/>
            {chat_open().then(|| view! {
                <br/>
                <a class="call-now__chat" href=locale.href("/chat")>{t("chat-entry-open")}</a>
            })}
        </p>
        <SafeNowCheck text=safe_now_text()/>
        <p class="lead">{t("home-lead")}</p>
        <section id="doors" class="doors" aria-labelledby="doors-heading">
            <h2 id="doors-heading" class="visually-hidden">{t("doors-heading")}</h2>
            <article class="door">
                <h3>{t("door-need-help")}</h3>
                <p>{t("door-need-help-body")}</p>
                <ul>
                    <li><a href="#talk">{t("door-need-help-talk")}</a></li>
                    <li><a href=locale.href("/directory")>{t("door-need-help-directory")}</a></li>
                    <li><a href=locale.href("/is-this-abuse")>{t("door-need-help-abuse")}</a></li>
                    <li><a href=locale.href("/help-for")>{t("door-need-help-topics")}</a></li>
                </ul>
            </article>
            <article class="door">
                <h3>{t("door-worried")}</h3>
                <p>{t("door-worried-body")}</p>
                <ul>
                    <li><a href=locale.href("/is-this-abuse")>{t("door-worried-signs")}</a></li>
                    <li><a href="#talk">{t("door-worried-talk")}</a></li>
                </ul>
            </article>
            <article class="door">
                <h3>{t("door-professional")}</h3>
                <p>{t("door-professional-body")}</p>
                <ul>
                    <li><a href=locale.href("/professionals")>{t("door-professional-refer")}</a></li>
                    <li><a href=locale.href("/directory?audience=professionals")>{t("door-professional-directory")}</a></li>
                </ul>
            </article>
        </section>
        <section id="talk" class="talk" aria-labelledby="talk-heading">
            <h2 id="talk-heading">{t("talk-heading")}</h2>
            <ChatEntry/>
            <p>{t("talk-phone")}</p>
            <p class="phone">
                {t("phone-rise")}
                " "
                <PhoneLink line=Helpline::Local/>
            </p>
            <p class="phone">
                {t("phone-national")}
                " "
                <PhoneLink line=Helpline::National/>
            </p>
            <p>
                {t("talk-referral")}
                " "
                <a href=locale.href("/refer") data-testid="home-refer">{t("talk-referral-link")}</a>
            </p>
        </section>
        <EmergencyOptions/>
        <p class="see-also">
            <a href=locale.href("/browse-safely")>{t("home-browse-safely")}</a>
        </p>
    }
}
