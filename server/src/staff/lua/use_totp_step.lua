-- A one-time code works once: records the time step of an accepted code unless this step
-- or a later one was already used. KEYS[1]: the account hash. ARGV[1]: the time step.
-- Returns 1 when recorded, 0 when refused.
local last = tonumber(redis.call('HGET', KEYS[1], 'totp_step') or '-1')
local step = tonumber(ARGV[1])
if step <= last then
  return 0
end
redis.call('HSET', KEYS[1], 'totp_step', ARGV[1])
return 1
