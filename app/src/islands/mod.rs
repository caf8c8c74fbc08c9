//! The interactive parts of the site, hydrated in the browser. Each works as plain HTML first.
mod safe_now;

pub use safe_now::{SafeNowCheck, SafeNowText};

/// Whether the page at this path (after the language, e.g. `""` for the home page) holds an
/// island. Only those pages load the hydration script and the wasm bundle; every other page
/// is plain HTML with `quick-exit.js`. A server test renders every page and checks this
/// against the islands actually in it.
pub fn on_page(rest_of_path: &str) -> bool {
    rest_of_path.is_empty()
}
