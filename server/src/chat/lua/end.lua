-- KEYS: chat, log, sent, waiting, offers, live, durations, the client's live chats, the
-- holder's chats and desk when ARGV[5] names one, and last the insight outbox. The resume
-- token goes with the chat. Records the end (and an abandoned wait or a quick exit) for the
-- counters.
-- ARGV: chat, reason, now, retention, holder the keys belong to ('' = none), the outcome the
-- adviser chose ('' = none yet).
-- Returns 1, 0 (gone or already ended) or -2 (the holder is not ARGV[5]).
local WAITING, OFFERS, LIVE, DURATIONS = KEYS[4], KEYS[5], KEYS[6], KEYS[7]
local CLIENT_LIVE, HOLDER_CHATS, HOLDER_DESK, OUTBOX = KEYS[8], KEYS[9], KEYS[10], KEYS[#KEYS]
local state = redis.call('HGET', CHAT, 'state')
if not state or state == 'ended' then return 0 end
local name = holder()
if (name or '') ~= ARGV[5] then return -2 end
redis.call('HSET', CHAT, 'state', 'ended', 'end_reason', ARGV[2], 'ended_at', ARGV[3])
if (ARGV[6] or '') ~= '' then redis.call('HSET', CHAT, 'outcome', ARGV[6]) end
redis.call('HDEL', CHAT, 'token', 'socket')
redis.call('SREM', CLIENT_LIVE, ID)
redis.call('ZREM', WAITING, ID)
redis.call('ZREM', OFFERS, ID)
redis.call('SREM', LIVE, ID)
if name then
  redis.call('SREM', HOLDER_CHATS, ID)
  redis.call('HSET', HOLDER_DESK, 'idle_since', ARGV[3])
end
local accepted = redis.call('HGET', CHAT, 'accepted_at')
if accepted then
  redis.call('LPUSH', DURATIONS, tonumber(ARGV[3]) - tonumber(accepted))
  redis.call('LTRIM', DURATIONS, 0, 49)
end
local created, lang = unpack(redis.call('HMGET', CHAT, 'created', 'lang'))
local answered = accepted and 'yes' or 'no'
insight_event(OUTBOX, 'chat-ended', ARGV[3], accepted and (tonumber(ARGV[3]) - tonumber(accepted)) or nil, false,
  {'reason', ARGV[2], 'answered', answered, 'language', lang or 'en'})
if ARGV[2] == 'visitor-exit' then
  insight_event(OUTBOX, 'chat-quick-exit', ARGV[3], nil, false, {'answered', answered})
elseif not accepted then
  insight_event(OUTBOX, 'chat-abandoned', ARGV[3], tonumber(ARGV[3]) - tonumber(created or ARGV[3]), false, {'language', lang or 'en'})
end
append('system', 'event', 'ended:' .. ARGV[2], '', ARGV[3], ARGV[4])
wake('s', name)
wake('q', nil)
return 1
