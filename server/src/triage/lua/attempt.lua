-- Logs a contact attempt by the adviser holding the referral (0 otherwise). The first
-- attempt that reached the person is its successful initial contact. Records the attempt,
-- a first attempt and a successful initial contact (with the time from received) for the
-- counters.
-- KEYS[1] the referral's hash, KEYS[2] its attempts, KEYS[3] the insight outbox
-- ARGV[1] adviser, ARGV[2] the sealed attempt, ARGV[3] now (ms), ARGV[4] method,
-- ARGV[5] '1' when it reached the person
-- The queue row shows how many attempts and how the last went; an attempt fulfils a callback.
if redis.call('HGET', KEYS[1], 'status') ~= 'claimed' or redis.call('HGET', KEYS[1], 'holder') ~= ARGV[1] then
  return 0
end
local path, priority, created, contact_by, initial =
  unpack(redis.call('HMGET', KEYS[1], 'path', 'priority', 'created', 'contact_by', 'initial_contact'))
local since = tonumber(ARGV[3]) - (tonumber(created) or tonumber(ARGV[3]))
local reached = ARGV[5] == '1'
if redis.call('LLEN', KEYS[2]) == 0 then
  insight_event(KEYS[3], 'first-attempt', ARGV[3], since, false, {'path', path, 'priority', priority})
end
redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('HINCRBY', KEYS[1], 'attempts', 1)
redis.call('HSET', KEYS[1], 'last_attempt', reached and 'reached' or 'not-reached')
redis.call('HDEL', KEYS[1], 'callback', 'callback_outside')
insight_event(KEYS[3], 'contact-attempt', ARGV[3], nil, false, {'method', ARGV[4], 'reached', reached and 'yes' or 'no'})
if reached and (initial or '') == '' then
  redis.call('HSET', KEYS[1], 'initial_contact', ARGV[3])
  local on_time = tonumber(ARGV[3]) <= (tonumber(contact_by) or 0)
  insight_event(KEYS[3], 'initial-contact', ARGV[3], since, false,
    {'path', path, 'priority', priority, 'on-time', on_time and 'yes' or 'no'})
end
return 1
