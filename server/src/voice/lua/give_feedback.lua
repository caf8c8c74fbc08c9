-- Keeps one "Did this help?" answer: once per page token, in a stream that keeps
-- FEEDBACK_DAYS and at most a set number of entries. Full, it refuses the new one, so a
-- flood cannot push out what people said before it. Entry ids carry the day only (`{day
-- start ms}-{n}`), so the time of an answer cannot be matched to a chat's or referral's.
-- KEYS[1] the feedback stream, KEYS[2] the used tokens (sorted by expiry); both `{voice}`
-- ARGV[1] the token's nonce, ARGV[2] now (ms), ARGV[3] when the token expires (ms),
-- ARGV[4] the oldest entry id to keep, ARGV[5] the most entries, ARGV[6] the day's start
-- (ms), ARGV[7..] the entry's field/value pairs.
-- Returns 1 kept, 0 the token was used already, -1 full.
local STREAM, USED = KEYS[1], KEYS[2]
redis.call('ZREMRANGEBYSCORE', USED, '-inf', ARGV[2])
if redis.call('ZSCORE', USED, ARGV[1]) then return 0 end
redis.call('XTRIM', STREAM, 'MINID', ARGV[4])
if redis.call('XLEN', STREAM) >= tonumber(ARGV[5]) then return -1 end
-- Never behind the last entry (another instance's clock may be a day ahead).
local day = tonumber(ARGV[6])
local last = redis.call('XREVRANGE', STREAM, '+', '-', 'COUNT', 1)[1]
if last then
  local last_ms = tonumber(string.match(last[1], '^(%d+)-'))
  if last_ms > day then day = last_ms end
end
redis.call('XADD', STREAM, string.format('%d-*', day), unpack(ARGV, 7))
redis.call('ZADD', USED, ARGV[3], ARGV[1])
return 1
