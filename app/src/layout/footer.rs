//! The emergency line, on every page.
use leptos::prelude::*;

use domain::helplines::Helpline;

use crate::i18n::t;
use crate::phone::PhoneLink;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p class="site-footer__emergency">
                <strong>{t("footer-emergency")}</strong>
                " "
                <PhoneLink line=Helpline::Emergency/>
            </p>
            <p>{t("footer-private")}</p>
        </footer>
    }
}
