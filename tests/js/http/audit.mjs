// Runs the graphql-http GraphQL-over-HTTP audit suite against a running server and prints one JSON summary:
// usage: node audit.mjs http://127.0.0.1:PORT/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url });
const levels = { MUST: { passed: 0, total: 0 }, SHOULD: { passed: 0, total: 0 }, MAY: { passed: 0, total: 0 } };
const failures = [];
for (const result of results) {
  const level = result.name.split(' ')[0];
  levels[level].total++;
  if (result.status === 'ok') {
    levels[level].passed++;
  } else {
    let body = null;
    if (result.response) {
      try { body = await result.response.text(); } catch { body = null; }
    }
    failures.push({ id: result.id, name: result.name, status: result.status, reason: result.reason, body });
  }
}
console.log(JSON.stringify({ ...levels, failures }));
