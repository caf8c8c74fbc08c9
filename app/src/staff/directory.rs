//! Admins only: directory entries nobody has checked against the provider's page for
//! `CHECK_EVERY_MONTHS`, so numbers people call in danger stay true.
use domain::directory::{Service, CHECK_EVERY_MONTHS};
use leptos::prelude::*;

pub fn unchecked_entries_page(services: &[&Service]) -> impl IntoView + use<> {
    let rows = services
        .iter()
        .map(|s| {
            let (href, source) = (s.source.clone(), s.source.clone());
            view! {
                <tr data-entry=s.id.clone()>
                    <td>{s.checked.format("%Y-%m-%d").to_string()}</td>
                    <td>{s.name.clone()}" ("<code>{s.id.clone()}</code>")"</td>
                    <td>{s.area.clone()}</td>
                    <td><a href=href rel="noreferrer noopener">{source}</a></td>
                </tr>
            }
        })
        .collect_view();
    let summary = if services.is_empty() {
        format!("Every entry was checked within the last {CHECK_EVERY_MONTHS} months.")
    } else {
        format!("{} entries have not been checked for {CHECK_EVERY_MONTHS} months or more, oldest first.", services.len())
    };
    view! {
        <h1>"Directory entries to check"</h1>
        <p>{summary}</p>
        <p>"Open the provider's page, compare the name, numbers, hours and who it is for with "
           <code>"data/services.toml"</code>", correct what changed, set "<code>"checked"</code>
           " to today's date, and deploy. The site shows the new details after a restart."</p>
        <table class="queue" data-testid="unchecked-entries">
            <thead><tr><th>"Last checked"</th><th>"Service"</th><th>"Area"</th><th>"Provider's page"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
