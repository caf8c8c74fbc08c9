//! Site name, quick exit, language picker and the main navigation.
use leptos::prelude::*;

use crate::i18n::{t, use_locale};

/// The information pages, in menu order: (path, Fluent key of the link text).
pub const NAV_PAGES: &[(&str, &str)] = &[
    ("/directory", "nav-directory"),
    ("/help-for", "nav-help-for"),
    ("/is-this-abuse", "nav-is-this-abuse"),
    ("/browse-safely", "nav-browse-safely"),
    ("/safe-accommodation", "nav-safe-accommodation"),
    ("/your-behaviour", "nav-your-behaviour"),
    ("/professionals", "nav-professionals"),
];

#[component]
pub fn Header() -> impl IntoView {
    let locale = use_locale();
    let current = locale.rest_of_path.clone();
    let nav = NAV_PAGES
        .iter()
        .map(|(path, key)| {
            let aria_current = (current == *path).then_some("page");
            view! {
                <li><a href=locale.href(path) aria-current=aria_current>{t(key)}</a></li>
            }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="site-header__bar">
                <a class="site-header__name" href=locale.href("")>{t("site-name")}</a>
                <LanguagePicker/>
            </div>
            <nav class="site-nav" aria-label=t("nav-label")>
                <ul>{nav}</ul>
            </nav>
            <super::ChatEntry/>
        </header>
    }
}

/// Each language in its own name and script, linking to the same page in that language.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let locale = use_locale();
    let suffix = if locale.query.is_empty() {
        locale.rest_of_path.clone()
    } else {
        format!("{}?{}", locale.rest_of_path, locale.query)
    };
    view! {
        <nav class="language-picker" aria-label=t("language-picker-label")>
            <ul>{language_links(&locale.tag, &suffix)}</ul>
        </nav>
    }
}

#[cfg(feature = "ssr")]
fn language_links(current: &str, suffix: &str) -> impl IntoView {
    let site = expect_context::<crate::site::SiteContext>();
    site.catalog
        .languages()
        .iter()
        .map(|language| {
            let is_current = language.tag == current;
            view! {
                <li>
                    <a
                        href=format!("/{}{}", language.tag, suffix)
                        lang=language.tag.clone()
                        hreflang=language.tag.clone()
                        dir=language.dir()
                        aria-current=is_current.then_some("true")
                    >
                        {language.native_name.clone()}
                    </a>
                </li>
            }
        })
        .collect_view()
}
#[cfg(not(feature = "ssr"))]
fn language_links(_current: &str, _suffix: &str) -> impl IntoView {}
