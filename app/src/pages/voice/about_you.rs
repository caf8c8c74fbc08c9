//! The optional "about you" step (equal-access monitoring): five questions, each with
//! "prefer not to say", offered after a referral is sent and after a chat. The answers only
//! ever become monthly totals, never part of a referral or chat.
use domain::voice::about_you::{EthnicGroup, EthnicGroupHeading, Question};
use leptos::prelude::*;
use leptos_meta::Title;

use super::SubmittedVoiceForm;
use crate::i18n::{t, use_locale};

/// The invitation: a heading, why we ask, and the link to the questions.
#[component]
pub fn AboutYouInvite() -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="about-you-invite" aria-labelledby="about-you-invite-heading">
            <h2 id="about-you-invite-heading">{t("about-you-invite-heading")}</h2>
            <p>{t("about-you-invite-body")}</p>
            <p><a href=locale.href("/about-you") data-testid="about-you-link">{t("about-you-invite-link")}</a></p>
        </section>
    }
}

/// `/{lang}/about-you`.
#[component]
pub fn AboutYouPage() -> impl IntoView {
    let locale = use_locale();
    let sent = use_context::<SubmittedVoiceForm>().unwrap_or_default();
    // Kept across a re-display, so sending again still counts once. Last on the page and
    // tied to the form by `form=`, so the bytes before it can be kept compressed.
    let submission_id = crate::per_response::submission_id_for_form(&sent.value("submission-id"));
    let problem = sent.problem.map(|key| view! { <p class="field-error" role="alert" data-testid="about-you-problem">{t(key)}</p> });
    let questions = Question::ALL.iter().map(|&question| question_view(question, &sent)).collect_view();
    view! {
        <Title text=t("about-you-title")/>
        <h1>{t("about-you-title")}</h1>
        <p class="lead">{t("about-you-intro")}</p>
        <p>{t("about-you-how-kept")} " " <a href=locale.href("/privacy")>{t("about-you-privacy-link")}</a></p>
        {problem}
        <form class="about-you" method="post" action=locale.href("/about-you") data-testid="about-you-form" id="about-you-form">
            {questions}
            <button type="submit" class="button" data-testid="about-you-send">{t("about-you-send")}</button>
        </form>
        <p><a href=locale.href("")>{t("refer-sent-home")}</a></p>
        <input type="hidden" name="submission-id" value=submission_id form="about-you-form"/>
    }
}

fn question_view(question: Question, sent: &SubmittedVoiceForm) -> AnyView {
    let name = question.slug();
    let chosen = sent.value(name);
    let option = move |answer: &'static str| {
        let id = format!("about-{name}-{answer}");
        let label = if answer == "prefer-not-to-say" { t("about-you-prefer-not-to-say") } else { t(&format!("about-you-{name}-{answer}")) };
        view! {
            <div class="choice">
                <input type="radio" id=id.clone() name=name value=answer checked=chosen == answer/>
                <label for=id>{label}</label>
            </div>
        }
    };
    if question == Question::EthnicGroup {
        let groups = EthnicGroupHeading::ALL
            .iter()
            .map(|&heading| {
                let options = EthnicGroup::in_group(heading).map(|g| option(g.slug())).collect_view();
                view! {
                    <fieldset class="group group--nested">
                        <legend>{t(&format!("about-you-ethnic-group-heading-{}", heading.slug()))}</legend>
                        {options}
                    </fieldset>
                }
            })
            .collect_view();
        return view! {
            <fieldset class="group">
                <legend>{t("about-you-ethnic-group")}</legend>
                {groups}
                {option("prefer-not-to-say")}
            </fieldset>
        }
        .into_any();
    }
    let options = question.answers().iter().map(|&answer| option(answer)).collect_view();
    view! {
        <fieldset class="group">
            <legend>{t(&format!("about-you-{name}"))}</legend>
            {options}
        </fieldset>
    }
    .into_any()
}

/// `/{lang}/about-you/thanks`.
#[component]
pub fn AboutYouThanksPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <Title text=t("about-you-thanks-title")/>
        <div class="panel panel--done">
            <h1 data-testid="about-you-thanks">{t("about-you-thanks-title")}</h1>
            <p>{t("about-you-thanks-body")}</p>
        </div>
        <p><a href=locale.href("")>{t("refer-sent-home")}</a></p>
    }
}
