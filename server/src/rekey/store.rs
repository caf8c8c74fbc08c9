//! The Redis side of re-sealing: reading what holds sealed blobs, and swapping a blob for its
//! re-sealed copy only where it still holds the value read (`lua/`), so a change made by the
//! running service meanwhile is never overwritten. Key names come from each domain's own
//! `keys`; this store only knows the shapes (hash field, list item, stream).
use std::collections::BTreeSet;
use std::sync::LazyLock;

use crate::infra::redis_link::RedisConnection;
use redis::streams::StreamRangeReply;
use redis::{AsyncCommands, Script};

static SWAP_HASH_FIELD: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("lua/swap_hash_field.lua")));
static SWAP_LIST_ITEM: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("lua/swap_list_item.lua")));
static REPLACE_STREAM: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!("lua/replace_stream.lua")));

/// One stream entry: its id and fields, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamEntry {
    pub id: String,
    pub fields: Vec<(String, String)>,
}

impl StreamEntry {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(field, _)| field == name).map(|(_, value)| value.as_str())
    }
}

pub struct RekeyStore<'a> {
    pub connection: &'a mut RedisConnection,
}

impl RekeyStore<'_> {
    /// Up to `count` entries of `stream` after `after` (`None`: from the start).
    pub async fn stream_page(&mut self, stream: &str, after: Option<&str>, count: usize) -> redis::RedisResult<Vec<StreamEntry>> {
        let start = after.map_or("-".to_owned(), |id| format!("({id}"));
        let reply: StreamRangeReply =
            redis::cmd("XRANGE").arg(stream).arg(start).arg("+").arg("COUNT").arg(count).query_async(self.connection).await?;
        Ok(reply
            .ids
            .into_iter()
            .map(|entry| {
                let mut fields: Vec<(String, String)> = entry
                    .map
                    .into_iter()
                    .filter_map(|(k, v)| redis::from_redis_value::<String>(v).ok().map(|v| (k, v)))
                    .collect();
                // The crate hands fields back as a map; keep a stable order for rebuilding.
                fields.sort();
                StreamEntry { id: entry.id, fields }
            })
            .collect())
    }

    /// A whole stream (the ones rebuilt whole are bounded: a chat, the quarantine).
    pub async fn whole_stream(&mut self, stream: &str) -> redis::RedisResult<Vec<StreamEntry>> {
        let mut all: Vec<StreamEntry> = Vec::new();
        loop {
            let page = self.stream_page(stream, all.last().map(|e| e.id.as_str()), 1000).await?;
            if page.is_empty() {
                return Ok(all);
            }
            all.extend(page);
        }
    }

    /// Rebuilds `stream` as `entries` (same ids) if it still has `read` (length and last id).
    pub async fn replace_stream(&mut self, stream: &str, read: &[StreamEntry], entries: &[StreamEntry]) -> redis::RedisResult<bool> {
        let Some(last) = read.last() else { return Ok(true) };
        let mut invocation = REPLACE_STREAM.key(stream);
        invocation.arg(read.len()).arg(&last.id);
        for entry in entries {
            invocation.arg(&entry.id).arg(entry.fields.len() * 2);
            for (field, value) in &entry.fields {
                invocation.arg(field).arg(value);
            }
        }
        let done: i32 = invocation.invoke_async(self.connection).await?;
        Ok(done == 1)
    }

    pub async fn hash_field(&mut self, key: &str, field: &str) -> redis::RedisResult<Option<String>> {
        self.connection.hget(key, field).await
    }

    pub async fn swap_hash_field(&mut self, key: &str, field: &str, read: &str, new: &str) -> redis::RedisResult<bool> {
        let done: i32 = SWAP_HASH_FIELD.key(key).arg(field).arg(read).arg(new).invoke_async(self.connection).await?;
        Ok(done == 1)
    }

    pub async fn list(&mut self, key: &str) -> redis::RedisResult<Vec<String>> {
        self.connection.lrange(key, 0, -1).await
    }

    pub async fn swap_list_item(&mut self, key: &str, index: usize, read: &str, new: &str) -> redis::RedisResult<bool> {
        let done: i32 = SWAP_LIST_ITEM.key(key).arg(index).arg(read).arg(new).invoke_async(self.connection).await?;
        Ok(done == 1)
    }

    /// Every key of one type matching `pattern`, once each (SCAN may return a key twice;
    /// on a cluster every master is walked). Only key names are held: chats and accounts,
    /// not their contents.
    pub async fn keys_matching(&mut self, pattern: &str, kind: &str) -> redis::RedisResult<BTreeSet<String>> {
        self.connection.keys_matching(pattern, kind).await
    }
}
