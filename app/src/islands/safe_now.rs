//! "Are you safe right now?" Answering "no" shows the emergency options at once.
//! Without JavaScript both answers are links: "no" jumps to the emergency section.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::phone::{dial_link, Dial};

/// The island's words, translated on the server and handed over as props, with the
/// emergency number from the directory file.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SafeNowText {
    pub question: String,
    pub yes: String,
    pub no: String,
    pub unsafe_heading: String,
    pub unsafe_999: String,
    pub unsafe_55: String,
    pub safe_reply: String,
    pub emergency: Dial,
}

#[island]
pub fn SafeNowCheck(text: SafeNowText) -> impl IntoView {
    let (answer, set_answer) = signal(None::<bool>);
    let alert_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if answer.get() == Some(false) {
            if let Some(alert) = alert_ref.get() {
                let _ = alert.focus();
            }
        }
    });
    let SafeNowText { question, yes, no, unsafe_heading, unsafe_999, unsafe_55, safe_reply, emergency } = text;
    view! {
        <section class="safe-now" aria-labelledby="safe-now-question">
            <h2 id="safe-now-question">{question}</h2>
            <div class="safe-now__answers">
                <a
                    class="button button--warning"
                    href="#emergency"
                    data-testid="safe-now-no"
                    on:click=move |ev| {
                        ev.prevent_default();
                        set_answer.set(Some(false));
                    }
                >
                    {no}
                </a>
                <a
                    class="button button--secondary"
                    href="#doors"
                    data-testid="safe-now-yes"
                    on:click=move |ev| {
                        ev.prevent_default();
                        set_answer.set(Some(true));
                    }
                >
                    {yes}
                </a>
            </div>
            <div
                class="safe-now__alert"
                role="alert"
                tabindex="-1"
                node_ref=alert_ref
                data-testid="safe-now-alert"
                hidden=move || answer.get() != Some(false)
            >
                <h3>{unsafe_heading}</h3>
                <p>
                    {dial_link(emergency, true)}
                    " "
                    {unsafe_999}
                </p>
                <p>{unsafe_55}</p>
            </div>
            <p class="safe-now__reply" role="status" hidden=move || answer.get() != Some(true)>
                {safe_reply}
            </p>
        </section>
    }
}
