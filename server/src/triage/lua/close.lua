-- Closes a referral its holder has finished with; 0 if they no longer hold it.
-- Records the outcome for the counters, with what engagement needs (consent, contact).
-- KEYS[1] the referral's hash, KEYS[2] claimed, KEYS[3] closed, KEYS[4] events,
-- KEYS[5] every caseload's cases, KEYS[6] the holder's own cases, KEYS[7] the insight outbox
-- ARGV[1] referral id, ARGV[2] adviser, ARGV[3] outcome, ARGV[4] now (ms)
if redis.call('HGET', KEYS[1], 'status') ~= 'claimed' or redis.call('HGET', KEYS[1], 'holder') ~= ARGV[2] then
  return 0
end
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[5], ARGV[1])
redis.call('ZREM', KEYS[6], ARGV[1])
redis.call('HDEL', KEYS[1], 'taken', 'callback', 'callback_outside')
redis.call('HSET', KEYS[1], 'status', 'closed', 'holder', '', 'outcome', ARGV[3], 'closed', ARGV[4])
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
redis.call('XADD', KEYS[4], 'MAXLEN', '~', '1000', '*', 'event', 'closed', 'referral', ARGV[1])
local path, priority, flags, initial = unpack(redis.call('HMGET', KEYS[1], 'path', 'priority', 'flags', 'initial_contact'))
insight_event(KEYS[7], 'outcome', ARGV[4], nil, false, {'outcome', ARGV[3], 'path', path, 'priority', priority,
  'consent', string.find(flags or '', 'no-consent', 1, true) and 'no' or 'yes',
  'contacted', (initial or '') ~= '' and 'yes' or 'no'})
return 1
