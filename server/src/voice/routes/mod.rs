//! The voice domain's handlers: the visitor's two forms and the team leaders' page.
pub mod staff;
pub mod visitor;
