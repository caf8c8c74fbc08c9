//! Referrals from the public: the form posts (`routes`), building and sealing a new referral
//! (`referral`), holding what the honeypot catches for review (`quarantine`), and their
//! durable record in Redis (`store`, with its scripts in `lua/`).
pub mod quarantine;
pub mod referral;
pub mod routes;
pub mod store;
