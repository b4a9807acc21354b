// The one-line JSON summary every load script prints for its xunit driver.
export const loadSummary = (url, result) => JSON.stringify({
  url,
  requestsPerSecond: result.requests.average,
  latencyP99Ms: result.latency.p99,
  total: result.requests.total,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
});
