//! Caseloads: "My cases" (and every caseload, by adviser, for team leaders), the caseload
//! part of a referral's page (take on, safe times, callback, hand over), the callback form
//! shown again with a problem, and the marks a queue row carries (callback, attempts).
use std::collections::BTreeMap;

use domain::caseload::{NextAction, Urgency};
use domain::referral::SafeWindows;
use domain::triage::{QueueEntry, ReferralView};
use leptos::prelude::*;

use super::referral::action_form;
use super::shell::hidden_csrf;
use super::time::{uk_time, Precision};

/// What the adviser typed into the callback form, kept when it comes back with a problem.
#[derive(Debug, Clone, Default)]
pub struct CallbackValues {
    pub date: String,
    pub time: String,
    pub confirm_outside: bool,
    pub reason: String,
}

/// The person's structured safe windows, if the referral has them (older ones do not).
pub fn safe_windows_of(view: &ReferralView) -> Option<SafeWindows> {
    serde_json::from_value(view.personal.get("safe_windows")?.clone()).ok()
}

fn due_cell(entry: &QueueEntry, now_ms: i64) -> impl IntoView {
    let next = NextAction::of(entry);
    let urgency = next.urgency(now_ms);
    let when = next.due_ms().map(|ms| uk_time(ms, Precision::Minutes)).unwrap_or_default();
    let label = urgency.label();
    view! {
        <td data-testid="case-due" data-urgency=format!("{urgency:?}").to_lowercase()>
            {(!label.is_empty()).then(|| view! { <strong>{label}</strong>" " })}{when}
        </td>
    }
}

fn attempts_text(entry: &QueueEntry) -> String {
    match (entry.attempts, entry.last_reached) {
        (0, _) => "No attempts yet".to_owned(),
        (n, last) => {
            let last = match last {
                Some(true) => "reached",
                Some(false) => "not reached",
                None => "unknown",
            };
            format!("{n} attempt{}, last {last}", if n == 1 { "" } else { "s" })
        }
    }
}

