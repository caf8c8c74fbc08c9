//! The visitor's way in: starting a chat (within the queue's cap and the client's limits),
//! resuming it with a token that changes at every resume, leaving the queue while away, and
//! finding a chat by its token for quick exit's beacon.
//!
//! A token is `{chat}_{secret}` (the chat id is hex, so the first `_` ends it); only the secret's digest is stored, in the chat's hash, so
//! the script that ends a chat deletes its token in the same step.
use redis::AsyncCommands;

use super::{keys, now_ms, scripts, ChatError, ChatStore, CHAT_FORMAT};
use crate::infra::record_format;
use crate::infra::tokens::{digest, random_token};

/// How a start went.
#[derive(Debug, Clone, PartialEq)]
pub enum Start {
    /// In the queue: the chat, the visitor's resume token, and this socket's id.
    Placed { chat: String, token: String, socket: String },
    /// The queue is full.
    Busy,
    /// This client has as many live chats, or started as many this hour, as allowed.
    TooMany,
}

/// How a resume went.
#[derive(Debug, Clone, PartialEq)]
pub enum Resume {
    /// Taken over by this socket, with the token that replaces the one used.
    Back { chat: String, token: String, socket: String },
    /// The chat has ended (or expired): nothing of it is shown.
    Ended,
    /// Not a token of a live chat, or the resume window ran out.
    Refused,
}

/// A chat id as `start` makes them (32 lower-case hex digits): anything else names no key.
fn is_chat_id(chat: &str) -> bool {
    chat.len() == 32 && chat.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// The chat a token names and the digest of its secret, if it is well formed.
fn split_token(token: &str) -> Option<(&str, String)> {
    let (chat, secret) = token.split_once('_')?;
    (is_chat_id(chat) && !secret.is_empty()).then(|| (chat, digest(secret)))
}

fn new_socket_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

impl ChatStore {
    /// A new conversation in the queue for `client` (its address, as `chat::client` gives it;
    /// only a keyed digest of it is stored), unless the queue or the client's limits are full.
    pub async fn start(&self, language: &str, client: &str) -> Result<Start, ChatError> {
        let mut connection = self.connection().await?;
        let chat = uuid::Uuid::new_v4().simple().to_string();
        let secret = random_token();
        let socket = new_socket_id();
        let client = self.client_digest(client);
        let settings = &self.settings;
        let outcome: String = scripts::START.on(self.sharded())
            .key(&keys::conversation(&chat)[..])
            .key(keys::WAITING)
            .key(keys::LIVE)
            .key(keys::client_live(&client))
            .key(keys::client_starts(&client))
            .key(keys::STATS)
            .key(keys::INSIGHT_OUTBOX)
            .arg(&chat)
            .arg(language)
            .arg(now_ms())
            .arg(self.retention())
            .arg(digest(&secret))
            .arg(&socket)
            .arg(settings.live_per_client)
            .arg(settings.starts_per_hour)
            .arg(settings.max_waiting)
            .arg(&client)
            .invoke_async(&mut connection)
            .await?;
        if outcome == "ok" {
            crate::insight::nudge();
        }
        Ok(match outcome.as_str() {
            "ok" => Start::Placed { token: format!("{chat}_{secret}"), chat, socket },
            "busy" => Start::Busy,
            _ => Start::TooMany,
        })
    }

    /// Resumes the chat `token` belongs to, within the resume window of the visitor's last
    /// sign of life, replacing the token.
    pub async fn resume(&self, token: &str) -> Result<Resume, ChatError> {
        let Some((chat, old)) = split_token(token) else { return Ok(Resume::Refused) };
        let mut connection = self.connection().await?;
        // A chat of a newer format is left to an upgraded instance: the visitor tries again.
        let format: Option<String> = connection.hget(keys::chat_key(chat), record_format::FIELD).await?;
        if !CHAT_FORMAT.readable(format.as_deref()) {
            return Err(ChatError::NewerFormat);
        }
        let secret = random_token();
        let socket = new_socket_id();
        let outcome: String = scripts::RESUME.on(self.sharded())
            .key(&keys::conversation(chat)[..])
            .key(keys::WAITING)
            .arg(chat)
            .arg(old)
            .arg(digest(&secret))
            .arg(&socket)
            .arg(now_ms())
            .arg(self.settings.resume_seconds * 1000)
            .invoke_async(&mut connection)
            .await?;
        Ok(match outcome.as_str() {
            "ok" => Resume::Back { token: format!("{chat}_{secret}"), chat: chat.to_owned(), socket },
            "ended" | "gone" => Resume::Ended,
            _ => Resume::Refused,
        })
    }

    /// The visitor's socket `socket` went ('' = whichever, when the dispatcher sees them
    /// gone): a waiting chat leaves the queue until they resume.
    pub async fn park(&self, chat: &str, socket: &str) -> Result<bool, ChatError> {
        let mut connection = self.connection().await?;
        let parked: i64 = scripts::PARK.on(self.sharded()).key(&keys::conversation(chat)[..]).key(keys::WAITING).arg(chat).arg(socket).invoke_async(&mut connection).await?;
        Ok(parked == 1)
    }

    /// The live chat a token belongs to (none once the chat ended: its token went with it).
    pub async fn chat_for_token(&self, token: &str) -> Result<Option<String>, ChatError> {
        let Some((chat, secret_digest)) = split_token(token) else { return Ok(None) };
        let mut connection = self.connection().await?;
        let stored: Option<String> = connection.hget(keys::chat_key(chat), "token").await?;
        Ok((stored.as_deref() == Some(secret_digest.as_str())).then(|| chat.to_owned()))
    }

    /// What a client's address is stored as: a keyed digest every instance agrees on.
    fn client_digest(&self, client: &str) -> String {
        self.sealer.keyed_digest(client.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_well_formed_tokens_name_a_chat() {
        let chat = "0123456789abcdef0123456789abcdef";
        assert_eq!(split_token(&format!("{chat}_se_cret")), Some((chat, digest("se_cret"))));
        for bad in ["", "secret", &format!("{chat}_"), "0123_secret", &format!("{}_s", chat.to_uppercase()), "{chat}:x_secret"] {
            assert_eq!(split_token(bad), None, "{bad}");
        }
    }
}
