// The data path under load, in one run: the hub's { administrativePenalties(first: 50) { nodes { decisionNo
// agencyKind decisionDate } } } with a bearer token against the hand-written endpoint that runs the same query and
// audit insert and writes the same JSON (HandWrittenPenaltiesEndpoint.cs). Both answers are first compared byte for
// byte (they must be equal), then each gets autocannon with the same connections and duration. Prints one JSON line.
// A query other than that one (the hand-written endpoint must then answer it) and a number of rounds may follow; with
// several rounds the two alternate who goes first, and the figures are the mean over rounds (each round is listed).
// Run from tests/js/http (where autocannon is installed):
//   node ../../Hub.Server.Tests/bench/data-path-load.mjs <graphql url> <token> <hand-written url> [seconds=20] [connections=50] [query] [rounds=1]
import { createRequire } from 'node:module';

const require = createRequire(`${process.cwd()}/`);
const autocannon = require('autocannon');
const defaultQuery = '{ administrativePenalties(first: 50) { nodes { decisionNo agencyKind decisionDate } } }';
const [hubUrl, token, handWrittenUrl, seconds = '20', connections = '50', query = defaultQuery, rounds = '1'] = process.argv.slice(2);
if (!hubUrl || !token || !handWrittenUrl) {
  console.error('usage: node data-path-load.mjs <graphql url> <token> <hand-written url> [seconds] [connections] [query] [rounds]');
  process.exit(2);
}

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

const results = { rows: JSON.parse(bodies.hub).data.administrativePenalties.nodes.length, connections: Number(connections), seconds: Number(seconds), rounds: [] };
for (let round = 0; round < Number(rounds); round++) {
  const figures = {};
  for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
    const run = await autocannon({ url: target.url, method: 'POST', headers: target.headers, body: target.body, connections: Number(connections), duration: Number(seconds) });
    figures[target.name] = {
      requestsPerSecond: run.requests.average,
      latencyP50Ms: run.latency.p50,
      latencyP99Ms: run.latency.p99,
      total: run.requests.total,
      non2xx: run.non2xx,
      errors: run.errors,
      timeouts: run.timeouts,
    };
  }

  figures.ratio = figures.hub.requestsPerSecond / figures.handWritten.requestsPerSecond;
  results.rounds.push(figures);
}

const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const sum = (values) => values.reduce((total, value) => total + value, 0);
for (const target of targets) {
  const runs = results.rounds.map((round) => round[target.name]);
  results[target.name] = {
    requestsPerSecond: mean(runs.map((run) => run.requestsPerSecond)),
    latencyP50Ms: mean(runs.map((run) => run.latencyP50Ms)),
    latencyP99Ms: mean(runs.map((run) => run.latencyP99Ms)),
    total: sum(runs.map((run) => run.total)),
    non2xx: sum(runs.map((run) => run.non2xx)),
    errors: sum(runs.map((run) => run.errors)),
    timeouts: sum(runs.map((run) => run.timeouts)),
  };
}

results.ratio = results.hub.requestsPerSecond / results.handWritten.requestsPerSecond;
console.log(JSON.stringify(results));
