//! After sending: what happens next and when, and the way out again.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{t, use_locale};
use crate::pages::{EmergencyOptions, NotFound};

#[component]
pub fn ReferralSentPage() -> impl IntoView {
    match contact_hours() {
        Some(hours) => sent_view(hours).into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

/// Hours within which an adviser gets in touch on this path, or None for an unknown path.
#[cfg(feature = "ssr")]
fn contact_hours() -> Option<u32> {
    let kind = leptos_router::hooks::use_params_map().get_untracked().get("kind")?;
    let path = domain::referral::ReferralPath::from_slug(&kind)?;
    Some(expect_context::<crate::site::SiteContext>().contact_hours.for_path(path))
}

#[cfg(not(feature = "ssr"))]
fn contact_hours() -> Option<u32> {
    None
}

fn sent_view(hours: u32) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Title text=t("refer-sent-title")/>
        <div class="panel panel--done">
            <h1 data-testid="referral-sent">{t("refer-sent-title")}</h1>
            <p>{crate::i18n::t_args("refer-sent-when", &[("hours", hours.to_string())])}</p>
        </div>
        <p>{t("refer-sent-safe")}</p>
        <p><strong>{t("refer-sent-danger")}</strong></p>
        <p>{t("refer-sent-exit")}</p>
        <p><a href=locale.href("")>{t("refer-sent-home")}</a></p>
        <EmergencyOptions/>
    }
}
