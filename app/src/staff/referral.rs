//! A claimed referral: the decrypted details, contact attempts, notes, and the forms that
//! change it (attempt, note, priority, close, release).
use domain::referral::{ContactMethod, Outcome, Priority};
use domain::triage::ReferralView;
use leptos::prelude::*;

use super::shell::hidden_csrf;
use super::time::{uk_time, Precision};
use super::words;

/// One of the page's forms: posts to `action` with the session's CSRF token.
pub(super) fn action_form(action: String, csrf: &str, fields: impl IntoView + 'static) -> impl IntoView {
    view! { <form method="post" action=action>{hidden_csrf(csrf)}{fields}</form> }
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
                .map(|(k, v)| view! { <dt>{words::detail_key(k)}</dt><dd>{words::detail_value(k, v.as_str().unwrap_or_default())}</dd> })
                .collect_view()
        });
    let risks = view
        .personal
        .pointer("/risk/yes")
        .and_then(|r| r.as_array())
        .map(|r| r.iter().filter_map(|v| v.as_str()).map(words::risk_slug).collect::<Vec<_>>().join("; "))
        .unwrap_or_default();
    let attempts = view
        .attempts
        .iter()
        .map(|a| view! { <li>{format!("{} by {}: {} — {}", uk_time(a.at_ms, Precision::Minutes), a.by, a.how.label(), if a.reached { "reached" } else { "not reached" })}</li> })
        .collect_view();
    let notes = view
        .notes
        .iter()
        .map(|n| view! { <li>{format!("{} ({}): {}", n.by, uk_time(n.at_ms, Precision::Minutes), n.text)}</li> })
        .collect_view();
    let priorities = Priority::ALL
        .iter()
        .map(|p| view! { <option value=p.slug() selected=*p == view.entry.priority>{words::priority(*p)}</option> })
        .collect_view();
    let methods = ContactMethod::ALL.iter().map(|m| view! { <option value=m.slug()>{words::contact_method(*m)}</option> }).collect_view();
    let outcomes = Outcome::ALL.iter().map(|o| view! { <option value=o.slug()>{words::outcome(*o)}</option> }).collect_view();
    view! {
        <h1>"Referral"</h1>
        {problem.map(|p| view! { <p class="staff-problem" role="alert" data-testid="action-problem">{p}</p> })}
        <p data-testid="referral-meta">
            {format!("Priority {} (suggested by the answers: {}). Path {}. Language {}. Initial contact: {}.",
                words::priority(view.entry.priority), words::priority(view.suggested), words::path_slug(&view.entry.path), words::language(&view.entry.language),
                if view.entry.initial_contact_ms.is_some() { "made" } else { "not yet" })}
            {super::console::flag_marks(&view.entry.flags)}
        </p>
        <dl class="details" data-testid="referral-details">{details}</dl>
        <p>"Risk answers: " {if risks.is_empty() { "none given".to_owned() } else { risks }}</p>
        {super::cases::case_section(view, csrf)}
        <h2>"Contact attempts"</h2><ul>{attempts}</ul>
        {action_form(action("attempt"), csrf, view! {
            <label for="how">"How"</label><select id="how" name="how">{methods}</select>
            <label><input type="checkbox" name="reached" value="yes"/>" Reached the person (successful initial contact)"</label>
            <button type="submit">"Log attempt"</button>
        })}
        <h2>"Notes"</h2><ul data-testid="notes">{notes}</ul>
        {action_form(action("note"), csrf, view! {
            <label for="note">"Add a note"</label><textarea id="note" name="note" rows="3"></textarea>
            <button type="submit">"Add note"</button>
        })}
        <h2>"Priority"</h2>
        {action_form(action("priority"), csrf, view! {
            <label for="priority">"Priority"</label><select id="priority" name="priority">{priorities}</select>
            <label for="reason">"Reason (required to lower it)"</label><input id="reason" name="reason"/>
            <button type="submit">"Set priority"</button>
        })}
        <h2>"Close with an outcome"</h2>
        {action_form(action("close"), csrf, view! {
            <label for="outcome">"Outcome"</label><select id="outcome" name="outcome">{outcomes}</select>
            <label for="outcome-note">"Note"</label><textarea id="outcome-note" name="note" rows="2"></textarea>
            <button type="submit" data-testid="close">"Close referral"</button>
        })}
        {action_form(action("release"), csrf, view! {
            <button type="submit" data-testid="release">"Release back to the queue"</button>
        })}
    }
}
