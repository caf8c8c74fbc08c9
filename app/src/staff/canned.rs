//! Admins only: the canned replies advisers can offer in a chat.
use leptos::prelude::*;

use super::shell::hidden_csrf;

pub fn canned_page(replies: &[(String, String)], csrf: &str) -> impl IntoView {
    let rows = replies
        .iter()
        .enumerate()
        .map(|(i, (title, text))| {
            let id = format!("canned-{i}");
            view! {
                <form method="post" action="/staff/canned" class="staff-form canned">
                    {hidden_csrf(csrf)}
                    <input type="hidden" name="title" value=title.clone()/>
                    <label for=id.clone()>{title.clone()}</label>
                    <textarea id=id name="text" rows="3">{text.clone()}</textarea>
                    <button type="submit" name="action" value="save">"Save"</button>
                    <button type="submit" name="action" value="delete">"Delete"</button>
                </form>
            }
        })
        .collect_view();
    view! {
        <h1>"Canned replies"</h1>
        <p><a href="/staff/chats">"Back to chats"</a></p>
        {rows}
        <h2>"Add a reply"</h2>
        <form method="post" action="/staff/canned" class="staff-form">
            {hidden_csrf(csrf)}
            <label for="new-title">"Title"</label><input id="new-title" name="title" maxlength="60" required=true/>
            <label for="new-text">"Text"</label><textarea id="new-text" name="text" rows="3" maxlength="1000" required=true></textarea>
            <button type="submit" name="action" value="save">"Add"</button>
        </form>
    }
}
