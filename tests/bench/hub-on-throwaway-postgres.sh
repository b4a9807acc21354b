# Sourced by the benchmark scripts (tests/*/bench/*.sh), with `root` set to the repository: starts a throwaway
# PostgreSQL cluster on a random port with a `bench` database, publishes the hub as it ships (the container image
# publishes it the same way: Release, compiled ahead of time) and points it at that database. Defines `work` (a
# temporary folder), `pg_as`, `psql_db` and `hub`; on exit the cluster stops and `work` goes.
# BENCH_PG_OPTIONS adds server settings (e.g. "-c shared_buffers=1GB"); by default the cluster runs with initdb's
# defaults (fsync on).
work="$(mktemp -d /tmp/hub-bench.XXXXXX)"
pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
port="$(shuf -i 20000-60000 -n 1)"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$work"; pg_as() { runuser -u postgres -- "$@"; }; else pg_as() { "$@"; }; fi
cleanup() { pg_as "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop > /dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

pg_as "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres -E UTF8 > /dev/null
pg_as "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1 ${BENCH_PG_OPTIONS:-}" start > /dev/null
psql_db() { psql -h 127.0.0.1 -p "$port" -U postgres -d bench -v ON_ERROR_STOP=1 -q -t -A "$@"; }
psql -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE DATABASE bench"

echo "== publish (Release, ReadyToRun)"
rid="linux-$([ "$(uname -m)" = aarch64 ] && echo arm64 || echo x64)"
dotnet publish "$root/src/Hub.Server" -c Release -r "$rid" --self-contained false -o "$work/hub" -nologo -v:q > "$work/build.log" \
  || { cat "$work/build.log"; exit 1; }
hub="$work/hub/hub"
export Hub__Database__Provider=PostgreSql
export Hub__Database__ConnectionString="Host=127.0.0.1;Port=$port;Username=postgres;Database=bench"
export Hub__DataFolder="$work/data"
