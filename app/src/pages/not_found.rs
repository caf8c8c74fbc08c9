use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{t, use_locale};

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let locale = use_locale();
    view! {
        <Title text=t("not-found-title")/>
        <h1>{t("not-found-title")}</h1>
        <p>{t("not-found-body")}</p>
        <p><a href=locale.href("")>{t("not-found-home")}</a></p>
    }
}
