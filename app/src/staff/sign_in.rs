//! The staff sign-in form: name, password and the authenticator's one-time code, with the
//! form's CSRF token (matched against a cookie set with the form, as no session exists yet).
use leptos::prelude::*;

pub fn login_page(problem: Option<&'static str>, name: String, csrf: String) -> impl IntoView {
    view! {
        <h1>"Staff sign in"</h1>
        {problem.map(|p| view! { <p class="staff-problem" role="alert" data-testid="login-problem">{p}</p> })}
        <form method="post" action="/staff/login" class="staff-form">
            <input type="hidden" name="csrf" value=csrf/>
            <label for="name">"Name"</label>
            <input id="name" name="name" autocomplete="username" value=name required/>
            <label for="password">"Password"</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required/>
            <label for="code">"6-digit code from your authenticator app"</label>
            <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required/>
            <button type="submit">"Sign in"</button>
        </form>
    }
}
