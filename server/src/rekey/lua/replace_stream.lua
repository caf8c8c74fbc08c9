-- Rebuilds a stream with the same entry ids and new (re-sealed) values, in one step, only if
-- nothing was added or removed since it was read. A stream entry cannot be changed in place,
-- and these streams' ids mean something (a chat entry's id is its sequence number; a held
-- submission's id is its age and its handle), so they are kept. So is the time to live.
-- Only for streams without consumer groups (a rebuild does not keep them).
-- KEYS[1] the stream. ARGV[1] its length when read, ARGV[2] its last entry id when read,
-- then for each entry: its id, how many field/value items follow, and those items.
-- Returns 1 when rebuilt, 0 when the stream changed meanwhile (read it again).
if redis.call('XLEN', KEYS[1]) ~= tonumber(ARGV[1]) then return 0 end
local last = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
if #last == 0 or last[1][1] ~= ARGV[2] then return 0 end
local ttl = redis.call('PTTL', KEYS[1])
redis.call('DEL', KEYS[1])
local i = 3
while i <= #ARGV do
  local n = tonumber(ARGV[i + 1])
  redis.call('XADD', KEYS[1], ARGV[i], unpack(ARGV, i + 2, i + 1 + n))
  i = i + 2 + n
end
if ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) end
return 1
