#!/usr/bin/env bash
# Throughput of Hub's engine against graphql-js 16.15.0 on the same cases, schema and JSON root value.
#
#   tests/Hub.GraphQL.Benchmarks/compare-graphql-js.sh [REPEAT] [FOLDER] [ROUNDS]
#
# FOLDER holds schema.graphql, root.json and cases.json (default: this project's workload/, which has a 3-field query,
# full introspection and a 100 x 10 x 3 nested list). Both sides run every case REPEAT times (default 500) after a
# warm-up and print their timing; this script prints ops/s per case and the ratio Hub / graphql-js. The sides run in
# alternation for ROUNDS rounds (default 3) and each keeps its best round, so a burst of load on a shared machine
# hurts neither side more than the other.
# graphql-js parses, validates, executes and stringifies every run (it caches nothing); Hub runs its request pipeline
# (document and operation caches warm) and writes JSON bytes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repeat="${1:-500}"
folder="$(cd "${2:-$here/workload}" && pwd)"
rounds="${3:-3}"
work="$(mktemp -d /tmp/hub-compare.XXXXXX)"
trap 'rm -rf "$work"' EXIT

if [ ! -d "$root/tests/js/graphql-js/node_modules/graphql" ]; then
  (cd "$root/tests/js/graphql-js" && npm ci --no-audit --no-fund --loglevel=error)
fi
dotnet build "$root/tests/Hub.GraphQL.Conformance" -c Release -nologo -v:quiet > "$work/build.log" || { cat "$work/build.log"; exit 1; }

arguments=(execute --schema "$folder/schema.graphql" --root "$folder/root.json" --cases "$folder/cases.json" --repeat "$repeat")
for round in $(seq "$rounds"); do
  echo "round $round/$rounds: graphql-js, then Hub, $repeat runs per case..." >&2
  node "$root/tests/js/graphql-js/oracle.mjs" "${arguments[@]}" > /dev/null 2>> "$work/js.ndjson"
  dotnet "$root/tests/Hub.GraphQL.Conformance/bin/Release/net10.0/Hub.GraphQL.Conformance.dll" "${arguments[@]}" \
    > /dev/null 2>> "$work/hub.ndjson"
done

node --input-type=module - "$work/js.ndjson" "$work/hub.ndjson" <<'JS'
import { readFileSync } from 'node:fs';
// Best round per case: the highest ops/s either side reached.
const read = (path) => {
  const best = new Map();
  for (const timing of readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line))) {
    if (!best.has(timing.name) || best.get(timing.name).opsPerSecond < timing.opsPerSecond) best.set(timing.name, timing);
  }
  return best;
};
const js = read(process.argv[2]);
const hub = read(process.argv[3]);
const rows = [...js.keys()].map((name) => {
  const a = js.get(name).opsPerSecond, b = hub.get(name)?.opsPerSecond ?? NaN;
  return { case: name, 'graphql-js ops/s': a.toFixed(1), 'Hub ops/s': b.toFixed(1), 'Hub / graphql-js': (b / a).toFixed(2) + 'x' };
});
console.table(rows);
JS
