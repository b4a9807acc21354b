#!/usr/bin/env bash
# The project's one test command (README): installs what a fresh Debian machine lacks, starts a throwaway
# PostgreSQL cluster, runs every test suite and the conformance corpus, and fails if anything fails or is skipped.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then as_root apt-get update -q; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}
step() { printf '\n==> %s\n' "$*"; }

# --- PostgreSQL: a throwaway cluster on a free loopback port, never run as root ---------------------------
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' > /dev/null; then
  step "Installing PostgreSQL (apt-get)"
  apt_install postgresql
fi
pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
pg_data="$(mktemp -d /tmp/hub-test-pg.XXXXXX)"
pg_port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})" 2>/dev/null \
  || shuf -i 20000-60000 -n 1)"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$pg_data"
  pg_as() { runuser -u postgres -- "$@"; }
else
  pg_as() { "$@"; }
fi
stop_postgres() {
  pg_as "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop > /dev/null 2>&1 || true
  rm -rf "$pg_data"
}
trap stop_postgres EXIT

step "Starting PostgreSQL ($pg_bin) on 127.0.0.1:$pg_port"
pg_as "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres -E UTF8 --no-sync > /dev/null
pg_as "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
  -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300" \
  start > /dev/null
export HUB_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Include Error Detail=true"

# --- Node tools: one pinned folder per concern --------------------------------------------------------------
for lock in tests/js/*/package-lock.json; do
  [ -e "$lock" ] || continue
  dir="$(dirname "$lock")"
  step "npm ci in $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
done

# The browser test drives Debian's chromium through playwright-core; no browser download is possible here.
if grep -qs '"playwright-core"' tests/js/*/package.json && [ ! -x /usr/bin/chromium ]; then
  step "Installing chromium (apt-get)"
  apt_install chromium
fi

# The data-path load test drives wrk (Debian's package).
if ! command -v wrk > /dev/null; then
  step "Installing wrk (apt-get)"
  apt_install wrk
fi

# --- .NET test suites -----------------------------------------------------------------------------------------
results="$(mktemp -d /tmp/hub-test-results.XXXXXX)"
step "dotnet build Hub.sln"
dotnet build Hub.sln -nologo -v:minimal || { echo "FAILED: the build failed"; echo "0 passed, 1 failed"; exit 1; }

# One run per test project, each into its own folder, so every project's TRX is kept and counted.
dotnet_status=0
for project in tests/*/*.csproj; do
  grep -qs '<IsTestProject>true</IsTestProject>' "$project" || continue
  name="$(basename "$project" .csproj)"
  step "dotnet test $name"
  dotnet test "$project" --no-build --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
    --results-directory "$results/$name" || { echo "$name: dotnet test exited with $?"; dotnet_status=1; }
done

counter() { # sums one attribute of <Counters> over every TRX file
  local name="$1" total=0 value file
  for file in "$results"/*/*.trx; do
    [ -e "$file" ] || continue
    value="$(grep -o "<Counters [^>]*" "$file" | grep -o " $name=\"[0-9]*\"" | grep -o '[0-9]*' || true)"
    total=$((total + ${value:-0}))
  done
  echo "$total"
}
passed="$(counter passed)"
failed="$(counter failed)"
skipped="$(counter notExecuted)"
trx_count="$(find "$results" -name '*.trx' | wc -l)"
echo "dotnet test: $trx_count test projects, $passed passed, $failed failed, $skipped skipped"

# --- graphql-js validation corpus -----------------------------------------------------------------------------
corpus_status=0
corpus="$root/../shared/conformance/graphql-js-16-validation-corpus.json"
step "Conformance: validate-corpus (graphql-js 16 validation corpus, at least 530 passed)"
dotnet run --project tests/Hub.GraphQL.Conformance -c Release -- \
  validate-corpus --corpus "$corpus" --min-passed 530 || corpus_status=$?

# --- verdict ----------------------------------------------------------------------------------------------------
status=0
if [ "$dotnet_status" -ne 0 ] || [ "$failed" -gt 0 ]; then echo "FAILED: dotnet test reported failures (a project without tests fails too)"; status=1; fi
if [ "$skipped" -gt 0 ]; then echo "FAILED: $skipped tests were skipped; skipped tests are not allowed"; status=1; fi
if [ "$trx_count" -eq 0 ]; then echo "FAILED: no test results were produced"; status=1; fi
if [ "$corpus_status" -ne 0 ]; then echo "FAILED: validate-corpus (exit code $corpus_status)"; failed=$((failed + 1)); status=1; fi
rm -rf "$results"
echo "$passed passed, $failed failed"
exit "$status"
