//! "Safe times to contact" on the referral form: "any time", the days (checkboxes) and up to
//! two time ranges (selects, half-hourly, UK time), then the person's own words as a note.
//! Plain controls in fieldsets with legends, so it works without JavaScript and reads well
//! in a screen reader; every choice comes back as made after a problem.
use domain::referral::safe_times::{clock, day_field, range_fields, ANY_TIME_FIELD, RANGES};
use domain::referral::Day;
use leptos::prelude::*;

use super::fields::{checkbox, control_id, text_field, Input};
use super::SubmittedForm;
use crate::i18n::t;

/// Half-hour steps: starts from 00:00 to 23:30, ends from 00:30 to 24:00.
fn time_select(form: &SubmittedForm, name: &str, label_key: &str, ends: bool) -> impl IntoView {
    let error = form.problem(name);
    let chosen = form.value(name);
    let first = if ends { 1 } else { 0 };
    let options = (first..first + 48)
        .map(|step| clock(step * 30))
        .map(|value| view! { <option value=value.clone() selected=chosen == value>{value.clone()}</option> })
        .collect_view();
    view! {
        <div class="field" class:field--error=error.is_some()>
            <label for=control_id(name)>{t(label_key)}</label>
            {error.map(|key| view! { <p class="field-error" id=format!("{name}-error")>{t(key)}</p> })}
            <select id=control_id(name) name=name.to_owned() aria-invalid=error.map(|_| "true")
                aria-describedby=error.map(|_| format!("{name}-error"))>
                <option value="">{t("safe-times-choose")}</option>
                {options}
            </select>
        </div>
    }
}

pub fn safe_times_fields(form: &SubmittedForm) -> impl IntoView {
    let days = Day::ALL
        .iter()
        .map(|day| checkbox(form, &day_field(*day), &format!("weekday-{}", day.slug()), None))
        .collect_view();
    let ranges = (1..=RANGES)
        .map(|n| {
            let (from, until) = range_fields(n);
            view! {
                <fieldset class="field">
                    <legend>{t(if n == 1 { "safe-times-range-1" } else { "safe-times-range-2" })}</legend>
                    <div class="choices choices--inline">
                        {time_select(form, &from, "safe-times-from", false)}
                        {time_select(form, &until, "safe-times-until", true)}
                    </div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field safe-times" aria-describedby="safe-times-hint" data-testid="safe-times">
            <legend>{t("field-safe-times")}</legend>
            <p class="hint" id="safe-times-hint">{t("safe-times-hint")}</p>
            {checkbox(form, ANY_TIME_FIELD, "safe-times-any", None)}
            <fieldset class="field">
                <legend>{t("safe-times-days")}</legend>
                <div class="choices">{days}</div>
            </fieldset>
            {ranges}
        </fieldset>
        {text_field(form, "safe-times", "safe-times-note", Some("safe-times-note-hint"), false, Input::Text)}
    }
}
