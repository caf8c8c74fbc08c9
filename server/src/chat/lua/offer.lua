-- Offers a waiting chat to an adviser who can take it.
-- KEYS: chat, log, sent, waiting, offers, adviser's alive, desk, chats, insight outbox.
-- ARGV: chat, adviser, offer expiry, now.
local WAITING, OFFERS, ALIVE, DESK, CHATS = KEYS[4], KEYS[5], KEYS[6], KEYS[7], KEYS[8]
local name = ARGV[2]
if redis.call('HGET', CHAT, 'state') ~= 'waiting' then return 0 end
if not can_take(ALIVE, DESK, CHATS) then return 0 end
redis.call('ZREM', WAITING, ID)
redis.call('HSET', CHAT, 'state', 'offered', 'adviser', name, 'offer_until', ARGV[3])
redis.call('ZADD', OFFERS, ARGV[3], ID)
redis.call('SADD', CHATS, ID)
insight_event(KEYS[9], 'chat-offered', ARGV[4], nil, false, {})
wake('s', name)
wake('q', nil)
return 1
