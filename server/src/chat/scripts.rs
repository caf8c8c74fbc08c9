//! Every change to a conversation is one Lua script, so two instances (or two advisers)
//! racing on the same chat cannot both win, and a crash cannot leave half a change behind.
//!
//! Keys: `chat:{id}` (hash: state, lang, adviser, seq, …), `chat:{id}:log` (the stream that
//! is the record; entry ids are `0-{seq}`, so "everything after n" is one XRANGE),
//! `chat:{id}:sent` (client message id → seq, so a re-sent message is stored once),
//! `chat:waiting` (zset by rank), `chat:offers` (zset by offer expiry), `chat:live` (set),
//! `adviser:{name}:desk` (hash: status, capacity, languages, idle_since),
//! `adviser:{name}:alive` (heartbeat with expiry), `adviser:{name}:chats` (set).
//! Every change publishes a wake-up on `chat:wake` (`m`: new entries only, `s`: the state
//! changed too); readers then read the record.
use std::sync::LazyLock;

use redis::Script;

/// Shared helpers, prepended to every script.
const PRELUDE: &str = r#"
local function wake(kind, chat, adviser)
  redis.call('PUBLISH', 'chat:wake', kind .. ' ' .. chat .. ' ' .. (adviser or '-'))
end
local function keep(chat, seconds)
  redis.call('EXPIRE', 'chat:' .. chat, seconds)
  redis.call('EXPIRE', 'chat:' .. chat .. ':log', seconds)
  redis.call('EXPIRE', 'chat:' .. chat .. ':sent', seconds)
end
local function append(chat, from, field, value, cid, now, retention)
  local seq = redis.call('HINCRBY', 'chat:' .. chat, 'seq', 1)
  redis.call('XADD', 'chat:' .. chat .. ':log', '0-' .. seq, 'from', from, field, value, 'cid', cid, 'at', now)
  if cid ~= '' then redis.call('HSET', 'chat:' .. chat .. ':sent', cid, seq) end
  keep(chat, retention)
  return seq
end
local function holder(chat)
  return redis.call('HGET', 'chat:' .. chat, 'adviser')
end
local function can_take(name)
  if redis.call('EXISTS', 'adviser:' .. name .. ':alive') == 0 then return false end
  local desk = redis.call('HMGET', 'adviser:' .. name .. ':desk', 'status', 'capacity')
  if desk[1] ~= 'on-shift' then return false end
  return redis.call('SCARD', 'adviser:' .. name .. ':chats') < tonumber(desk[2] or '3')
end
"#;

fn script(body: &str) -> Script {
    Script::new(&format!("{PRELUDE}\n{body}"))
}

/// ARGV: chat, token key, language, now, retention seconds.
pub static START: LazyLock<Script> = LazyLock::new(|| {
    script(
        r#"
local chat, now = ARGV[1], ARGV[4]
redis.call('HSET', 'chat:' .. chat, 'state', 'waiting', 'lang', ARGV[3], 'created', now,
  'rank', now, 'seq', 0, 'visitor_seen', now, 'last_activity', now, 'warned', 0, 'read', 0)
redis.call('ZADD', 'chat:waiting', now, chat)
redis.call('SADD', 'chat:live', chat)
redis.call('SET', ARGV[2], chat, 'EX', ARGV[5])
keep(chat, ARGV[5])
wake('q', chat, nil)
return 1
"#,
    )
});

/// ARGV: chat, from, field (`text` or `event`), value, client id or '', now, retention,
/// required holder ('' when the sender is the visitor or the system).
/// Returns {seq, 'ok' | 'again'} or {0, 'gone' | 'ended' | 'not-yours'}.
pub static APPEND: LazyLock<Script> = LazyLock::new(|| {
    script(
        r#"
local chat = ARGV[1]
local state = redis.call('HGET', 'chat:' .. chat, 'state')
if not state then return {0, 'gone'} end
if state == 'ended' then return {0, 'ended'} end
if ARGV[8] ~= '' and (state ~= 'active' or holder(chat) ~= ARGV[8]) then return {0, 'not-yours'} end
if ARGV[5] ~= '' then
  local seen = redis.call('HGET', 'chat:' .. chat .. ':sent', ARGV[5])
  if seen then return {tonumber(seen), 'again'} end
end
local seq = append(chat, ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7])
if ARGV[3] == 'text' then redis.call('HSET', 'chat:' .. chat, 'last_activity', ARGV[6], 'warned', 0) end
wake('m', chat, holder(chat))
return {seq, 'ok'}
"#,
    )
});

/// ARGV: chat, adviser, offer expiry. Offers a waiting chat to an adviser who can take it.
pub static OFFER: LazyLock<Script> = LazyLock::new(|| {
    script(
        r#"
local chat, name = ARGV[1], ARGV[2]
if redis.call('HGET', 'chat:' .. chat, 'state') ~= 'waiting' then return 0 end
if not can_take(name) then return 0 end
redis.call('ZREM', 'chat:waiting', chat)
redis.call('HSET', 'chat:' .. chat, 'state', 'offered', 'adviser', name, 'offer_until', ARGV[3])
redis.call('ZADD', 'chat:offers', ARGV[3], chat)
redis.call('SADD', 'adviser:' .. name .. ':chats', chat)
wake('s', chat, name)
wake('q', chat, nil)
return 1
"#,
    )
});

