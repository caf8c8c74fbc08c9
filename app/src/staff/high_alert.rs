//! The High alert: a banner on every on-shift adviser's page while a High referral waits
//! unclaimed. It says how many, never who. The banner sits in one polite-but-firm live region
//! (`aria-live="assertive"`) that `public/staff.js` rewrites only when the words change, so a
//! screen reader hears each new alert once; loaded with the page, it is simply there.
use domain::triage::HighAlert;
use leptos::prelude::*;

/// The banner's words, or "" when no alert is raised (the script uses the same words).
pub fn alert_text(alert: &HighAlert) -> String {
    match (alert.waiting, alert.overdue) {
        (0, _) => String::new(),
        (1, 0) => "A high-priority referral is waiting to be claimed.".to_owned(),
        (1, _) => "A high-priority referral is overdue and waiting to be claimed.".to_owned(),
        (n, 0) => format!("{n} high-priority referrals are waiting to be claimed."),
        (n, o) => format!("{n} high-priority referrals are waiting to be claimed ({o} overdue)."),
    }
}

/// The live region, with the banner inside it when `shown`.
pub fn high_alert(alert: &HighAlert, shown: bool) -> impl IntoView {
    let text = if shown { alert_text(alert) } else { String::new() };
    let hidden = text.is_empty();
    view! {
        <div id="high-alert" class="high-alert" aria-live="assertive" aria-atomic="true" data-on-shift=shown.to_string()>
            <p class="high-alert__banner" data-testid="high-alert" hidden=hidden>
                <strong id="high-alert-text">{text}</strong>" "<a href="/staff">"Go to the queue"</a>
            </p>
        </div>
        <p class="alert-sound" id="alert-sound-setting" hidden=true>
            <input type="checkbox" id="alert-sound"/>
            <label for="alert-sound">"Play a sound with High alerts (on this device)"</label>
        </p>
    }
}
