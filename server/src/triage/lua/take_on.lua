-- Moves a referral its holder has claimed into their caseload, where it no longer lapses.
-- 1 when taken on (or already theirs), 0 if they do not hold it, -1 if their caseload is full.
-- KEYS[1] the referral's hash, KEYS[2] claimed, KEYS[3] every caseload's cases,
-- KEYS[4] the adviser's own cases, KEYS[5] events
-- ARGV[1] referral id, ARGV[2] adviser, ARGV[3] now (ms), ARGV[4] the caseload limit
if redis.call('HGET', KEYS[1], 'status') ~= 'claimed' or redis.call('HGET', KEYS[1], 'holder') ~= ARGV[2] then
  return 0
end
if redis.call('HGET', KEYS[1], 'taken') == '1' then return 1 end
if redis.call('ZCARD', KEYS[4]) >= tonumber(ARGV[4]) then return -1 end
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1])
redis.call('HSET', KEYS[1], 'taken', '1')
redis.call('XADD', KEYS[5], 'MAXLEN', '~', '1000', '*', 'event', 'taken-on', 'referral', ARGV[1])
return 1
