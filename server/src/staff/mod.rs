//! Adviser accounts, sign-in with a second factor, sessions, and the triage console.
//! `routes` holds the handlers, `store` every Redis command, `extract` what handlers ask for.
pub mod accounts;
pub mod cli;
mod desk_support;
pub mod extract;
pub mod routes;
pub mod session;
pub mod store;

pub use extract::{Admin, CsrfForm, Role, StaffSession};
/// The router (`app.rs`) and the chat desk import these paths.
pub use routes::{console, login};
