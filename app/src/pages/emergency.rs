//! The ways to get help in an emergency, including when you cannot speak.
use leptos::prelude::*;

use domain::helplines::Helpline;

use crate::i18n::t;
use crate::phone::PhoneLink;

#[component]
pub fn EmergencyOptions() -> impl IntoView {
    view! {
        <section class="emergency" id="emergency" aria-labelledby="emergency-heading">
            <h2 id="emergency-heading">{t("emergency-heading")}</h2>
            <ul class="emergency__list">
                <li>
                    <PhoneLink line=Helpline::Emergency big=true/>
                    " "
                    {t("emergency-999")}
                </li>
                <li>{t("emergency-cough")}</li>
                <li>{t("emergency-55")}</li>
                <li>{t("emergency-landline")}</li>
                <li>{t("emergency-sms")}</li>
                <li>
                    {t("emergency-relay")}
                    " "
                    <PhoneLink line=Helpline::EmergencyRelay/>
                </li>
            </ul>
        </section>
    }
}
