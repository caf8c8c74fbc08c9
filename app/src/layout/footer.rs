//! The emergency line, on every page.
use leptos::prelude::*;

use crate::i18n::t;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p class="site-footer__emergency">
                <strong>{t("footer-emergency")}</strong>
                " "
                <a href="tel:999" class="tel">"999"</a>
            </p>
            <p>{t("footer-private")}</p>
        </footer>
    }
}
