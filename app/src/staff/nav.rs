//! The header every signed-in staff page shares: the same links (by role), the adviser's
//! shift status, and counts of waiting chats and overdue referrals. `public/staff.js`
//! refreshes the counts from `/staff/desk-state`; without JavaScript they are as of loading.
use domain::triage::HighAlert;
use leptos::prelude::*;

use super::shell::hidden_csrf;
use super::words;

/// What the header shows of the signed-in adviser and the service, on every staff page.
#[derive(Debug, Clone, Default)]
pub struct Desk {
    pub name: String,
    pub csrf: String,
    pub admin: bool,
    /// A team leader or an admin.
    pub leads_team: bool,
    /// `on-shift`, `away` or `off`.
    pub shift: String,
    pub waiting_chats: u64,
    pub overdue_referrals: usize,
    pub alert: HighAlert,
    /// This page's link in the header (`/staff`, `/staff/chats`, …); "" for a page without one.
    pub current: &'static str,
}

impl Desk {
    /// On-shift advisers get the High alert; others see the counts only.
    pub fn on_shift(&self) -> bool {
        self.shift == "on-shift"
    }

    /// The header's links this person may follow, in order.
    pub fn links(&self) -> Vec<(&'static str, &'static str)> {
        let mut links = vec![("/staff", "Queue"), ("/staff/chats", "Chats"), ("/staff/cases", "My cases")];
        if self.leads_team {
            links.push(("/staff/insight", "Insight"));
        }
        if self.admin {
            links.extend([("/staff/team", "Team"), ("/staff/audit", "Audit")]);
        }
        links
    }
}

/// "1 chat waiting", "3 chats waiting".
pub fn chats_waiting(count: u64) -> String {
    format!("{count} {} waiting", if count == 1 { "chat" } else { "chats" })
}

/// "1 overdue referral", "0 overdue referrals".
pub fn overdue_referrals(count: usize) -> String {
    format!("{count} overdue {}", if count == 1 { "referral" } else { "referrals" })
}

pub fn header(desk: &Desk) -> impl IntoView {
    let links = desk
        .links()
        .into_iter()
        .map(|(href, label)| {
            let current = (href == desk.current).then_some("page");
            view! { <li><a href=href aria-current=current>{label}</a></li> }
        })
        .collect_view();
    let csrf = desk.csrf.clone();
    view! {
        <header class="staff-header">
            <nav aria-label="Staff pages" class="staff-nav"><ul>{links}</ul></nav>
            <p class="staff-counts" data-testid="desk-counts">
                <span data-testid="shift-status">{words::state(&desk.shift)}</span>" · "
                <a href="/staff/chats" id="count-chats" data-testid="count-chats">{chats_waiting(desk.waiting_chats)}</a>" · "
                <a href="/staff" id="count-overdue" data-testid="count-overdue">{overdue_referrals(desk.overdue_referrals)}</a>
            </p>
            <div class="staff-account">
                "Signed in as " <strong>{desk.name.clone()}</strong>
                <form method="post" action="/staff/logout">
                    {hidden_csrf(&csrf)}
                    <button type="submit">"Sign out"</button>
                </form>
                <form method="post" action="/staff/logout-everywhere">
                    {hidden_csrf(&csrf)}
                    <button type="submit">"Sign out everywhere"</button>
                </form>
            </div>
        </header>
    }
}
