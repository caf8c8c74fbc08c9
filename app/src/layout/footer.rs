//! The emergency line, on every page.
use leptos::prelude::*;

use domain::helplines::Helpline;

use crate::i18n::{t, use_locale};
use crate::phone::PhoneLink;

#[component]
pub fn Footer() -> impl IntoView {
    let locale = use_locale();
    view! {
        <footer class="site-footer">
            <p class="site-footer__emergency">
                <strong>{t("footer-emergency")}</strong>
                " "
                <PhoneLink line=Helpline::Emergency/>
            </p>
            <p>{t("footer-private")}</p>
            <ul class="site-footer__links">
                <li><a href=locale.href("/privacy")>{t("footer-privacy")}</a></li>
                <li><a href=locale.href("/accessibility")>{t("footer-accessibility")}</a></li>
            </ul>
        </footer>
    }
}
