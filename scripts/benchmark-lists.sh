#!/usr/bin/env bash
# The record lists benchmark (ListBenchmark) on PostgreSQL: meetings, agreements, patrols, cases, handovers and the
# access log, for a provincial reader and the ministry, first page, page 50, a partner filter and a text search.
#
#   scripts/benchmark-lists.sh              a throw-away database with the national data set, dropped at the end
#   scripts/benchmark-lists.sh NAME         database NAME, created if missing and kept: a second run skips generation
#                                           (the database of scripts/benchmark-summary.sh NAME serves as well)
#
# BENCHMARK_SCALE=25 writes 1/25 of the national data set (10,000 meetings) instead: the comparison the lists must
# stay within 2x of. BENCHMARK_WARM_UP and BENCHMARK_ROUNDS (5 and 15) set the rounds.
# PGHOST, PGPORT, PGUSER and PGPASSWORD say where PostgreSQL is (default 127.0.0.1:5432, user postgres).
# The figures are printed at the end and kept in target/benchmark/lists-postgresql-1-<scale>.txt; Maven's log goes to
# target/benchmark/lists-maven.log.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
scale="${BENCHMARK_SCALE:-1}"

if [ $# -ge 1 ]; then
    database="$1"
    if [ "$(psql -d postgres -XtAc "select 1 from pg_database where datname = '${database//\'/}'")" != 1 ]; then
        createdb "$database"
        echo "Created database $database (kept: run again with the same name to skip generation)."
    else
        echo "Reusing database $database."
    fi
else
    database="liaison_bench_lists_$(date +%Y%m%d%H%M%S)_$$"
    createdb "$database"
    trap 'dropdb --if-exists "$database" && echo "Dropped database $database."' EXIT
    echo "Created throw-away database $database."
fi

mkdir -p target/benchmark
result="target/benchmark/lists-postgresql-1-$scale.txt"
rm -f "$result"
log=target/benchmark/lists-maven.log
echo "Running ListBenchmark at scale 1/$scale (generation takes a few minutes on a fresh database; log: $log)..."
status=0
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database${JDBC_PARAMETERS:+?$JDBC_PARAMETERS}" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" BENCHMARK_SCALE="$scale" \
    ./mvnw -B -Pbenchmark -Dtest=ListBenchmark verify >"$log" 2>&1 || status=$?
if [ "$status" -ne 0 ] || [ ! -f "$result" ]; then
    tail -n 60 "$log"
    echo "The benchmark failed (exit status $status); the whole log is in $log." >&2
    exit 1
fi
echo
cat "$result"
