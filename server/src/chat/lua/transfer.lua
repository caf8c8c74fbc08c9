-- KEYS: chat, log, sent, from's chats, from's desk, to's alive, to's desk, to's chats.
-- ARGV: chat, from, to, now, retention.
-- Returns 1, 0 (not the holder's active chat) or -1 (the other adviser cannot take it).
local FROM_CHATS, FROM_DESK, TO_ALIVE, TO_DESK, TO_CHATS = KEYS[4], KEYS[5], KEYS[6], KEYS[7], KEYS[8]
local from, to = ARGV[2], ARGV[3]
if redis.call('HGET', CHAT, 'state') ~= 'active' or holder() ~= from then return 0 end
if from == to or not can_take(TO_ALIVE, TO_DESK, TO_CHATS) then return -1 end
redis.call('SMOVE', FROM_CHATS, TO_CHATS, ID)
redis.call('HSET', CHAT, 'adviser', to, 'last_activity', ARGV[4])
redis.call('HSET', FROM_DESK, 'idle_since', ARGV[4])
append('system', 'event', 'transferred', '', ARGV[4], ARGV[5])
wake('s', from)
wake('s', to)
return 1
