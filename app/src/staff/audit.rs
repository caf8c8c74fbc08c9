//! Admins only: who did what, and when.
use leptos::prelude::*;

use super::time::{uk_time, Precision};
use super::words;

/// One audit entry as shown; `at_ms` is missing only for an entry written by hand.
pub struct AuditRow {
    pub at_ms: Option<i64>,
    pub who: String,
    pub action: String,
    pub referral: String,
}

pub fn audit_page(rows: Vec<AuditRow>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|AuditRow { at_ms, who, action, referral }| {
            let at = at_ms.map(|ms| uk_time(ms, Precision::Seconds)).unwrap_or_default();
            view! { <tr><td>{at}</td><td>{who}</td><td data-action=action.clone()>{words::audit_action(&action)}</td><td>{referral}</td></tr> }
        })
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
