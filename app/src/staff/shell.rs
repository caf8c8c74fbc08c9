//! The one document every staff page is written into: the `<head>`, the staff header
//! (`nav`) with the High alert, and the CSP those pages are served under.
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use super::high_alert::high_alert;
use super::nav::{header, Desk};

/// Scripts and styles from this site only; nothing inline. The server sends it with every
/// staff page (`server::staff::routes::html`).
pub const STAFF_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
     img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub(super) fn render(view: impl IntoView + 'static) -> String {
    let owner = Owner::new();
    owner.with(|| view.into_view().to_html())
}

/// The hidden field that carries the session's CSRF token in every staff form.
pub(super) fn hidden_csrf(csrf: &str) -> impl IntoView {
    view! { <input type="hidden" name="csrf" value=csrf.to_owned()/> }
}

/// A staff page: the header navigation, counts and High alert when someone is signed in
/// (`desk`), then the page's `body`.
pub fn document(title: &str, desk: Option<&Desk>, body: impl IntoView + 'static) -> String {
    let title = format!("{title} · frontdoor staff");
    let top = match desk {
        Some(desk) => view! { {header(desk)}{high_alert(&desk.alert, desk.on_shift())} }.into_any(),
        None => view! { <header class="staff-header"><a href="/staff">"frontdoor triage"</a></header> }.into_any(),
    };
    let page = view! {
        <a href="#main" class="skip-link">"Skip to the page"</a>
        {top}
        <main id="main">{body}</main>
    };
    format!(
        "<!DOCTYPE html><html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><link rel=\"stylesheet\" href=\"/staff.css\">\
         <script src=\"/staff.js\" defer></script></head><body>{}</body></html>",
        render(title),
        render(page)
    )
}
