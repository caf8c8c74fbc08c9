//! Webchat rules that need no network: who answers which visitor, where a visitor stands
//! in the queue, what a chat frame may contain, and what came of a chat.
pub mod outcome;
pub mod protocol;
pub mod routing;
