-- wrk script: GETs the URL it is given and checks every answer: an answer that is not HTTP 200, or whose body is
-- not EXPECTED_BYTES long, counts as an error (the static-file ceiling must serve the ticker's own bytes).
local expected = tonumber(os.getenv("EXPECTED_BYTES") or "0")

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
  if status ~= 200 or (expected > 0 and #body ~= expected) then
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
