//! Adviser accounts, sign-in with a second factor, sessions, and the triage console.
pub mod accounts;
pub mod cli;
pub mod console;
pub mod login;
pub mod session;
