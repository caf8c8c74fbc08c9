//! "Are you safe right now?" inside a form: answering "no" shows the emergency options at
//! once, and the form stays as it is. Without JavaScript the server shows them after sending.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SafeNowFieldText {
    pub legend: String,
    pub yes: String,
    pub no: String,
    pub unsafe_heading: String,
    pub unsafe_999: String,
    pub unsafe_55: String,
}

#[island]
pub fn SafeNowField(text: SafeNowFieldText, answer: String) -> impl IntoView {
    let (answer, set_answer) = signal(answer);
    let SafeNowFieldText { legend, yes, no, unsafe_heading, unsafe_999, unsafe_55 } = text;
    view! {
        <fieldset class="field safe-now-field">
            <legend>{legend}</legend>
            <div class="choices choices--inline">
                <div class="choice">
                    <input type="radio" id="field-safe-now" name="safe-now" value="yes"
                        checked=answer.get_untracked() == "yes"
                        on:change=move |_| set_answer.set("yes".into())/>
                    <label for="field-safe-now">{yes}</label>
                </div>
                <div class="choice">
                    <input type="radio" id="field-safe-now-no" name="safe-now" value="no"
                        data-testid="form-safe-now-no"
                        checked=answer.get_untracked() == "no"
                        on:change=move |_| set_answer.set("no".into())/>
                    <label for="field-safe-now-no">{no}</label>
                </div>
            </div>
            <div class="safe-now__alert" role="alert" data-testid="form-unsafe-alert"
                hidden=move || answer.get() != "no">
                <p><strong>{unsafe_heading}</strong></p>
                <p>
                    <a class="tel tel--big" href="tel:999">"999"</a>
                    " "
                    {unsafe_999}
                </p>
                <p>{unsafe_55}</p>
            </div>
        </fieldset>
    }
}
