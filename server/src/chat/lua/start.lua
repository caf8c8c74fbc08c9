-- A new conversation in the queue, if the queue and this client's limits allow it.
-- KEYS: chat, log, sent, waiting, live, client's live chats, client's starts this hour.
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
wake('q', nil)
return 'ok'
