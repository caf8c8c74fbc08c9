//! Who can help: the service directory, filtered by who it is for and how to reach it,
//! with "open now / opens at …" worked out at request time in UK time.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::t;
#[cfg(feature = "ssr")]
use crate::i18n::use_locale;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    view! {
        <Title text=t("directory-title")/>
        <h1>{t("directory-title")}</h1>
        <p class="lead">{t("directory-intro")}</p>
        {directory_body()}
    }
}

#[cfg(not(feature = "ssr"))]
fn directory_body() -> impl IntoView {}

#[cfg(feature = "ssr")]
fn directory_body() -> impl IntoView {
    use domain::directory::{Audience, Channel};

    let site = expect_context::<crate::site::SiteContext>();
    let locale = use_locale();
    let filter = filter_from_query(&locale.query);
    let services = site.directory.filter(&filter);
    let now = chrono::Utc::now();
    let audience_boxes = Audience::ALL
        .iter()
        .map(|a| checkbox("audience", a.slug(), filter.audiences.contains(a), format!("audience-{}", a.slug())))
        .collect_view();
    let channel_boxes = Channel::ALL
        .iter()
        .map(|c| checkbox("channel", c.slug(), filter.channels.contains(c), format!("channel-{}", c.slug())))
        .collect_view();
    let count = services.len();
    let cards = services.into_iter().map(|s| service_card(&site.directory, s, now)).collect_view();
    view! {
        <form class="filters" method="get" action=locale.href("/directory")>
            <fieldset>
                <legend>{t("directory-filter-who")}</legend>
                <div class="checkboxes">{audience_boxes}</div>
            </fieldset>
            <fieldset>
                <legend>{t("directory-filter-how")}</legend>
                <div class="checkboxes">{channel_boxes}</div>
            </fieldset>
            <button type="submit" class="button">{t("directory-filter-apply")}</button>
            " "
            <a href=locale.href("/directory")>{t("directory-filter-clear")}</a>
        </form>
        <p class="directory-scope">{t("directory-scope")}</p>
        <p role="status" class="result-count">
            {t_count("directory-count", count)}
        </p>
        <ul class="services">{cards}</ul>
    }
}

#[cfg(feature = "ssr")]
fn t_count(key: &str, count: usize) -> String {
    crate::i18n::t_args(key, &[("count", count.to_string())])
}

#[cfg(feature = "ssr")]
fn filter_from_query(query: &str) -> domain::directory::Filter {
    use domain::directory::{Audience, Channel, Filter};
    let mut filter = Filter::default();
    for pair in query.split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        match name {
            "audience" => filter.audiences.extend(Audience::from_slug(value)),
            "channel" => filter.channels.extend(Channel::from_slug(value)),
            _ => {}
        }
    }
    filter
}

#[cfg(feature = "ssr")]
fn checkbox(name: &'static str, value: &'static str, checked: bool, label_key: String) -> impl IntoView {
    let id = format!("{name}-{value}");
    view! {
        <div class="checkbox">
            <input type="checkbox" id=id.clone() name=name value=value checked=checked/>
            <label for=id>{t(&label_key)}</label>
        </div>
    }
}

#[cfg(feature = "ssr")]
fn service_card(
    directory: &domain::directory::Directory,
    service: &domain::directory::Service,
    now: chrono::DateTime<chrono::Utc>,
) -> impl IntoView {
    let heading_id = format!("service-{}", service.id);
    let open_status = service.hours.status_at(now);
    let status = status_text(&open_status, now);
    let is_open = matches!(
        open_status,
        domain::directory::OpenStatus::AlwaysOpen | domain::directory::OpenStatus::OpenUntil(_)
    );
    let audiences = service
        .audiences
        .iter()
        .map(|a| t(&format!("audience-{}", a.slug())))
        .collect::<Vec<_>>()
        .join(", ");
    // A service with no door of its own shows the one it is reached through, and says so.
    let through = service.reached_through.as_deref().and_then(|id| directory.service(id)).map(|through| {
        view! { <p class="service__through">{crate::i18n::t_args("directory-reached-through", &[("service", through.name.clone())])}</p> }
    });
    let contacts = directory
        .contacts(service)
        .iter()
        .map(|c| {
            let label = t(&format!("channel-{}", c.channel.slug()));
            view! {
                <li>
                    {label}": "
                    <a href=c.href.clone() rel="noreferrer noopener"><bdi>{c.value.clone()}</bdi></a>
                </li>
            }
        })
        .collect_view();
    let notes = service
        .notes
        .iter()
        .map(|n| view! { <li>{t(&format!("note-{}", n.slug()))}</li> })
        .collect_view();
    let languages = language_names(&service.languages);
    view! {
        <li class="service">
            <h2 id=heading_id>{service.name.clone()}</h2>
            <p class=if is_open { "status status--open" } else { "status status--closed" }>
                {status}
            </p>
            <p>{t(&format!("service-{}-offer", service.id))}</p>
            <dl class="service__facts">
                <dt>{t("directory-for")}</dt>
                <dd>{audiences}</dd>
                <dt>{t("directory-area")}</dt>
                <dd>{t(&format!("area-{}", service.area))}</dd>
                <dt>{t("directory-languages")}</dt>
                <dd>{languages}</dd>
                <dt>{t("directory-checked")}</dt>
                <dd>
                    <time datetime=service.checked.format("%Y-%m-%d").to_string()>
                        {service.checked.format("%d/%m/%Y").to_string()}
                    </time>
                </dd>
            </dl>
            {through}
            <ul class="service__contacts">{contacts}</ul>
            <ul class="service__notes">{notes}</ul>
        </li>
    }
}

/// Language codes shown in the reader's language where we have a name for them.
#[cfg(feature = "ssr")]
fn language_names(codes: &[String]) -> String {
    codes
        .iter()
        .map(|code| t(&format!("language-code-{code}")))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(feature = "ssr")]
fn status_text(status: &domain::directory::OpenStatus, now: chrono::DateTime<chrono::Utc>) -> String {
    use chrono::{Datelike, Timelike};
    use domain::directory::OpenStatus;
    use crate::i18n::t_args;
    let time = |at: &chrono::DateTime<chrono_tz::Tz>| format!("{:02}:{:02}", at.hour(), at.minute());
    match status {
        OpenStatus::AlwaysOpen => t("status-always-open"),
        OpenStatus::NoFixedHours => t("status-no-fixed-hours"),
        OpenStatus::OpenUntil(at) => t_args("status-open-until", &[("time", time(at))]),
        OpenStatus::ClosedOpensAt(at) => {
            let today = now.with_timezone(&chrono_tz::Europe::London).date_naive();
            let day = at.date_naive();
            if day == today {
                t_args("status-opens-today", &[("time", time(at))])
            } else if day == today.succ_opt().unwrap_or(day) {
                t_args("status-opens-tomorrow", &[("time", time(at))])
            } else {
                let weekday = format!("weekday-{}", at.weekday().to_string().to_lowercase());
                t_args("status-opens-on", &[("day", t(&weekday)), ("time", time(at))])
            }
        }
    }
}
