//! What every domain builds on and none owns: the Redis link, random tokens, sealing of
//! personal data, the format version of stored records, security headers, logs, probes,
//! shutdown and the drain before it, page rendering, page policies and the page cache; the
//! network edge (serving with timeouts, body limits, client keys and rate limits,
//! trailing-slash redirects).
pub mod blind_index;
pub mod body_limit;
pub mod brotli_parts;
pub mod client;
pub mod drain;
pub mod health;
pub mod language_redirect;
pub mod origin;
pub mod page_cache;
pub mod page_csp;
pub mod page_render;
pub mod rate_limit;
pub mod record_format;
pub mod redis_link;
pub mod sealing;
pub mod security_headers;
pub mod serve;
pub mod shutdown;
pub mod telemetry;
pub mod tokens;
pub mod trailing_slash;
