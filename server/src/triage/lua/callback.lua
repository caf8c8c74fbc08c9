-- Schedules the next callback on a referral, only for the adviser holding it; 0 otherwise.
-- KEYS[1] the referral's hash, KEYS[2] events
-- ARGV[1] referral id, ARGV[2] adviser, ARGV[3] when (ms), ARGV[4] '1' if outside the safe windows
if redis.call('HGET', KEYS[1], 'status') ~= 'claimed' or redis.call('HGET', KEYS[1], 'holder') ~= ARGV[2] then
  return 0
end
redis.call('HSET', KEYS[1], 'callback', ARGV[3], 'callback_outside', ARGV[4])
redis.call('XADD', KEYS[2], 'MAXLEN', '~', '1000', '*', 'event', 'callback', 'referral', ARGV[1])
return 1
