-- Adds one to each named count of a month, once per event: an event counted before (a
-- re-sent form, a retried step) changes nothing. Events are remembered by a digest for a
-- while and at most a set number of them, so neither key grows without bound; the counts
-- hold names and numbers only, never an id.
-- KEYS[1] the events counted (digest -> ms), KEYS[2] the month's counts; both `{voice}`
-- ARGV[1] the event's digest, ARGV[2] now (ms), ARGV[3] how long to remember it (ms),
-- ARGV[4] the most events remembered, ARGV[5..] the counts' names.
-- Returns 1 counted, 0 counted before.
local SEEN, COUNTS = KEYS[1], KEYS[2]
local now = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', SEEN, '-inf', now - tonumber(ARGV[3]))
if redis.call('ZSCORE', SEEN, ARGV[1]) then return 0 end
local over = redis.call('ZCARD', SEEN) - tonumber(ARGV[4]) + 1
if over > 0 then redis.call('ZPOPMIN', SEEN, over) end
redis.call('ZADD', SEEN, now, ARGV[1])
for i = 5, #ARGV do
  redis.call('HINCRBY', COUNTS, ARGV[i], 1)
end
return 1
