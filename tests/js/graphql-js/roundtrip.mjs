// Rebuilds a schema from an introspection result with graphql-js and prints its SDL.
//
//   node roundtrip.mjs introspection.json      (or the JSON on stdin)
//   node roundtrip.mjs --print-query           graphql-js's introspection query with every feature switched on
//
// The file may hold a whole response ({"data": {"__schema": ...}}) or just its data ({"__schema": ...}).
// A response with errors is refused, so a broken introspection never passes as an empty schema.
import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

const argument = process.argv[2];
if (argument === '--print-query') {
  process.stdout.write(
    getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    }),
  );
} else {
  const response = JSON.parse(readFileSync(argument ?? 0, 'utf8'));
  if (Array.isArray(response.errors) && response.errors.length > 0) {
    process.stderr.write(`The introspection result has errors: ${JSON.stringify(response.errors)}\n`);
    process.exit(1);
  }
  const data = response.data ?? response;
  process.stdout.write(printSchema(buildClientSchema(data)));
}
