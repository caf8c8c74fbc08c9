-- Stores a referral once per submission id: remembering the id and adding the stream entry
-- happen together, so a re-send never adds a second entry and a crash never leaves one
-- without the other. Returns the id of the stored referral (an earlier one for a re-send).
-- KEYS[1] the submission's memory, KEYS[2] the intake stream (both tagged `{referrals}`)
-- ARGV[1] referral id, ARGV[2] seconds to remember the submission, ARGV[3] consumer group,
-- ARGV[4..] the entry's field/value pairs
local existing = redis.call('GET', KEYS[1])
if existing then return existing end
redis.pcall('XGROUP', 'CREATE', KEYS[2], ARGV[3], '0', 'MKSTREAM')
redis.call('XADD', KEYS[2], '*', unpack(ARGV, 4))
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return ARGV[1]
