//! Referrals from the public: the form posts (`routes`), building and sealing a new referral
//! (`referral`), and its durable record in Redis (`store`, with its scripts in `lua/`).
pub mod referral;
pub mod routes;
pub mod store;