/// The rows of one caseload; `reassign` adds the team leader's reassign form to each.
fn case_rows(cases: &[QueueEntry], now_ms: i64, reassign: Option<&str>) -> impl IntoView {
    let rows = cases
        .iter()
        .map(|case| {
            let next = NextAction::of(case);
            let overdue = next.urgency(now_ms) == Urgency::Overdue;
            let action = match reassign {
                None => view! { <a href=format!("/staff/referral/{}", case.id)>"Open"</a> }.into_any(),
                Some(csrf) => reassign_form(&case.id, csrf).into_any(),
            };
            view! {
                <tr class:overdue=overdue data-testid="case-row" data-referral=case.id.clone()>
                    {due_cell(case, now_ms)}
                    <td>{next.label()}{case.callback_outside.then_some(" (outside safe times)")}</td>
                    <td>{case.priority.slug()}{super::console::flag_marks(&case.flags)}</td>
                    <td data-testid="case-attempts">{attempts_text(case)}</td>
                    <td>{action}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="queue">
            <thead><tr><th>"Due"</th><th>"Next action"</th><th>"Priority"</th><th>"Contact attempts"</th><th>"Action"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn reassign_form(id: &str, csrf: &str) -> impl IntoView {
    let (to, note) = (format!("to-{id}"), format!("note-{id}"));
    view! {
        <form method="post" action=format!("/staff/referral/{id}/hand-over") class="reassign">
            {hidden_csrf(csrf)}
            <label for=to.clone()>"Reassign to (colleague's name)"</label>
            <input id=to name="to" required=true autocomplete="off" data-testid="reassign-to"/>
            <label for=note.clone()>"Note for the colleague"</label>
            <input id=note name="note" required=true data-testid="reassign-note"/>
            <button type="submit" data-testid="reassign">"Reassign"</button>
        </form>
    }
}

/// "My cases", and for team leaders every caseload grouped by adviser.
pub fn cases_page(mine: &[QueueEntry], team: Option<&BTreeMap<String, Vec<QueueEntry>>>, csrf: &str, now_ms: i64, notice: Option<String>) -> impl IntoView {
    let team = team.map(|team| {
        let groups = team
            .iter()
            .map(|(adviser, cases)| {
                view! {
                    <section data-testid="team-caseload" data-adviser=adviser.clone()>
                        <h3>{format!("{adviser} ({} case{})", cases.len(), if cases.len() == 1 { "" } else { "s" })}</h3>
                        {case_rows(cases, now_ms, Some(csrf))}
                    </section>
                }
            })
            .collect_view();
        view! {
            <h2>"Team caseloads"</h2>
            <p>"Every adviser's cases, most pressing first. Reassigning moves a case into the colleague's caseload with your note."</p>
            {groups}
        }
    });
    view! {
        <h1>"My cases"</h1>
        {notice.map(|n| view! { <p class="staff-problem" role="alert" data-testid="cases-notice">{n}</p> })}
        <p>"Referrals you have taken on stay yours until you close them or hand them over. Overdue and due callbacks are listed first; times are UK time."</p>
        {if mine.is_empty() {
            view! { <p data-testid="no-cases">"You have no cases. Take one on from a referral you have claimed."</p> }.into_any()
        } else {
            view! { <div data-testid="my-cases">{case_rows(mine, now_ms, None)}</div> }.into_any()
        }}
        {team}
    }
}

/// The callback form; `values` come back as typed after a problem.
fn callback_form(id: &str, csrf: &str, values: &CallbackValues) -> impl IntoView {
    let fields = view! {
        <fieldset>
            <legend>"Schedule a callback (UK time)"</legend>
            <label for="callback-date">"Date"</label>
            <input id="callback-date" name="date" type="date" required=true value=values.date.clone()/>
            <label for="callback-time">"Time"</label>
            <input id="callback-time" name="time" type="time" required=true value=values.time.clone()/>
            <div class="choice">
                <input id="callback-confirm" type="checkbox" name="confirm-outside" value="yes" checked=values.confirm_outside/>
                <label for="callback-confirm">"This time is outside the person's safe times and I have a reason to call then"</label>
            </div>
            <label for="callback-reason">"Reason (needed only outside their safe times)"</label>
            <input id="callback-reason" name="reason" value=values.reason.clone()/>
            <button type="submit" data-testid="schedule-callback">"Schedule callback"</button>
        </fieldset>
    };
    action_form(format!("/staff/referral/{id}/callback"), csrf, fields)
}

fn safe_times(view: &ReferralView) -> impl IntoView {
    let windows = safe_windows_of(view).map(|w| w.describe()).unwrap_or_else(|| "No days or times chosen".to_owned());
    let note = view.personal.pointer("/details/safe-times").and_then(|v| v.as_str()).map(str::to_owned);
    view! {
        <p data-testid="safe-windows">"Safe times: " {windows}</p>
        {note.map(|n| view! { <p>"Their note about safe times: " {n}</p> })}
    }
}

/// The caseload part of a referral's page.
pub fn case_section(view: &ReferralView, csrf: &str) -> impl IntoView {
    let id = view.entry.id.clone();
    let taken = if view.entry.taken {
        view! { <p data-testid="in-caseload">"In your caseload: it stays yours until you close it or hand it over."</p> }.into_any()
    } else {
        action_form(format!("/staff/referral/{id}/take-on"), csrf, view! {
            <p>"A claim returns to the queue after a while without activity. Taking it on keeps it in your cases."</p>
            <button type="submit" data-testid="take-on">"Take on (add to my cases)"</button>
        })
        .into_any()
    };
    let next = view.entry.callback_ms.map(|ms| {
        view! {
            <p data-testid="next-callback">
                "Next callback: " {uk_time(ms, Precision::Minutes)}
                {view.entry.callback_outside.then_some(" (outside their safe times; the reason is in the notes)")}
            </p>
        }
    });
    view! {
        <h2>"Caseload"</h2>
        {taken}
        <h2>"Safe times and callbacks"</h2>
        {safe_times(view)}
        {next}
        {callback_form(&id, csrf, &CallbackValues::default())}
        <h2>"Hand over"</h2>
        {action_form(format!("/staff/referral/{id}/hand-over"), csrf, view! {
            <label for="hand-over-to">"Colleague's name"</label>
            <input id="hand-over-to" name="to" required=true autocomplete="off" data-testid="hand-over-to"/>
            <label for="hand-over-note">"Note for them (kept sealed with the referral)"</label>
            <textarea id="hand-over-note" name="note" rows="2" required=true data-testid="hand-over-note"></textarea>
            <button type="submit" data-testid="hand-over">"Hand over"</button>
        })}
    }
}

/// The callback form again, with what was typed and what is wrong, and the next safe time.
pub fn callback_page(view: &ReferralView, csrf: &str, problem: String, next_safe_ms: Option<i64>, values: &CallbackValues) -> impl IntoView {
    let id = view.entry.id.clone();
    view! {
        <h1>"Schedule a callback"</h1>
        <p class="staff-problem" role="alert" data-testid="action-problem">{problem}</p>
        {safe_times(view)}
        {next_safe_ms.map(|ms| view! { <p data-testid="next-safe">"Their next safe time starts " {uk_time(ms, Precision::Minutes)}</p> })}
        {callback_form(&id, csrf, values)}
        <p><a href=format!("/staff/referral/{id}")>"Back to the referral"</a></p>
    }
}

/// On a queue row: the next callback (when due or overdue, in words) and the attempts.
pub fn row_marks(entry: &QueueEntry, now_ms: i64) -> impl IntoView {
    let callback = entry.callback_ms.map(|ms| {
        let label = match NextAction::Callback(ms).urgency(now_ms) {
            Urgency::Overdue => "Callback overdue",
            Urgency::Due => "Callback due",
            _ => "Callback",
        };
        view! { " " <strong data-testid="row-callback">{format!("{label} {}", uk_time(ms, Precision::Minutes))}</strong> }
    });
    view! { {callback} " " <span data-testid="row-attempts">{attempts_text(entry)}</span> }
}
