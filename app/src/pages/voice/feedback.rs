//! "Did this help?": the form (on the referral thank-you page, after a chat, and on its own
//! page when it comes back with a problem) and the thank-you after it.
use domain::voice::feedback::{AskedAfter, Helped, MAX_COMMENT_CHARS};
use leptos::prelude::*;
use leptos_meta::Title;

use super::{AboutYouInvite, SubmittedVoiceForm};
use crate::i18n::{t, t_args, use_locale};

/// The form. Its token is issued with the page and names nothing the visitor did.
#[component]
pub fn FeedbackForm(after: AskedAfter) -> impl IntoView {
    let locale = use_locale();
    let sent = use_context::<SubmittedVoiceForm>().unwrap_or_default();
    let chosen = sent.value("helped");
    let answers = Helped::ALL
        .iter()
        .map(|helped| {
            let slug = helped.slug();
            let id = format!("feedback-helped-{slug}");
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name="helped" value=slug checked=chosen == slug/>
                    <label for=id>{t(&format!("feedback-helped-{slug}"))}</label>
                </div>
            }
        })
        .collect_view();
    let problem = sent.problem.map(|key| {
        view! { <p class="field-error" id="feedback-problem" role="alert" data-testid="feedback-problem">{t_args(key, &count())}</p> }
    });
    view! {
        <form class="feedback" method="post" action=locale.href("/feedback") data-testid="feedback-form">
            <input type="hidden" name="token" value=form_token()/>
            <input type="hidden" name="after" value=after.slug()/>
            <fieldset class="group">
                <legend><span class="feedback__question">{t("feedback-question")}</span></legend>
                <p class="hint">{t("feedback-intro")}</p>
                {problem}
                {answers}
            </fieldset>
            <div class="field">
                <label for="feedback-comment">{t("feedback-comment-label")}</label>
                <p class="hint" id="feedback-comment-hint">{t_args("feedback-comment-hint", &count())}</p>
                <textarea id="feedback-comment" name="comment" rows="4" dir="auto"
                    aria-describedby="feedback-comment-hint">{sent.value("comment")}</textarea>
            </div>
            <button type="submit" class="button" data-testid="feedback-send">{t("feedback-send")}</button>
        </form>
    }
    .into_any()
}

fn count() -> [(&'static str, String); 1] {
    [("count", MAX_COMMENT_CHARS.to_string())]
}

/// Filled in with a fresh signed token as each page is sent (`per_response`).
fn form_token() -> String {
    crate::per_response::FORM_TOKEN_PLACEHOLDER.to_owned()
}

/// `/{lang}/feedback`: the form on its own (`?after=chat`), where a problem shows it again.
#[component]
pub fn FeedbackPage() -> impl IntoView {
    let sent = use_context::<SubmittedVoiceForm>().unwrap_or_default();
    let query_after = leptos_router::hooks::use_query_map().get_untracked().get("after").unwrap_or_default();
    let after = AskedAfter::from_slug(&sent.value("after")).or(AskedAfter::from_slug(&query_after)).unwrap_or(AskedAfter::Referral);
    view! {
        <Title text=t("feedback-question")/>
        <h1>{t("feedback-question")}</h1>
        <FeedbackForm after=after/>
    }
}

/// `/{lang}/feedback/thanks`.
#[component]
pub fn FeedbackThanksPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <Title text=t("feedback-thanks-title")/>
        <div class="panel panel--done">
            <h1 data-testid="feedback-thanks">{t("feedback-thanks-title")}</h1>
            <p>{t("feedback-thanks-body")}</p>
        </div>
        <AboutYouInvite/>
        <p><a href=locale.href("")>{t("refer-sent-home")}</a></p>
    }
}
