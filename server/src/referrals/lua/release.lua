-- Releases a held submission into the intake stream, once: the intake entry is added (unless
-- its submission id was already filed, e.g. the person sent the form again) and the held
-- entry removed together. Returns the referral id, or false when nothing is held under that
-- id any more (released or discarded already, or past its seven days).
-- KEYS[1] the quarantine stream, KEYS[2] the submission's memory, KEYS[3] the intake stream
-- (all tagged `{referrals}`)
-- ARGV[1] the held entry id, ARGV[2] referral id, ARGV[3] seconds to remember the submission,
-- ARGV[4] consumer group, ARGV[5..] the intake entry's field/value pairs
if #redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[1]) == 0 then return false end
local referral = redis.call('GET', KEYS[2])
if not referral then
  redis.pcall('XGROUP', 'CREATE', KEYS[3], ARGV[4], '0', 'MKSTREAM')
  redis.call('XADD', KEYS[3], '*', unpack(ARGV, 5))
  redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
  referral = ARGV[2]
end
redis.call('XDEL', KEYS[1], ARGV[1])
return referral
