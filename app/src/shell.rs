//! The HTML document around every page: language and direction, head, security policy.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::i18n::Locale;

/// The Content-Security-Policy for a rendered page. Scripts need this response's nonce (the
/// hydration bootstrap is inline); nothing may load from another host.
pub fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'none'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
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
    let nonce = use_nonce().map(|n| n.to_string()).unwrap_or_default();
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(value) = http::HeaderValue::from_str(&page_csp(&nonce)) {
            response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag.clone() dir=locale.dir>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <script src="/quick-exit.js" defer=true nonce=nonce></script>
                <HydrationScripts options=options islands=true/>
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
