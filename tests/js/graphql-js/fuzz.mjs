// Differential fuzzer: random requests over the execution corpus schemas, run on graphql-js (oracle.mjs) and on Hub
// (the conformance runner's `execute`), compared the way ExecutionCorpusTests compares them.
//
//   node fuzz.mjs [--seed N] [--count N] [--suite starwars,inputs,...] [--batch N] [--roots corpus|random] [--mutate P] [--out DIR] [--hub "CMD ARGS"]
//   node fuzz.mjs --replay cases.json --suite S      compares the cases of a file (e.g. a minimized disagreement)
//
// Each case is a document generated from the schema (fields, aliases, arguments, variables, fragments, inline
// fragments, @skip/@include, introspection), with some values made invalid on purpose; then, while a coin with
// probability P (default 0.25) comes up, the document is mutated at the token level (dropped, doubled or swapped
// tokens, odd literals, comments, BOMs, line breaks).
// With --roots random every batch also gets a random root value (wrong leaf kinds, nulls in non-null positions,
// throwing fields, bad __typename) instead of the suite's root.json.
// Disagreements are printed grouped by their first mismatch and written with their cases to DIR (default $TMPDIR/hub-fuzz).
// Hub defaults to the built conformance runner (build it first with `dotnet build tests/Hub.GraphQL.Conformance -c Release`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  GraphQLBoolean,
  GraphQLNonNull,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));
const casesRoot = resolve(here, '../../Hub.GraphQL.Conformance/cases');
const oracle = join(here, 'oracle.mjs');
const defaultHub = `dotnet ${resolve(here, '../../Hub.GraphQL.Conformance/bin/Release/net10.0/Hub.GraphQL.Conformance.dll')}`;

// ---- seeded randomness -------------------------------------------------------------------------------------------

function makeRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32: small, fast and good enough to spread choices; the seed alone fixes the whole run.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p) => next() < p,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}

/** A near miss of `name` (one edit, or a case change), so "Did you mean" suggestions get exercised. */
function typo(rng, name) {
  const at = rng.int(0, name.length - 1);
  switch (rng.int(0, 4)) {
    case 0:
      return name.slice(0, at) + name.slice(at + 1) || name + 'x';
    case 1:
      return name.slice(0, at) + rng.pick(['a', 'e', 'S', '_', '1']) + name.slice(at);
    case 2:
      return name.length > 1 ? name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2) : name + name;
    case 3:
      return name === name.toLowerCase() ? name.toUpperCase() : name.toLowerCase();
    default:
      return name.slice(0, at) + 'q' + name.slice(at + 1);
  }
}

// ---- values -------------------------------------------------------------------------------------------------------

const oddInts = [0, 1, -1, 42, 2147483647, -2147483648, 2147483648, -2147483649, 1.5, 1e3, 9007199254740993, '1', true, null];
const oddFloats = [0, -0, 1.5, 1e3, 1, -2.5e-10, 1e21, '1.5', false, null];
const oddStrings = ['x', '', 'é 🚀', 'a"b\\c', 'line\nbreak', '\u007f\u0085\u2028 \u00a0', 12, true, null, ['x']];
const oddIds = ['1', '', 1, 1.5, true, null, -0];
const oddCustom = ['2020-01-01', 1, 1.5, true, { a: [1, { b: null }] }, [1, 'a'], null];
// Values whose printing in error messages (graphql-js's inspect) has limits: depth, long lists, odd keys, numbers.
const oddShapes = [
  { a: { b: { c: { d: 1 } } } }, [[[[1]]]], Array.from({ length: 12 }, (_, i) => i), {}, [], { 'a b': 'c"d', '': null },
  1e21, 1e-7, 0.1, 123456789012345680000, -0, 'multi\nline\t"quoted"\u0001', [{ x: [{ y: [] }] }], [null, {}],
];

