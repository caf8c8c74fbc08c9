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

/// The adviser's own chat settings, as the shift form shows them.
pub struct DeskSettings {
    pub status: String,
    pub capacity: u32,
    pub languages: Vec<String>,
}

/// The chat desk: shift settings (a plain form), then the live area `public/staff-chat.js`
/// fills from the adviser's socket. Canned replies are listed for the script to offer.
pub fn chats_page(desk: &DeskSettings, offered: &[(String, String)], canned: &[(String, String)], csrf: &str, admin: bool) -> impl IntoView {
    let statuses = [("on-shift", "On shift"), ("away", "Away"), ("off", "Off")]
        .into_iter()
        .map(|(value, label)| {
            let id = format!("status-{value}");
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name="status" value=value checked=desk.status == value/>
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    let languages = offered
        .iter()
        .map(|(tag, name)| {
            let id = format!("speaks-{tag}");
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name="languages" value=tag.clone() checked=desk.languages.contains(tag)/>
                    <label for=id lang=tag.clone()>{name.clone()}</label>
                </div>
            }
        })
        .collect_view();
    let replies = canned
        .iter()
        .map(|(title, text)| view! { <option value=text.clone()>{title.clone()}</option> })
        .collect_view();
    view! {
        <h1>"Chats"</h1>
        <p><a href="/staff">"Triage queue"</a>{admin.then(|| view! { " · " <a href="/staff/canned">"Edit canned replies"</a> })}</p>
        <form method="post" action="/staff/shift" class="staff-form shift" data-testid="shift-form">
            {hidden_csrf(csrf)}
            <fieldset><legend>"Shift status"</legend>{statuses}</fieldset>
            <label for="capacity">"Most chats at once"</label>
            <input id="capacity" name="capacity" type="number" min="1" max="10" value=desk.capacity.to_string()/>
            <fieldset><legend>"Languages you chat in"</legend>{languages}</fieldset>
            <button type="submit" data-testid="save-shift">"Save"</button>
        </form>
        <section aria-labelledby="desk-heading" id="chat-desk" data-testid="chat-desk">
            <h2 id="desk-heading">"Live chats"</h2>
            <p id="desk-status" role="status">"Connecting…"</p>
            <noscript><p>"The chat desk needs JavaScript."</p></noscript>
            <div id="desk-tabs" role="tablist" aria-label="Your chats"></div>
            <div id="desk-panels"></div>
            <select id="canned-source" hidden=true aria-hidden="true">{replies}</select>
        </section>
        <script src="/staff-chat.js" defer=true></script>
    }
}

pub fn canned_page(replies: &[(String, String)], csrf: &str) -> impl IntoView {
    let rows = replies
        .iter()
        .enumerate()
        .map(|(i, (title, text))| {
            let id = format!("canned-{i}");
            view! {
                <form method="post" action="/staff/canned" class="staff-form canned">
                    {hidden_csrf(csrf)}
                    <input type="hidden" name="title" value=title.clone()/>
                    <label for=id.clone()>{title.clone()}</label>
                    <textarea id=id name="text" rows="3">{text.clone()}</textarea>
                    <button type="submit" name="action" value="save">"Save"</button>
                    <button type="submit" name="action" value="delete">"Delete"</button>
                </form>
            }
        })
        .collect_view();
    view! {
        <h1>"Canned replies"</h1>
        <p><a href="/staff/chats">"Back to chats"</a></p>
        {rows}
        <h2>"Add a reply"</h2>
        <form method="post" action="/staff/canned" class="staff-form">
            {hidden_csrf(csrf)}
            <label for="new-title">"Title"</label><input id="new-title" name="title" maxlength="60" required=true/>
            <label for="new-text">"Text"</label><textarea id="new-text" name="text" rows="3" maxlength="1000" required=true></textarea>
            <button type="submit" name="action" value="save">"Add"</button>
        </form>
    }
}

/// The referral an adviser makes from a chat, with the visitor's agreement.
pub fn chat_referral_page(chat: &str, csrf: &str, values: &[(String, String)], problem: Option<String>) -> impl IntoView {
    let value = |name: &str| values.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let method = value("contact-method");
    let methods = [("phone", "Phone call"), ("text", "Text message"), ("email", "Email")]
        .into_iter()
        .map(|(v, label)| view! { <option value=v selected=method == v>{label}</option> })
        .collect_view();
    view! {
        <h1>"Create a referral from this chat"</h1>
        <p><a href="/staff/chats">"Back to chats"</a></p>
        {problem.map(|p| view! { <p class="staff-problem" role="alert" data-testid="referral-problem">{p}</p> })}
        <form method="post" action=format!("/staff/chat/{chat}/referral") class="staff-form">
            {hidden_csrf(csrf)}
            <div class="choice">
                <input type="checkbox" id="agreed" name="agreed" value="yes" checked=value("agreed") == "yes"/>
                <label for="agreed">"The visitor agreed to a referral in the chat"</label>
            </div>
            <label for="name">"Name the visitor gave (any name they are happy with)"</label>
            <input id="name" name="name" value=value("name") maxlength="100"/>
            <label for="contact-method">"How to contact them"</label>
            <select id="contact-method" name="contact-method">{methods}</select>
            <label for="phone">"Phone"</label><input id="phone" name="phone" type="tel" value=value("phone")/>
            <label for="email">"Email"</label><input id="email" name="email" type="email" value=value("email")/>
            <label for="safe-times">"Safe times to contact"</label><input id="safe-times" name="safe-times" value=value("safe-times")/>
            <label for="about">"What the visitor asked for, in brief"</label>
            <textarea id="about" name="about" rows="4">{value("about")}</textarea>
            <button type="submit" data-testid="create-referral">"Create referral"</button>
        </form>
    }
}
