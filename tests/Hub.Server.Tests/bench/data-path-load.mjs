// The data path under load, in one run: the hub's { administrativePenalties(first: 50) { nodes { decisionNo
// agencyKind decisionDate } } } with a bearer token against the hand-written endpoint that runs the same query and
// audit insert and writes the same JSON (HandWrittenPenaltiesEndpoint.cs). Both answers are first compared byte for
// byte (they must be equal), then each gets autocannon with the same connections and duration. Prints one JSON line.
// Run from tests/js/http (where autocannon is installed):
//   node ../../Hub.Server.Tests/bench/data-path-load.mjs <graphql url> <token> <hand-written url> [seconds=20] [connections=50]
import { createRequire } from 'node:module';

const require = createRequire(`${process.cwd()}/`);
const autocannon = require('autocannon');
const [hubUrl, token, handWrittenUrl, seconds = '20', connections = '50'] = process.argv.slice(2);
if (!hubUrl || !token || !handWrittenUrl) {
  console.error('usage: node data-path-load.mjs <graphql url> <token> <hand-written url> [seconds] [connections]');
  process.exit(2);
}

const query = '{ administrativePenalties(first: 50) { nodes { decisionNo agencyKind decisionDate } } }';
const targets = [
  { name: 'hub', url: hubUrl, headers: { authorization: `Bearer ${token}` } },
  { name: 'handWritten', url: handWrittenUrl, headers: {} },
];

const bodies = {};
for (const target of targets) {
  target.headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...target.headers };
  target.body = JSON.stringify({ query });
  const answer = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
  bodies[target.name] = await answer.text();
  if (answer.status !== 200) {
    console.error(`${target.name}: ${answer.status} ${bodies[target.name]}`);
    process.exit(1);
  }
}

if (bodies.hub !== bodies.handWritten) {
  console.error(`the answers differ:\nhub:          ${bodies.hub}\nhand-written: ${bodies.handWritten}`);
  process.exit(1);
}

const results = { rows: JSON.parse(bodies.hub).data.administrativePenalties.nodes.length, connections: Number(connections), seconds: Number(seconds) };
for (const target of targets) {
  const run = await autocannon({ url: target.url, method: 'POST', headers: target.headers, body: target.body, connections: Number(connections), duration: Number(seconds) });
  results[target.name] = {
    requestsPerSecond: run.requests.average,
    latencyP50Ms: run.latency.p50,
    latencyP99Ms: run.latency.p99,
    total: run.requests.total,
    non2xx: run.non2xx,
    errors: run.errors,
    timeouts: run.timeouts,
  };
}

results.ratio = results.hub.requestsPerSecond / results.handWritten.requestsPerSecond;
console.log(JSON.stringify(results));
