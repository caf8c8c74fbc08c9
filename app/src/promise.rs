//! Every "we will contact you by …" the site says, computed from the one source the
//! contact-by deadlines come from (`data/service-hours.toml`), so the page and the console
//! can never disagree. Says a concrete UK time: "by 10:00 tomorrow", "by Monday 10:00".
use domain::referral::ReferralPath;

/// When an adviser will have tried to make contact with a referral on `path` sent now, as
/// a phrase in the page's language (the `$when` of the sentences that promise it).
#[cfg(feature = "ssr")]
pub fn contact_by_now(path: ReferralPath) -> String {
    use chrono::{Datelike, Duration, Timelike, Utc};
    use chrono_tz::Europe::London;
    use leptos::prelude::expect_context;

    let site = expect_context::<crate::site::SiteContext>();
    let now = Utc::now();
    let at = site.service_hours.contact_by(path, now);
    let today = now.with_timezone(&London).date_naive();
    let days_ahead = (at.date_naive() - today).num_days();
    let day = match days_ahead {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        // Within the week a weekday names one day; beyond it only the date does.
        2..=6 => at.weekday().to_string().to_lowercase(),
        _ => "later".to_owned(),
    };
    debug_assert!(at.date_naive() >= today && at - now.with_timezone(&London) < Duration::days(60));
    crate::i18n::t_args(
        "contact-by-when",
        &[
            ("day", day),
            ("time", format!("{:02}:{:02}", at.hour(), at.minute())),
            ("date", at.format("%d.%m.%Y").to_string()),
        ],
    )
}

#[cfg(not(feature = "ssr"))]
pub fn contact_by_now(_path: ReferralPath) -> String {
    String::new()
}
