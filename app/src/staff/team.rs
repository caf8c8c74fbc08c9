//! Admins only: the team's accounts, with disable/enable, reset the second factor, change
//! role and sign out everywhere. A reset shows the new secret once, on the page that follows.
use leptos::prelude::*;

use super::referral::action_form;
use super::time::{uk_time, Precision};

/// One account as the team page lists it.
pub struct TeamRow {
    pub name: String,
    /// `adviser`, `team-leader` or `admin`.
    pub role: &'static str,
    pub disabled: bool,
    pub last_sign_in_ms: Option<i64>,
}

/// A new authenticator secret, shown once after a reset.
pub struct NewSecret {
    pub name: String,
    pub secret: String,
    pub otpauth_url: String,
}

const ROLES: [(&str, &str); 3] = [("adviser", "Adviser"), ("team-leader", "Team leader"), ("admin", "Admin")];

fn role_label(slug: &str) -> &'static str {
    ROLES.iter().find(|(s, _)| *s == slug).map_or("Unknown", |(_, label)| label)
}

pub fn team_page(rows: Vec<TeamRow>, csrf: &str, problem: Option<String>, new_secret: Option<NewSecret>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|TeamRow { name, role, disabled, last_sign_in_ms }| {
            let action = |what: &str| format!("/staff/team/{name}/{what}");
            let select_id = format!("role-{name}");
            let options = ROLES
                .iter()
                .map(|(slug, label)| view! { <option value=*slug selected=*slug == role>{*label}</option> })
                .collect_view();
            let toggle = if disabled {
                action_form(action("enable"), csrf, view! { <button type="submit">{format!("Enable {name}")}</button> }).into_any()
            } else {
                action_form(action("disable"), csrf, view! { <button type="submit">{format!("Disable {name}")}</button> }).into_any()
            };
            view! {
                <tr data-account=name.clone()>
                    <th scope="row">{name.clone()}</th>
                    <td data-testid="account-role">{role_label(role)}</td>
                    <td data-testid="account-status">{if disabled { "Disabled" } else { "Enabled" }}</td>
                    <td>{last_sign_in_ms.map(|ms| uk_time(ms, Precision::Minutes)).unwrap_or_else(|| "Not recorded".into())}</td>
                    <td class="team-actions">
                        {toggle}
                        {action_form(action("set-role"), csrf, view! {
                            <label for=select_id.clone()>{format!("Role of {name}")}</label>
                            <select id=select_id name="role">{options}</select>
                            <button type="submit">"Change role"</button>
                        })}
                        {action_form(action("reset-mfa"), csrf, view! { <button type="submit">{format!("Reset second factor of {name}")}</button> })}
                        {action_form(action("sign-out"), csrf, view! { <button type="submit">{format!("Sign {name} out everywhere")}</button> })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1>"Team"</h1>
        {problem.map(|p| view! { <p class="staff-problem" role="alert" data-testid="team-problem">{p}</p> })}
        {new_secret.map(|NewSecret { name, secret, otpauth_url }| view! {
            <section class="new-secret" role="status" data-testid="new-secret">
                <h2>{format!("New authenticator secret for {name}")}</h2>
                <p>"Give it to them now in person or by phone; it is not shown again. Their old codes no longer work."</p>
                <p>"Secret: " <code data-testid="secret">{secret}</code></p>
                <p>"Or open: " <code>{otpauth_url}</code></p>
            </section>
        })}
        <p>"Disabling an account, resetting its second factor, changing its role or signing it out ends all its sessions at once, and its open consoles close. Every change is in the audit trail. The last admin cannot be disabled or lose the role."</p>
        <table class="queue" data-testid="team">
            <thead><tr><th scope="col">"Name"</th><th scope="col">"Role"</th><th scope="col">"Status"</th><th scope="col">"Last sign-in"</th><th scope="col">"Actions"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
