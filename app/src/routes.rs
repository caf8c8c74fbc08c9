//! The site's routes. Every page lives under its language: `/en/…`, `/ur/…`.
use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::hooks::use_params_map;
use leptos_router::path;

use crate::i18n::use_locale;
use crate::pages::{
    content, notices, voice, ChatPage, DirectoryPage, HelpForPage, HomePage, InfoPage, NotFound, ReferralChooserPage,
    ReferralFormPage, ReferralSentPage, TopicPage,
};

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Routes fallback=NotFound>
                <ParentRoute path=path!("/:lang") view=LanguageGate>
                    <Route path=path!("") view=HomePage/>
                    <Route path=path!("directory") view=DirectoryPage/>
                    <Route path=path!("chat") view=ChatPage/>
                    <Route path=path!("refer") view=ReferralChooserPage/>
                    <Route path=path!("refer/:kind") view=ReferralFormPage/>
                    <Route path=path!("refer/:kind/sent") view=ReferralSentPage/>
                    <Route path=path!("feedback") view=voice::FeedbackPage/>
                    <Route path=path!("feedback/thanks") view=voice::FeedbackThanksPage/>
                    <Route path=path!("about-you") view=voice::AboutYouPage/>
                    <Route path=path!("about-you/thanks") view=voice::AboutYouThanksPage/>
                    <Route
                        path=path!("is-this-abuse")
                        view=|| view! { <InfoPage content=&content::IS_THIS_ABUSE/> }
                    />
                    <Route
                        path=path!("browse-safely")
                        view=|| view! { <InfoPage content=&content::BROWSE_SAFELY/> }
                    />
                    <Route
                        path=path!("your-behaviour")
                        view=|| view! { <InfoPage content=&content::YOUR_BEHAVIOUR/> }
                    />
                    <Route
                        path=path!("safe-accommodation")
                        view=|| view! { <InfoPage content=&content::SAFE_ACCOMMODATION/> }
                    />
                    <Route
                        path=path!("professionals")
                        view=|| view! { <InfoPage content=&content::PROFESSIONALS/> }
                    />
                    <Route path=path!("help-for") view=HelpForPage/>
                    <Route path=path!("help-for/:topic") view=TopicPage/>
                    <Route path=path!("privacy") view=|| view! { <InfoPage content=&notices::PRIVACY/> }/>
                    <Route
                        path=path!("accessibility")
                        view=|| view! { <InfoPage content=&notices::ACCESSIBILITY/> }
                    />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// Only languages the site offers get pages; `/xx/…` is a plain 404.
#[component]
fn LanguageGate() -> impl IntoView {
    let requested = use_params_map().get_untracked().get("lang");
    if requested.as_deref() == Some(use_locale().tag.as_str()) {
        view! { <Outlet/> }.into_any()
    } else {
        view! { <NotFound/> }.into_any()
    }
}
