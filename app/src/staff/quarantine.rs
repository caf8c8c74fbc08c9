//! Admins only: what the referral forms' honeypot caught. The list shows no personal data;
//! one entry shows everything that was sent (escaped, like every staff page), with "release
//! into the queue" and "discard".
use leptos::prelude::*;

use super::referral::action_form;
use super::time::{uk_time, Precision};

/// One held submission as the list shows it: nothing the person typed.
pub struct HeldRow {
    pub entry_id: String,
    pub received_ms: i64,
    pub path: String,
    pub language: String,
}

pub fn quarantine_page(rows: Vec<HeldRow>, total: usize, notice: Option<String>) -> impl IntoView {
    let shown = rows.len();
    let rows = rows
        .into_iter()
        .map(|HeldRow { entry_id, received_ms, path, language }| {
            view! {
                <tr data-held=entry_id.clone()>
                    <td>{uk_time(received_ms, Precision::Seconds)}</td><td>{path}</td><td>{language}</td>
                    <td><a href=format!("/staff/quarantine/{entry_id}")>"Open"</a></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1>"Quarantine"</h1>
        {notice.map(|n| view! { <p class="staff-problem" role="status" data-testid="quarantine-notice">{n}</p> })}
        <p>"Form posts that filled in the hidden field meant to catch scripts. A person's browser \
            autofill can do that too, so they are kept for seven days: open one, then release it \
            into the queue if a person sent it, or discard it."</p>
        <p data-testid="quarantine-count">{format!("{total} held; the newest {shown} shown.")}</p>
        <table class="queue" data-testid="quarantine">
            <thead><tr><th>"Received"</th><th>"Path"</th><th>"Language"</th><th>"Action"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// One held submission, opened: every field as sent.
pub fn held_page(row: HeldRow, fields: Vec<(String, String)>, csrf: &str, problem: Option<String>) -> impl IntoView {
    let HeldRow { entry_id, received_ms, path, language } = row;
    let action = move |what: &str| format!("/staff/quarantine/{entry_id}/{what}");
    let fields = fields
        .into_iter()
        .map(|(name, value)| view! { <dt>{name}</dt><dd>{value}</dd> })
        .collect_view();
    view! {
        <h1>"Held submission"</h1>
        {problem.map(|p| view! { <p class="staff-problem" role="alert" data-testid="action-problem">{p}</p> })}
        <p data-testid="held-meta">
            {format!("Received {}. Path {path}. Language {language}.", uk_time(received_ms, Precision::Seconds))}
        </p>
        <dl class="details" data-testid="held-fields">{fields}</dl>
        {action_form(action("release"), csrf, view! {
            <button type="submit" data-testid="release">"Release into the queue"</button>
        })}
        {action_form(action("discard"), csrf, view! {
            <button type="submit" data-testid="discard">"Discard"</button>
        })}
        <p><a href="/staff/quarantine">"Back to the quarantine"</a></p>
    }
}
