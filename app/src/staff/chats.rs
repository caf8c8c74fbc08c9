//! The chat desk pages: shift settings with the live desk, and the referral an adviser
//! makes from a chat.
use leptos::prelude::*;

use super::console::queue_table;
use super::shell::hidden_csrf;
use super::words;

/// The adviser's own chat settings, as the shift form shows them.
pub struct DeskSettings {
    pub status: String,
    pub capacity: u32,
    pub languages: Vec<String>,
}

/// The chat desk: shift settings (a plain form, tucked into a disclosure once on shift), then
/// the live chats `public/staff-chat.js` fills from the adviser's socket beside the triage
/// queue (side by side on a wide screen). Canned replies are listed for the script to offer.
pub fn chats_page(desk: &DeskSettings, offered: &[(String, String)], canned: &[(String, String)], queue_rows_html: String, csrf: &str, admin: bool) -> impl IntoView {
    let statuses = [("on-shift", "On shift"), ("away", "Away"), ("off", "Off")]
        .into_iter()
        .map(|(value, label)| {
            let id = format!("status-{value}");
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name="status" value=value checked=desk.status == value/>
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    let languages = offered
        .iter()
        .map(|(tag, name)| {
            let id = format!("speaks-{tag}");
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name="languages" value=tag.clone() checked=desk.languages.contains(tag)/>
                    <label for=id lang=tag.clone()>{name.clone()}</label>
                </div>
            }
        })
        .collect_view();
    let replies = canned
        .iter()
        .map(|(title, text)| view! { <option value=text.clone()>{title.clone()}</option> })
        .collect_view();
    view! {
        <h1>"Chats"</h1>
        {admin.then(|| view! { <p><a href="/staff/canned">"Edit canned replies"</a></p> })}
        <details class="shift-settings" open=desk.status != "on-shift">
        <summary>"Shift settings: " {words::state(&desk.status)}</summary>
        <form method="post" action="/staff/shift" class="staff-form shift" data-testid="shift-form">
            {hidden_csrf(csrf)}
            <fieldset><legend>"Shift status"</legend>{statuses}</fieldset>
            <label for="capacity">"Most chats at once"</label>
            <input id="capacity" name="capacity" type="number" min="1" max="10" value=desk.capacity.to_string()/>
            <fieldset><legend>"Languages you chat in"</legend>{languages}</fieldset>
            <button type="submit" data-testid="save-shift">"Save"</button>
        </form>
        </details>
        <div class="desk-columns">
        <section aria-labelledby="desk-heading" id="chat-desk" data-testid="chat-desk">
            <h2 id="desk-heading">"Live chats"</h2>
            <p id="desk-status" role="status">"Connecting…"</p>
            <noscript><p>"The chat desk needs JavaScript."</p></noscript>
            <div id="desk-tabs" role="tablist" aria-label="Your chats"></div>
            <div id="desk-panels"></div>
            <select id="canned-source" hidden=true aria-hidden="true">{replies}</select>
            <select id="outcome-source" hidden=true aria-hidden="true">{outcome_options()}</select>
        </section>
        <section aria-labelledby="queue-heading" class="desk-queue" data-testid="desk-queue">
            <h2 id="queue-heading">"Triage queue"</h2>
            {queue_table(queue_rows_html, csrf)}
        </section>
        </div>
        <script src="/staff-chat.js" defer=true></script>
    }
}

/// The outcomes an adviser chooses from when ending a chat, for the desk script to offer.
fn outcome_options() -> impl IntoView {
    domain::chat::outcome::ChatOutcome::ALL
        .iter()
        // The label attribute, so the words cannot be mistaken for a canned reply's title.
        .map(|outcome| view! { <option value=outcome.slug() label=outcome.label()></option> })
        .collect_view()
}

/// The referral an adviser makes from a chat, with the visitor's agreement.
pub fn chat_referral_page(chat: &str, csrf: &str, values: &[(String, String)], problem: Option<String>) -> impl IntoView {
    let value = |name: &str| values.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let method = value("contact-method");
    let methods = [("phone", "Phone call"), ("text", "Text message"), ("email", "Email")]
        .into_iter()
        .map(|(v, label)| view! { <option value=v selected=method == v>{label}</option> })
        .collect_view();
    view! {
        <h1>"Create a referral from this chat"</h1>
        <p><a href="/staff/chats">"Back to chats"</a></p>
        {problem.map(|p| view! { <p class="staff-problem" role="alert" data-testid="referral-problem">{p}</p> })}
        <form method="post" action=format!("/staff/chat/{chat}/referral") class="staff-form">
            {hidden_csrf(csrf)}
            <div class="choice">
                <input type="checkbox" id="agreed" name="agreed" value="yes" checked=value("agreed") == "yes"/>
                <label for="agreed">"The visitor agreed to a referral in the chat"</label>
            </div>
            <label for="name">"Name the visitor gave (any name they are happy with)"</label>
            <input id="name" name="name" value=value("name") maxlength="100"/>
            <label for="contact-method">"How to contact them"</label>
            <select id="contact-method" name="contact-method">{methods}</select>
            <label for="phone">"Phone"</label><input id="phone" name="phone" type="tel" value=value("phone")/>
            <label for="email">"Email"</label><input id="email" name="email" type="email" value=value("email")/>
            <label for="safe-times">"Safe times to contact"</label><input id="safe-times" name="safe-times" value=value("safe-times")/>
            <label for="about">"What the visitor asked for, in brief"</label>
            <textarea id="about" name="about" rows="4">{value("about")}</textarea>
            <button type="submit" data-testid="create-referral">"Create referral"</button>
        </form>
    }
}
