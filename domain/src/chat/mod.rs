//! Webchat rules that need no network: who answers which visitor, where a visitor stands
//! in the queue, and what a chat frame may contain.
pub mod protocol;
pub mod routing;
