#!/usr/bin/env bash
# Each supervision model's run through the CLI against the same rule written as one hand-written SQL statement
# (sql/MNN.sql) run through psql, on the same PostgreSQL database and generated data (issue 13, "Done when"). Figures
# and how they were taken: README.md beside this script.
#
#   tests/Hub.Supervision.Tests/bench/models-vs-sql.sh [scale]
#
# scale (default 100) is the generator's --scale (100: about 4.5 million imported rows). By default the script starts
# a throwaway PostgreSQL cluster, publishes the hub (tests/bench/hub-on-throwaway-postgres.sh; BENCH_PG_OPTIONS adds
# server settings), generates and imports; BENCH_DATA reuses a generated folder. To measure again on a database that
# already holds the imported data (an import at scale 100 takes minutes), set BENCH_DATABASE to its name (the server
# from PGHOST, PGPORT and PGUSER; default 127.0.0.1:5432, postgres) and BENCH_HUB to a published hub (e.g. `dotnet publish src/Hub.Server -c Release -r linux-x64 -o DIR`, then
# DIR/hub); BENCH_DATA must then name the generated folder (for the manifest's as-of date).
#
# The clue store is emptied first. Then, measured:
#   catalogue : `hub models run --all --as-of <the manifest's as-of>` on the empty clue store, one process: the whole
#               command's wall time (process start and migrations included) and the sum of its runs' own times.
#   per model, alternating so that both see the same machine load:
#     sql     : psql running sql/MNN.sql (the default parameters written in) after one warm-up run, the statement's
#               own time as psql's \timing reports it; its rows (subject, agency, record) are counted to show it finds
#               what the model stored. With JIT off, as the hub runs its rules (ModelRunner says why).
#     hub     : the model's clues deleted, then `hub models run --model MNN`: its run's own record
#               (supervision.model_run ended_at − started_at): resolving the parameters, the rules' queries, and
#               storing the clues with their evidence in one transaction.
#     again   : the same run once more on unchanged data: the rules' queries and the comparison with the stored clues.
#   ratio is hub ÷ sql (the target is at most 1.5).
set -euo pipefail

scale="${1:-100}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
if [ -n "${BENCH_DATABASE:-}" ]; then
  work="$(mktemp -d /tmp/hub-bench.XXXXXX)"
  trap 'rm -rf "$work"' EXIT
  hub="${BENCH_HUB:?BENCH_HUB names a published hub when BENCH_DATABASE is set}"
  data="${BENCH_DATA:?BENCH_DATA names the generated folder when BENCH_DATABASE is set}"
  psql_db() { psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -d "$BENCH_DATABASE" -v ON_ERROR_STOP=1 -q -t -A "$@"; }
  export Hub__Database__Provider=PostgreSql Hub__DataFolder="$work/data" \
    Hub__Database__ConnectionString="Host=${PGHOST:-127.0.0.1};Port=${PGPORT:-5432};Username=${PGUSER:-postgres};Database=$BENCH_DATABASE"
else
  # shellcheck source=../../bench/hub-on-throwaway-postgres.sh
  source "$root/tests/bench/hub-on-throwaway-postgres.sh"
  data="${BENCH_DATA:-$work/gen}"
fi
# The identity store encrypts its signing keys; on PostgreSQL the hub wants the key given (any key does here).
export Identity__KeyEncryptionKey="${Identity__KeyEncryptionKey:-$(openssl rand -base64 32)}"

if [ ! -f "$data/expected-clues.json" ]; then
  echo "== generate --scale $scale"
  "$hub" data generate --scale "$scale" --seed 1 --out "$data" > /dev/null
fi
as_of="$(grep -m 1 '"asOf"' "$data/expected-clues.json" | sed -E 's/.*"([0-9-]+)".*/\1/')"
"$hub" db migrate > /dev/null
if [ -z "${BENCH_DATABASE:-}" ]; then
  # An import names each row's agency from the agency directory, which `policies apply` fills.
  "$hub" policies apply --folder "$root/policies" > /dev/null
  echo "== import"
  # The generator plants rows to be rejected: the import then exits 2.
  "$hub" data import "$data" > "$work/import.log" || [ $? -eq 2 ] || { cat "$work/import.log"; exit 1; }
  psql_db -c "VACUUM ANALYZE"
fi
rows=$(psql_db -c "SELECT sum(n_live_tup) FROM pg_stat_user_tables WHERE schemaname IN ('administrative', 'enforcement', 'judicial', 'lake', 'shared')")
psql_db -c "TRUNCATE supervision.clue_evidence, supervision.clue, supervision.model_run"

load() { cut -d' ' -f1-3 /proc/loadavg; }
seconds() { psql_db -c "SELECT extract(epoch FROM ended_at - started_at) FROM supervision.model_run WHERE model_id = '$1' AND outcome = 'Succeeded' ORDER BY started_at DESC LIMIT 1"; }
echo "== hub models run --all --as-of $as_of ($rows rows; load $(load))"
start=$(date +%s.%N)
"$hub" models run --all --as-of "$as_of" > "$work/run.log"
catalogue_s=$(echo "$(date +%s.%N) - $start" | bc)
runs_s=$(psql_db -c "SELECT sum(extract(epoch FROM ended_at - started_at)) FROM supervision.model_run WHERE outcome = 'Succeeded'")

echo "== per model, alternating: psql, then hub models run --model (load $(load))"
printf '\n%-5s %10s %10s %10s %8s %10s %10s\n' model "hub s" "again s" "sql s" ratio evidence "sql rows"
sql_total=0
hub_total=0
for file in "$here"/sql/M*.sql; do
  model="$(basename "$file" .sql)"
  statement="$(sed -e 's/;[[:space:]]*$//' "$file")"
  sql_rows=$(echo "SELECT count(DISTINCT q) FROM ($statement) q;" | PGOPTIONS="-c jit=off" psql_db -v as_of="$as_of")
  sql_ms=$( { printf '\\timing on\n'; cat "$file"; } | PGOPTIONS="-c jit=off" psql_db -v as_of="$as_of" -o /dev/null | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' | tail -n 1)
  sql_s=$(echo "$sql_ms / 1000" | bc -l)
  psql_db -c "DELETE FROM supervision.clue WHERE model_id = '$model'"
  "$hub" models run --model "$model" --as-of "$as_of" > /dev/null
  hub_s=$(seconds "$model")
  evidence=$(psql_db -c "SELECT count(DISTINCT (c.subject_key, e.source_agency, e.source_record_id)) FROM supervision.clue_evidence e JOIN supervision.clue c ON c.id = e.clue_id WHERE c.model_id = '$model'")
  "$hub" models run --model "$model" --as-of "$as_of" > /dev/null
  again_s=$(seconds "$model")
  sql_total=$(echo "$sql_total + $sql_s" | bc -l)
  hub_total=$(echo "$hub_total + $hub_s" | bc -l)
  printf '%-5s %10.3f %10.3f %10.3f %8.2f %10s %10s\n' "$model" "$hub_s" "$again_s" "$sql_s" "$(echo "$hub_s / $sql_s" | bc -l)" "$evidence" "$sql_rows"
done
printf '%-5s %10.3f %10s %10.3f %8.2f\n' all "$hub_total" "" "$sql_total" "$(echo "$hub_total / $sql_total" | bc -l)"
printf '\ncatalogue: hub models run --all %.1f s wall (process start included), its 15 runs %.1f s; %s rows; load after: %s\n' \
  "$catalogue_s" "$runs_s" "$rows" "$(load)"
