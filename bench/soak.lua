-- wrk script of bench/soak: requests rotate over the paths in SOAK_PATHS (space-separated); one RESULT line at the end.
local paths = {}
for p in string.gmatch(os.getenv("SOAK_PATHS") or "/", "%S+") do table.insert(paths, p) end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT p50=%.2f p95=%.2f p99=%.2f rps=%.1f requests=%d errors=%d\n",
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests / (summary.duration / 1e6), summary.requests, errors))
end
