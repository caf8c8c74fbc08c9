//! The information pages share one shape: a title, an introduction and sections of
//! paragraphs and lists. Their words live in `locales/`; their shape lives in `content`.
use leptos::prelude::*;
use leptos_meta::Title;

use super::content::{Block, Figure, InfoContent};
use super::EmergencyOptions;
use crate::i18n::{t, t_args, use_locale};
use crate::phone::PhoneLink;

#[component]
pub fn InfoPage(content: &'static InfoContent) -> impl IntoView {
    let locale = use_locale();
    let sections = content
        .sections
        .iter()
        .map(|section| {
            let blocks = section.blocks.iter().map(render_block).collect_view();
            view! {
                <section>
                    <h2>{t(section.heading)}</h2>
                    {blocks}
                </section>
            }
        })
        .collect_view();
    view! {
        <Title text=t(content.title)/>
        <h1>{t(content.title)}</h1>
        <p class="lead">{t(content.intro)}</p>
        {sections}
        <EmergencyOptions/>
        <p class="see-also">
            <a href=locale.href("/directory")>{t("see-directory")}</a>
        </p>
    }
}

fn render_block(block: &Block) -> AnyView {
    match block {
        Block::Para(key) => view! { <p>{t(key)}</p> }.into_any(),
        Block::List(keys) => {
            let items = keys.iter().map(|key| view! { <li>{t(key)}</li> }).collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
        Block::Phone { label, number } => view! {
            <p class="phone">
                {t(label)}
                " "
                <PhoneLink line=*number/>
            </p>
        }
        .into_any(),
        Block::Link { text, path } => {
            view! { <p><a href=use_locale().href(path)>{t(text)}</a></p> }.into_any()
        }
        Block::Figure { key, figure } => view! { <p>{figure_text(key, *figure)}</p> }.into_any(),
        Block::ContactBy { text, path } => {
            let when = crate::promise::contact_by_now(*path);
            view! { <p data-testid="contact-by-promise">{t_args(text, &[("when", when)])}</p> }.into_any()
        }
    }
}

/// The sentence for `key` with the configured number as `$count`.
#[cfg(feature = "ssr")]
fn figure_text(key: &str, figure: Figure) -> String {
    let days = expect_context::<crate::site::SiteContext>().retention.days(figure);
    crate::i18n::t_args(key, &[("count", days.to_string())])
}

/// Pages are only rendered on the server; the browser build never calls this.
#[cfg(not(feature = "ssr"))]
fn figure_text(key: &str, _figure: Figure) -> String {
    t(key)
}
