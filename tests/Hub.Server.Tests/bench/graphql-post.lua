-- wrk script of the linked data-path comparison (LinkedDataPathThroughputTests): POSTs the JSON body in
-- WRK_BODY with WRK_AUTHORIZATION (if set) as the Authorization header, and prints one JSON line at the end:
-- requests, duration, rate, p50/p99 in ms, non-2xx answers and socket errors.
wrk.method = "POST"
wrk.body = os.getenv("WRK_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
local authorization = os.getenv("WRK_AUTHORIZATION")
if authorization ~= nil and authorization ~= "" then
  wrk.headers["Authorization"] = authorization
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"requestsPerSecond":%.1f,"p50Ms":%.1f,"p99Ms":%.1f,"non2xx":%d,"socketErrors":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
