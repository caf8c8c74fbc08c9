-- Files a referral from the intake stream into the queue, once (0 if it already was).
-- Records the referral's arrival for the counters (at its received time).
-- KEYS[1] the referral's hash, KEYS[2] waiting, KEYS[3] events, KEYS[4] the insight outbox
-- ARGV[1] referral id, ARGV[2] intake entry id, ARGV[3] path, ARGV[4] language,
-- ARGV[5] priority, ARGV[6] received ms, ARGV[7] contact-by ms, ARGV[8] sealed details,
-- ARGV[9] flags (comma-separated slugs, "" for none or for entries from before flags),
-- ARGV[10] '1' when the entry is a re-sealed copy of an earlier one (`reseal_intake.lua`),
-- ARGV[11] the hash's format version (`REFERRAL_FORMAT`)
local function older(a, b)
  local a_ms, a_seq = string.match(a, '^(%d+)-(%d+)$')
  local b_ms, b_seq = string.match(b, '^(%d+)-(%d+)$')
  if not a_ms or not b_ms then return false end
  a_ms, b_ms = tonumber(a_ms), tonumber(b_ms)
  return a_ms < b_ms or (a_ms == b_ms and tonumber(a_seq) < tonumber(b_seq))
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  -- Already filed: a re-sealed copy replaces the entry it was filed from (copies are always
  -- newer), so retention later deletes the copy that exists.
  if ARGV[10] == '1' then
    local current = redis.call('HGET', KEYS[1], 'intake_id')
    if current and older(current, ARGV[2]) then redis.call('HSET', KEYS[1], 'intake_id', ARGV[2]) end
  end
  return 0
end
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'intake_id', ARGV[2], 'path', ARGV[3], 'language', ARGV[4],
  'priority', ARGV[5], 'suggested', ARGV[5], 'created', ARGV[6], 'contact_by', ARGV[7],
  'sealed', ARGV[8], 'flags', ARGV[9] or '', 'status', 'waiting', 'holder', '', 'initial_contact', '',
  'v', ARGV[11])
redis.call('ZADD', KEYS[2], waiting_score(ARGV[5], ARGV[6]), ARGV[1])
redis.call('XADD', KEYS[3], 'MAXLEN', '~', '1000', '*', 'event', 'new', 'referral', ARGV[1])
insight_event(KEYS[4], 'referral-received', ARGV[6], nil, false, {'path', ARGV[3], 'priority', ARGV[5],
  'language', ARGV[4], 'consent', string.find(ARGV[9] or '', 'no-consent', 1, true) and 'no' or 'yes'})
return 1
