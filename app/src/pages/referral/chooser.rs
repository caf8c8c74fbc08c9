//! Who is filling in the form? Three plain links, one per path.
use domain::referral::ReferralPath;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{t, use_locale};
use crate::pages::EmergencyOptions;

#[component]
pub fn ReferralChooserPage() -> impl IntoView {
    let locale = use_locale();
    // Titles and descriptions are `refer-path-<slug>[-body]`.
    let choices = ReferralPath::ALL
        .iter()
        .map(|path| {
            let slug = path.slug();
            view! {
                <li class="door">
                    <h2>
                        <a href=locale.href(&format!("/refer/{slug}"))>
                            {t(&format!("refer-path-{slug}"))}
                        </a>
                    </h2>
                    <p>{t(&format!("refer-path-{slug}-body"))}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=t("refer-title")/>
        <h1>{t("refer-heading")}</h1>
        <p class="lead">{t("refer-lead")}</p>
        <h2 class="refer-choose">{t("refer-choose")}</h2>
        <ul class="doors refer-paths">{choices}</ul>
        <EmergencyOptions/>
    }
}
