//! Admins only, above the queue: names that drew many failed sign-ins in the last hour.
//! Nobody is locked out by them; an admin decides what to do (talk to the person, reset).
use leptos::prelude::*;

use super::time::{uk_time, Precision};

/// One name with many failed sign-ins, and when the latest came.
pub struct SignInAlertRow {
    pub name: String,
    pub at_ms: i64,
}

pub fn sign_in_alerts(rows: Vec<SignInAlertRow>) -> impl IntoView {
    (!rows.is_empty()).then(|| {
        let items = rows
            .into_iter()
            .map(|SignInAlertRow { name, at_ms }| {
                let line = format!("{name} (latest {})", uk_time(at_ms, Precision::Minutes));
                view! { <li>{line}</li> }
            })
            .collect_view();
        view! {
            <section class="staff-problem" role="alert" data-testid="sign-in-alerts">
                <h2>"Many failed sign-ins"</h2>
                <p>"These accounts drew many failed sign-in attempts within an hour, from one or more places. Nobody is locked out: check with the person, and change their password or code if in doubt."</p>
                <ul>{items}</ul>
            </section>
        }
    })
}
