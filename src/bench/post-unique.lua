-- wrk script: like post.lua, but every request carries a variable of its own ("variables":{"bench":N}), which the
-- document does not use: the service computes every answer afresh (each request a miss of the answer cache, which
-- still looks it up, computes it and keeps it), so that the miss path is measured against the uncached one.
-- BODY_FILE's JSON must end with its closing brace and have no "variables" member.
local path = os.getenv("BODY_FILE")
local file = assert(io.open(path, "rb"), "BODY_FILE must name a readable file")
local body = file:read("*a"):gsub("%s*}%s*$", "")
file:close()

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  answers, bad, bytes = 0, 0, 0
  -- distinct from every earlier run's (a warm-up's) too
  run = string.format("%d-%d", os.time(), math.random(1000000))
end

function request()
  counter = counter + 1
  return wrk.format(nil, nil, nil, string.format('%s,"variables":{"bench":"%s-%d-%d"}}', body, run, id, counter))
end

function response(status, headers, body)
  answers = answers + 1
  bytes = bytes + #body
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local a, b, n = 0, 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("answers")
    b = b + thread:get("bad")
    n = n + thread:get("bytes")
  end
  io.write(string.format("checked_answers %d graphql_errors %d mean_body_bytes %d\n", a, b, a > 0 and math.floor(n / a) or 0))
end
