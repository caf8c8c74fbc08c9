//! The ways to get help in an emergency, including when you cannot speak.
use leptos::prelude::*;

use crate::i18n::t;

#[component]
pub fn EmergencyOptions() -> impl IntoView {
    view! {
        <section class="emergency" id="emergency" aria-labelledby="emergency-heading">
            <h2 id="emergency-heading">{t("emergency-heading")}</h2>
            <ul class="emergency__list">
                <li>
                    <a class="tel tel--big" href="tel:999">"999"</a>
                    " "
                    {t("emergency-999")}
                </li>
                <li>{t("emergency-55")}</li>
                <li>{t("emergency-sms")}</li>
                <li>
                    {t("emergency-relay")}
                    " "
                    <a class="tel" href="tel:18000">"18000"</a>
                </li>
            </ul>
        </section>
    }
}
