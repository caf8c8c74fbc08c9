//! frontdoor's user interface. Pages are rendered on the server; only the small interactive
//! parts ("islands") ship to the browser as wasm, so pages stay light on cheap phones and
//! work in full before (and without) JavaScript.
pub mod i18n;
pub mod islands;
pub mod layout;
pub mod pages;
pub mod phone;
pub mod promise;
pub mod routes;
pub mod per_response;
pub mod shell;
#[cfg(feature = "ssr")]
pub mod site;
#[cfg(feature = "ssr")]
pub mod staff;

pub use routes::App;
pub use shell::shell;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
