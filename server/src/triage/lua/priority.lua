-- Sets a referral's priority, only for the adviser holding it (0 otherwise), and records
-- the change for the counters when it is one.
-- KEYS[1] the referral's hash, KEYS[2] the insight outbox
-- ARGV[1] adviser, ARGV[2] new priority, ARGV[3] now (ms)
if redis.call('HGET', KEYS[1], 'status') ~= 'claimed' or redis.call('HGET', KEYS[1], 'holder') ~= ARGV[1] then
  return 0
end
local from = redis.call('HGET', KEYS[1], 'priority')
redis.call('HSET', KEYS[1], 'priority', ARGV[2])
if from ~= ARGV[2] then
  insight_event(KEYS[2], 'priority-changed', ARGV[3], nil, false, {'from', from, 'to', ARGV[2]})
end
return 1
