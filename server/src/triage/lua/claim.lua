-- Claims a waiting referral, or renews the claim of its holder; 0 if someone else has it.
-- KEYS[1] the referral's hash, KEYS[2] waiting, KEYS[3] claimed, KEYS[4] events
-- ARGV[1] referral id, ARGV[2] adviser, ARGV[3] when the claim lapses (ms)
local status = redis.call('HGET', KEYS[1], 'status')
if status == 'waiting' then
  if redis.call('ZREM', KEYS[2], ARGV[1]) == 0 then return 0 end
  redis.call('HSET', KEYS[1], 'status', 'claimed', 'holder', ARGV[2])
  redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
  redis.call('XADD', KEYS[4], 'MAXLEN', '~', '1000', '*', 'event', 'claimed', 'referral', ARGV[1])
  return 1
elseif status == 'claimed' and redis.call('HGET', KEYS[1], 'holder') == ARGV[2] then
  -- A case taken on into a caseload never lapses, so it is never put back among claims.
  if redis.call('HGET', KEYS[1], 'taken') ~= '1' then redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1]) end
  return 1
end
return 0
