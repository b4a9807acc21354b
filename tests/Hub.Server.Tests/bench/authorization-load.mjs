// What authorization costs per request, measured with autocannon in one run (50 connections, POST):
//   anonymous          { __typename } without a token
//   bearer             { __typename } with a valid bearer token (token validation)
//   protected          a field guarded by a scope, with a token holding it (validation + the scope policy; the
//                      placeholder argument makes the resolver answer a domain error without touching the database)
//   denied             the same field without a token (AUTH_NOT_AUTHENTICATED)
// Each scenario is first checked once (its body must say what the scenario claims). Prints one JSON line.
// Run from tests/js/http (where autocannon is installed):
//   node ../../Hub.Server.Tests/bench/authorization-load.mjs <graphql url> <token for persons.read> [seconds=20] [connections=50]
import { createRequire } from 'node:module';

const require = createRequire(`${process.cwd()}/`);
const autocannon = require('autocannon');
const [url, token, seconds = '20', connections = '50'] = process.argv.slice(2);
if (!url || !token) {
  console.error('usage: node authorization-load.mjs <graphql url> <token> [seconds] [connections]');
  process.exit(2);
}

const protectedQuery = '{ person(idNumber: "not-a-number") { idNumber } }';
const scenarios = [
  { name: 'anonymous', query: '{ __typename }', token: null, expect: (b) => b.data?.__typename === 'Query' && !b.errors },
  { name: 'bearer', query: '{ __typename }', token, expect: (b) => b.data?.__typename === 'Query' && !b.errors },
  { name: 'protected', query: protectedQuery, token, expect: (b) => b.errors?.length === 1 && !b.errors[0].extensions?.code?.startsWith('AUTH_') },
  { name: 'denied', query: protectedQuery, token: null, expect: (b) => b.errors?.[0]?.extensions?.code === 'AUTH_NOT_AUTHENTICATED' },
];

const headersFor = (scenario) => ({
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
  ...(scenario.token ? { authorization: `Bearer ${scenario.token}` } : {}),
});

const results = {};
for (const scenario of scenarios) {
  const body = JSON.stringify({ query: scenario.query });
  const check = await fetch(url, { method: 'POST', headers: headersFor(scenario), body });
  const answer = await check.json();
  if (check.status !== 200 || !scenario.expect(answer)) {
    console.error(`${scenario.name}: unexpected answer ${check.status} ${JSON.stringify(answer)}`);
    process.exit(1);
  }

  const run = await autocannon({ url, method: 'POST', headers: headersFor(scenario), body, connections: Number(connections), duration: Number(seconds) });
  results[scenario.name] = {
    requestsPerSecond: run.requests.average,
    latencyP99Ms: run.latency.p99,
    total: run.requests.total,
    non2xx: run.non2xx,
    errors: run.errors,
    timeouts: run.timeouts,
  };
}

const ratio = (a, b) => Math.round((results[a].requestsPerSecond / results[b].requestsPerSecond) * 1000) / 1000;
console.log(JSON.stringify({
  url,
  seconds: Number(seconds),
  connections: Number(connections),
  ...results,
  bearerToAnonymous: ratio('bearer', 'anonymous'),
  protectedToBearer: ratio('protected', 'bearer'),
  deniedToAnonymous: ratio('denied', 'anonymous'),
}));
