//! Adviser accounts, sign-in with a second factor, sessions, and the triage console.
//! `routes` holds the handlers, `store` every Redis command, `extract` what handlers ask for.
pub mod accounts;
pub mod cli;
pub mod desk;
pub mod extract;
pub mod routes;
pub mod session;
pub mod store;
pub mod team;

pub use extract::{Admin, CsrfForm, Role, StaffSession};