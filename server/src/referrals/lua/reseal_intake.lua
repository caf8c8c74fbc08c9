-- Replaces a referral's intake entry with a copy whose sealed details were sealed anew with
-- the current data key. A stream entry cannot be changed in place, and the intake stream has
-- a consumer group, so the copy is appended (marked `resealed_from`) and the old entry
-- deleted, in one step. The group then hands the copy to triage like any entry: filing it
-- (triage `file.lua`) points the filed referral at the copy, or files the referral if the
-- old entry had not been filed yet.
-- KEYS[1] the intake stream. ARGV[1] the entry id, ARGV[2] the sealed value read there,
-- ARGV[3] the new sealed value. Returns the copy's id, or false when the entry is gone or
-- no longer holds that value.
local found = redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[1])
if #found == 0 then return false end
local fields = found[1][2]
local copy = {}
local matched = false
for i = 1, #fields, 2 do
  local name, value = fields[i], fields[i + 1]
  if name == 'sealed' then
    if value ~= ARGV[2] then return false end
    value = ARGV[3]
    matched = true
  end
  if name ~= 'resealed_from' then
    copy[#copy + 1] = name
    copy[#copy + 1] = value
  end
end
if not matched then return false end
copy[#copy + 1] = 'resealed_from'
copy[#copy + 1] = ARGV[1]
local id = redis.call('XADD', KEYS[1], '*', unpack(copy))
redis.call('XDEL', KEYS[1], ARGV[1])
return id
