-- Sets which contact digests find one referral, in one step: adds it to each new digest's
-- set (keeping the newest ARGV[3] referrals per digest) and takes it out of the old ones.
-- KEYS[1] the referral's own set of digest keys, KEYS[2..] digest keys: the first ARGV[4] of
-- them are the referral's digests now, the rest ones it no longer has.
-- ARGV[1] referral id, ARGV[2] received ms, ARGV[3] most referrals a digest keeps,
-- ARGV[4] how many of KEYS[2..] are current
local current = tonumber(ARGV[4])
for i = 2, #KEYS do
  local digest_key = KEYS[i]
  if i <= current + 1 then
    redis.call('ZADD', digest_key, ARGV[2], ARGV[1])
    redis.call('ZREMRANGEBYRANK', digest_key, 0, -(tonumber(ARGV[3]) + 1))
    redis.call('SADD', KEYS[1], digest_key)
  else
    redis.call('ZREM', digest_key, ARGV[1])
    redis.call('SREM', KEYS[1], digest_key)
  end
end
return 1
