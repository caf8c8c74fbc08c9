//! Phone numbers as links. The numbers come from the directory file (`[numbers]`), read on
//! the server; an island gets its number as a prop, like its words.
use domain::helplines::Helpline;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A number as people read it and as the phone dials it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Dial {
    /// "0808 2000 247"
    pub shown: String,
    /// "tel:+448082000247"
    pub href: String,
}

impl Dial {
    #[cfg(feature = "ssr")]
    pub fn of(line: Helpline) -> Dial {
        let contact = expect_context::<crate::site::SiteContext>().directory.number(line).clone();
        Dial { shown: contact.value, href: contact.href }
    }

    /// Pages are only rendered on the server; the browser build never calls this.
    #[cfg(not(feature = "ssr"))]
    pub fn of(_line: Helpline) -> Dial {
        Dial::default()
    }
}

/// The number for `line` as a link; `big` where it is the one thing to do now.
#[component]
pub fn PhoneLink(line: Helpline, #[prop(optional)] big: bool) -> impl IntoView {
    dial_link(Dial::of(line), big)
}

/// The link itself, for islands that were handed a `Dial`. `bdi` keeps the digits in order
/// in right-to-left pages.
pub fn dial_link(dial: Dial, big: bool) -> impl IntoView {
    view! {
        <a class="tel" class:tel--big=big href=dial.href>
            <bdi>{dial.shown}</bdi>
        </a>
    }
}
