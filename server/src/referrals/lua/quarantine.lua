-- Holds a submission the honeypot caught, once per submission id, in a stream that keeps
-- seven days and at most a set number of entries. Full, it refuses the new one: an entry
-- already held is never pushed out early. Returns the entry id (an earlier one for a
-- re-send), or false when full.
-- KEYS[1] the submission's memory, KEYS[2] the quarantine stream (both tagged `{referrals}`)
-- ARGV[1] the oldest entry id to keep, ARGV[2] the most entries, ARGV[3] seconds to remember
-- the submission, ARGV[4..] the entry's field/value pairs
local existing = redis.call('GET', KEYS[1])
if existing then return existing end
redis.call('XTRIM', KEYS[2], 'MINID', ARGV[1])
if redis.call('XLEN', KEYS[2]) >= tonumber(ARGV[2]) then return false end
local id = redis.call('XADD', KEYS[2], '*', unpack(ARGV, 4))
redis.call('SET', KEYS[1], id, 'EX', ARGV[3])
return id
