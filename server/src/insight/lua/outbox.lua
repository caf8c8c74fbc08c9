-- Included in front of a script that records an insight event in its own slot's outbox
-- stream, in the same script as the change the event describes, so the record of the event
-- can never be missing (`server/src/insight`). The fields are what
-- `domain::insight::InsightEvent::from_fields` reads: kind, at, duration, hourly, d.{name}.
-- `outbox` comes from KEYS; `duration` is a number or nil; `dims` is {name, value, …}.
local function insight_event(outbox, kind, at, duration, hourly, dims)
  local fields = {'kind', kind, 'at', at}
  if duration then
    fields[#fields + 1] = 'duration'
    fields[#fields + 1] = string.format('%.0f', math.max(0, tonumber(duration)))
  end
  if hourly then
    fields[#fields + 1] = 'hourly'
    fields[#fields + 1] = '1'
  end
  for i = 1, #dims, 2 do
    fields[#fields + 1] = 'd.' .. dims[i]
    fields[#fields + 1] = dims[i + 1]
  end
  redis.call('XADD', outbox, 'MAXLEN', '~', '__OUTBOX_MAX__', '*', unpack(fields))
end
