-- KEYS: chat, log, sent. ARGV: chat, from, field (`text` or `event`), value, client id or '',
-- now, retention, required holder ('' when the sender is the visitor or the system).
-- Returns {seq, 'ok' | 'again'} or {0, 'gone' | 'ended' | 'not-yours'}.
local state = redis.call('HGET', CHAT, 'state')
if not state then return {0, 'gone'} end
if state == 'ended' then return {0, 'ended'} end
if ARGV[8] ~= '' and (state ~= 'active' or holder() ~= ARGV[8]) then return {0, 'not-yours'} end
if ARGV[5] ~= '' then
  local seen = redis.call('HGET', SENT, ARGV[5])
  if seen then return {tonumber(seen), 'again'} end
end
local seq = append(ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7])
if ARGV[3] == 'text' then redis.call('HSET', CHAT, 'last_activity', ARGV[6], 'warned', 0) end
wake('m', holder())
return {seq, 'ok'}