/** A JSON value for a variable of type `type`; `wild` makes it wrong now and then. */
function jsonValue(rng, type, wild, depth = 0) {
  if (isNonNullType(type)) {
    return wild && rng.chance(0.1) ? null : jsonValue(rng, type.ofType, wild, depth);
  }
  if (rng.chance(wild ? 0.1 : 0.05)) {
    return null;
  }
  if (isListType(type)) {
    if (rng.chance(0.25) || depth > 3) {
      return jsonValue(rng, type.ofType, wild, depth + 1); // one item stands for a list of one
    }
    return Array.from({ length: rng.int(0, 3) }, () => jsonValue(rng, type.ofType, wild, depth + 1));
  }
  if (wild && rng.chance(0.12)) {
    return rng.pick([...oddInts, ...oddStrings, ...oddShapes]);
  }
  if (isInputObjectType(type)) {
    return inputObject(rng, type, wild, depth, (fieldType) => jsonValue(rng, fieldType, wild, depth + 1));
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((value) => value.name);
    return wild && rng.chance(0.3) ? rng.pick([typo(rng, rng.pick(names)), 'PURPLE', 1, true]) : rng.pick(names);
  }
  return scalarValue(rng, type.name, wild);
}

function scalarValue(rng, name, wild) {
  const valid = { Int: [0, 7, -3, 2147483647], Float: [1.5, 0, -2, 1e-7], String: ['x', 'é', ''], Boolean: [true, false], ID: ['1', 2] };
  const odd = { Int: oddInts, Float: oddFloats, String: oddStrings, Boolean: [true, false, 0, 'true', null], ID: oddIds };
  return rng.pick((wild && rng.chance(0.4) ? odd : valid)[name] ?? oddCustom);
}

function inputObject(rng, type, wild, depth, fieldValue) {
  const fields = Object.values(type.getFields());
  const result = {};
  if (type.isOneOf) {
    const chosen = wild && rng.chance(0.3) ? fields.slice(0, rng.int(0, fields.length)) : [rng.pick(fields)];
    for (const field of chosen) {
      result[field.name] = fieldValue(field.type);
    }
    return result;
  }
  for (const field of fields) {
    const required = isNonNullType(field.type) && field.defaultValue === undefined;
    if ((required && !(wild && rng.chance(0.1))) || (depth < 3 && rng.chance(0.4))) {
      result[field.name] = fieldValue(field.type);
    }
  }
  if (wild && rng.chance(0.1)) {
    result[rng.pick(['unknown', typo(rng, rng.pick(fields).name)])] = 1;
  }
  return result;
}

/** GraphQL literal text for a JSON-ish value, as a document would carry it. */
function literal(rng, value, type) {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return '[' + value.map((item) => literal(rng, item, type && getListItem(type))).join(rng.pick([', ', ' ', ','])) + ']';
  }
  if (typeof value === 'object') {
    return '{' + Object.entries(value).map(([key, item]) => `${key}: ${literal(rng, item, fieldType(type, key))}`).join(', ') + '}';
  }
  if (typeof value === 'string') {
    const named = type && getNamedType(type);
    if (named && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) && !['true', 'false', 'null'].includes(value)) {
      return rng.chance(0.9) ? value : JSON.stringify(value); // a quoted enum value is an error
    }
    if (rng.chance(0.1) && !value.includes('"""')) {
      return `"""${value}"""`;
    }
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    // `1.0` is a Float literal, which Int refuses: only a few documents should fail on it.
    return rng.pick([String(value), String(value), String(value), Object.is(value, -0) ? '-0' : String(value), value % 1 === 0 && rng.chance(0.3) ? `${value}.0` : String(value)]);
  }
  return String(value);
}

function getListItem(type) {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) ? inner.ofType : inner;
}

function fieldType(type, key) {
  const named = type && getNamedType(type);
  return named && isInputObjectType(named) ? named.getFields()[key]?.type : undefined;
}

// ---- root values ----------------------------------------------------------------------------------------------------

/**
 * A random root value for `type` in the corpus conventions: objects as JSON objects, `{"$error": msg}` for a throwing
 * resolver, `__typename` for the concrete type of an abstract value; leaves and lists sometimes of the wrong kind.
 * Objects are always JSON objects: graphql-js reads fields of a string or array parent off String.prototype
 * (`"abc".length`), which a host language has no reason to copy.
 */
