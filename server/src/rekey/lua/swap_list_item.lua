-- Replaces one list item only if it still holds the value read before. The lists re-sealed
-- this way (notes, contact attempts) only ever grow at the end, so an index stays put.
-- KEYS[1] the list. ARGV[1] the index, ARGV[2] the value expected, ARGV[3] the new value.
-- Returns 1 when replaced, 0 when the item changed or is gone.
if redis.call('LINDEX', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('LSET', KEYS[1], ARGV[1], ARGV[3])
return 1