/// ARGV: chat, adviser, now, retention.
pub static ACCEPT: LazyLock<Script> = LazyLock::new(|| {
    script(
        r#"
local chat, name = ARGV[1], ARGV[2]
if redis.call('HGET', 'chat:' .. chat, 'state') ~= 'offered' or holder(chat) ~= name then return 0 end
redis.call('HSET', 'chat:' .. chat, 'state', 'active', 'accepted_at', ARGV[3], 'last_activity', ARGV[3], 'warned', 0)
redis.call('HDEL', 'chat:' .. chat, 'offer_until')
redis.call('ZREM', 'chat:offers', chat)
redis.call('HSET', 'adviser:' .. name .. ':desk', 'idle_since', ARGV[3])
append(chat, 'system', 'event', 'joined', '', ARGV[3], ARGV[4])
wake('s', chat, name)
return 1
"#,
    )
});

/// ARGV: chat, expected holder ('' = any), event to record ('' = none), now, retention,
/// '1' to mark the holder as passed over, '1' to go to the front of the queue.
pub static REQUEUE: LazyLock<Script> = LazyLock::new(|| {
    script(
        r#"
local chat = ARGV[1]
local key = 'chat:' .. chat
local state = redis.call('HGET', key, 'state')
if state ~= 'offered' and state ~= 'active' then return 0 end
local name = holder(chat)
if ARGV[2] ~= '' and name ~= ARGV[2] then return 0 end
if name then
  redis.call('SREM', 'adviser:' .. name .. ':chats', chat)
  if ARGV[6] == '1' then
    redis.call('HSET', key, 'passed', (redis.call('HGET', key, 'passed') or '') .. name .. ',')
  end
end
local rank = tonumber(redis.call('HGET', key, 'rank'))
-- The front of the queue: ahead of everyone who has not been with an adviser yet.
if ARGV[7] == '1' and rank > 0 then rank = rank - 1e13 end
rank = string.format('%.0f', rank)
redis.call('HSET', key, 'state', 'waiting', 'rank', rank)
redis.call('HDEL', key, 'adviser', 'offer_until')
redis.call('ZREM', 'chat:offers', chat)
redis.call('ZADD', 'chat:waiting', rank, chat)
if ARGV[3] ~= '' then append(chat, 'system', 'event', ARGV[3], '', ARGV[4], ARGV[5]) end
wake('s', chat, name or '-')
wake('q', chat, nil)
return 1
"#,
    )
});

/// ARGV: chat, from, to, now, retention. Returns 1, 0 (not the holder's active chat) or -1
/// (the other adviser cannot take it).
pub static TRANSFER: LazyLock<Script> = LazyLock::new(|| {
    script(
        r#"
local chat, from, to = ARGV[1], ARGV[2], ARGV[3]
if redis.call('HGET', 'chat:' .. chat, 'state') ~= 'active' or holder(chat) ~= from then return 0 end
if from == to or not can_take(to) then return -1 end
redis.call('SMOVE', 'adviser:' .. from .. ':chats', 'adviser:' .. to .. ':chats', chat)
redis.call('HSET', 'chat:' .. chat, 'adviser', to, 'last_activity', ARGV[4])
redis.call('HSET', 'adviser:' .. from .. ':desk', 'idle_since', ARGV[4])
append(chat, 'system', 'event', 'transferred', '', ARGV[4], ARGV[5])
wake('s', chat, from)
wake('s', chat, to)
return 1
"#,
    )
});

/// ARGV: chat, reason, now, retention, expected holder ('' = any).
pub static END: LazyLock<Script> = LazyLock::new(|| {
    script(
        r#"
local chat = ARGV[1]
local key = 'chat:' .. chat
local state = redis.call('HGET', key, 'state')
if not state or state == 'ended' then return 0 end
local name = holder(chat)
if ARGV[5] ~= '' and name ~= ARGV[5] then return 0 end
redis.call('HSET', key, 'state', 'ended', 'end_reason', ARGV[2], 'ended_at', ARGV[3])
redis.call('ZREM', 'chat:waiting', chat)
redis.call('ZREM', 'chat:offers', chat)
redis.call('SREM', 'chat:live', chat)
if name then
  redis.call('SREM', 'adviser:' .. name .. ':chats', chat)
  redis.call('HSET', 'adviser:' .. name .. ':desk', 'idle_since', ARGV[3])
end
local accepted = redis.call('HGET', key, 'accepted_at')
if accepted then
  redis.call('LPUSH', 'chat:durations', tonumber(ARGV[3]) - tonumber(accepted))
  redis.call('LTRIM', 'chat:durations', 0, 49)
end
append(chat, 'system', 'event', 'ended:' .. ARGV[2], '', ARGV[3], ARGV[4])
wake('s', chat, name or '-')
wake('q', chat, nil)
return 1
"#,
    )
});

/// ARGV: lock key's owner, milliseconds. 1 while this instance holds the dispatcher's lock.
pub static HOLD_LOCK: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r#"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0
"#,
    )
});
