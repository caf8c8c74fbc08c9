-- The visitor comes back with their token: a new token replaces it and this socket takes the
-- chat over (an older socket sees `socket` change and closes). A chat the visitor left
-- waiting goes back into the queue at its old place.
-- KEYS: chat, log, sent, waiting. ARGV: chat, token digest, new token digest, socket id, now,
-- resume window in ms.
-- Returns 'ok', 'gone' (no such chat), 'ended', or 'refused' (not this chat's token, or the
-- resume window ran out).
local WAITING = KEYS[4]
local fields = redis.call('HMGET', CHAT, 'state', 'token', 'visitor_seen', 'rank')
local state, token, seen, rank = fields[1], fields[2], fields[3], fields[4]
if not state then return 'gone' end
if state == 'ended' then return 'ended' end
if token ~= ARGV[2] then return 'refused' end
if tonumber(ARGV[5]) - tonumber(seen or '0') > tonumber(ARGV[6]) then return 'refused' end
redis.call('HSET', CHAT, 'token', ARGV[3], 'socket', ARGV[4], 'visitor_seen', ARGV[5])
if state == 'away' then
  redis.call('HSET', CHAT, 'state', 'waiting')
  redis.call('ZADD', WAITING, rank, ID)
  wake('q', nil)
end
wake('s', holder())
return 'ok'
