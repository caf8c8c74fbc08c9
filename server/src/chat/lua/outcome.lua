-- Records the outcome of an ended chat, chosen by the adviser who held it, once: a chat's
-- outcome is counted once, so it is never changed after.
-- KEYS: chat, log, sent (the prelude's). ARGV: chat, adviser, outcome, now.
-- Returns 1 recorded, 0 it has one already, -2 not an ended chat of this adviser.
if redis.call('HGET', CHAT, 'state') ~= 'ended' or holder() ~= ARGV[2] then return -2 end
if redis.call('HSETNX', CHAT, 'outcome', ARGV[3]) == 0 then return 0 end
redis.call('HSET', CHAT, 'outcome_at', ARGV[4])
return 1
