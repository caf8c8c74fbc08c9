-- The first acceptance is the chat answered, recorded with its wait for the counters.
-- KEYS: chat, log, sent, offers, adviser's desk, insight outbox. ARGV: chat, adviser, now,
-- retention.
local OFFERS, DESK = KEYS[4], KEYS[5]
local name = ARGV[2]
if redis.call('HGET', CHAT, 'state') ~= 'offered' or holder() ~= name then return 0 end
local first, created, lang = unpack(redis.call('HMGET', CHAT, 'accepted_at', 'created', 'lang'))
if not first then
  insight_event(KEYS[6], 'chat-answered', ARGV[3], tonumber(ARGV[3]) - tonumber(created or ARGV[3]), false, {'language', lang})
end
redis.call('HSET', CHAT, 'state', 'active', 'accepted_at', ARGV[3], 'last_activity', ARGV[3], 'warned', 0)
redis.call('HDEL', CHAT, 'offer_until')
redis.call('ZREM', OFFERS, ID)
redis.call('HSET', DESK, 'idle_since', ARGV[3])
append('system', 'event', 'joined', '', ARGV[3], ARGV[4])
wake('s', name)
return 1