function rootValue(rng, schema, type, depth = 0, isField = false) {
  // `$error` only as a field's value: the C# runner binds throwing resolvers to fields, not to list items.
  if (isField && rng.chance(0.04)) {
    return { $error: rng.pick(['boom', 'failed: ' + depth]) };
  }
  if (isNonNullType(type)) {
    return rng.chance(0.06) ? null : rootValue(rng, schema, type.ofType, depth, isField);
  }
  if (depth > 0 && rng.chance(0.06)) {
    return null;
  }
  if (isListType(type)) {
    if (rng.chance(0.05)) {
      return rng.pick([1, 'abc', true]); // not a list
    }
    return Array.from({ length: depth > 3 ? rng.int(0, 1) : rng.int(0, 3) }, () => rootValue(rng, schema, type.ofType, depth + 1));
  }
  if (isAbstractType(type)) {
    const concrete = rng.pick(schema.getPossibleTypes(type));
    const value = depth > 4 ? {} : rootValue(rng, schema, concrete, depth);
    if (value && typeof value === 'object' && !value.$error) {
      value.__typename = rng.chance(0.9) ? concrete.name : rng.pick([undefined, 'Nope', 1, type.name, 'Query']);
    }
    return value;
  }
  if (isObjectType(type)) {
    const value = {};
    if (depth <= 4) {
      for (const field of Object.values(type.getFields())) {
        if (rng.chance(0.9)) {
          value[field.name] = rootValue(rng, schema, field.type, depth + 1, true);
        }
      }
    }
    return value;
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((v) => v.name);
    return rng.chance(0.85) ? rng.pick(names) : rng.pick([names[0].toLowerCase(), 'NOPE', 1]);
  }
  const odd = [1.5, '12', '1e3', true, false, 0, -0, 3000000000, 1e21, 'abc', '', { a: 1 }, [1, 2], [], 1e-7, 123456789.125];
  const valid = { Int: [0, 7, -3, 2147483647], Float: [1.5, 0, -2, 1e-7, 0.1], String: ['x', 'é 🚀', ''], Boolean: [true, false], ID: ['1', 2] };
  return rng.pick(rng.chance(0.3) || !valid[type.name] ? odd : valid[type.name]);
}

// ---- documents ------------------------------------------------------------------------------------------------------

/** Builds one case: a document, its variables and maybe an operation name. */
class DocumentGenerator {
  constructor(rng, schema) {
    this.rng = rng;
    this.schema = schema;
    this.variables = []; // {name, type, defaultText}
    this.variableValues = {};
    this.fragments = []; // {name, on, text}
    this.wild = rng.chance(0.35);
    this.aliases = 0;
    this.fieldArguments = new Map(); // response name on a type -> its arguments text
  }

  generate() {
    const { rng, schema } = this;
    const operations = [];
    const count = rng.chance(0.1) ? 2 : 1;
    for (let i = 0; i < count; i++) {
      this.variables = [];
      const mutation = schema.getMutationType() && rng.chance(0.2);
      const kind = mutation ? 'mutation' : rng.chance(0.02) ? 'subscription' : 'query';
      const root = mutation ? schema.getMutationType() : schema.getQueryType();
      const body = this.selectionSet(root, 0, true);
      const name = count > 1 || rng.chance(0.3) ? rng.pick(['A', 'B', 'Op']) + (i === 0 ? '' : i) : '';
      const definitions = this.variables.map((v) => `$${v.name}: ${v.type}${v.defaultText ? ` = ${v.defaultText}` : ''}`);
      if (this.wild && rng.chance(0.05)) {
        definitions.push(`$unused: ${rng.pick(['Int', 'String!', '[Int]', 'Unknown'])}`);
      }
      const header = name || definitions.length || kind !== 'query' || rng.chance(0.2)
        ? `${kind}${name ? ' ' + name : ''}${definitions.length ? `(${definitions.join(rng.pick([', ', ' ']))})` : ''} `
        : '';
      operations.push({ name, text: header + body });
    }
    const parts = [...operations.map((op) => op.text), ...this.fragments.map((fragment) => fragment.text)];
    const query = rng.chance(0.5) ? parts.join('\n') : shuffle(rng, parts).join('\n\n');
    const named = operations.filter((op) => op.name);
    const operationName = named.length && rng.chance(0.7) ? rng.pick([...named.map((op) => op.name), 'Nope']) : undefined;
    return { query, variables: this.variableValues, operationName };
  }

