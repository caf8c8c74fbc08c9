//! Form controls in the GOV.UK pattern: label, hint, error message, then the control, tied
//! together with `aria-describedby`; every value comes back as typed after a problem.
use leptos::prelude::*;

use super::SubmittedForm;
use crate::i18n::t;

pub fn control_id(name: &str) -> String {
    format!("field-{name}")
}

fn described_by(name: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error")]
        .iter()
        .filter(|(present, _)| *present)
        .map(|(_, part)| format!("{name}-{part}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn label_text(label_key: &str, required: bool) -> String {
    if required {
        format!("{} {}", t(label_key), t("refer-required-mark"))
    } else {
        t(label_key)
    }
}

fn hint_and_error(name: &str, hint_key: Option<&str>, error: Option<&'static str>) -> impl IntoView {
    let hint = hint_key.map(|key| view! { <p class="hint" id=format!("{name}-hint")>{t(key)}</p> });
    let error = error.map(|key| view! { <p class="field-error" id=format!("{name}-error")>{t(key)}</p> });
    (hint, error)
}

pub enum Input {
    Text,
    Tel,
    Email,
    LongText,
}

/// A labelled text box (or text area).
pub fn text_field(
    form: &SubmittedForm,
    name: &str,
    label_key: &str,
    hint_key: Option<&str>,
    required: bool,
    input: Input,
) -> AnyView {
    let error = form.problem(name);
    let describedby = described_by(name, hint_key.is_some(), error.is_some());
    let value = form.value(name);
    let invalid = error.map(|_| "true");
    let control = match input {
        Input::LongText => view! {
            <textarea id=control_id(name) name=name.to_owned() rows="6" aria-describedby=describedby
                aria-invalid=invalid aria-required=required.then_some("true")>{value}</textarea>
        }
        .into_any(),
        other => {
            let (kind, mode) = match other {
                Input::Tel => ("tel", Some("tel")),
                Input::Email => ("email", Some("email")),
                _ => ("text", None),
            };
            view! {
                <input id=control_id(name) name=name.to_owned() type=kind inputmode=mode value=value
                    aria-describedby=describedby aria-invalid=invalid
                    aria-required=required.then_some("true") spellcheck="false"/>
            }
            .into_any()
        }
    };
    view! {
        <div class="field" class:field--error=error.is_some()>
            <label for=control_id(name)>{label_text(label_key, required)}</label>
            {hint_and_error(name, hint_key, error)}
            {control}
        </div>
    }
    .into_any()
}

/// A group of radio buttons; `options` are (value, label key).
pub fn radios(
    form: &SubmittedForm,
    name: &str,
    legend_key: &str,
    hint_key: Option<&str>,
    required: bool,
    options: &[(&'static str, &'static str)],
) -> AnyView {
    let error = form.problem(name);
    let describedby = described_by(name, hint_key.is_some(), error.is_some());
    let chosen = form.value(name);
    let buttons = options
        .iter()
        .enumerate()
        .map(|(index, (value, label_key))| {
            // The first button carries the field's id, so the error summary can link to it.
            let id = if index == 0 { control_id(name) } else { format!("{}-{value}", control_id(name)) };
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=name.to_owned() value=*value checked=chosen == *value/>
                    <label for=id>{t(label_key)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field" class:field--error=error.is_some() aria-describedby=describedby>
            <legend>{label_text(legend_key, required)}</legend>
            {hint_and_error(name, hint_key, error)}
            <div class="choices">{buttons}</div>
        </fieldset>
    }
    .into_any()
}

/// A yes/no question.
pub fn yes_no(form: &SubmittedForm, name: &str, legend_key: &str) -> AnyView {
    radios(form, name, legend_key, None, false, &[("yes", "choice-yes"), ("no", "choice-no")])
}

/// A single checkbox that sends `yes` when ticked.
pub fn checkbox(form: &SubmittedForm, name: &str, label_key: &str, hint_key: Option<&str>) -> AnyView {
    let error = form.problem(name);
    let describedby = described_by(name, hint_key.is_some(), error.is_some());
    view! {
        <div class="field choice" class:field--error=error.is_some()>
            {error.map(|key| view! { <p class="field-error" id=format!("{name}-error")>{t(key)}</p> })}
            <input type="checkbox" id=control_id(name) name=name.to_owned() value="yes"
                checked=form.value(name) == "yes" aria-describedby=describedby/>
            <label for=control_id(name)>{t(label_key)}</label>
            {hint_key.map(|key| view! { <p class="hint" id=format!("{name}-hint")>{t(key)}</p> })}
        </div>
    }
    .into_any()
}
