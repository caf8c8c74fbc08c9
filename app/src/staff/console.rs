//! The triage queue: the console page and its rows (also served alone for `public/staff.js`).
use domain::triage::QueueEntry;
use leptos::prelude::*;

use super::shell::{hidden_csrf, render};
use super::time::age;
use super::{words, StaffView};

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
                        {hidden_csrf(csrf)}
                        <button type="submit">"Claim"</button>
                    </form>
                }.into_any(),
                (_, true) => view! { <a href=format!("/staff/referral/{}", e.id)>"Open (yours)"</a> }.into_any(),
                _ if admin => view! {
                    <form method="post" action=format!("/staff/referral/{}/return", e.id)>
                        {hidden_csrf(csrf)}
                        {format!("Held by {} ", e.holder)}
                        <button type="submit">"Return to queue"</button>
                    </form>
                }.into_any(),
                _ => view! { <span>{format!("Held by {}", e.holder)}</span> }.into_any(),
            };
            view! {
                <tr class:overdue=overdue data-testid="queue-row" data-referral=e.id.clone()>
                    <td>
                        {if overdue { "OVERDUE " } else { "" }}{words::priority(e.priority)}
                        {flag_marks(&e.flags)}
                    </td>
                    <td>{age(now_ms, e.created_ms)}</td>
                    <td>{words::path_slug(&e.path)}</td>
                    <td>{words::language(&e.language)}</td>
                    <td>{words::state(&e.status)}{super::cases::row_marks(e, now_ms)}</td>
                    <td>{action}</td>
                </tr>
            }
        })
        .collect_view();
    render(rows)
}

/// The row's marks (no consent, safeguarding check), each in words a screen reader reads.
pub fn flag_marks(flags: &[domain::referral::ReferralFlag]) -> impl IntoView {
    flags
        .iter()
        .map(|flag| view! { " " <strong class="flag" data-flag=flag.slug()>{words::flag(*flag)}</strong> })
        .collect_view()
}

pub fn console_page(rows_html: String, csrf: &str, admin: bool) -> impl IntoView {
    view! {
        <h1>"Triage queue"</h1>
        {admin.then(|| view! { <p><a href="/staff/quarantine">"Quarantine"</a>" · "<a href="/staff/directory">"Directory entries to check"</a></p> })}
        {queue_table(rows_html, csrf)}
    }
}

/// "Claim the next", then the rows (refreshed in place by `public/staff.js`): the queue page's
/// body, and the queue column of the chat desk.
pub fn queue_table(rows_html: String, csrf: &str) -> impl IntoView {
    view! {
        <form method="post" action="/staff/claim-next">
            {hidden_csrf(csrf)}
            <button type="submit" data-testid="claim-next">"Claim the next referral"</button>
        </form>
        <p>"Overdue referrals (contact-by time passed, no contact yet) are listed first. No personal details are shown until you claim one. This list refreshes by itself."</p>
        <table class="queue">
            <thead><tr><th>"Priority"</th><th>"Waiting"</th><th>"Path"</th><th>"Language"</th><th>"Status"</th><th>"Action"</th></tr></thead>
            <tbody id="queue-rows" inner_html=rows_html></tbody>
        </table>
    }
}
