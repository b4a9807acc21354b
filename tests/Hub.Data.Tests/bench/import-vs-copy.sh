#!/usr/bin/env bash
# Import throughput of `hub data import admin_penalty` against `psql \copy` of the same file, in the same run on the
# same throwaway PostgreSQL cluster (issue 5, "Done when"). Run it on a quiet machine: it is a load test.
#
#   tests/Hub.Data.Tests/bench/import-vs-copy.sh [scale] [writers]
#
# scale (default 100) is the generator's --scale: 100 gives 1,025,300 admin_penalty rows. writers (default 2) is
# `hub data import --writers`. BENCH_PG_OPTIONS adds server settings (see tests/bench/hub-on-throwaway-postgres.sh).
# BENCH_DATA reuses a generated folder. BENCH_IMPORT_OPTIONS adds options to the first import (e.g. "--batch-size
# 20000"); the second import of the same file runs without them.
#
# What is compared:
#   \copy  : psql \copy admin_penalty.csv (CSV, header) into public.copy_target, created as
#            `CREATE TABLE copy_target AS SELECT <the file's columns> FROM enforcement.admin_penalty WITH NO DATA`:
#            the same column names and types, no constraints, no indexes, no key checks.
#   import : hub data import admin_penalty admin_penalty.csv into the freshly migrated, empty table: every row parsed
#            and validated (keys checked, quality flags), stored with its 5 indexes (primary key, unique upsert key,
#            3 model indexes; the first load of an empty table is one transaction that rebuilds them at the end), and
#            every person and organisation registered in shared.*.
set -euo pipefail

scale="${1:-100}"
writers="${2:-2}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
# shellcheck source=../../bench/hub-on-throwaway-postgres.sh
source "$root/tests/bench/hub-on-throwaway-postgres.sh"

data="${BENCH_DATA:-$work/gen}"
if [ ! -f "$data/admin_penalty.csv" ]; then
  echo "== generate --scale $scale"
  "$hub" data generate --scale "$scale" --seed 1 --out "$data"
fi
file="$data/admin_penalty.csv"
rows=$(($(wc -l < "$file") - 1))
"$hub" db migrate

seconds() { local start=$1; echo "$(date +%s.%N) - $start" | bc; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== psql \\copy of $rows rows (load $(load))"
columns="$(head -n 1 "$file")"
psql_db -c "CREATE TABLE public.copy_target AS SELECT $columns FROM enforcement.admin_penalty WITH NO DATA" -c "CHECKPOINT"
start=$(date +%s.%N)
psql_db -c "\\copy public.copy_target ($columns) FROM '$file' WITH (FORMAT csv, HEADER true)"
copy_s=$(seconds "$start")
copied=$(psql_db -c "SELECT count(*) FROM public.copy_target")
# A second baseline: what PostgreSQL itself needs to end with the same indexes, i.e. \copy plus building each index of
# the data set's table on the copy afterwards (sorted builds, the cheapest way to get them); the copy has no surrogate
# id, so the primary key is left out, in the baseline's favour.
start=$(date +%s.%N)
psql_db -c "SELECT replace(replace(indexdef, ' INDEX ', ' INDEX copy_'), ' ON enforcement.admin_penalty ', ' ON public.copy_target ')
            FROM pg_indexes WHERE schemaname = 'enforcement' AND tablename = 'admin_penalty' AND indexdef NOT LIKE '%(id)'" | while read -r ddl; do psql_db -c "$ddl"; done
indexes_s=$(seconds "$start")
psql_db -c "DROP TABLE public.copy_target" -c "CHECKPOINT"

echo "== hub data import --writers $writers ${BENCH_IMPORT_OPTIONS:-} (load $(load))"
start=$(date +%s.%N)
# shellcheck disable=SC2086 # the options are meant to split into words
"$hub" data import admin_penalty "$file" --writers "$writers" ${BENCH_IMPORT_OPTIONS:-} > "$work/import.log"
import_s=$(seconds "$start")
imported=$(psql_db -c "SELECT count(*) FROM enforcement.admin_penalty")
persons=$(psql_db -c "SELECT count(*) FROM shared.person")
indexes=$(psql_db -c "SELECT count(*) FROM pg_indexes WHERE schemaname = 'enforcement' AND tablename = 'admin_penalty'")
tail -n 8 "$work/import.log"

echo "== second import of the same file (load $(load))"
start=$(date +%s.%N)
"$hub" data import admin_penalty "$file" --writers "$writers" > "$work/reimport.log"
reimport_s=$(seconds "$start")
grep -F "│ admin_p" "$work/reimport.log" || true

printf '\nrows in file: %s; \\copy stored %s; import stored %s (+ %s persons, %s indexes); load after: %s\n' "$rows" "$copied" "$imported" "$persons" "$indexes" "$(load)"
printf '\\copy  : %8.1f s %10.0f rows/s\n' "$copy_s" "$(echo "$rows / $copy_s" | bc -l)"
printf '  + the same indexes built after it: %.1f s more (%.1f s in all)\n' "$indexes_s" "$(echo "$copy_s + $indexes_s" | bc -l)"
printf 'import : %8.1f s %10.0f rows/s  (ratio to \\copy: %.3f; to \\copy + indexes: %.3f)\n' "$import_s" "$(echo "$rows / $import_s" | bc -l)" \
  "$(echo "$copy_s / $import_s" | bc -l)" "$(echo "($copy_s + $indexes_s) / $import_s" | bc -l)"
printf 'again  : %8.1f s %10.0f rows/s  (re-import, nothing changes)\n' "$reimport_s" "$(echo "$rows / $reimport_s" | bc -l)"
