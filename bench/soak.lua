-- wrk script of bench/soak: requests rotate over the paths in SOAK_PATHS (space-separated); responses are counted by
-- status class in each thread; one RESULT line at the end.
local paths = {}
for p in string.gmatch(os.getenv("SOAK_PATHS") or "/", "%S+") do table.insert(paths, p) end
local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end
local n = 0
s4, s5 = 0, 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
response = function(status, headers, body)
  if status >= 500 then s5 = s5 + 1 elseif status >= 400 then s4 = s4 + 1 end
end
done = function(summary, latency, requests)
  local s4, s5 = 0, 0
  for _, thread in ipairs(threads) do
    s4 = s4 + thread:get("s4")
    s5 = s5 + thread:get("s5")
  end
  local e = summary.errors
  io.write(string.format(
      "RESULT p50=%.2f p95=%.2f p99=%.2f rps=%.1f requests=%d errors=%d connect=%d read=%d write=%d timeout=%d s4=%d s5=%d\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests / (summary.duration / 1e6), summary.requests,
      e.connect + e.read + e.write + e.status + e.timeout, e.connect, e.read, e.write, e.timeout, s4, s5))
end
