//! What visitors tell the service about itself, never about a case: "did this help?" after a
//! chat or a referral, and the optional "about you" equal-access questions. Both are kept
//! apart from every chat and referral; these are the rules and the answers a form may give.
pub mod about_you;
pub mod feedback;
