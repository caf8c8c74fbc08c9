//! "Exit this page": a plain link with JavaScript off; `/quick-exit.js` upgrades it so the page
//! blanks at once, Back cannot return, and Shift pressed three times does the same. That
//! script is tiny and loads before the wasm bundle, so the exit works from the first moment.
use leptos::prelude::*;

use crate::i18n::t;

#[cfg(feature = "ssr")]
fn exit_url() -> String {
    expect_context::<crate::site::SiteContext>().quick_exit_url.to_string()
}
#[cfg(not(feature = "ssr"))]
fn exit_url() -> String {
    String::new()
}

#[component]
pub fn QuickExit() -> impl IntoView {
    view! {
        <div class="quick-exit">
            <a
                class="quick-exit__button"
                href=exit_url()
                rel="noreferrer noopener"
                data-quick-exit=""
            >
                {t("quick-exit")}
            </a>
            <p class="quick-exit__hint" id="quick-exit-hint">{t("quick-exit-hint")}</p>
            <p
                class="quick-exit__progress"
                role="status"
                aria-live="polite"
                data-quick-exit-progress=""
                data-one=t("quick-exit-shift-1")
                data-two=t("quick-exit-shift-2")
            ></p>
        </div>
    }
}

/// The first thing in the page for keyboard and screen-reader users.
#[component]
pub fn QuickExitSkipLink() -> impl IntoView {
    view! {
        <a class="skip-link" href=exit_url() rel="noreferrer noopener" data-quick-exit="">
            {t("quick-exit-skip")}
        </a>
    }
}