  selectionSet(type, depth, root = false) {
    const { rng } = this;
    const count = depth > 3 ? 1 : rng.int(1, 4);
    const selections = [];
    for (let i = 0; i < count; i++) {
      const roll = rng.next();
      if (depth > 4 || roll < 0.06) {
        selections.push(`__typename${this.directives()}`);
      } else if (roll < 0.62 && !isUnionType(type)) {
        selections.push(this.field(type, depth, root));
      } else if (roll < 0.8 || isUnionType(type)) {
        selections.push(this.inlineFragment(type, depth));
      } else {
        selections.push(this.fragmentSpread(type, depth));
      }
    }
    return `{ ${selections.join(rng.pick([' ', ', ', '\n  ']))} }`;
  }

  field(type, depth, root) {
    const { rng, schema } = this;
    const fields = Object.values(type.getFields());
    if (root && type === schema.getQueryType() && rng.chance(0.12)) {
      if (rng.chance(0.6)) {
        // Random walks through the introspection types, as any other selection.
        return rng.chance(0.4)
          ? `__schema ${this.selectionSet(schema.getType('__Schema'), depth + 1)}`
          : `__type(name: "${rng.pick(Object.keys(schema.getTypeMap()))}") ${this.selectionSet(schema.getType('__Type'), depth + 1)}`;
      }
      const introspection = rng.pick([
        '__schema { queryType { name } types { name kind } }',
        '__schema { directives { name locations args { name defaultValue } } }',
        `__type(name: "${rng.pick(Object.keys(schema.getTypeMap()))}") { name kind fields(includeDeprecated: true) { name isDeprecated type { name kind ofType { name kind } } } enumValues { name } inputFields { name defaultValue } possibleTypes { name } }`,
        `__type(name: ${rng.pick(['1', '"Nope"', '$t', 'null'])}) { name }`,
      ]);
      if (introspection.includes('$t')) {
        this.addVariable('t', 'String!', undefined, rng.chance(0.5) ? 'Query' : 3);
      }
      return introspection;
    }
    let field = rng.pick(fields);
    let name = field.name;
    if (this.wild && rng.chance(0.06)) {
      name = rng.chance(0.8) ? typo(rng, name) : 'unknownField';
      field = undefined;
    }
    // Outside wild documents a field with arguments either repeats the arguments it had before on this type (so
    // the selections merge) or gets a fresh alias: most documents pass validation and still merge fields.
    const key = `${type.name}.${name}`;
    const repeat = !this.wild && field?.args.length && this.fieldArguments.has(key) && rng.chance(0.5);
    let alias = '';
    if (this.wild && rng.chance(0.25)) {
      alias = rng.pick([...fields.map((f) => f.name), 'a', 'b']) + ': ';
    } else if ((field?.args.length && this.fieldArguments.has(key) && !repeat) || rng.chance(0.1)) {
      alias = `${name}${this.aliases++}: `;
    }
    const args = repeat ? this.fieldArguments.get(key) : field ? this.arguments(field.args) : '';
    if (!alias && !this.fieldArguments.has(key)) {
      this.fieldArguments.set(key, args);
    }
    let text = `${alias}${name}${args}${this.directives()}`;
    const named = field && getNamedType(field.type);
    if (named && isCompositeType(named) && !(this.wild && rng.chance(0.05))) {
      text += ' ' + this.selectionSet(named, depth + 1);
    } else if (named && isLeafType(named) && this.wild && rng.chance(0.03)) {
      text += ' { id }';
    }
    return text;
  }

  arguments(definitions) {
    const { rng } = this;
    const parts = [];
    for (const argument of definitions) {
      const required = isNonNullType(argument.type) && argument.defaultValue === undefined;
      if (required ? !(this.wild && rng.chance(0.08)) : rng.chance(0.5)) {
        parts.push(`${argument.name}: ${this.argumentValue(argument.type)}`);
      }
    }
    if (this.wild && rng.chance(0.06)) {
      parts.push(rng.chance(0.5) && parts.length ? parts[0] : `${definitions.length ? typo(rng, rng.pick(definitions).name) : 'unknown'}: 1`);
    }
    return parts.length ? `(${parts.join(rng.pick([', ', ' ']))})` : '';
  }

