-- Hands a claimed or taken-on referral from its holder to a colleague's caseload, with a
-- sealed note saying why, all at once. 1 when done, 0 if `from` no longer holds it,
-- -1 if the colleague's caseload is full.
-- KEYS[1] the referral's hash, KEYS[2] claimed, KEYS[3] every caseload's cases,
-- KEYS[4] the holder's cases, KEYS[5] the colleague's cases, KEYS[6] the notes, KEYS[7] events
-- ARGV[1] referral id, ARGV[2] holder, ARGV[3] colleague, ARGV[4] now (ms),
-- ARGV[5] the sealed note, ARGV[6] the caseload limit
if redis.call('HGET', KEYS[1], 'status') ~= 'claimed' or redis.call('HGET', KEYS[1], 'holder') ~= ARGV[2] then
  return 0
end
if redis.call('ZCARD', KEYS[5]) >= tonumber(ARGV[6]) then return -1 end
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[4], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
redis.call('ZADD', KEYS[5], ARGV[4], ARGV[1])
redis.call('HSET', KEYS[1], 'holder', ARGV[3], 'taken', '1')
redis.call('RPUSH', KEYS[6], ARGV[5])
redis.call('XADD', KEYS[7], 'MAXLEN', '~', '1000', '*', 'event', 'handed-over', 'referral', ARGV[1])
return 1
