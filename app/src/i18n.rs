//! Access to translated strings while rendering. The catalogue lives on the server; islands
//! receive the few strings they need as props, so the browser never loads the catalogue.
use leptos::prelude::*;

/// The language of the page being rendered, chosen from the first segment of its path.
#[derive(Clone, Debug, PartialEq)]
pub struct Locale {
    pub tag: String,
    pub dir: &'static str,
    /// The path after the language segment (`/directory`), so the picker keeps the page.
    pub rest_of_path: String,
    /// The raw query string, kept when switching language (the directory's filters).
    pub query: String,
}

impl Locale {
    /// A link to `path` (starting with `/`, or empty for home) in this page's language.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{}", self.tag, path)
    }
}

pub fn use_locale() -> Locale {
    expect_context::<Locale>()
}

/// The text for `key` in the page's language.
pub fn t(key: &str) -> String {
    t_args(key, &[])
}

/// The text for `key` with Fluent arguments.
#[cfg(feature = "ssr")]
pub fn t_args(key: &str, args: &[(&str, String)]) -> String {
    let site = expect_context::<crate::site::SiteContext>();
    let locale = use_locale();
    let catalog = &site.catalog;
    let language = catalog.get(&locale.tag).unwrap_or_else(|| catalog.fallback());
    if args.is_empty() {
        return catalog.message(language, key, None);
    }
    let mut fluent_args = fluent_bundle::FluentArgs::new();
    for (name, value) in args {
        // Numbers go in as numbers so plural forms ("1 service", "5 services") are chosen.
        match value.parse::<i64>() {
            Ok(number) => fluent_args.set(*name, number),
            Err(_) => fluent_args.set(*name, value.clone()),
        }
    }
    catalog.message(language, key, Some(&fluent_args))
}

/// Pages are only rendered on the server; the browser build never calls this.
#[cfg(not(feature = "ssr"))]
pub fn t_args(key: &str, _args: &[(&str, String)]) -> String {
    key.to_owned()
}