  /** Either a literal or a variable of (roughly) the argument's type; nested literals may hold variables too. */
  /** A literal, a variable, or an object or list literal whose parts are chosen the same way. */
  argumentValue(type, depth = 0) {
    const { rng } = this;
    if (rng.chance(depth === 0 ? 0.4 : 0.25)) {
      return this.variableFor(type);
    }
    const inner = isNonNullType(type) ? type.ofType : type;
    if (depth < 3 && isInputObjectType(inner) && rng.chance(0.3)) {
      // Variables in nested positions are coerced by another path than top-level ones (valueFromAST).
      const value = inputObject(rng, inner, this.wild, depth, (fieldType) => ({ $type: fieldType }));
      return '{' + Object.entries(value)
        .map(([key, part]) => `${key}: ${part?.$type ? this.argumentValue(part.$type, depth + 1) : literal(rng, part)}`)
        .join(', ') + '}';
    }
    if (depth < 3 && isListType(inner) && rng.chance(0.3)) {
      return '[' + Array.from({ length: rng.int(0, 3) }, () => this.argumentValue(inner.ofType, depth + 1)).join(', ') + ']';
    }
    return literal(rng, jsonValue(rng, type, this.wild), type);
  }

  variableFor(type) {
    const { rng } = this;
    const existing = this.variables.filter((v) => v.type === String(type));
    if (existing.length && rng.chance(0.3)) {
      return '$' + rng.pick(existing).name;
    }
    let typeText = String(type);
    if (this.wild && rng.chance(0.15)) {
      typeText = rng.pick([
        isNonNullType(type) ? String(type.ofType) : `${type}!`,
        'String',
        `[${type}]`,
        typo(rng, String(getNamedType(type))),
        String(getNamedType(type)),
      ]);
    }
    const defaultText = rng.chance(0.2) ? literal(rng, jsonValue(rng, type, this.wild), type) : undefined;
    const name = `v${this.variables.length}`;
    const roll = rng.next();
    const value = roll < 0.2 ? undefined : jsonValue(rng, type, this.wild);
    this.addVariable(name, typeText, defaultText, value);
    return this.wild && rng.chance(0.03) ? '$undefinedVariable' : '$' + name;
  }

  addVariable(name, type, defaultText, value) {
    this.variables.push({ name, type, defaultText });
    if (value !== undefined) {
      this.variableValues[name] = value;
    }
  }

  directives() {
    const { rng } = this;
    if (!rng.chance(0.15)) {
      return '';
    }
    const name = this.wild && rng.chance(0.1) ? rng.pick(['deprecated', typo(rng, 'include'), 'oneOf', 'specifiedBy']) : rng.pick(['skip', 'include']);
    const condition = rng.chance(0.5) ? this.variableFor(rng.chance(0.7) ? new GraphQLNonNull(GraphQLBoolean) : GraphQLBoolean) : rng.pick(['true', 'false', 'true', this.wild ? '"yes"' : 'false']);
    let text = ` @${name}(if: ${condition})`;
    if (this.wild && rng.chance(0.1)) {
      text += rng.pick([text, ' @skip', ' @include(if: true, if: false)']);
    }
    return text;
  }

  typeCondition(type) {
    const { rng, schema } = this;
    const candidates = [type];
    if (isAbstractType(type)) {
      candidates.push(...schema.getPossibleTypes(type));
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      candidates.push(...type.getInterfaces());
    }
    if (this.wild && rng.chance(0.1)) {
      return rng.pick([...Object.values(schema.getTypeMap()).filter((t) => isCompositeType(t) && !t.name.startsWith('__')), typo(rng, type.name), 'String']);
    }
    return rng.pick(candidates);
  }

  inlineFragment(type, depth) {
    const { rng } = this;
    const condition = !isUnionType(type) && rng.chance(0.2) ? type : this.typeCondition(type);
    const on = condition === type && rng.chance(0.5) ? '' : ` on ${condition.name ?? condition}`;
    return `...${on}${this.directives()} ${isCompositeType(condition) ? this.selectionSet(condition, depth + 1) : '{ __typename }'}`;
  }

  fragmentSpread(type, depth) {
    const { rng } = this;
    // Only finished fragments are spread again (no cycles), unless the document is wild.
    const reusable = this.fragments.filter((fragment) => (fragment.on === type && fragment.text) || (this.wild && rng.chance(0.05)));
    if (reusable.length && rng.chance(0.4)) {
      return `...${rng.pick(reusable).name}${this.directives()}`;
    }
    if (this.wild && rng.chance(0.03)) {
      return '...Missing';
    }
    const condition = this.typeCondition(type);
    const name = `F${this.fragments.length}`;
    const fragment = { name, on: condition, text: '' };
    this.fragments.push(fragment);
    fragment.text = `fragment ${name} on ${condition.name ?? condition} ${isCompositeType(condition) ? this.selectionSet(condition, depth + 1) : '{ __typename }'}`;
    return `...${name}${this.directives()}`;
  }
}

