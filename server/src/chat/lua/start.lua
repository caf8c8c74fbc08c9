-- A new conversation in the queue, if the queue and this client's limits allow it.
-- Records the arrival for the counters, with whether anyone was on shift (the dispatcher's
-- figures, if fresh: the same rule as the queue estimate).
-- KEYS: chat, log, sent, waiting, live, client's live chats, client's starts this hour,
-- the dispatcher's figures, the insight outbox.
-- ARGV: chat, language, now, retention, token digest, socket id, live per client, starts
-- per hour, most waiting, client digest.
-- Returns 'ok', 'busy' (the queue is full) or 'too-many' (this client's limits).
local WAITING, LIVE, CLIENT_LIVE, CLIENT_STARTS = KEYS[4], KEYS[5], KEYS[6], KEYS[7]
local now = ARGV[3]
if redis.call('ZCARD', WAITING) >= tonumber(ARGV[9]) then return 'busy' end
if redis.call('SCARD', CLIENT_LIVE) >= tonumber(ARGV[7]) then return 'too-many' end
if tonumber(redis.call('GET', CLIENT_STARTS) or '0') >= tonumber(ARGV[8]) then return 'too-many' end
if redis.call('INCR', CLIENT_STARTS) == 1 then redis.call('EXPIRE', CLIENT_STARTS, 3600) end
redis.call('SADD', CLIENT_LIVE, ID)
-- Every chat in the set ends (and leaves it) well within a day; the set goes with the last.
redis.call('EXPIRE', CLIENT_LIVE, 86400)
redis.call('HSET', CHAT, 'state', 'waiting', 'lang', ARGV[2], 'created', now,
  'rank', now, 'seq', 0, 'visitor_seen', now, 'last_activity', now, 'warned', 0, 'read', 0,
  'token', ARGV[5], 'socket', ARGV[6], 'client', ARGV[10], 'v', '__CHAT_FORMAT__')
redis.call('ZADD', WAITING, now, ID)
redis.call('SADD', LIVE, ID)
keep(ARGV[4])
local on_shift, seen_at = unpack(redis.call('HMGET', KEYS[8], 'on_shift', 'at'))
local staffed = tonumber(on_shift or '0') > 0 and tonumber(now) - tonumber(seen_at or '0') < 10000
insight_event(KEYS[9], 'chat-queued', now, nil, true, {'language', ARGV[2], 'staffed', staffed and 'yes' or 'no'})
wake('q', nil)
return 'ok'
