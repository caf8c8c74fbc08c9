//! The emergency line, and what a visit leaves behind, on every page.
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
            // Said plainly, because it is the browser and not this site that keeps a record.
            <p data-testid="footer-traces">
                {t("footer-browser-history")}
                " "
                {t("footer-site-keeps")}
                " "
                <a href=locale.href("/browse-safely")>{t("footer-browse-safely")}</a>
            </p>
            <ul class="site-footer__links">
                <li><a href=locale.href("/privacy")>{t("footer-privacy")}</a></li>
                <li><a href=locale.href("/accessibility")>{t("footer-accessibility")}</a></li>
            </ul>
        </footer>
    }
}
