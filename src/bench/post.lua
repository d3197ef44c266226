-- wrk script: POSTs the GraphQL body in the file named by BODY_FILE and checks every answer:
-- an answer that is not HTTP 200, or whose body carries "errors", counts as a GraphQL error.
local path = os.getenv("BODY_FILE")
local file = assert(io.open(path, "rb"), "BODY_FILE must name a readable file")
local body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  answers, bad, bytes = 0, 0, 0
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
