-- Links the referral made from this chat to it; the first link is recorded for the counters.
-- KEYS: chat, log, sent, insight outbox. ARGV: chat, referral id, now.
local before, lang = unpack(redis.call('HMGET', CHAT, 'referral', 'lang'))
redis.call('HSET', CHAT, 'referral', ARGV[2])
if not before then
  insight_event(KEYS[4], 'chat-referral', ARGV[3], nil, false, {'language', lang or 'en'})
end
return 1
