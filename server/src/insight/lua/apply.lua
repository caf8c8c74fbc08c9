-- Adds one event to the day's counters, once: an event already remembered changes nothing.
-- KEYS[1] the remembered events (sorted set: digest of the event id → event time ms),
-- KEYS[2] the day's counters (hash: counter field → count)
-- ARGV[1] digest of the event id, ARGV[2] event time (ms), ARGV[3] the oldest event time
-- still remembered (ms; an older event is refused: it could have been counted and
-- forgotten), ARGV[4] when the day's counters expire (unix seconds), ARGV[5] most events
-- remembered, ARGV[6..] the counter fields to add one to.
-- Returns 1 (counted), 0 (counted before) or -1 (too old to tell).
if tonumber(ARGV[2]) < tonumber(ARGV[3]) then return -1 end
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
for i = 6, #ARGV do
  redis.call('HINCRBY', KEYS[2], ARGV[i], 1)
end
redis.call('EXPIREAT', KEYS[2], ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
local over = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[5])
if over > 0 then redis.call('ZREMRANGEBYRANK', KEYS[1], 0, over - 1) end
return 1
