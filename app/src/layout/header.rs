//! Site name, quick exit, language picker and the main navigation.
//!
//! The language list and the menu are each a `<details>` disclosure, so on a phone they take
//! one row until opened and the help itself fills the first screen. They work without
//! JavaScript, and a `summary` is a button to keyboards and screen readers. Wide screens show
//! both open through CSS (see `style/main.css`, "Header disclosures").
use leptos::prelude::*;

use crate::i18n::{t, use_locale, Locale};

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
                <nav class="site-nav" aria-label=t("nav-label")>
                    <Fold summary=t("nav-summary") icon=Icon::Menu>
                        <ul>{nav}</ul>
                    </Fold>
                </nav>
            </div>
            // The home page shows it in "Talk to someone" instead, so that on a phone the
            // heading, "are you safe" and the helpline come first.
            {(!on_home_page(&locale)).then(|| view! { <super::ChatEntry/> })}
        </header>
    }
}

/// `/en` itself: not another page with an empty rest, such as "not found" for `/xx`.
#[cfg(feature = "ssr")]
fn on_home_page(locale: &Locale) -> bool {
    use_context::<http::request::Parts>().is_some_and(|request| request.uri.path() == locale.href(""))
}
#[cfg(not(feature = "ssr"))]
fn on_home_page(_locale: &Locale) -> bool {
    false
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
            <Fold summary=t("language-picker-summary") icon=Icon::Globe>
                <ul>{language_links(&locale.tag, &suffix)}</ul>
            </Fold>
        </nav>
    }
}

#[derive(Clone, Copy)]
enum Icon {
    Globe,
    Menu,
}

/// A header disclosure. Both share one `name`, so opening one closes the other where the
/// browser supports exclusive `details`; their panels open over the same place.
#[component]
fn Fold(summary: String, icon: Icon, children: Children) -> impl IntoView {
    view! {
        <details class="fold" name="site-header">
            <summary class="fold__summary">{icon_svg(icon)}<span>{summary}</span></summary>
            <div class="fold__panel">{children()}</div>
        </details>
    }
}

/// Small line drawings next to the words: the globe helps someone who cannot read the
/// page's language find the other languages. Decorative, so hidden from screen readers.
fn icon_svg(icon: Icon) -> impl IntoView {
    let path = match icon {
        Icon::Globe => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18",
        Icon::Menu => "M4 6h16M4 12h16M4 18h16",
    };
    view! {
        <svg class="fold__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>
        </svg>
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
