-- Replaces a hash field's value only if it still holds the value read before (a re-sealed
-- copy of the same data), so a concurrent change is never overwritten.
-- KEYS[1] the hash. ARGV[1] the field, ARGV[2] the value expected, ARGV[3] the new value.
-- Returns 1 when replaced, 0 when the field changed or is gone.
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
return 1
