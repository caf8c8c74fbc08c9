-- A waiting visitor whose socket is gone leaves the queue (state `away`) until they resume:
-- nobody is offered a chat with no one in it, and it counts in no one's place.
-- KEYS: chat, log, sent, waiting. ARGV: chat, the socket that went ('' = whichever).
-- Returns 1 when parked, 0 otherwise (not waiting, or another socket has taken it over).
local WAITING = KEYS[4]
local fields = redis.call('HMGET', CHAT, 'state', 'socket')
if fields[1] ~= 'waiting' then return 0 end
if ARGV[2] ~= '' and fields[2] ~= ARGV[2] then return 0 end
redis.call('HSET', CHAT, 'state', 'away')
redis.call('ZREM', WAITING, ID)
wake('q', nil)
return 1
