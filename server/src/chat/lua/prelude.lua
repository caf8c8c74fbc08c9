-- Shared by every conversation script, included once in front of each.
-- KEYS[1], KEYS[2], KEYS[3] are always the chat's hash, its log stream and its sent-ids hash;
-- ARGV[1] is always the chat id. Every other key a script touches also comes in KEYS.
local CHAT, LOG, SENT, ID = KEYS[1], KEYS[2], KEYS[3], ARGV[1]

-- The one place a wake-up notice is written: `kind chat adviser` ('-' for no adviser), with
-- kind `m` (new entries only), `s` (the state changed too) or `q` (the queue changed).
-- `__PUBLISH__` is SPUBLISH on a cluster: the channel shares the chat keys' slot.
local function wake(kind, adviser)
  redis.call('__PUBLISH__', '__WAKE_CHANNEL__', kind .. ' ' .. ID .. ' ' .. (adviser or '-'))
end

-- The wake-up for one new entry, carrying a copy of it as stored (a text still sealed), so a
-- reader that has shown the entry before it need not read the stream:
-- `m chat adviser seq format from field at cid value` (no part holds a space; '-' for no cid).
local function wake_with_entry(adviser, seq, from, field, value, cid, now)
  redis.call('__PUBLISH__', '__WAKE_CHANNEL__', table.concat({'m', ID, adviser or '-', seq,
    '__ENTRY_FORMAT__', from, field, now, cid ~= '' and cid or '-', value}, ' '))
end

-- Every key of the conversation lives `seconds` after its last change.
local function keep(seconds)
  redis.call('EXPIRE', CHAT, seconds)
  redis.call('EXPIRE', LOG, seconds)
  redis.call('EXPIRE', SENT, seconds)
end

-- A busy chat's keys are kept again at most this often (`kept` in the chat's hash says
-- when), not on every message: three EXPIREs were a third of a message's Redis calls. So
-- they go between `seconds` minus this and `seconds` after the last change, never later.
local KEEP_EVERY_MS = 3600000

-- True when the keys are due to be kept again: never kept by a message, or not lately.
local function keep_due(kept, now)
  return not kept or tonumber(now) - tonumber(kept) >= KEEP_EVERY_MS
end

-- Writes the entry `seq` (stream id `0-{seq}`) in the entry format this version writes
-- (`v`) and remembers its client id; the caller stores `seq` in the chat's hash.
local function add_entry(seq, from, field, value, cid, now)
  redis.call('XADD', LOG, '0-' .. seq, 'v', '__ENTRY_FORMAT__', 'from', from, field, value, 'cid', cid, 'at', now)
  if cid ~= '' then redis.call('HSET', SENT, cid, seq) end
end

-- Adds an entry with the next seq and keeps the conversation's keys.
local function append(from, field, value, cid, now, retention)
  local seq = redis.call('HINCRBY', CHAT, 'seq', 1)
  add_entry(seq, from, field, value, cid, now)
  keep(retention)
  return seq
end

local function holder()
  return redis.call('HGET', CHAT, 'adviser')
end

-- An adviser can take one more chat: console alive, on shift, below capacity.
local function can_take(alive, desk, chats)
  if redis.call('EXISTS', alive) == 0 then return false end
  local settings = redis.call('HMGET', desk, 'status', 'capacity')
  if settings[1] ~= 'on-shift' then return false end
  return redis.call('SCARD', chats) < tonumber(settings[2] or '3')
end
