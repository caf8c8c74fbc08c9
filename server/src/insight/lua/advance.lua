-- Moves one outbox's cursor forward to an entry id, never back (two instances may drain
-- the same outbox at once).
-- KEYS[1] the cursors (hash: outbox name → last entry id counted)
-- ARGV[1] outbox name, ARGV[2] entry id
local function older(a, b)
  local a_ms, a_seq = string.match(a, '^(%d+)-(%d+)$')
  local b_ms, b_seq = string.match(b, '^(%d+)-(%d+)$')
  if not a_ms or not b_ms then return true end
  a_ms, b_ms = tonumber(a_ms), tonumber(b_ms)
  return a_ms < b_ms or (a_ms == b_ms and tonumber(a_seq) < tonumber(b_seq))
end
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current and not older(current, ARGV[2]) then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
