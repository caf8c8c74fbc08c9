//! The one document every staff page is written into: the `<head>`, the staff header with
//! the sign-out forms, and the CSP those pages are served under.
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

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

pub fn document(title: &str, signed_in_as: Option<(&str, &str)>, body: impl IntoView + 'static) -> String {
    let title = format!("{title} · frontdoor staff");
    let account = signed_in_as.map(|(name, csrf)| {
        view! {
            <p class="staff-account">
                "Signed in as " <strong>{name.to_owned()}</strong>
                <form method="post" action="/staff/logout">
                    {hidden_csrf(csrf)}
                    <button type="submit">"Sign out"</button>
                </form>
                <form method="post" action="/staff/logout-everywhere">
                    {hidden_csrf(csrf)}
                    <button type="submit">"Sign out everywhere"</button>
                </form>
            </p>
        }
    });
    let page = view! {
        <header class="staff-header"><a href="/staff">"frontdoor triage"</a>{account}</header>
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
