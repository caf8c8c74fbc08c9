-- Takes a name off the roster of enabled admins unless it is the last one there.
-- KEYS[1] the roster (a set). ARGV[1] the name.
-- Returns 1 when the name may stop being an enabled admin (taken off, or never on it), 0 when
-- it is the last one.
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 0 then return 1 end
if redis.call('SCARD', KEYS[1]) <= 1 then return 0 end
redis.call('SREM', KEYS[1], ARGV[1])
return 1
