//! After sending: what happens next and by when, and the way out again.
use domain::referral::ReferralPath;
use domain::voice::feedback::AskedAfter;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{t, t_args, use_locale};
use crate::pages::voice::{AboutYouInvite, FeedbackForm};
use crate::pages::{EmergencyOptions, NotFound};
use crate::promise::contact_by_now;

#[component]
pub fn ReferralSentPage() -> impl IntoView {
    let path = leptos_router::hooks::use_params_map()
        .get_untracked()
        .get("kind")
        .and_then(|kind| ReferralPath::from_slug(&kind));
    match path {
        Some(path) => sent_view(path).into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

fn sent_view(path: ReferralPath) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Title text=t("refer-sent-title")/>
        <div class="panel panel--done">
            <h1 data-testid="referral-sent">{t("refer-sent-title")}</h1>
            <p data-testid="contact-by-promise">{t_args("refer-sent-by", &[("when", contact_by_now(path))])}</p>
        </div>
        <p>{t("refer-sent-safe")}</p>
        <p><strong>{t("refer-sent-danger")}</strong></p>
        <p>{t("refer-sent-exit")}</p>
        <p><a href=locale.href("")>{t("refer-sent-home")}</a></p>
        <section class="feedback-after" aria-labelledby="feedback-after-heading">
            <h2 id="feedback-after-heading">{t("feedback-question")}</h2>
            <FeedbackForm after=AskedAfter::Referral/>
        </section>
        <AboutYouInvite/>
        <EmergencyOptions/>
    }
}