function shuffle(rng, items) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

// ---- token-level mutations -----------------------------------------------------------------------------------------

const tokenPattern = /"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\.\.|[_A-Za-z][_0-9A-Za-z]*|\S/g;
const oddTokens = [
  '1.', '0x1', '-0', '1e', '1e+', '.5', '00', '01', '-', '1_0', '1.5e3', '-1.0e-0', '123abc', '1.2.3', '0.x', '9999999999',
  '"""a\n   b\n  """', '""""""', '"""\\"""x"""', '"\\u{1F600}"', '"\\u{110000}"', '"\\uD83D\\uDE00"', '"\\uD83D"', '"\\u00"',
  '"\\x41"', '"a\nb"', '"unterminated', '"""unterminated', "'single'", '?', '~', '\u0007', '\u00a0', '\ufeff', '..', '....',
  '$1', '$', '@', '&', '|', '=', 'true', 'null', '{}', '[]', '()', '# comment\n', '\t', '\r', '\r\n', 'é', '"\\t\\"\\\\\\/\\b\\f\\n\\r"',
  '"\u0001"', '"""\u0001"""', 'on', 'fragment', 'query', '!', ':', '"\\u{}"', '"\\u{0041}"', '"\\uXYZW"',
  '\u2028', '\u0085', '"\u2028\u2029"', '"""\u2029 \ud83d\ude80"""', '"\ud83d\ude80"', '"\\ud83d\\ude80"', '"\\uD800\\u0041"',
];

function mutate(rng, text) {
  const tokens = [];
  for (let match; (match = tokenPattern.exec(text)) !== null;) {
    tokens.push({ start: match.index, end: match.index + match[0].length });
  }
  tokenPattern.lastIndex = 0;
  if (tokens.length === 0) {
    return text;
  }
  const token = rng.pick(tokens);
  const at = token.start;
  switch (rng.int(0, 7)) {
    case 0:
      return text.slice(0, token.start) + text.slice(token.end); // drop
    case 1:
      return text.slice(0, token.end) + ' ' + text.slice(token.start); // double
    case 2:
    case 3:
      return text.slice(0, at) + rng.pick(oddTokens) + rng.pick([' ', '', '\n']) + text.slice(at); // insert
    case 4:
      return text.slice(0, token.start) + rng.pick(oddTokens) + text.slice(token.end); // replace
    case 5:
      return rng.pick(['\ufeff', '# leading\n', '\n\r\n', ',,,']) + text + rng.pick(['', '# trailing', '\n', ' \ufeff']);
    case 6:
      return text.replace(/ /g, () => rng.pick([' ', ' ', '\n', '\r\n', '\r', '\t', ','])); // line breaks move locations
    default: {
      const other = rng.pick(tokens);
      const [a, b] = token.start < other.start ? [token, other] : [other, token];
      if (a.end > b.start) {
        return text;
      }
      return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
    }
  }
}

// ---- comparison ---------------------------------------------------------------------------------------------------

/** JSON.parse that keeps each number's and string's source text, so `1` and `1.0` or escapes stay apart. */
function parseRaw(text) {
  let i = 0;
  const value = () => {
    while (/\s/.test(text[i])) i++;
    const c = text[i];
    if (c === '{') {
      i++;
      const object = {};
      const keys = [];
      for (;;) {
        while (/[\s,]/.test(text[i])) i++;
        if (text[i] === '}') { i++; break; }
        const key = JSON.parse(value().raw);
        while (/[\s:]/.test(text[i])) i++;
        object[key] = value();
        keys.push(key);
      }
      Object.defineProperty(object, '$keys', { value: keys });
      return object;
    }
    if (c === '[') {
      i++;
      const items = [];
      for (;;) {
        while (/[\s,]/.test(text[i])) i++;
        if (text[i] === ']') { i++; break; }
        items.push(value());
      }
      return items;
    }
    const start = i;
    if (c === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      i++;
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
    }
    return { raw: text.slice(start, i) };
  };
  return value();
}

const show = (value) => (value === undefined ? '(absent)' : JSON.stringify(value, (k, v) => (v && v.raw !== undefined ? v.raw : v)));

