// Measures POST throughput with autocannon and prints one JSON line.
// usage: node load.mjs <url> <graphql document | "introspection"> [seconds=20] [connections=50]
import autocannon from 'autocannon';
import { loadSummary } from './load-summary.mjs';
import { getIntrospectionQuery } from 'graphql';

const [url, document, seconds = '20', connections = '50'] = process.argv.slice(2);
const query = document === 'introspection' ? getIntrospectionQuery() : document;
if (!url || !query) {
  console.error('usage: node load.mjs <url> <graphql document> [seconds] [connections]');
  process.exit(2);
}

const result = await autocannon({
  url,
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
  connections: Number(connections),
  duration: Number(seconds),
});
console.log(loadSummary(url, result));
