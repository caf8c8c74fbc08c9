//! The staff console's HTML (English is enough for staff). Server-rendered with Leptos's
//! `view!`, so everything shown, including decrypted details, is escaped; the console has
//! no islands, only `public/staff.js` to refresh the queue.
use domain::referral::{ContactMethod, Outcome, Priority};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use domain::triage::{QueueEntry, ReferralView};

/// Who is signed in, as the pages need it.
pub struct StaffView<'a> {
    pub name: &'a str,
    pub csrf: &'a str,
    pub admin: bool,
}

pub fn audit_page(rows: Vec<[String; 4]>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|[at, who, action, referral]| view! { <tr><td>{at}</td><td>{who}</td><td>{action}</td><td>{referral}</td></tr> })
        .collect_view();
    view! {
        <h1>"Audit trail"</h1>
        <p>"Who did what, and when. It holds no personal data."</p>
        <table class="queue" data-testid="audit">
            <thead><tr><th>"When"</th><th>"Who"</th><th>"Action"</th><th>"Referral"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Scripts and styles from this site only; nothing inline.
pub const STAFF_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
     img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

fn render(view: impl IntoView + 'static) -> String {
    let owner = Owner::new();
    owner.with(|| view.into_view().to_html())
}

pub fn document(title: &str, signed_in_as: Option<(&str, &str)>, body: impl IntoView + 'static) -> String {
    let title = format!("{title} · frontdoor staff");
    let account = signed_in_as.map(|(name, csrf)| {
        let (csrf_a, csrf_b) = (csrf.to_owned(), csrf.to_owned());
        view! {
            <p class="staff-account">
                "Signed in as " <strong>{name.to_owned()}</strong>
                <form method="post" action="/staff/logout">
                    <input type="hidden" name="csrf" value=csrf_a/>
                    <button type="submit">"Sign out"</button>
                </form>
                <form method="post" action="/staff/logout-everywhere">
                    <input type="hidden" name="csrf" value=csrf_b/>
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
        render(title.clone()),
        render(page)
    )
}

pub fn login_page(problem: Option<&'static str>, name: String) -> impl IntoView {
    view! {
        <h1>"Staff sign in"</h1>
        {problem.map(|p| view! { <p class="staff-problem" role="alert" data-testid="login-problem">{p}</p> })}
        <form method="post" action="/staff/login" class="staff-form">
            <label for="name">"Name"</label>
            <input id="name" name="name" autocomplete="username" value=name required/>
            <label for="password">"Password"</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required/>
            <label for="code">"6-digit code from your authenticator app"</label>
            <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required/>
            <button type="submit">"Sign in"</button>
        </form>
    }
}

fn age(now_ms: i64, then_ms: i64) -> String {
    let minutes = (now_ms - then_ms).max(0) / 60_000;
    if minutes < 60 { format!("{minutes} min") } else if minutes < 48 * 60 { format!("{} h", minutes / 60) } else { format!("{} days", minutes / 1440) }
}

/// The queue's rows; also served alone so the console can refresh them in place.
pub fn queue_rows(entries: &[QueueEntry], staff: &StaffView, now_ms: i64) -> String {
    let (me, csrf, admin) = (staff.name, staff.csrf, staff.admin);
    let rows = entries
        .iter()
        .map(|e| {
            let overdue = e.overdue(now_ms);
            let action = match (e.status.as_str(), e.holder == me) {
                ("waiting", _) => view! {
                    <form method="post" action=format!("/staff/referral/{}/claim", e.id)>
                        <input type="hidden" name="csrf" value=csrf.to_owned()/>
                        <button type="submit">"Claim"</button>
                    </form>
                }.into_any(),
                (_, true) => view! { <a href=format!("/staff/referral/{}", e.id)>"Open (yours)"</a> }.into_any(),
                _ if admin => view! {
                    <form method="post" action=format!("/staff/referral/{}/return", e.id)>
                        <input type="hidden" name="csrf" value=csrf.to_owned()/>
                        {format!("Held by {} ", e.holder)}
                        <button type="submit">"Return to queue"</button>
                    </form>
                }.into_any(),
                _ => view! { <span>{format!("Held by {}", e.holder)}</span> }.into_any(),
            };
            view! {
                <tr class:overdue=overdue data-testid="queue-row" data-referral=e.id.clone()>
                    <td>{if overdue { "OVERDUE " } else { "" }}{e.priority.slug()}</td>
                    <td>{age(now_ms, e.created_ms)}</td>
                    <td>{e.path.clone()}</td>
                    <td>{e.language.clone()}</td>
                    <td>{e.status.clone()}</td>
                    <td>{action}</td>
                </tr>
            }
        })
        .collect_view();
    render(rows)
}

pub fn console_page(rows_html: String, csrf: &str, admin: bool) -> impl IntoView {
    view! {
        <h1>"Triage queue"</h1>
        {admin.then(|| view! { <p><a href="/staff/audit">"Audit trail"</a></p> })}
        <form method="post" action="/staff/claim-next">
            <input type="hidden" name="csrf" value=csrf.to_owned()/>
            <button type="submit" data-testid="claim-next">"Claim the next referral"</button>
        </form>
        <p>"Overdue referrals (contact-by time passed, no contact yet) are listed first. No personal details are shown until you claim one. This list refreshes by itself."</p>
        <table class="queue">
            <thead><tr><th>"Priority"</th><th>"Waiting"</th><th>"Path"</th><th>"Language"</th><th>"Status"</th><th>"Action"</th></tr></thead>
            <tbody id="queue-rows" inner_html=rows_html></tbody>
        </table>
    }
}

fn hidden_csrf(csrf: &str) -> impl IntoView {
    view! { <input type="hidden" name="csrf" value=csrf.to_owned()/> }
}

pub fn referral_page(view: &ReferralView, csrf: &str, problem: Option<String>) -> impl IntoView {
    let id = view.entry.id.clone();
    let action = move |what: &str| format!("/staff/referral/{id}/{what}");
    let details = view
        .personal
        .get("details")
        .and_then(|d| d.as_object())
        .map(|map| {
            map.iter()
                .map(|(k, v)| view! { <dt>{k.clone()}</dt><dd>{v.as_str().unwrap_or_default().to_owned()}</dd> })
                .collect_view()
        });
    let risks = view
        .personal
        .pointer("/risk/yes")
        .and_then(|r| r.as_array())
        .map(|r| r.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>().join(", "))
        .unwrap_or_default();
    let attempts = view
        .attempts
        .iter()
        .map(|a| view! { <li>{format!("{} by {}: {} — {}", chrono::DateTime::from_timestamp_millis(a.at_ms).map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string()).unwrap_or_default(), a.by, a.how.label(), if a.reached { "reached" } else { "not reached" })}</li> })
        .collect_view();
    let notes = view
        .notes
        .iter()
        .map(|n| view! { <li>{format!("{} ({}): {}", n.by, chrono::DateTime::from_timestamp_millis(n.at_ms).map(|t| t.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default(), n.text)}</li> })
        .collect_view();
    let priorities = Priority::ALL
        .iter()
        .map(|p| view! { <option value=p.slug() selected=*p == view.entry.priority>{p.slug()}</option> })
        .collect_view();
    let methods = ContactMethod::ALL.iter().map(|m| view! { <option value=m.slug()>{m.label()}</option> }).collect_view();
    let outcomes = Outcome::ALL.iter().map(|o| view! { <option value=o.slug()>{o.label()}</option> }).collect_view();
    view! {
        <h1>"Referral"</h1>
        {problem.map(|p| view! { <p class="staff-problem" role="alert" data-testid="action-problem">{p}</p> })}
        <p data-testid="referral-meta">
            {format!("Priority {} (suggested by the answers: {}). Path {}. Language {}. Initial contact: {}.",
                view.entry.priority.slug(), view.suggested.slug(), view.entry.path, view.entry.language,
                if view.entry.initial_contact_ms.is_some() { "made" } else { "not yet" })}
        </p>
        <dl class="details" data-testid="referral-details">{details}</dl>
        <p>"Risk answers: " {if risks.is_empty() { "none given".to_owned() } else { risks }}</p>
        <h2>"Contact attempts"</h2><ul>{attempts}</ul>
        <form method="post" action=action("attempt")>
            {hidden_csrf(csrf)}
            <label for="how">"How"</label><select id="how" name="how">{methods}</select>
            <label><input type="checkbox" name="reached" value="yes"/>" Reached the person (successful initial contact)"</label>
            <button type="submit">"Log attempt"</button>
        </form>
        <h2>"Notes"</h2><ul data-testid="notes">{notes}</ul>
        <form method="post" action=action("note")>
            {hidden_csrf(csrf)}
            <label for="note">"Add a note"</label><textarea id="note" name="note" rows="3"></textarea>
            <button type="submit">"Add note"</button>
        </form>
        <h2>"Priority"</h2>
        <form method="post" action=action("priority")>
            {hidden_csrf(csrf)}
            <label for="priority">"Priority"</label><select id="priority" name="priority">{priorities}</select>
            <label for="reason">"Reason (required to lower it)"</label><input id="reason" name="reason"/>
            <button type="submit">"Set priority"</button>
        </form>
        <h2>"Close with an outcome"</h2>
        <form method="post" action=action("close")>
            {hidden_csrf(csrf)}
            <label for="outcome">"Outcome"</label><select id="outcome" name="outcome">{outcomes}</select>
            <label for="outcome-note">"Note"</label><textarea id="outcome-note" name="note" rows="2"></textarea>
            <button type="submit" data-testid="close">"Close referral"</button>
        </form>
        <form method="post" action=action("release")>
            {hidden_csrf(csrf)}
            <button type="submit" data-testid="release">"Release back to the queue"</button>
        </form>
    }
}
