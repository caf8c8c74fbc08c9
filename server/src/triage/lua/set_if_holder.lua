-- Sets one field of a referral, only for the adviser holding it; 0 otherwise.
-- KEYS[1] the referral's hash
-- ARGV[1] adviser, ARGV[2] field, ARGV[3] value
if redis.call('HGET', KEYS[1], 'status') ~= 'claimed' or redis.call('HGET', KEYS[1], 'holder') ~= ARGV[1] then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
return 1
