// Measures the token endpoint's throughput with autocannon: client_credentials with client_secret_basic, the same
// client for every request. Prints one JSON line.
// usage: node token-load.mjs <token endpoint url> <client_id> <client_secret> <scope> [seconds=20] [connections=50]
import autocannon from 'autocannon';
import { loadSummary } from './load-summary.mjs';

const [url, clientId, clientSecret, scope, seconds = '20', connections = '50'] = process.argv.slice(2);
if (!url || !clientId || !clientSecret || !scope) {
  console.error('usage: node token-load.mjs <token url> <client_id> <client_secret> <scope> [seconds] [connections]');
  process.exit(2);
}

// RFC 6749 §2.3.1: id and secret are form-encoded before they are joined for the Basic header.
const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64');
const result = await autocannon({
  url,
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
  body: new URLSearchParams({ grant_type: 'client_credentials', scope }).toString(),
  connections: Number(connections),
  duration: Number(seconds),
});
console.log(loadSummary(url, result));
