-- KEYS: chat, log, sent. ARGV: chat, from, field (`text` or `event`), value, client id or '',
-- now, retention, required holder ('' when the sender is the visitor or the system), most
-- entries per window ('0' = no limit), window in ms, the seq the value was sealed for ('' for
-- an event). The limit belongs to the chat, so a second socket (or instance) on the same chat
-- shares it. A sealed text is bound to its seq: if another entry took that seq meanwhile,
-- nothing is written and the caller seals again for the seq returned.
-- Returns {seq, 'ok' | 'again' | 'reseal'} or {0, 'gone' | 'ended' | 'not-yours' | 'slow-down'}.
-- Every message runs this, so it reads the chat's hash once and writes it once.
local state, adviser, stored_seq, rate_since, rate_count, kept =
  unpack(redis.call('HMGET', CHAT, 'state', 'adviser', 'seq', 'rate_since', 'rate_count', 'kept'))
if not state then return {0, 'gone'} end
if state == 'ended' then return {0, 'ended'} end
if ARGV[8] ~= '' and (state ~= 'active' or adviser ~= ARGV[8]) then return {0, 'not-yours'} end
local cid, now = ARGV[5], ARGV[6]
if cid ~= '' then
  local seen = redis.call('HGET', SENT, cid)
  if seen then return {tonumber(seen), 'again'} end
end
local seq = tonumber(stored_seq or '0') + 1
if ARGV[11] ~= '' then
  if tonumber(ARGV[11]) ~= seq then return {seq, 'reseal'} end
  -- A text's seq comes as text already: formatting a Lua number showed in Redis's profile.
  seq = ARGV[11]
end
local changed = {'seq', seq}
if ARGV[9] ~= '0' then
  -- A window opens with the first entry after the last one closed; refusals write nothing.
  local count = tonumber(rate_count or '0') + 1
  if tonumber(now) - tonumber(rate_since or '0') >= tonumber(ARGV[10]) then
    rate_since, count = now, 1
  elseif count > tonumber(ARGV[9]) then
    return {0, 'slow-down'}
  end
  table.insert(changed, 'rate_since'); table.insert(changed, rate_since)
  table.insert(changed, 'rate_count'); table.insert(changed, count)
end
add_entry(seq, ARGV[2], ARGV[3], ARGV[4], cid, now)
if ARGV[3] == 'text' then
  table.insert(changed, 'last_activity'); table.insert(changed, now)
  table.insert(changed, 'warned'); table.insert(changed, '0')
end
if keep_due(kept, now) then
  keep(ARGV[7])
  -- Only once the sent-ids hash exists (a client id made it) are all three keys kept.
  if cid ~= '' then table.insert(changed, 'kept'); table.insert(changed, now) end
end
redis.call('HSET', CHAT, unpack(changed))
wake_with_entry(adviser, seq, ARGV[2], ARGV[3], ARGV[4], cid, now)
return {seq, 'ok'}
