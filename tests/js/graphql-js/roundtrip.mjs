// Rebuilds a schema from an introspection result with graphql-js and prints its SDL.
//
//   node roundtrip.mjs introspection.json      (or the JSON on stdin)
//
// The file may hold a whole response ({"data": {"__schema": ...}}) or just its data ({"__schema": ...}).
// A response with errors is refused, so a broken introspection never passes as an empty schema.
import { readFileSync } from 'node:fs';
import { buildClientSchema, printSchema } from 'graphql';

const path = process.argv[2];
const response = JSON.parse(readFileSync(path ?? 0, 'utf8'));
if (Array.isArray(response.errors) && response.errors.length > 0) {
  process.stderr.write(`The introspection result has errors: ${JSON.stringify(response.errors)}\n`);
  process.exit(1);
}
const data = response.data ?? response;
process.stdout.write(printSchema(buildClientSchema(data)));
