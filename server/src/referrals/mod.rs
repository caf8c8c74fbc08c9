//! Referrals from the public: the form posts, the sealed record in Redis.
pub mod store;
pub mod submit;
