//! One referral's whole record, read-only, for any adviser who found it again (a search,
//! or a link from a later referral), and the hand-over export for team leaders. Earlier and
//! later referrals from the same phone or email are linked here and on the referral page.
use domain::triage::ReferralView;
use leptos::prelude::*;

use super::referral::action_form;
use super::time::{uk_time, Precision};

/// Another referral from the same phone number or email address.
pub struct LinkedRow {
    pub id: String,
    pub received_ms: i64,
}

/// "Also referred on …", with a link to each; nothing when there are none.
pub fn linked_referrals(linked: Vec<LinkedRow>) -> impl IntoView {
    (!linked.is_empty()).then(|| {
        let items = linked
            .into_iter()
            .map(|LinkedRow { id, received_ms }| view! {
                <li><a href=format!("/staff/record/{id}") data-testid="linked-referral">{format!("Also referred on {}", uk_time(received_ms, Precision::Minutes))}</a></li>
            })
            .collect_view();
        view! {
            <section class="linked" aria-labelledby="linked-heading" data-testid="linked">
                <h2 id="linked-heading">"Other referrals from the same phone or email"</h2>
                <ul>{items}</ul>
            </section>
        }
    })
}

/// The record's details as label and value, shared by the page and the export.
pub fn record_fields(view: &ReferralView) -> Vec<(String, String)> {
    let mut fields = vec![
        ("Reference".to_owned(), view.entry.id.clone()),
        ("Received".to_owned(), uk_time(view.entry.created_ms, Precision::Minutes)),
        ("Contact by".to_owned(), uk_time(view.entry.contact_by_ms, Precision::Minutes)),
        ("Path".to_owned(), view.entry.path.clone()),
        ("Language".to_owned(), view.entry.language.clone()),
        ("Priority".to_owned(), view.entry.priority.slug().to_owned()),
        ("Suggested priority".to_owned(), view.suggested.slug().to_owned()),
        ("Status".to_owned(), view.entry.status.clone()),
        ("Outcome".to_owned(), view.outcome.map(|o| o.label().to_owned()).unwrap_or_default()),
    ];
    if let Some(details) = view.personal.get("details").and_then(|d| d.as_object()) {
        fields.extend(details.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned())));
    }
    let risks = view.personal.pointer("/risk/yes").and_then(|r| r.as_array()).map(|r| r.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>().join(", "));
    fields.push(("Risk answers".to_owned(), risks.unwrap_or_default()));
    fields.extend(view.attempts.iter().map(|a| {
        (format!("Contact attempt {}", uk_time(a.at_ms, Precision::Minutes)), format!("{} by {}: {}", a.how.label(), a.by, if a.reached { "reached" } else { "not reached" }))
    }));
    fields.extend(view.notes.iter().map(|n| (format!("Note {} ({})", uk_time(n.at_ms, Precision::Minutes), n.by), n.text.clone())));
    fields
}

pub fn record_page(view: &ReferralView, linked: Vec<LinkedRow>, can_export: bool) -> impl IntoView {
    let id = view.entry.id.clone();
    let fields = record_fields(view).into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view();
    view! {
        <h1>"Referral record"</h1>
        <p>"Read-only. Opening it is in the audit trail."</p>
        <dl class="details" data-testid="record">{fields}</dl>
        {linked_referrals(linked)}
        {can_export.then(|| view! { <p><a href=format!("/staff/record/{id}/export") data-testid="export-link">"Export for the case system"</a></p> })}
        <p><a href="/staff/search">"Find another referral"</a></p>
    }
}

/// Team leaders: export one referral, decrypted, with the reason (kept as a sealed note).
pub fn export_page(id: &str, csrf: &str, problem: Option<&'static str>) -> impl IntoView {
    view! {
        <h1>"Export for the case system"</h1>
        <p>"The file holds the referral's personal details in clear: put it straight into the case management system and delete it. The export and its reason are recorded."</p>
        {problem.map(|p| view! { <p class="staff-problem" role="alert" data-testid="export-problem">{p}</p> })}
        {action_form(format!("/staff/record/{id}/export"), csrf, view! {
            <label for="reason">"Reason (required)"</label>
            <textarea id="reason" name="reason" rows="2" required></textarea>
            <fieldset>
                <legend>"Format"</legend>
                <label><input type="radio" name="format" value="json" checked/>" JSON"</label>
                <label><input type="radio" name="format" value="csv"/>" CSV (for a spreadsheet)"</label>
            </fieldset>
            <button type="submit" data-testid="export">"Export"</button>
        })}
        <p><a href=format!("/staff/record/{id}")>"Back to the record"</a></p>
    }
}
