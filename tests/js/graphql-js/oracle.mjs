// graphql-js 16.15.0 as the oracle for Hub's execution corpus.
//
//   node oracle.mjs execute --schema S.graphql --root R.json --cases C.json [--repeat N]
//
// Prints one NDJSON line per case: {name, result: {errors?, data?}, validation: [{rule, message, locations}]}.
// The root value follows the corpus conventions, which Hub's `execute` command reproduces exactly:
//  - every field is resolved by graphql-js's default resolver from the JSON root value;
//  - an object {"$error": "msg"} becomes a function that throws new Error("msg") when its field is resolved;
//  - an object {"$arguments": true} becomes a function that returns its field's coerced arguments (args);
//  - a "__typename" key picks the concrete type of an abstract value (graphql-js's default type resolver);
//  - mutations read the same root value as queries.
// With --repeat N every case is run N more times through parse + validate + execute + JSON.stringify (graphql-js
// caches nothing; a server would serialize) and the timing goes to stderr as JSON lines, so stdout stays comparable.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildSchema, execute, GraphQLError, parse, specifiedRules, validate } from 'graphql';

function parseArguments(argv) {
  const [verb, ...rest] = argv;
  const options = { verb };
  for (let i = 0; i < rest.length; i += 2) {
    const key = rest[i];
    if (!key.startsWith('--') || i + 1 >= rest.length) {
      throw new Error(`Unexpected argument "${key}". Usage: oracle.mjs execute --schema S --root R --cases C [--repeat N]`);
    }
    options[key.slice(2)] = rest[i + 1];
  }
  return options;
}

/**
 * Turns the JSON data into a graphql-js root value: {"$error": msg} objects become throwing resolvers and
 * {"$arguments": true} objects resolvers that return their arguments.
 */
function bindRootValue(value) {
  if (Array.isArray(value)) {
    return value.map(bindRootValue);
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$error') {
      const message = value.$error;
      return () => {
        throw new Error(message);
      };
    }
    if (keys.length === 1 && keys[0] === '$arguments' && value.$arguments === true) {
      return (args) => args;
    }
    const bound = {};
    for (const key of keys) {
      bound[key] = bindRootValue(value[key]);
    }
    return bound;
  }
  return value;
}

/** graphql-js does not say which rule reported an error, so each error is matched to the rule that reports it alone. */
function nameRules(schema, document, errors) {
  if (errors.length === 0) {
    return [];
  }
  const byRule = specifiedRules.map((rule) => ({
    rule: rule.name,
    messages: new Set(validate(schema, document, [rule]).map((error) => error.message)),
  }));
  return errors.map((error) => ({
    rule: byRule.find((entry) => entry.messages.has(error.message))?.rule ?? null,
    message: error.message,
    locations: error.locations ?? [],
  }));
}

async function runCase(schema, rootValue, testCase, withValidation) {
  let document;
  try {
    document = parse(testCase.query);
  } catch (error) {
    if (error instanceof GraphQLError) {
      return { result: { errors: [error] }, validation: [] };
    }
    throw error;
  }
  const validationErrors = validate(schema, document);
  const validation = withValidation ? nameRules(schema, document, validationErrors) : [];
  if (validationErrors.length > 0) {
    return { result: { errors: validationErrors }, validation };
  }
  const result = await execute({
    schema,
    document,
    rootValue,
    variableValues: testCase.variables ?? undefined,
    operationName: testCase.operationName ?? undefined,
  });
  return { result, validation };
}

async function executeCommand(options) {
  const schema = buildSchema(readFileSync(options.schema, 'utf8'));
  const rootValue = bindRootValue(JSON.parse(readFileSync(options.root, 'utf8')));
  const cases = JSON.parse(readFileSync(options.cases, 'utf8'));
  const repeat = Number.parseInt(options.repeat ?? '0', 10);

  const lines = [];
  for (const testCase of cases) {
    const { result, validation } = await runCase(schema, rootValue, testCase, true);
    lines.push(JSON.stringify({ name: testCase.name, result, validation }));
  }
  process.stdout.write(lines.join('\n') + '\n');

  if (repeat > 0) {
    let total = 0;
    for (const testCase of cases) {
      // Warm-up (a tenth of the runs) lets V8 optimize before timing, as .NET's tiered JIT gets on the other side.
      for (let i = 0; i < Math.max(1, Math.floor(repeat / 10)); i++) {
        await runCase(schema, rootValue, testCase, false);
      }
      const started = performance.now();
      for (let i = 0; i < repeat; i++) {
        JSON.stringify((await runCase(schema, rootValue, testCase, false)).result);
      }
      const elapsedMs = performance.now() - started;
      total += elapsedMs;
      const opsPerSecond = (repeat * 1000) / elapsedMs;
      process.stderr.write(JSON.stringify({ name: testCase.name, repeat, elapsedMs, opsPerSecond }) + '\n');
    }
    const totalOps = repeat * cases.length;
    process.stderr.write(
      JSON.stringify({ name: '$total', repeat, cases: cases.length, elapsedMs: total, opsPerSecond: (totalOps * 1000) / total }) + '\n',
    );
  }
}

const options = parseArguments(process.argv.slice(2));
if (options.verb !== 'execute' || !options.schema || !options.root || !options.cases) {
  process.stderr.write('Usage: oracle.mjs execute --schema S.graphql --root R.json --cases C.json [--repeat N]\n');
  process.exit(2);
}
await executeCommand(options);