function compare(expectedLine, actualLine, resolverMessages) {
  const mismatches = [];
  const expected = parseRaw(expectedLine).result;
  const actual = parseRaw(actualLine).result;
  if (expected.$keys.join() !== actual.$keys.join()) {
    mismatches.push(`response keys: expected [${expected.$keys}], actual [${actual.$keys}]`);
  }
  if (show(expected.data) !== show(actual.data)) {
    mismatches.push(`data: expected ${show(expected.data)}, actual ${show(actual.data)}`);
  }
  const text = (node) => (node ? JSON.parse(node.raw) : undefined);
  const expectedErrors = expected.errors ?? [];
  const actualErrors = actual.errors ?? [];
  if (expectedErrors.length !== actualErrors.length) {
    mismatches.push(`errors: expected ${expectedErrors.length} ${show(expectedErrors.map((e) => text(e.message)))}, actual ${actualErrors.length} ${show(actualErrors.map((e) => text(e.message)))}`);
  } else {
    expectedErrors.forEach((error, index) => {
      const expectedMessage = text(error.message);
      const actualMessage = text(actualErrors[index].message);
      if (expectedMessage !== actualMessage && !resolverMessages.has(expectedMessage)) {
        mismatches.push(`errors[${index}].message: expected ${JSON.stringify(expectedMessage)}, actual ${JSON.stringify(actualMessage)}`);
      }
      for (const member of ['path', 'locations']) {
        if (show(error[member]) !== show(actualErrors[index][member])) {
          mismatches.push(`errors[${index}].${member}: expected ${show(error[member])}, actual ${show(actualErrors[index][member])}`);
        }
      }
    });
  }
  const describe = (line) => JSON.parse(line).validation.map((entry) => `${entry.message} at ${JSON.stringify(entry.locations)} (${entry.rule})`);
  const expectedValidation = describe(expectedLine);
  const actualValidation = describe(actualLine);
  if (expectedValidation.join(' | ') !== actualValidation.join(' | ')) {
    mismatches.push(`validation: expected [${expectedValidation.join(' | ')}], actual [${actualValidation.join(' | ')}]`);
  }
  return mismatches;
}

function resolverMessagesOf(value, messages = new Set()) {
  if (Array.isArray(value)) {
    value.forEach((item) => resolverMessagesOf(item, messages));
  } else if (value && typeof value === 'object') {
    if (typeof value.$error === 'string') messages.add(value.$error);
    Object.values(value).forEach((item) => resolverMessagesOf(item, messages));
  }
  return messages;
}

// ---- running ------------------------------------------------------------------------------------------------------

function runSide(command, suite, casesPath) {
  const [file, ...prefix] = command;
  const output = execFileSync(file, [...prefix, 'execute', '--schema', suite.schema, '--root', suite.root, '--cases', casesPath], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Map(output.split('\n').filter(Boolean).map((line) => [JSON.parse(line).name, line]));
}

/** Runs `cases` on Hub; a crash of the runner is narrowed down to the crashing cases by halving. */
function runHub(command, suite, cases, scratch, crashes) {
  const casesPath = join(scratch, 'hub-cases.json');
  writeFileSync(casesPath, JSON.stringify(cases));
  try {
    return runSide(command, suite, casesPath);
  } catch (error) {
    if (cases.length === 1) {
      crashes.push({ case: cases[0], error: String(error.stderr ?? error).slice(0, 2000) });
      return new Map();
    }
    const half = Math.ceil(cases.length / 2);
    return new Map([...runHub(command, suite, cases.slice(0, half), scratch, crashes), ...runHub(command, suite, cases.slice(half), scratch, crashes)]);
  }
}

function parseArguments(argv) {
  const options = { seed: '1', count: '1000', batch: '500', out: join(tmpdir(), 'hub-fuzz'), roots: 'corpus', mutate: '0.25', suite: 'starwars,inputs,arguments,lists,scalars,features', hub: defaultHub };
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) {
      throw new Error(`Unexpected argument "${argv[i]}". Usage: fuzz.mjs [--seed N] [--count N] [--suite a,b] [--batch N] [--out DIR] [--hub CMD]`);
    }
    options[argv[i].slice(2)] = argv[i + 1];
  }
  return options;
}

