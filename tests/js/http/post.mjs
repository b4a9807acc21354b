// Sends one GraphQL POST and prints the raw response body (to serve the same bytes from a plain endpoint).
// usage: node post.mjs <url> <graphql document | "introspection">
import { getIntrospectionQuery } from 'graphql';

const [url, document] = process.argv.slice(2);
const query = document === 'introspection' ? getIntrospectionQuery() : document;
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
process.stdout.write(await response.text());
