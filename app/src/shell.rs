//! The HTML document around every page: language and direction, head, security policy.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::i18n::Locale;

/// The Content-Security-Policy for a rendered page, given the hashes (`sha256-…`, base64)
/// of its inline scripts (the island bootstrap, Leptos's resource lists) and whether it runs
/// the wasm bundle (only a page with an island does). Hashes rather than a per-response
/// nonce keep a page's bytes the same for every visitor, so the server can render it once
/// and reuse it. Nothing loads from another host.
pub fn page_csp<'a>(inline_script_hashes: impl IntoIterator<Item = &'a str>, runs_wasm: bool) -> String {
    let mut scripts = String::from("'self'");
    for hash in inline_script_hashes {
        scripts.push_str(&format!(" '{hash}'"));
    }
    if runs_wasm {
        scripts.push_str(" 'wasm-unsafe-eval'");
    }
    format!(
        "default-src 'none'; script-src {scripts}; \
         style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; \
         manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )
}

#[cfg(feature = "ssr")]
fn locale_for_request() -> Locale {
    let site = expect_context::<crate::site::SiteContext>();
    let (path, query) = use_context::<http::request::Parts>()
        .map(|p| (p.uri.path().to_owned(), p.uri.query().unwrap_or_default().to_owned()))
        .unwrap_or_default();
    let first = path.trim_start_matches('/').split('/').next().unwrap_or_default();
    let language = site.catalog.get(first).unwrap_or_else(|| site.catalog.fallback());
    let rest_of_path = if first == language.tag {
        path[1 + first.len()..].to_owned()
    } else {
        String::new()
    };
    Locale { tag: language.tag.clone(), dir: language.dir(), rest_of_path, query }
}

#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags};

    let locale = locale_for_request();
    provide_context(locale.clone());
    provide_meta_context();
    // No nonce (leptos_axum provides one per response): the server allows the inline
    // bootstrap by its hash (`page_csp`), so every visitor gets the same bytes.
    let _ = take_context::<leptos::nonce::Nonce>();
    let hydration = crate::islands::on_page(&locale.rest_of_path)
        .then(|| view! { <HydrationScripts options=options.clone() islands=true/> });
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag.clone() dir=locale.dir>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <script src="/quick-exit.js" defer=true></script>
                {hydration}
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <MetaTags/>
            </head>
            <body>
                <crate::layout::SiteLayout>
                    <crate::App/>
                </crate::layout::SiteLayout>
            </body>
        </html>
    }
}

/// The browser build hydrates islands only and never renders the shell.
#[cfg(not(feature = "ssr"))]
pub fn shell(_options: LeptosOptions) -> impl IntoView {}
