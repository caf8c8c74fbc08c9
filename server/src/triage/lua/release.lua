-- Returns a claimed referral to the queue in its place by priority and age.
-- KEYS[1] the referral's hash, KEYS[2] waiting, KEYS[3] claimed, KEYS[4] events
-- ARGV[1] referral id, ARGV[2] the holder releasing it, or '' for a lapsed claim
-- (then ARGV[3], now in ms, must be past the claim's lapse time)
if redis.call('HGET', KEYS[1], 'status') ~= 'claimed' then return 0 end
-- A case in a caseload leaves it only by closing or handing over (`hand_over.lua`).
if redis.call('HGET', KEYS[1], 'taken') == '1' then return 0 end
if ARGV[2] ~= '' then
  if redis.call('HGET', KEYS[1], 'holder') ~= ARGV[2] then return 0 end
else
  local lapses = redis.call('ZSCORE', KEYS[3], ARGV[1])
  if (not lapses) or tonumber(lapses) > tonumber(ARGV[3]) then return 0 end
end
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('HSET', KEYS[1], 'status', 'waiting', 'holder', '')
local priority, received = unpack(redis.call('HMGET', KEYS[1], 'priority', 'created'))
redis.call('ZADD', KEYS[2], waiting_score(priority, received), ARGV[1])
redis.call('XADD', KEYS[4], 'MAXLEN', '~', '1000', '*', 'event', 'released', 'referral', ARGV[1])
return 1
