-- KEYS: chat, log, sent. ARGV: chat, from, field (`text` or `event`), value, client id or '',
-- now, retention, required holder ('' when the sender is the visitor or the system), most
-- entries per window ('0' = no limit), window in ms, the seq the value was sealed for ('' for
-- an event). The limit belongs to the chat, so a second socket (or instance) on the same chat
-- shares it. A sealed text is bound to its seq: if another entry took that seq meanwhile,
-- nothing is written and the caller seals again for the seq returned.
-- Returns {seq, 'ok' | 'again' | 'reseal'} or {0, 'gone' | 'ended' | 'not-yours' | 'slow-down'}.
-- What every check needs, in one read.
local state, adviser, stored_seq, rate_since = unpack(redis.call('HMGET', CHAT, 'state', 'adviser', 'seq', 'rate_since'))
if not state then return {0, 'gone'} end
if state == 'ended' then return {0, 'ended'} end
if ARGV[8] ~= '' and (state ~= 'active' or adviser ~= ARGV[8]) then return {0, 'not-yours'} end
if ARGV[5] ~= '' then
  local seen = redis.call('HGET', SENT, ARGV[5])
  if seen then return {tonumber(seen), 'again'} end
end
if ARGV[11] ~= '' then
  local next_seq = tonumber(stored_seq or '0') + 1
  if tostring(next_seq) ~= ARGV[11] then return {next_seq, 'reseal'} end
end
if ARGV[9] ~= '0' then
  local now = tonumber(ARGV[6])
  if now - tonumber(rate_since or '0') >= tonumber(ARGV[10]) then
    redis.call('HSET', CHAT, 'rate_since', now, 'rate_count', 1)
  elseif redis.call('HINCRBY', CHAT, 'rate_count', 1) > tonumber(ARGV[9]) then
    return {0, 'slow-down'}
  end
end
local seq = append(ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7])
if ARGV[3] == 'text' then redis.call('HSET', CHAT, 'last_activity', ARGV[6], 'warned', 0) end
wake_with_entry(adviser, seq, ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6])
return {seq, 'ok'}