const options = parseArguments(process.argv.slice(2));
const seed = Number(options.seed);
const count = options.replay ? 1 : Number(options.count);
const suites = options.suite.split(',');
const out = resolve(options.out);
mkdirSync(out, { recursive: true });
const hubCommand = options.hub.split(' ');
const rng = makeRandom(seed);
const groups = new Map();
const crashes = [];
let ran = 0;
const kinds = { invalid: 0, unexecuted: 0, executed: 0 }; // unexecuted: a syntax error or a request error

for (let offset = 0; offset < count; offset += Number(options.batch)) {
  const size = Math.min(Number(options.batch), count - offset);
  for (const suite of suites) {
    const folder = join(casesRoot, suite);
    const paths = { schema: join(folder, 'schema.graphql'), root: join(folder, 'root.json') };
    const schema = buildSchema(readFileSync(paths.schema, 'utf8'));
    let root = JSON.parse(readFileSync(paths.root, 'utf8'));
    if (options.roots === 'random') {
      // One random root per batch and suite: output completion sees values the corpus root never holds.
      root = {};
      for (const rootType of [schema.getQueryType(), schema.getMutationType()].filter(Boolean)) {
        Object.assign(root, rootValue(rng, schema, rootType, 0));
      }
      paths.root = join(out, `root-${suite}-${offset}.json`);
      writeFileSync(paths.root, JSON.stringify(root));
    }
    const resolverMessages = resolverMessagesOf(root);
    const cases = options.replay ? JSON.parse(readFileSync(options.replay, 'utf8')) : [];
    for (let i = 0; !options.replay && i < Math.ceil(size / suites.length); i++) {
      const generated = new DocumentGenerator(rng, schema).generate();
      while (rng.chance(Number(options.mutate))) {
        generated.query = mutate(rng, generated.query);
      }
      cases.push({ name: `${suite}#${seed}#${offset + i}`, ...generated });
    }
    const casesPath = join(out, 'cases.json');
    writeFileSync(casesPath, JSON.stringify(cases));
    const expected = runSide(['node', oracle], paths, casesPath);
    const actual = runHub(hubCommand, paths, cases, out, crashes);
    for (const testCase of cases) {
      ran++;
      const outcome = JSON.parse(expected.get(testCase.name));
      kinds[outcome.validation.length ? 'invalid' : outcome.result.data === undefined ? 'unexecuted' : 'executed']++;
      const actualLine = actual.get(testCase.name);
      if (!actualLine) continue; // a crash, reported below
      const mismatches = compare(expected.get(testCase.name), actualLine, resolverMessages);
      if (mismatches.length) {
        // Group by the first mismatch with quoted names and numbers blanked, so one cause shows up once.
        const key = mismatches[0].replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N').slice(0, 160);
        const group = groups.get(key) ?? { key, cases: [] };
        group.cases.push({ suite, root: paths.root, ...testCase, mismatches, expected: JSON.parse(expected.get(testCase.name)).result, actual: JSON.parse(actualLine).result });
        groups.set(key, group);
      }
    }
  }
}

const sorted = [...groups.values()].sort((a, b) => b.cases.length - a.cases.length);
writeFileSync(join(out, 'disagreements.json'), JSON.stringify({ seed, count: ran, crashes, groups: sorted }, null, 1));
for (const group of sorted) {
  const shortest = group.cases.reduce((a, b) => (b.query.length < a.query.length ? b : a));
  process.stdout.write(`\n[${group.cases.length}] ${group.key}\n  e.g. ${shortest.suite}: ${JSON.stringify(shortest.query)} vars ${JSON.stringify(shortest.variables)}${shortest.operationName ? ` op ${shortest.operationName}` : ''}\n  ${shortest.mismatches.join('\n  ')}\n`);
}
for (const crash of crashes) {
  process.stdout.write(`\nCRASH ${crash.case.name}: ${JSON.stringify(crash.case.query)}\n  ${crash.error.split('\n').slice(0, 5).join('\n  ')}\n`);
}
process.stdout.write(`\nseed ${seed}: ${ran} cases (${kinds.executed} executed, ${kinds.invalid} invalid, ${kinds.unexecuted} not parsed or not run), ${sorted.reduce((n, g) => n + g.cases.length, 0)} disagreements in ${sorted.length} groups, ${crashes.length} crashes\n`);
process.exitCode = sorted.length || crashes.length ? 1 : 0;
