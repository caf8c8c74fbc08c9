//! Finding referrals again, closed ones included, by reference, phone number or email
//! address. The server looks phone and email up in the blind index; the page shows no
//! personal data, only what the queue shows, and a link to the whole record.
use leptos::prelude::*;

use super::shell::hidden_csrf;
use super::time::{uk_time, Precision};

/// A referral the search found.
pub struct FoundRow {
    pub id: String,
    pub received_ms: i64,
    pub path: String,
    pub priority: &'static str,
    pub status: String,
}

pub fn search_page(query: String, csrf: &str, found: Option<Vec<FoundRow>>, problem: Option<&'static str>) -> impl IntoView {
    let results = found.map(|rows| {
        let count = rows.len();
        let rows = rows
            .into_iter()
            .map(|FoundRow { id, received_ms, path, priority, status }| view! {
                <tr data-testid="found" data-referral=id.clone()>
                    <td><a href=format!("/staff/record/{id}")>{id.clone()}</a></td>
                    <td>{uk_time(received_ms, Precision::Minutes)}</td>
                    <td>{path}</td><td>{priority}</td><td>{status}</td>
                </tr>
            })
            .collect_view();
        view! {
            <h2 data-testid="found-count">{match count { 0 => "No referrals found".to_owned(), 1 => "1 referral found".to_owned(), n => format!("{n} referrals found") }}</h2>
            <table class="queue">
                <thead><tr><th scope="col">"Reference"</th><th scope="col">"Received"</th><th scope="col">"Path"</th><th scope="col">"Priority"</th><th scope="col">"Status"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    view! {
        <h1>"Find a referral"</h1>
        <p>"Search by reference, phone number or email address; closed referrals are found until they are deleted. Every search and every record opened is in the audit trail."</p>
        // Posted, not a query string: a phone number must not stay in the browser's history.
        <form method="post" action="/staff/search" role="search">
            {hidden_csrf(csrf)}
            <label for="q">"Reference, phone or email"</label>
            <input id="q" name="q" type="search" value=query autocomplete="off" required/>
            <button type="submit">"Search"</button>
        </form>
        {problem.map(|p| view! { <p class="staff-problem" role="alert" data-testid="search-problem">{p}</p> })}
        {results}
    }
}
