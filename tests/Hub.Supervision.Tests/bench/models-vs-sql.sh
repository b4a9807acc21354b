#!/usr/bin/env bash
# Each supervision model's run through the CLI against the same rule written as one hand-written SQL statement
# (sql/MNN.sql) run through psql, on one throwaway PostgreSQL cluster and the same generated data (issue 13, "Done
# when"). Run it on a quiet machine: at scale 100 it is a load test.
#
#   tests/Hub.Supervision.Tests/bench/models-vs-sql.sh [scale]
#
# scale (default 100) is the generator's --scale (100: about 4 million rows). BENCH_PG_OPTIONS adds server settings
# (see tests/bench/hub-on-throwaway-postgres.sh); BENCH_DATA reuses a generated folder.
#
# What is compared, per model:
#   model : `hub models run --all --as-of <the manifest's as-of>` on an empty clue store, one process; each model's time
#           is its run's own record (supervision.model_run ended_at − started_at): resolving the parameters, the rules'
#           queries, and storing the clues with their evidence in one transaction. The catalogue's time is the whole
#           command's wall time (process start and migrations included).
#   sql   : psql running sql/MNN.sql (the default parameters written in) after one warm-up run, the statement's own
#           time as psql's \timing reports it; its rows (subject, agency, record) are counted to show it finds what
#           the model stored.
#   again : the same `hub models run --all` once more on unchanged data: the rules' queries and the comparison with the
#           stored clues, nothing written.
set -euo pipefail

scale="${1:-100}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
# shellcheck source=../../bench/hub-on-throwaway-postgres.sh
source "$root/tests/bench/hub-on-throwaway-postgres.sh"

data="${BENCH_DATA:-$work/gen}"
if [ ! -f "$data/expected-clues.json" ]; then
  echo "== generate --scale $scale"
  "$hub" data generate --scale "$scale" --seed 1 --out "$data" > /dev/null
fi
as_of="$(grep -m 1 '"asOf"' "$data/expected-clues.json" | sed -E 's/.*"([0-9-]+)".*/\1/')"
"$hub" db migrate > /dev/null
# The import names every row's agency from the agency directory, which the policy files fill; the identity store
# those go to needs a key-encryption key on PostgreSQL (a throwaway one: nothing signed here outlives the run).
export Identity__KeyEncryptionKey="$(head -c 32 /dev/urandom | base64)"
"$hub" policies apply --folder "$root/policies" > /dev/null
echo "== import"
# The generator plants rows to be rejected: the import then exits 2.
"$hub" data import "$data" > "$work/import.log" || [ $? -eq 2 ] || { cat "$work/import.log"; exit 1; }
psql_db -c "VACUUM ANALYZE"
rows=$(psql_db -c "SELECT sum(n_live_tup) FROM pg_stat_user_tables WHERE schemaname IN ('administrative', 'enforcement', 'judicial', 'lake', 'shared')")

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== hub models run --all --as-of $as_of ($rows rows; load $(load))"
start=$(date +%s.%N)
"$hub" models run --all --as-of "$as_of" > "$work/run.log"
catalogue_s=$(echo "$(date +%s.%N) - $start" | bc)
echo "== again, on unchanged data (load $(load))"
"$hub" models run --all --as-of "$as_of" > "$work/rerun.log"

echo "== psql, one statement per model (load $(load))"
printf '\n%-5s %10s %10s %10s %8s %8s %10s %10s\n' model "model s" "again s" "sql s" ratio "again" evidence "sql rows"
sql_total=0
for file in "$here"/sql/M*.sql; do
  model="$(basename "$file" .sql)"
  run_s() { psql_db -c "SELECT extract(epoch FROM ended_at - started_at) FROM supervision.model_run WHERE model_id = '$model' AND outcome = 'Succeeded' ORDER BY started_at $1 LIMIT 1"; }
  model_s=$(run_s ASC)
  again_s=$(run_s DESC)
  evidence=$(psql_db -c "SELECT count(DISTINCT (c.subject_key, e.source_agency, e.source_record_id)) FROM supervision.clue_evidence e JOIN supervision.clue c ON c.id = e.clue_id WHERE c.model_id = '$model'")
  statement="$(sed -e 's/;[[:space:]]*$//' "$file")"
  sql_rows=$(echo "SELECT count(DISTINCT q) FROM ($statement) q;" | psql_db -v as_of="$as_of")
  sql_ms=$( { printf '\\timing on\n'; cat "$file"; } | psql_db -v as_of="$as_of" -o /dev/null | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' | tail -n 1)
  sql_s=$(echo "$sql_ms / 1000" | bc -l)
  sql_total=$(echo "$sql_total + $sql_s" | bc -l)
  printf '%-5s %10.3f %10.3f %10.3f %8.2f %8.2f %10s %10s\n' "$model" "$model_s" "$again_s" "$sql_s" \
    "$(echo "$model_s / $sql_s" | bc -l)" "$(echo "$again_s / $sql_s" | bc -l)" "$evidence" "$sql_rows"
done
printf '\ncatalogue: hub models run --all %.1f s (wall, process start included); the 15 statements %.1f s; load after: %s\n' \
  "$catalogue_s" "$sql_total" "$(load)"
