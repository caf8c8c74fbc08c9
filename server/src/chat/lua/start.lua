-- A new conversation in the queue.
-- KEYS: chat, log, sent, waiting, live, resume token. ARGV: chat, language, now, retention.
local WAITING, LIVE, TOKEN = KEYS[4], KEYS[5], KEYS[6]
local now = ARGV[3]
redis.call('HSET', CHAT, 'state', 'waiting', 'lang', ARGV[2], 'created', now,
  'rank', now, 'seq', 0, 'visitor_seen', now, 'last_activity', now, 'warned', 0, 'read', 0)
redis.call('ZADD', WAITING, now, ID)
redis.call('SADD', LIVE, ID)
redis.call('SET', TOKEN, ID, 'EX', ARGV[4])
keep(ARGV[4])
wake('q', nil)
return 1
