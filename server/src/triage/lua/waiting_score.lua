-- The one definition of the queue's order, included by every script that files a referral
-- into `{triage}:waiting`: priority first (high = 0), then age, as
-- rank × 10^13 + received ms in one score (exact in a double for centuries).
local function waiting_score(priority, received_ms)
  local ranks = { high = 0, medium = 1, standard = 2 }
  return string.format('%.0f', (ranks[priority] or 2) * 1e13 + tonumber(received_ms))
end
