//! Admins only: who did what, and when, filtered by person, action, referral and days, a
//! page at a time, with the same selection as CSV.
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

/// The filter as the admin typed it (days as `YYYY-MM-DD`).
#[derive(Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct AuditQuery {
    pub who: String,
    pub action: String,
    pub referral: String,
    pub from: String,
    pub to: String,
    /// Where the page starts: older than this entry.
    pub before: String,
}

impl AuditQuery {
    /// The query string for this filter starting older than `before` (or from the newest).
    pub fn link(&self, path: &str, before: Option<&str>) -> String {
        let mut pairs = vec![("who", self.who.as_str()), ("action", &self.action), ("referral", &self.referral), ("from", &self.from), ("to", &self.to)];
        pairs.retain(|(_, v)| !v.is_empty());
        if let Some(before) = before {
            pairs.push(("before", before));
        }
        let query = pairs.iter().map(|(k, v)| format!("{k}={}", urlencode(v))).collect::<Vec<_>>().join("&");
        if query.is_empty() { path.to_owned() } else { format!("{path}?{query}") }
    }
}

fn urlencode(value: &str) -> String {
    value
        .bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

fn field(id: &'static str, label: &'static str, kind: &'static str, value: String) -> impl IntoView {
    view! { <label for=id>{label}</label><input id=id name=id type=kind value=value/> }
}

pub fn audit_page(rows: Vec<AuditRow>, query: &AuditQuery, older: Option<String>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|AuditRow { at_ms, who, action, referral }| {
            let at = at_ms.map(|ms| uk_time(ms, Precision::Seconds)).unwrap_or_default();
            view! { <tr data-testid="audit-row"><td>{at}</td><td>{who}</td><td data-action=action.clone()>{words::audit_action(&action)}</td><td>{referral}</td></tr> }
        })
        .collect_view();
    let newer = (!query.before.is_empty()).then(|| view! { <a href=query.link("/staff/audit", None)>"Newest"</a>" " });
    let older = older.map(|id| view! { <a href=query.link("/staff/audit", Some(&id)) rel="next" data-testid="older">"Older"</a> });
    view! {
        <h1>"Audit trail"</h1>
        <p>"Who did what, and when. It holds no personal data."</p>
        <form method="get" action="/staff/audit" class="audit-filter">
            {field("who", "Person", "text", query.who.clone())}
            {field("action", "Action", "text", query.action.clone())}
            {field("referral", "Referral or account", "text", query.referral.clone())}
            {field("from", "From day", "date", query.from.clone())}
            {field("to", "To day", "date", query.to.clone())}
            <button type="submit">"Filter"</button>
        </form>
        <p><a href=query.link("/staff/audit.csv", None) data-testid="audit-csv" download="audit.csv">"Download these lines as CSV"</a></p>
        <table class="queue" data-testid="audit">
            <thead><tr><th scope="col">"When"</th><th scope="col">"Who"</th><th scope="col">"Action"</th><th scope="col">"Referral"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <nav aria-label="Audit pages">{newer}{older}</nav>
    }
}
