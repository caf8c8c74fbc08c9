//! The parts of every page: quick exit, header with the language picker, footer.
mod chat_entry;
mod footer;
mod header;
mod quick_exit;

pub use chat_entry::{chat_open, chat_opens_text, ChatEntry};
pub use footer::Footer;
pub use header::Header;
pub use quick_exit::{QuickExit, QuickExitSkipLink};

use leptos::prelude::*;

use crate::i18n::t;

#[component]
pub fn SiteLayout(children: Children) -> impl IntoView {
    view! {
        <QuickExitSkipLink/>
        <a class="skip-link" href="#main">{t("skip-to-content")}</a>
        // Outside the header, so it stays stuck to the top of the whole page while scrolling.
        <QuickExit/>
        <Header/>
        <main id="main" tabindex="-1">{children()}</main>
        <Footer/>
    }
}
