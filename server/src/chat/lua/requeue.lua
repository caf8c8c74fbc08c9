-- Back to the queue.
-- KEYS: chat, log, sent, waiting, offers, and the holder's chats when ARGV[2] names one.
-- ARGV: chat, holder the keys belong to ('' = none), event to record ('' = none), now,
-- retention, '1' to mark the holder as passed over, '1' to go to the front of the queue.
-- Returns 1, 0 (not offered or active) or -2 (the holder is not ARGV[2]).
local WAITING, OFFERS, HOLDER_CHATS = KEYS[4], KEYS[5], KEYS[6]
local state = redis.call('HGET', CHAT, 'state')
if state ~= 'offered' and state ~= 'active' then return 0 end
local name = holder()
if (name or '') ~= ARGV[2] then return -2 end
if name then
  redis.call('SREM', HOLDER_CHATS, ID)
  if ARGV[6] == '1' then
    redis.call('HSET', CHAT, 'passed', (redis.call('HGET', CHAT, 'passed') or '') .. name .. ',')
  end
end
local rank = tonumber(redis.call('HGET', CHAT, 'rank'))
-- The front of the queue: ahead of everyone who has not been with an adviser yet.
if ARGV[7] == '1' and rank > 0 then rank = rank - 1e13 end
rank = string.format('%.0f', rank)
redis.call('HSET', CHAT, 'state', 'waiting', 'rank', rank)
redis.call('HDEL', CHAT, 'adviser', 'offer_until')
redis.call('ZREM', OFFERS, ID)
redis.call('ZADD', WAITING, rank, ID)
if ARGV[3] ~= '' then append('system', 'event', ARGV[3], '', ARGV[4], ARGV[5]) end
wake('s', name)
wake('q', nil)
return 1
